package render

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/upr-tools/submit/internal/workspace"
)

// formatter formats numbers and dates by the submission's language rules.
type formatter struct {
	lang    string
	printer *message.Printer
}

func newFormatter(lang string) formatter {
	// Latin digits in every language: the embedded fonts have no others.
	tag, err := language.Parse(lang + "-u-nu-latn")
	if err != nil {
		tag = language.English
	}
	return formatter{lang: lang, printer: message.NewPrinter(tag)}
}

// number formats x with exactly decimals digits after the point, grouped by
// thousands as the language writes them ("22,744" in English, "22 744" in French).
func (f formatter) number(x float64, decimals int) string {
	return f.printer.Sprint(number.Decimal(x, number.Scale(decimals)))
}

// withUnit attaches a unit: "22,744 people"; "0.4%" in English, "0,4 %" in
// French and Spanish.
func (f formatter) withUnit(num, unit string) string {
	switch {
	case unit == "":
		return num
	case unit == "%" && f.lang == "en":
		return num + "%"
	case unit == "%":
		return num + "\u00a0%" // French and Spanish space the sign, never breaking there
	}
	return num + " " + unit
}

// statistic formats a statistic's value with its unit.
func (f formatter) statistic(s *workspace.Statistic) string {
	if s.Value == nil {
		return "?"
	}
	return f.withUnit(f.number(*s.Value, decimalsOf(s)), unitOf(s))
}

// unitOf is a statistic's unit; percentages are "%" unless said otherwise.
func unitOf(s *workspace.Statistic) string {
	if s.Unit == "" && s.Derive != nil && s.Derive.Op == "percent" {
		return "%"
	}
	return s.Unit
}

// decimalsOf is how many digits a statistic shows: as set, else one for a
// percentage or ratio (0.4% must not round to 0%) and none for counts.
func decimalsOf(s *workspace.Statistic) int {
	if s.Decimals != nil {
		return *s.Decimals
	}
	if s.Derive != nil && (s.Derive.Op == "percent" || s.Derive.Op == "ratio") {
		return 1
	}
	if s.Value != nil && *s.Value != float64(int64(*s.Value)) {
		return 1
	}
	return 0
}

var monthNames = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"ru": {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
}

// date writes a date in full, as the language does: "23 January 2024",
// "23 janvier 2024", "23 de enero de 2024"; partial dates stay partial.
func (f formatter) date(d workspace.Date) string {
	months, ok := monthNames[f.lang]
	if !ok {
		months = monthNames["en"]
	}
	var parts []string
	if d.Day > 0 {
		parts = append(parts, f.printer.Sprint(d.Day))
	}
	if d.Month > 0 {
		parts = append(parts, months[d.Month-1])
	}
	if d.Year > 0 {
		parts = append(parts, f.printer.Sprint(number.Decimal(d.Year, number.NoSeparator())))
	}
	if f.lang == "es" {
		return strings.Join(parts, " de ")
	}
	return strings.Join(parts, " ")
}

// ordinal writes "4th", "4e" or "4.º".
func (f formatter) ordinal(n int) string {
	switch f.lang {
	case "fr":
		if n == 1 {
			return "1er"
		}
		return f.printer.Sprint(n) + "e"
	case "es":
		return f.printer.Sprint(n) + ".º"
	}
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return f.printer.Sprint(n) + suffix
}

// Ordinal writes n as an ordinal in a language ("4th"), for writers that
// format outside templates, such as the PDF cover.
func Ordinal(lang string, n int) string { return newFormatter(lang).ordinal(n) }

// LongDate writes a date in full in a language ("23 January 2024").
func LongDate(lang string, d workspace.Date) string { return newFormatter(lang).date(d) }
