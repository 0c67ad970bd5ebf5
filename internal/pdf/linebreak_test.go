package pdf

import (
	"math"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/layout"
)

func testMetrics(t testing.TB) *metrics {
	t.Helper()
	fs, err := newFontSet(nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := newMetrics(fs)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// lineText is a set line's text, words joined by one space.
func lineText(l line) string {
	var sb strings.Builder
	end := 0.0
	for i, r := range l.runs {
		if i > 0 && r.x > end+0.01 {
			sb.WriteByte(' ')
		}
		sb.WriteString(r.text)
		end = r.x + r.w
	}
	return sb.String()
}

func lineEnd(l line) float64 {
	if len(l.runs) == 0 {
		return 0
	}
	r := l.runs[len(l.runs)-1]
	return r.x + r.w
}

func TestLines(t *testing.T) {
	long := strings.Repeat("justice ", 40)
	url := "https://example.org/" + strings.Repeat("a/very-long-path/", 20)
	tests := []struct {
		name  string
		in    []layout.Inline
		align align
		width float64
		want  []string // line texts; nil to skip
		check func(t *testing.T, ls []line, width float64)
	}{
		{
			name: "short text is one line", in: []layout.Inline{txt("Hello "), bold("world")}, width: 100,
			want: []string{"Hello world"},
		},
		{
			name: "hard breaks", in: []layout.Inline{txt("one"), {Break: true}, txt("two"), {Break: true}, {Break: true}, txt("three")}, width: 100,
			want: []string{"one", "two", "", "three"},
		},
		{
			name: "mark sticks to the word before, even after a space", in: []layout.Inline{txt("violations "), note(12), txt(" follow")}, width: 100,
			want: []string{"violations12 follow"},
		},
		{
			name: "justified lines fill the width, the last does not", in: []layout.Inline{txt(long)}, width: 80,
			check: func(t *testing.T, ls []line, width float64) {
				if len(ls) < 3 {
					t.Fatalf("%d lines", len(ls))
				}
				for i, l := range ls[:len(ls)-1] {
					if math.Abs(lineEnd(l)-width) > 0.01 {
						t.Errorf("line %d ends at %.2f, want %.2f", i, lineEnd(l), width)
					}
				}
				if last := ls[len(ls)-1]; lineEnd(last) >= width-1 {
					t.Errorf("last line justified: ends at %.2f", lineEnd(last))
				}
			},
		},
		{
			name: "left aligned lines keep plain spaces", in: []layout.Inline{txt(long)}, align: alignLeft, width: 80,
			check: func(t *testing.T, ls []line, width float64) {
				for _, l := range ls {
					if len(l.runs) != 1 {
						t.Errorf("line of one font in %d pieces", len(l.runs))
					}
				}
			},
		},
		{
			name: "a long URL is cut, never beyond the width", in: []layout.Inline{txt("See "), link(url, url), txt(" now.")}, width: 60,
			check: func(t *testing.T, ls []line, width float64) {
				var joined strings.Builder
				for _, l := range ls {
					if lineEnd(l) > width+1e-6 {
						t.Errorf("line %q ends at %.2f > %.2f", lineText(l), lineEnd(l), width)
					}
					for _, r := range l.runs {
						if r.link != "" {
							joined.WriteString(r.text)
						}
					}
				}
				if joined.String() != url {
					t.Errorf("URL pieces join to %q", joined.String())
				}
				if !strings.HasPrefix(lineText(ls[0]), "See https://") {
					t.Errorf("the URL should start on the first line: %q", lineText(ls[0]))
				}
			},
		},
		{
			name: "a column narrower than a letter still progresses", in: []layout.Inline{txt("word")}, width: 0.5,
			want: []string{"w", "o", "r", "d"},
		},
		{
			name: "code is set in mono", in: []layout.Inline{txt("see "), code("28.212")}, width: 100,
			check: func(t *testing.T, ls []line, width float64) {
				if r := ls[0].runs[len(ls[0].runs)-1]; r.face != mono || r.text != "28.212" {
					t.Errorf("last run %+v", r)
				}
			},
		},
		{
			name: "a line may end after a hyphen", in: []layout.Inline{txt("aaaa anti-terrorism")}, align: alignLeft, width: 25,
			want: []string{"aaaa anti-", "terrorism"},
		},
	}
	m := testMetrics(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := textStyle{size: 12, lead: 1.25, align: tt.align}
			ls := m.lines(tt.in, st, tt.width)
			if tt.want != nil {
				var got []string
				for _, l := range ls {
					got = append(got, lineText(l))
				}
				if strings.Join(got, "|") != strings.Join(tt.want, "|") {
					t.Errorf("lines %q, want %q", got, tt.want)
				}
			}
			if tt.check != nil {
				tt.check(t, ls, tt.width)
			}
		})
	}
}

