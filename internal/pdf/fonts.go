package pdf

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"codeberg.org/go-fonts/liberation/liberationmonoregular"
	"codeberg.org/go-fonts/liberation/liberationserifbold"
	"codeberg.org/go-fonts/liberation/liberationserifbolditalic"
	"codeberg.org/go-fonts/liberation/liberationserifitalic"
	"codeberg.org/go-fonts/liberation/liberationserifregular"
	"codeberg.org/go-pdf/fpdf"

	"github.com/upr-tools/submit/internal/layout"
)

// face is one of the embedded font faces. Liberation Serif has the metrics
// of Times New Roman, so a page set here breaks like one set in Word.
type face uint8

const (
	serif face = iota
	serifBold
	serifItalic
	serifBoldItalic
	mono
	numFaces
)

var faces = [numFaces]struct {
	family, style string
	name          string // the family as users know it, for error messages
	ttf           []byte
}{
	serif:           {"serif", "", "Liberation Serif", liberationserifregular.TTF},
	serifBold:       {"serif", "B", "Liberation Serif", liberationserifbold.TTF},
	serifItalic:     {"serif", "I", "Liberation Serif", liberationserifitalic.TTF},
	serifBoldItalic: {"serif", "BI", "Liberation Serif", liberationserifbolditalic.TTF},
	mono:            {"mono", "", "Liberation Mono", liberationmonoregular.TTF},
}

// faceOf maps a run style to the face that prints it.
func faceOf(s layout.Style) face {
	switch {
	case s&layout.Code != 0:
		return mono
	case s&layout.Bold != 0 && s&layout.Italic != 0:
		return serifBoldItalic
	case s&layout.Bold != 0:
		return serifBold
	case s&layout.Italic != 0:
		return serifItalic
	}
	return serif
}

// loadFonts embeds every face in f. Only TrueType fonts are used: the
// standard PDF fonts are not embedded and cannot print "Žižović".
func loadFonts(f *fpdf.Fpdf) error {
	for _, fc := range faces {
		f.AddUTF8FontFromBytes(fc.family, fc.style, fc.ttf)
		if err := f.Error(); err != nil {
			return fmt.Errorf("embedding font %s %s: %w", fc.family, fc.style, err)
		}
		// fpdf prints parse failures instead of returning them: selecting
		// the face is what surfaces a font that did not load.
		f.SetFont(fc.family, fc.style, 12)
		if err := f.Error(); err != nil {
			return fmt.Errorf("embedding font %s %s: %w", fc.family, fc.style, err)
		}
	}
	return nil
}

// ptMM converts points to millimetres, the document's unit.
const ptMM = 25.4 / 72

// metrics measures text. It keeps its own fpdf instance without pages, so
// that selecting fonts while measuring writes nothing into the document.
type metrics struct {
	f      *fpdf.Fpdf
	widths [numFaces]map[rune]float64 // advance in thousandths of an em
}

func newMetrics() (*metrics, error) {
	f := fpdf.New("P", "mm", "A4", "")
	if err := loadFonts(f); err != nil {
		return nil, err
	}
	m := &metrics{f: f}
	for i := range m.widths {
		m.widths[i] = map[rune]float64{}
	}
	return m, nil
}

// runeWidth is r's advance in face fc at size pt, in millimetres.
func (m *metrics) runeWidth(fc face, size float64, r rune) float64 {
	w, ok := m.widths[fc][r]
	if !ok {
		m.f.SetFont(faces[fc].family, faces[fc].style, 12)
		w = float64(m.f.GetStringSymbolWidth(string(r)))
		m.widths[fc][r] = w
	}
	return w / 1000 * size * ptMM
}

// width is the advance of s in face fc at size pt, in millimetres. fpdf
// does not kern, so the sum of the runes' advances is exact.
func (m *metrics) width(fc face, size float64, s string) float64 {
	w := 0.0
	for _, r := range s {
		w += m.runeWidth(fc, size, r)
	}
	return w
}

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
