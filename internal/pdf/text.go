package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// clean normalises text before it is measured and printed: NFC, so that
// "e" and a combining accent print as the one glyph "é"; control characters,
// invisible formatting characters (soft hyphen, zero-width space, byte order
// mark, joiners, direction marks) and variation selectors dropped; white
// space other than no-break spaces made a plain space. Invalid UTF-8 becomes
// U+FFFD. Runes beyond the Basic Multilingual Plane are kept: checkGlyphs
// rejects them, as fpdf cannot print them.
func clean(s string) string {
	plain := utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool {
		return drop(r) || r != ' ' && isSpace(r)
	})
	if plain && norm.NFC.IsNormalString(s) {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case isSpace(r):
			out = append(out, ' ')
		case !drop(r):
			out = append(out, r)
		}
	}
	return norm.NFC.String(string(out))
}

// drop reports whether r is a control or invisible formatting character.
// Tabs and line ends are spaces, so they are not dropped.
func drop(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case unicode.In(r, unicode.Cc, unicode.Cf, unicode.Variation_Selector):
		return true
	}
	return false
}

// cleanMeta cleans text for the document information, which is stored but
// not printed: fpdf writes it as UTF-16 without surrogate pairs, so runes
// beyond the Basic Multilingual Plane become U+FFFD.
func cleanMeta(s string) string {
	s = clean(s)
	if !strings.ContainsFunc(s, func(r rune) bool { return r > 0xFFFF }) {
		return s
	}
	out := []rune(s)
	for i, r := range out {
		if r > 0xFFFF {
			out[i] = '\uFFFD'
		}
	}
	return string(out)
}

// isSpace reports whether r separates words (a no-break space does not).
func isSpace(r rune) bool {
	return r != '\u00A0' && r != '\u202F' && r != '\u2007' && unicode.IsSpace(r)
}
