package pdf

import (
	"strings"
	"unicode"

	"github.com/upr-tools/submit/internal/layout"
)

// fpdf places one glyph per character, left to right. Scripts written right
// to left, or whose letters change form and combine (shaping), would come
// out in the wrong order or as disconnected letters: readable to nobody, and
// unnoticed by whoever builds the PDF. They are refused, before the glyph
// check, so that the message names the real problem.

// ScriptError says that the document holds text in a script this writer
// cannot lay out.
type ScriptError struct {
	Script  string // e.g. "Arabic", "Devanagari"
	Context string // the text around the first such character, "…" where cut
}

func (e *ScriptError) Error() string {
	why := "it needs complex shaping: its letters join, reorder and change form"
	if rtlScripts[e.Script] {
		why = "it needs right-to-left shaping"
	}
	return "the text “" + e.Context + "” is in " + e.Script + " script, which this PDF writer cannot lay out (" + why +
		"): write it in transliteration, or leave the text out"
}

// unshaped lists the scripts refused, by the name users know.
var unshaped = []struct {
	name  string
	table *unicode.RangeTable
}{
	// Right to left.
	{"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}, {"Syriac", unicode.Syriac},
	{"Thaana", unicode.Thaana}, {"N'Ko", unicode.Nko}, {"Samaritan", unicode.Samaritan},
	{"Mandaic", unicode.Mandaic}, {"Adlam", unicode.Adlam}, {"Hanifi Rohingya", unicode.Hanifi_Rohingya},
	// Complex shaping: Brahmic scripts of South and South-East Asia,
	// Tibetan, Mongolian.
	{"Devanagari", unicode.Devanagari}, {"Bengali", unicode.Bengali}, {"Gurmukhi", unicode.Gurmukhi},
	{"Gujarati", unicode.Gujarati}, {"Oriya", unicode.Oriya}, {"Tamil", unicode.Tamil},
	{"Telugu", unicode.Telugu}, {"Kannada", unicode.Kannada}, {"Malayalam", unicode.Malayalam},
	{"Sinhala", unicode.Sinhala}, {"Thai", unicode.Thai}, {"Lao", unicode.Lao},
	{"Tibetan", unicode.Tibetan}, {"Myanmar", unicode.Myanmar}, {"Khmer", unicode.Khmer},
	{"Mongolian", unicode.Mongolian}, {"Tai Tham", unicode.Tai_Tham}, {"Tai Viet", unicode.Tai_Viet},
	{"Balinese", unicode.Balinese}, {"Javanese", unicode.Javanese}, {"Sundanese", unicode.Sundanese},
	{"Chakma", unicode.Chakma}, {"Limbu", unicode.Limbu}, {"Lepcha", unicode.Lepcha},
	{"Syloti Nagri", unicode.Syloti_Nagri}, {"Meetei Mayek", unicode.Meetei_Mayek}, {"Ol Chiki", unicode.Ol_Chiki},
}

var rtlScripts = map[string]bool{
	"Arabic": true, "Hebrew": true, "Syriac": true, "Thaana": true, "N'Ko": true,
	"Samaritan": true, "Mandaic": true, "Adlam": true, "Hanifi Rohingya": true,
}

// scriptOf is the name of the refused script r belongs to, or "".
func scriptOf(r rune) string {
	switch {
	case r < 0x0590, // below Hebrew: Latin, Greek, Cyrillic, Armenian
		r >= 0x2E80 && r < 0xA000, // CJK, kana, bopomofo
		r >= 0xAC00 && r < 0xD800: // hangul syllables
		return ""
	}
	for _, s := range unshaped {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return ""
}

// checkScripts returns a *ScriptError for the first character, in reading
// order, of a script fpdf cannot lay out.
func checkScripts(doc *layout.Document, opts Options, words Text) error {
	var err *ScriptError
	printed(doc, opts, words, func(in []layout.Inline, _ layout.Style) {
		if err != nil {
			return
		}
		var plain strings.Builder
		at, script := -1, ""
		for _, il := range in {
			switch {
			case il.Break:
				plain.WriteByte(' ')
			case il.Footnote == 0:
				text := clean(il.Text)
				if at < 0 {
					for i, r := range text {
						if script = scriptOf(r); script != "" {
							at = plain.Len() + i
							break
						}
					}
				}
				plain.WriteString(text)
			}
		}
		if at >= 0 {
			err = &ScriptError{Script: script, Context: around(plain.String(), at, 24)}
		}
	})
	if err != nil {
		return err
	}
	return nil
}
