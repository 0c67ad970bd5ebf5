package pdf

import "unicode/utf8"

// ptMM converts points to millimetres, the document's unit.
const ptMM = 25.4 / 72

// metrics measures text with each font's advance widths, read from the
// font as fpdf reads them (advance.go): no fpdf instance is needed.
type metrics struct {
	fonts *fontSet
}

func newMetrics(fs *fontSet) (*metrics, error) {
	return &metrics{fonts: fs}, nil
}

// runeWidth is r's advance in font fi at size pt, in millimetres.
func (m *metrics) runeWidth(fi uint8, size float64, r rune) float64 {
	w := float64(m.fonts.files[fi].adv.width(r))
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
