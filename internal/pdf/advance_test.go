package pdf

import (
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// TestAdvancesMatchFpdf checks that our widths are fpdf's, character by
// character over the whole BMP (surrogates aside: no decoded string holds
// one), for every Liberation face and the CJK fonts tests use.
func TestAdvancesMatchFpdf(t *testing.T) {
	fonts := []struct {
		name string
		ttf  func(t *testing.T) []byte
	}{
		{"Liberation Serif", func(*testing.T) []byte { return liberation[serif].ttf }},
		{"Liberation Serif Bold", func(*testing.T) []byte { return liberation[serifBold].ttf }},
		{"Liberation Serif Italic", func(*testing.T) []byte { return liberation[serifItalic].ttf }},
		{"Liberation Serif Bold Italic", func(*testing.T) []byte { return liberation[serifBoldItalic].ttf }},
		{"Liberation Mono", func(*testing.T) []byte { return liberation[mono].ttf }},
		{"Droid Sans Fallback", func(t *testing.T) []byte { return needFont(t, droidFont, "fonts-droid-fallback") }},
		{"AR PL Mingti2L Big5", func(t *testing.T) []byte { return needFont(t, bsmiFont, "fonts-arphic-bsmi00lp") }},
	}
	for _, tc := range fonts {
		t.Run(tc.name, func(t *testing.T) {
			ttf := tc.ttf(t)
			a, err := fontAdvances(ttf)
			if err != nil {
				t.Fatal(err)
			}
			f := fpdf.New("P", "mm", "A4", "")
			f.AddUTF8FontFromBytes("x", "", ttf)
			f.SetFont("x", "", 12)
			if err := f.Error(); err != nil {
				t.Fatal(err)
			}
			bad := 0
			for r := rune(0); r < 0x10000; r++ {
				if r >= 0xD800 && r <= 0xDFFF {
					continue
				}
				if got, want := a.width(r), f.GetStringSymbolWidth(string(r)); got != want && bad < 10 {
					t.Errorf("U+%04X: width %d, fpdf measures %d", r, got, want)
					bad++
				}
			}
			// Beyond the BMP fpdf falls back to the missing width (but
			// panics on U+10000 itself).
			if got, want := a.width(0x1F600), f.GetStringSymbolWidth("\U0001F600"); got != want {
				t.Errorf("U+1F600: width %d, fpdf measures %d", got, want)
			}
		})
	}
}
