package pdf

import (
	"fmt"
	"unicode"
	"unicode/utf8"

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
	ttf           []byte
}{
	serif:           {"serif", "", liberationserifregular.TTF},
	serifBold:       {"serif", "B", liberationserifbold.TTF},
	serifItalic:     {"serif", "I", liberationserifitalic.TTF},
	serifBoldItalic: {"serif", "BI", liberationserifbolditalic.TTF},
	mono:            {"mono", "", liberationmonoregular.TTF},
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

// clean makes text safe for fpdf's UTF-8 fonts: fpdf indexes a 65,536-entry
// width table by rune and writes UTF-16 without surrogates, so runes beyond
// the Basic Multilingual Plane and invalid UTF-8 become U+FFFD; control characters, soft
// hyphens and zero-width characters are dropped; other white space becomes a
// plain space (no-break spaces stay, they glue words).
func clean(s string) string {
	ok := utf8.ValidString(s)
	for _, r := range s {
		if !ok {
			break
		}
		if r > 0xFFFF || r < 0x20 || r == 0x7F || r == 0xAD || r == 0x200B || r == 0xFEFF {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r > 0xFFFF:
			out = append(out, '\uFFFD')
		case r == '\t' || r == '\n' || r == '\r':
			out = append(out, ' ')
		case r < 0x20 || r == 0x7F || r == 0xAD || r == 0x200B || r == 0xFEFF:
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

// isSpace reports whether r separates words (a no-break space does not).
func isSpace(r rune) bool {
	return r != '\u00A0' && r != '\u202F' && r != '\u2007' && unicode.IsSpace(r)
}
