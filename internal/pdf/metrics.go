package pdf

import (
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
)

// ptMM converts points to millimetres, the document's unit.
const ptMM = 25.4 / 72

// metrics measures text. It keeps its own fpdf instance without pages, so
// that selecting fonts while measuring writes nothing into the document.
type metrics struct {
	f      *fpdf.Fpdf
	fonts  *fontSet
	widths []map[rune]float64 // per font: advance in thousandths of an em
}

func newMetrics(fs *fontSet) (*metrics, error) {
	f := fpdf.New("P", "mm", "A4", "")
	if err := loadFonts(f, fs); err != nil {
		return nil, err
	}
	m := &metrics{f: f, fonts: fs, widths: make([]map[rune]float64, len(fs.files))}
	for i := range m.widths {
		m.widths[i] = map[rune]float64{}
	}
	return m, nil
}

// runeWidth is r's advance in font fi at size pt, in millimetres.
func (m *metrics) runeWidth(fi uint8, size float64, r rune) float64 {
	w, ok := m.widths[fi][r]
	if !ok {
		fc := m.fonts.files[fi]
		m.f.SetFont(fc.family, fc.style, 12)
		w = float64(m.f.GetStringSymbolWidth(string(r)))
		m.widths[fi][r] = w
	}
	return w / 1000 * size * ptMM
}

// width is the advance of s in face fc at size pt, in millimetres, each
// character in the font that prints it. fpdf does not kern, so the sum of
// the runes' advances is exact.
func (m *metrics) width(fc face, size float64, s string) float64 {
	w := 0.0
	for _, r := range s {
		w += m.runeWidth(m.fonts.pick(fc, r), size, r)
	}
	return w
}

// plainRuns sets s in face fc on one line: one run per stretch of one font,
// x from 0. It returns the runs and their width.
func (m *metrics) plainRuns(fc face, size float64, s string) ([]run, float64) {
	var out []run
	x, from := 0.0, 0
	for i, r := range s {
		fi := m.fonts.pick(fc, r)
		w := m.runeWidth(fi, size, r)
		if n := len(out); n > 0 && out[n-1].font == fi {
			out[n-1].text = s[from : i+utf8.RuneLen(r)]
			out[n-1].w += w
		} else {
			from = i
			out = append(out, run{text: s[i : i+utf8.RuneLen(r)], face: fc, font: fi, size: size, x: x, w: w})
		}
		x += w
	}
	return out, x
}
