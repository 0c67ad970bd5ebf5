package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/upr-tools/submit/internal/layout"
)

// cutFont is a small valid TrueType font: Liberation Serif reduced by fpdf
// to a few characters, "Å" among them, a composite glyph (A and a ring).
func cutFont() []byte {
	return fpdf.UTF8CutFont(liberation[serif].ttf, "AÅbc ")
}

// patchTable returns a copy of ttf with v written at offset off of table tag.
func patchTable(t testing.TB, ttf []byte, tag string, off int, v uint16) []byte {
	t.Helper()
	s, err := readSfnt(ttf)
	if err != nil {
		t.Fatal(err)
	}
	tb, ok := s.tables[tag]
	if !ok {
		t.Fatalf("no %s table", tag)
	}
	out := bytes.Clone(ttf)
	binary.BigEndian.PutUint16(out[tb.off+off:], v)
	return out
}

// loopingFont is cutFont with its composite glyph made a component of
// itself.
func loopingFont(t testing.TB) []byte {
	ttf := cutFont()
	s, err := readSfnt(ttf)
	if err != nil {
		t.Fatal(err)
	}
	loca, glyf := s.tables["loca"], s.tables["glyf"]
	locFormat, _ := s.u16(s.tables["head"].off + 50)
	maxp := s.tables["maxp"]
	n, _ := s.u16(maxp.off + 4)
	for g := range n {
		var at int
		if locFormat == 0 {
			v, _ := s.u16(loca.off + 2*g)
			at = 2 * v
		} else {
			at, _ = s.u32(loca.off + 4*g)
		}
		if contours, _ := s.u16(glyf.off + at); contours >= 0x8000 {
			out := bytes.Clone(ttf)
			binary.BigEndian.PutUint16(out[glyf.off+at+12:], uint16(g)) // first component
			return out
		}
	}
	t.Fatal("the cut font has no composite glyph")
	return nil
}

func TestFontErrors(t *testing.T) {
	reg := liberation[serif].ttf
	tests := []struct {
		name  string
		fonts func(t *testing.T) *Fonts
		font  string // FontError.Font
		want  []string
	}{
		{"collection", func(t *testing.T) *Fonts {
			return &Fonts{Name: "NotoSansCJK.ttc", Regular: readTestdata(t, "collection.ttc")}
		}, "NotoSansCJK.ttc", []string{"is a font collection (.ttc), which cannot be embedded", "extract one font to a .ttf file (for example with fonttools) or use a .ttf font"}},
		{"OpenType CFF", func(t *testing.T) *Fonts {
			return &Fonts{Name: "SourceHanSans.otf", Regular: readTestdata(t, "cff.otf")}
		}, "SourceHanSans.otf", []string{"is an OpenType font with CFF outlines, which cannot be embedded: use a TrueType (.ttf) version"}},
		{"CFF as bold", func(t *testing.T) *Fonts {
			return &Fonts{Name: "Serif", Regular: reg, Bold: readTestdata(t, "cff.otf")}
		}, "Serif (bold)", []string{"CFF outlines"}},
		{"web font", func(*testing.T) *Fonts {
			return &Fonts{Name: "x.woff2", Regular: []byte("wOF2\x00\x01\x00\x00 and more")}
		}, "x.woff2", []string{"web font (WOFF)", "use the TrueType (.ttf) version"}},
		{"garbage", func(*testing.T) *Fonts {
			return &Fonts{Name: "notes.txt", Regular: []byte("this is not a font at all")}
		}, "notes.txt", []string{"is not a TrueType font file: use a TrueType (.ttf) font"}},
		{"empty", func(*testing.T) *Fonts { return &Fonts{Name: "empty.ttf", Regular: []byte{}} }, "empty.ttf", []string{"is an empty file: use a TrueType (.ttf) font"}},
		{"no regular", func(*testing.T) *Fonts { return &Fonts{Bold: reg} }, "set for the document", []string{"has no regular font"}},
		{"italic garbage", func(*testing.T) *Fonts {
			return &Fonts{Name: "F", Regular: reg, Italic: []byte{0, 1, 0, 0}}
		}, "F (italic)", []string{"is damaged", "use another copy of the font"}},
		{"truncated", func(*testing.T) *Fonts { return &Fonts{Name: "cut.ttf", Regular: reg[:30000]} }, "cut.ttf", []string{"is damaged (its table directory is cut short"}},
		{"no cmap", func(*testing.T) *Fonts {
			return &Fonts{Name: "sym.ttf", Regular: patchTable(t, cutFont(), "cmap", 6, 99)} // platform 99: not Unicode
		}, "sym.ttf", []string{"has no Unicode character map"}},
		{"restricted licence", func(t *testing.T) *Fonts {
			return &Fonts{Name: "r.ttf", Regular: patchTable(t, cutFont(), "OS/2", 8, 2)}
		}, "r.ttf", []string{"does not allow embedding"}},
		{"composite loop", func(t *testing.T) *Fonts { return &Fonts{Name: "loop.ttf", Regular: loopingFont(t)} }, "loop.ttf", []string{"a composite glyph contains itself"}},
		{"zero units per em", func(t *testing.T) *Fonts {
			return &Fonts{Name: "z.ttf", Regular: patchTable(t, cutFont(), "head", 18, 0)}
		}, "z.ttf", []string{"its head table is invalid"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := sampleOptions()
			opts.Fonts = tt.fonts(t)
			data, _, err := Render(sampleDoc(), opts)
			var fe *FontError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v (%d bytes), want a FontError", err, len(data))
			}
			if fe.Font != tt.font {
				t.Errorf("Font = %q, want %q", fe.Font, tt.font)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "font "+tt.font+" ") {
				t.Errorf("message %q does not start with the font", msg)
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q lacks %q", msg, w)
				}
			}
		})
	}
}

