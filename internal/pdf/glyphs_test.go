package pdf

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/layout"
)

func TestMissingGlyphs(t *testing.T) {
	long := "The delegation of the State under review said that the law, "
	tests := []struct {
		name    string
		doc     func(d *layout.Document)
		opts    func(o *Options)
		chars   string // the runes Chars must hold, in order
		more    int
		font    string
		context string // must appear in Context
	}{
		{
			name: "CJK in a paragraph",
			doc: func(d *layout.Document) {
				d.Blocks = append(d.Blocks, para(4, txt(long+"中文 and more words after the characters so that the context is cut.")))
			},
			chars:   "中文",
			font:    "Liberation Serif",
			context: "… said that the law, 中文 and more words after …",
		},
		{
			name:  "emoji in a footnote",
			doc:   func(d *layout.Document) { d.Footnotes[0].Text = append(d.Footnotes[0].Text, txt(" Thanks 😀")) },
			chars: "😀", font: "Liberation Serif", context: "… para. 28.212. Thanks 😀",
		},
		{
			name:  "Ethiopic in a heading",
			doc:   func(d *layout.Document) { d.Blocks = append(d.Blocks, heading(4, "Report ሰላም")) },
			chars: "ሰላም", font: "Liberation Serif", context: "Report ሰላም",
		},
		{
			name: "in a table header and cell",
			doc: func(d *layout.Document) {
				d.Blocks = append(d.Blocks, layout.Table{Header: cells("State", "ქ"), Rows: [][][]layout.Inline{cells("a", "ሀ")}})
			},
			chars: "ქሀ", font: "Liberation Serif", context: "ქ",
		},
		{
			name: "deep in a list in a quotation",
			doc: func(d *layout.Document) {
				d.Blocks = append(d.Blocks, layout.Quote{Blocks: []layout.Block{layout.List{Items: []layout.ListItem{{Blocks: []layout.Block{para(0, txt("x ✓ y"))}}}}}})
			},
			chars: "✓", font: "Liberation Serif", context: "x ✓ y",
		},
		{
			name:  "narrow no-break space in code",
			doc:   func(d *layout.Document) { d.Blocks = append(d.Blocks, para(4, txt("Total "), code("2\u202f075"))) },
			chars: "\u202f", font: "Liberation Mono", context: "Total 2\u202f075",
		},
		{
			name:  "cover title",
			opts:  func(o *Options) { o.Cover.Title = "Submission ☃" },
			chars: "☃", font: "Liberation Serif", context: "Submission ☃",
		},
		{
			name:  "cover organisation",
			opts:  func(o *Options) { o.Cover.Organisations[1].Description = "Réseau ⚖ des droits" },
			chars: "⚖", font: "Liberation Serif", context: "Réseau ⚖ des droits",
		},
		{
			name:  "running header",
			opts:  func(o *Options) { o.Header = "JS1 ★" },
			chars: "★", font: "Liberation Serif", context: "JS1 ★",
		},
		{
			name:  "first in reading order, five listed",
			doc:   func(d *layout.Document) { d.Blocks = append(d.Blocks, para(4, txt("一二三四五六七 一"))) },
			opts:  func(o *Options) { o.Cover.Lines = append(o.Cover.Lines, "Code ✗") },
			chars: "✗一二三四", more: 3, font: "Liberation Serif", context: "Code ✗",
		},
		{
			name:  "two fonts",
			doc:   func(d *layout.Document) { d.Blocks = append(d.Blocks, para(4, txt("中 "), code("\u202f"))) },
			chars: "中\u202f", font: "Liberation Serif and Liberation Mono", context: "中",
		},
		{
			name:  "invalid UTF-8",
			doc:   func(d *layout.Document) { d.Blocks = append(d.Blocks, para(4, txt("bad \xff byte"))) },
			chars: "\uFFFD", font: "Liberation Serif", context: "bad \uFFFD byte",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, opts := sampleDoc(), sampleOptions()
			if tt.doc != nil {
				tt.doc(doc)
			}
			if tt.opts != nil {
				tt.opts(&opts)
			}
			data, _, err := Render(doc, opts)
			var mg *MissingGlyphError
			if !errors.As(err, &mg) {
				t.Fatalf("Render: err = %v (%d bytes), want a MissingGlyphError", err, len(data))
			}
			if string(mg.Chars) != tt.chars || mg.More != tt.more || mg.Font != tt.font {
				t.Errorf("Chars %q More %d Font %q, want %q %d %q", string(mg.Chars), mg.More, mg.Font, tt.chars, tt.more, tt.font)
			}
			if !strings.Contains(mg.Context, tt.context) {
				t.Errorf("Context %q does not show %q", mg.Context, tt.context)
			}
			if n := len([]rune(mg.Context)); n > 50 {
				t.Errorf("Context %q is %d characters long, want about 40", mg.Context, n)
			}
			msg := err.Error()
			for _, want := range []string{tt.font, "U+", "“" + mg.Context + "”", "use a font that covers this script", "remove the characters"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q lacks %q", msg, want)
				}
			}
		})
	}
}

