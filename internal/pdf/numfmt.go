package pdf

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// formatCount writes n as the document's language groups thousands: "2,075"
// in English, "2 075" in French (a no-break space), "2.075" in Spanish, as
// the template functions and the command line do. Digits stay Latin in every
// language ("-u-nu-latn"): the embedded fonts have no others. An unknown or
// empty language is written as English. A separator has says the font
// cannot print becomes a no-break space, or a plain one.
func formatCount(lang string, n int, has func(rune) bool) string {
	tag, err := language.Parse(lang + "-u-nu-latn")
	if lang == "" || err != nil {
		tag = language.English
	}
	return separatorsIn(message.NewPrinter(tag).Sprintf("%d", n), has)
}

// separatorsIn replaces the characters of a formatted number that has
// lacks (a narrow no-break space, say) with a no-break space, or a plain
// space when that is lacking too.
func separatorsIn(s string, has func(rune) bool) string {
	return strings.Map(func(r rune) rune {
		switch {
		case has(r):
			return r
		case has('\u00A0'):
			return '\u00A0'
		}
		return ' '
	}, s)
}
