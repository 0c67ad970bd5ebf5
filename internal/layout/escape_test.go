package layout

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text, 22,744 words.", "plain text, 22,744 words."},
		{"*bold* _it_ `code`", `\*bold\* \_it\_ \` + "`code\\`"},
		{"[link](url)", `\[link\](url)`},
		{"<b>", `\<b\>`},
		{"AT&T R&D &amp; &#40; & x", `AT\&T R\&D \&amp; \&\#40; & x`},
		{"back\\slash", `back\\slash`},
		{"# heading", `\# heading`},
		{"a | b", `a \| b`},
		{"Stop!", `Stop\!`},
		{"Stop! Go", `Stop! Go`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"===", `\===`},
		{"---", `\---`},
		{"1. first", `1\. first`},
		{"28.212 Continue", `28.212 Continue`},
		{"1.3%", `1.3%`},
		{"1.", `1\.`},
		{"-5%", `-5%`},
		{"--", `\--`},
		{"+5", `+5`},
		{"=5", `=5`},
		{"= =", `\= =`},
		{"2) second", `2\) second`},
		{"1234567890. ten digits", `1234567890. ten digits`},
		{"~~~", `\~\~\~`},
		{"line one\nline two\r\nthree", "line one line two three"},
		{"     indented", " indented"},
		{"trailing   ", "trailing "},
		{"   ", " "},
		{"Côte d'Ivoire", "Côte d'Ivoire"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEscapeContexts places escaped text where templates put it: at a line
// start, in a quote, a list item, a heading, a table cell and emphasis.
func TestEscapeContexts(t *testing.T) {
	texts := []string{
		"1. Ratify the Convention (Estonia);",
		"- not a list",
		"# not a heading #",
		"> not a quote",
		"    not code",
		"| not | a table |",
		"*not emphasis*",
		"&#40;Unknown&#41;",
		"[^1] not a footnote",
		"<https://not.a.link>",
		"ends with a backslash\\",
		"ends with two spaces  ",
		"===",
		"- - -",
		"1.",
		"1) x",
		"+",
	}
	contexts := []struct {
		name, before, after string
		get                 func(*Document) ([]Inline, bool)
	}{
		{"line start", "", "", onlyParagraph},
		{"after text", "Intro\n", "", onlyParagraph},
		{"before a line", "", "\nnext", onlyParagraph},
		{"quote", "> ", "", func(d *Document) ([]Inline, bool) {
			q, ok := only[Quote](d.Blocks)
			if !ok {
				return nil, false
			}
			p, ok := only[Paragraph](q.Blocks)
			return p.Text, ok
		}},
		{"list item", "- ", "", func(d *Document) ([]Inline, bool) {
			l, ok := only[List](d.Blocks)
			if !ok || len(l.Items) != 1 {
				return nil, false
			}
			p, ok := only[Paragraph](l.Items[0].Blocks)
			return p.Text, ok
		}},
		{"heading", "## ", "", func(d *Document) ([]Inline, bool) {
			h, ok := only[Heading](d.Blocks)
			return h.Text, ok
		}},
		{"table cell", "| a | b |\n|---|---|\n| x | ", " |", func(d *Document) ([]Inline, bool) {
			t, ok := only[Table](d.Blocks)
			if !ok || len(t.Rows) != 1 {
				return nil, false
			}
			return t.Rows[0][1], true
		}},
	}
	for _, c := range contexts {
		for _, s := range texts {
			src := c.before + Escape(s) + c.after
			doc, err := FromMarkdown([]byte(src))
			if err != nil {
				t.Fatal(err)
			}
			runs, ok := c.get(doc)
			if !ok {
				t.Errorf("%s: %q has the wrong structure:\n%s", c.name, src, Dump(doc))
				continue
			}
			want := normSpace(s)
			switch c.name {
			case "after text":
				want = normSpace("Intro " + s)
			case "before a line":
				want = normSpace(s + " next")
			}
			if got := normSpace(PlainText(runs)); got != want {
				t.Errorf("%s: %q read back as %q, want %q\n%s", c.name, src, got, want, Dump(doc))
			}
		}
	}
}

// only returns the single block in blocks if it is a T.
func only[T Block](blocks []Block) (T, bool) {
	var zero T
	if len(blocks) != 1 {
		return zero, false
	}
	b, ok := blocks[0].(T)
	return b, ok
}

func onlyParagraph(d *Document) ([]Inline, bool) {
	p, ok := only[Paragraph](d.Blocks)
	return p.Text, ok
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// FuzzEscapeRoundTrip checks that escaped text reads back as itself.
func FuzzEscapeRoundTrip(f *testing.F) {
	for _, s := range []string{
		"Ratify the Optional Protocol (Estonia);", "*a* _b_ `c`", "&amp; &#40;Unknown&#41;",
		"1. x", "- x", "# x", "> x", "[^1]", "<http://x.org>", "a\\", "x  ", "www.example.org/a_b",
		"http://a.b/c&amp;d", "Côte d'Ivoire", "![a](b)", "~~~", "a|b", "***", "___", "\\*",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip()
		}
		s = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) {
				return -1
			}
			return r
		}, s)
		src := "x " + Escape(s)
		doc, err := FromMarkdown([]byte(src))
		if err != nil {
			t.Fatalf("FromMarkdown(%q): %v", src, err)
		}
		p, ok := only[Paragraph](doc.Blocks)
		if !ok {
			t.Fatalf("%q did not give one paragraph:\n%s", src, Dump(doc))
		}
		if got, want := normSpace(PlainText(p.Text)), normSpace("x "+s); got != want {
			t.Fatalf("%q read back as %q, want %q", src, got, want)
		}
		// Templates also put data at the start of a line, as in "> " for
		// an excerpt.
		if strings.TrimSpace(s) == "" {
			return
		}
		src = "> " + Escape(s)
		doc, err = FromMarkdown([]byte(src))
		if err != nil {
			t.Fatalf("FromMarkdown(%q): %v", src, err)
		}
		q, ok := only[Quote](doc.Blocks)
		if ok {
			p, ok = only[Paragraph](q.Blocks)
		}
		if !ok {
			t.Fatalf("%q did not give a quoted paragraph:\n%s", src, Dump(doc))
		}
		if got, want := normSpace(PlainText(p.Text)), normSpace(s); got != want {
			t.Fatalf("%q read back as %q, want %q", src, got, want)
		}
	})
}