func TestMissingGlyphMessage(t *testing.T) {
	err := &MissingGlyphError{Chars: []rune{'中', '\u0301'}, More: 2, Font: "Liberation Serif", Context: "… the case of 中 …"}
	want := "the font Liberation Serif has no glyph for 中 (U+4E2D), U+0301 and 2 more in “… the case of 中 …”: use a font that covers this script (the font setting of submission.yaml) or remove the characters"
	if err.Error() != want {
		t.Errorf("got  %s\nwant %s", err.Error(), want)
	}
}

// TestCoveredTextPrints checks the other side: what the check lets through
// is printed, and reads back as typed (accents composed, invisible
// characters gone, no-break spaces kept as spaces).
func TestCoveredTextPrints(t *testing.T) {
	text := "Žižović, Ελλάδα, Россия, Việt Nam, Cote\u0301 d\u2019Ivoire \u2013 \u201cquoted\u201d\u2026 " +
		"soft\u00adhyphen zero\u200bwidth joined\u200d bidi\u200e tab\there 2\u00a0075 10\u202f%"
	doc := &layout.Document{
		Blocks:    []layout.Block{heading(1, "Ελλάδα"), para(1, txt(text)), para(2, code("Žižović"))},
		Footnotes: []layout.Footnote{{Number: 1, Text: []layout.Inline{txt("Россия")}}},
	}
	path, _ := render(t, doc, sampleOptions())
	got := squash(pdftotext(t, path))
	want := "1. Žižović, Ελλάδα, Россия, Việt Nam, Coté d’Ivoire – “quoted”… softhyphen zerowidth joined bidi tab here 2 075 10 %"
	if !strings.Contains(got, want) {
		t.Errorf("pdftotext shows\n%s\nwant it to contain\n%s", got, want)
	}
}

func TestOwnTextCovered(t *testing.T) {
	// What Render writes itself: numbers, markers, the cover's and the
	// footer's words, in the faces they are set in.
	cov, err := liberationCoverage()
	if err != nil {
		t.Fatal(err)
	}
	own := "0123456789.,•() Word count: limit Founded Page of"
	for fc := range numFaces {
		for _, r := range own {
			if r != ' ' && !cov[fc].has(r) {
				t.Errorf("%s %s lacks %q", liberation[fc].name, liberation[fc].style, r)
			}
		}
	}
}

