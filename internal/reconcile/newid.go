package reconcile

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/upr-tools/submit/internal/states"
)

// idWords is how many words of the text an id made from it takes.
const idWords = 4

// newID makes an id for a row typed without one, the way the example's
// are made: "c3-28.173" from the cycle and the report's paragraph, else
// "c4-ury-strengthen-measures-to-guarantee" from the cycle, the first
// recommending state's ISO code and the text's first words. It depends
// only on the row and the ids taken, so the same data gives the same id;
// "-2", "-3" … are added when it is taken.
func newID(cycle int, paragraph string, from []string, text string, taken func(string) bool) string {
	parts := []string{"c" + strconv.Itoa(cycle)}
	if paragraph != "" {
		parts = append(parts, paragraph)
	} else {
		if len(from) > 0 {
			if s, ok := states.Lookup(from[0]); ok && s.ISO3 != "" {
				parts = append(parts, strings.ToLower(s.ISO3))
			}
		}
		words := strings.Split(slug(text), "-")
		parts = append(parts, strings.Join(words[:min(idWords, len(words))], "-"))
	}
	base := strings.Join(parts, "-")
	id := base
	for n := 2; taken(id); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// slug lower-cases text and strips accents ("Côte d'Ivoire" gives
// "cote-divoire"), keeps letters and digits of any script, drops
// apostrophes and turns every other run of characters into one hyphen.
// Text without letters or digits gives "recommendation".
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == 'ʼ':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		default:
			hyphen = true
		}
	}
	if b.Len() == 0 {
		return "recommendation"
	}
	return b.String()
}
