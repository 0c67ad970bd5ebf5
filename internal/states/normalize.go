package states

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// normalize reduces a name to the key the index uses: lower case, accents
// and apostrophes dropped, "&" spelled "and", punctuation turned into
// single spaces, a leading "the" dropped and "st" spelled "saint". So
// "Côte d’Ivoire", "cote d'ivoire" and "COTE DIVOIRE" all meet, and so do
// "Iran (Islamic Republic of)" and ISO's "Iran, Islamic Republic of".
func normalize(name string) string {
	s := strings.ToLower(strings.ToValidUTF8(name, " "))
	s = foldAccents(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case isApostrophe(r), r == '.':
			// "People's" = "Peoples", "St." = "St", "U.S.A." = "USA"
		case r == '&':
			b.WriteString(" and ")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	for len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	for i, w := range words {
		if w == "st" {
			words[i] = "saint"
		}
	}
	return strings.Join(words, " ")
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '`', '\u00b4', '\u2032':
		return true
	}
	return false
}

// foldAccents removes combining marks after canonical decomposition, so
// "Türkiye" becomes "Turkiye". It returns s unchanged if the transform fails.
func foldAccents(s string) string {
	if isASCII(s) {
		return s // most names: no transform to build
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