// TestCutFontWorks checks the other side of TestFontErrors: the small
// valid font the errors are made from passes, prints, and its missing
// characters fall back to Liberation Serif.
func TestCutFontWorks(t *testing.T) {
	if _, err := checkFont("cut", cutFont()); err != nil {
		t.Fatal(err)
	}
	opts := sampleOptions()
	opts.Fonts = &Fonts{Name: "cut.ttf", Regular: cutFont(), Bold: cutFont()}
	doc := &layout.Document{Blocks: []layout.Block{para(1, txt("Åbc cab Žižović"), bold(" bAc"))}}
	path, _ := render(t, doc, opts)
	if got := squash(pdftotext(t, path)); !strings.Contains(got, "1. Åbc cab Žižović bAc") {
		t.Errorf("text: %s", got)
	}
}

// FuzzCheckFont checks that a font checkFont accepts is one fpdf reads,
// subsets and writes without panicking, failing or printing.
func FuzzCheckFont(f *testing.F) {
	f.Add(cutFont())
	f.Add(fpdf.UTF8CutFont(liberation[mono].ttf, "0123 xyz"))
	f.Add([]byte("ttcf\x00\x01\x00\x00"))
	f.Add([]byte("OTTO\x00\x00"))
	f.Fuzz(func(t *testing.T, ttf []byte) {
		g, err := checkFont("fuzz", ttf)
		if err != nil {
			return
		}
		var text []rune
		for r := rune(0x20); r < 0x3000 && len(text) < 40; r++ {
			if g.has(r) {
				text = append(text, r)
			}
		}
		stdout := os.Stdout
		tmp, err := os.CreateTemp(t.TempDir(), "stdout")
		if err != nil {
			t.Fatal(err)
		}
		os.Stdout = tmp
		defer func() { os.Stdout = stdout }()
		pdf := fpdf.New("P", "mm", "A4", "")
		pdf.AddUTF8FontFromBytes("f", "", ttf)
		pdf.AddPage()
		pdf.SetFont("f", "", 12)
		pdf.Text(10, 10, string(text))
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatalf("fpdf: %v", err)
		}
		os.Stdout = stdout
		if out, _ := os.ReadFile(tmp.Name()); len(out) > 0 {
			t.Fatalf("fpdf printed %q", out)
		}
	})
}