func TestAround(t *testing.T) {
	tests := []struct {
		s    string
		at   string // the character to centre on
		want string
	}{
		{"short 中 text", "中", "short 中 text"},
		{"one two three four five six seven eight 中 nine ten eleven twelve thirteen fourteen", "中",
			"… six seven eight 中 nine ten eleven …"},
		{"中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文", "中", "中文中文中文中文中文中文中文中文中文中文中 …"},
		{"a   b  中  c\u00a0d", "中", "a b 中 c\u00a0d"},
	}
	for _, tt := range tests {
		if got := around(tt.s, strings.Index(tt.s, tt.at), 20); got != tt.want {
			t.Errorf("around(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// miniFont is a TrueType file holding only a cmap: one format 0 subtable to
// skip, then a format 4 one with a delta segment (A–C), an idRangeOffset
// segment (U+0100–U+0102, whose middle character has glyph 0) and the final
// segment.
func miniFont() []byte {
	be := binary.BigEndian
	var sub []byte
	u16 := func(vs ...int) {
		for _, v := range vs {
			sub = be.AppendUint16(sub, uint16(v))
		}
	}
	u16(4, 0, 0, 6, 0, 0, 0) // format, length, language, segCountX2 (3 segments), search fields
	u16(0x43, 0x102, 0xFFFF) // endCode
	u16(0)                   // reservedPad
	u16(0x41, 0x100, 0xFFFF) // startCode
	u16(1-0x41, 0, 1)        // idDelta: A → glyph 1
	// idRangeOffset: the second segment's glyphs start right after the
	// array, 4 bytes on from its own entry.
	u16(0, 4, 0)
	u16(7, 0, 9) // glyphIdArray for U+0100–U+0102
	be.PutUint16(sub[2:], uint16(len(sub)))

	format0 := make([]byte, 6+256)
	be.PutUint16(format0[2:], uint16(len(format0)))
	var cmap []byte
	cmap = be.AppendUint16(cmap, 0)
	cmap = be.AppendUint16(cmap, 2)
	cmap = append(cmap, 1, 0, 0, 0) // platform 1 (Mac), encoding 0: skipped
	cmap = be.AppendUint32(cmap, uint32(4+16))
	cmap = append(cmap, 0, 3, 0, 1) // platform 3, encoding 1
	cmap = be.AppendUint32(cmap, uint32(4+16+len(format0)))
	cmap = append(append(cmap, format0...), sub...)

	var f []byte
	f = append(f, 0, 1, 0, 0)
	f = be.AppendUint16(f, 1) // numTables
	f = append(f, make([]byte, 6)...)
	f = append(f, "cmap"...)
	f = be.AppendUint32(f, 0)
	f = be.AppendUint32(f, 12+16)
	f = be.AppendUint32(f, uint32(len(cmap)))
	return append(f, cmap...)
}

func TestParseCmap(t *testing.T) {
	g, err := parseCmap(miniFont())
	if err != nil {
		t.Fatal(err)
	}
	for r, want := range map[rune]bool{'@': false, 'A': true, 'B': true, 'C': true, 'D': false, 0xFF: false, 0x100: true, 0x101: false, 0x102: true, 0x103: false, 0xFFFF: false, 0x10000: false, -1: false} {
		if g.has(r) != want {
			t.Errorf("has(%U) = %v, want %v", r, !want, want)
		}
	}
	for _, fc := range liberation {
		g, err := parseCmap(fc.ttf)
		if err != nil {
			t.Fatalf("%s %s: %v", fc.name, fc.style, err)
		}
		if !g.has('Ž') || !g.has('Ж') || g.has('中') {
			t.Errorf("%s %s: coverage wrong for Ž, Ж, 中", fc.name, fc.style)
		}
	}
	for _, bad := range [][]byte{nil, []byte("true"), miniFont()[:40], miniFont()[:len(miniFont())-3]} {
		if _, err := parseCmap(bad); err == nil {
			t.Errorf("parseCmap(%d bytes) accepted a damaged font", len(bad))
		}
	}
}

// FuzzParseCmap checks that a damaged font gives an error, never a panic.
func FuzzParseCmap(f *testing.F) {
	f.Add(miniFont())
	f.Add(miniFont()[:50])
	f.Add(liberation[serif].ttf[:2048])
	f.Fuzz(func(t *testing.T, ttf []byte) {
		g, err := parseCmap(ttf)
		if err == nil && g == nil {
			t.Fatal("no set and no error")
		}
	})
}