func TestLineNotes(t *testing.T) {
	m := testMetrics(t)
	ls := m.lines([]layout.Inline{txt("a"), note(1), txt(" b"), note(2)}, textStyle{size: 12, lead: 1.2}, 100)
	if len(ls) != 1 || len(ls[0].notes) != 2 || ls[0].notes[0] != 1 || ls[0].notes[1] != 2 {
		t.Fatalf("notes %v", ls[0].notes)
	}
	if r := ls[0].runs[1]; r.rise <= 0 || r.size >= 12 {
		t.Errorf("mark not raised and smaller: %+v", r)
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want, meta string }{
		{in: "Žižović", want: "Žižović"},
		{in: "a\tb\nc\u2003d\u2028e", want: "a b c d e"},
		{in: "no-break\u00a0and\u202fnarrow", want: "no-break\u00a0and\u202fnarrow"},
		{in: "Cote\u0301 d'Ivoire", want: "Coté d'Ivoire"}, // composed
		{in: "soft\u00adhyphen\u200b\x00\u0085", want: "softhyphen "},
		{in: "joiners\u200d\u200c marks\u200e\u200f \u2060bom\ufeff", want: "joiners marks bom"},
		{in: "heart \u2665\ufe0f", want: "heart \u2665"}, // variation selector
		{in: "bad \xff\xfe byte", want: "bad \ufffd byte"},
		// Kept for checkGlyphs to reject; the document information, which
		// fpdf cannot write beyond the BMP, gets U+FFFD.
		{in: "emoji 😀", want: "emoji 😀", meta: "emoji \ufffd"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
		meta := tt.meta
		if meta == "" {
			meta = tt.want
		}
		if got := cleanMeta(tt.in); got != meta {
			t.Errorf("cleanMeta(%q) = %q, want %q", tt.in, got, meta)
		}
	}
}

// FuzzLines checks that no input makes the line breaker panic, lose text
// or run past the width.
func FuzzLines(f *testing.F) {
	f.Add("Côte d'Ivoire and Türkiye", "https://example.org/a/b", 40.0, uint8(0))
	f.Add("a-b-c -- - x", "", 1.0, uint8(1))
	f.Add("", "", 0.0, uint8(2))
	m := testMetrics(f)
	f.Fuzz(func(t *testing.T, s, url string, width float64, a uint8) {
		if math.IsNaN(width) || width < 0.1 || width > 1000 {
			return
		}
		in := []layout.Inline{txt(s), link(url, url), note(3), {Break: true}, code(s)}
		st := textStyle{size: 12, lead: 1.2, align: align(a % 4)}
		for _, l := range m.lines(in, st, width) {
			for _, r := range l.runs {
				if r.x < -1e-6 {
					t.Fatalf("run %q starts at %f", r.text, r.x)
				}
			}
			// A single character wider than the line is the only overflow.
			if end := lineEnd(l); end > width+1e-6 && len([]rune(lineText(l))) > 1 {
				t.Fatalf("line %q ends at %f > %f", lineText(l), end, width)
			}
		}
	})
}
