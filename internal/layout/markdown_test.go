package layout

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// TestGolden parses testdata/*.md and compares the dump of the Document with
// testdata/*.golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.md files")
	}
	for _, md := range files {
		name := strings.TrimSuffix(filepath.Base(md), ".md")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(md)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := FromMarkdown(src)
			if err != nil {
				t.Fatalf("FromMarkdown: %v", err)
			}
			checkInvariants(t, doc)
			got := Dump(doc)
			testutil.Golden(t, strings.TrimSuffix(md, ".md")+".golden", []byte(got))
		})
	}
}

// checkInvariants asserts what every Document from FromMarkdown promises:
// body paragraphs numbered 1, 2, 3 … without gaps, footnotes numbered in
// order of first reference, every mark pointing at a note, unique heading IDs,
// labels unique and only on numbered paragraphs, every paragraph reference
// pointing at a labelled numbered paragraph and reading as its number.
func checkInvariants(t *testing.T, doc *Document) {
	t.Helper()
	next := 1
	ids := map[string]bool{}
	labels := map[string]bool{}
	labelled := map[int]bool{} // paragraph numbers that have a label
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case Paragraph:
			if b.Number != 0 {
				if b.Number != next {
					t.Errorf("paragraph numbered %d, want %d", b.Number, next)
				}
				next++
			}
			if b.Label != "" {
				if b.Number == 0 || labels[b.Label] || !ValidLabel(b.Label) {
					t.Errorf("label %q on paragraph %d: unnumbered, repeated or invalid", b.Label, b.Number)
				}
				labels[b.Label] = true
				labelled[b.Number] = true
			}
		case Heading:
			if b.ID == "" || ids[b.ID] {
				t.Errorf("heading ID %q empty or repeated", b.ID)
			}
			ids[b.ID] = true
		}
	}
	for i, f := range doc.Footnotes {
		if f.Number != i+1 {
			t.Errorf("Footnotes[%d].Number = %d", i, f.Number)
		}
	}
	// Reading order: body, then notes in number order. Each first reference
	// must be to the next unseen number.
	seen := 0
	visit := func(runs []Inline) {
		for _, r := range runs {
			if r.Footnote == 0 {
				continue
			}
			if r.Footnote > len(doc.Footnotes) {
				t.Errorf("mark %d but only %d footnotes", r.Footnote, len(doc.Footnotes))
			}
			if r.Footnote > seen+1 {
				t.Errorf("first reference to note %d before note %d", r.Footnote, seen+1)
			}
			if r.Footnote == seen+1 {
				seen++
			}
		}
	}
	forEachRuns(doc.Blocks, visit)
	for _, f := range doc.Footnotes {
		visit(f.Text)
	}
	if seen != len(doc.Footnotes) {
		t.Errorf("%d footnotes referenced, %d collected", seen, len(doc.Footnotes))
	}
	// Only top-level paragraphs carry labels.
	forEachBlock(doc.Blocks, 0, func(b Block, depth int) {
		if p, ok := b.(Paragraph); ok && depth > 0 && (p.Label != "" || p.Number != 0) {
			t.Errorf("nested paragraph has number %d, label %q", p.Number, p.Label)
		}
	})
	// Runs are merged and tidy; references point at labelled paragraphs.
	check := func(runs []Inline) {
		for i, r := range runs {
			if r.Para != 0 {
				if !labelled[r.Para] || r.Text != strconv.Itoa(r.Para) || r.Link != "" || r.Break || r.Footnote != 0 {
					t.Errorf("reference run %+v does not read as a labelled paragraph's number", r)
				}
			}
			if r.Footnote == 0 && !r.Break && r.Text == "" {
				t.Errorf("empty text run in %v", runs)
			}
			if i > 0 {
				p := runs[i-1]
				if isPlain(p) && isPlain(r) && p.Style == r.Style && p.Link == r.Link {
					t.Errorf("runs %q and %q not merged", p.Text, r.Text)
				}
			}
		}
	}
	forEachRuns(doc.Blocks, check)
	for _, f := range doc.Footnotes {
		check(f.Text)
	}
}

// forEachBlock calls f on every block and nested block, with its depth
// (0 for the document's own blocks).
func forEachBlock(blocks []Block, depth int, f func(Block, int)) {
	for _, b := range blocks {
		f(b, depth)
		switch b := b.(type) {
		case List:
			for _, it := range b.Items {
				forEachBlock(it.Blocks, depth+1, f)
			}
		case Quote:
			forEachBlock(b.Blocks, depth+1, f)
		}
	}
}

func TestFromMarkdownInvalidUTF8(t *testing.T) {
	_, err := FromMarkdown([]byte("ok\nC\x99te d'Ivoire"))
	if !errors.Is(err, ErrInvalidUTF8) {
		t.Fatalf("err = %v, want ErrInvalidUTF8", err)
	}
	if !strings.Contains(err.Error(), "line 2, column 2") {
		t.Errorf("error %q does not point at line 2, column 2", err)
	}
}

func TestFromMarkdownInline(t *testing.T) {
	tests := []struct {
		name, src string
		want      []Inline
	}{
		{"entities", "&amp; \\* &#40;Unknown&#41;", []Inline{{Text: "& * (Unknown)"}}},
		{"escaped entity", `\&amp;`, []Inline{{Text: "&amp;"}}},
		{"soft break", "a\nb", []Inline{{Text: "a b"}}},
		{"hard break spaces", "a  \nb", []Inline{{Text: "a"}, {Break: true}, {Text: "b"}}},
		{"hard break backslash", "a \\\n b", []Inline{{Text: "a"}, {Break: true}, {Text: "b"}}},
		{"nested emphasis", "*a **b***", []Inline{{Text: "a ", Style: Italic}, {Text: "b", Style: Italic | Bold}}},
		{"code span newline", "`a\nb`", []Inline{{Text: "a b", Style: Code}}},
		{"link", "[a *b*](http://x.org/ü)", []Inline{
			{Text: "a ", Link: "http://x.org/%C3%BC"}, {Text: "b", Style: Italic, Link: "http://x.org/%C3%BC"}}},
		{"email", "<a@b.org>", []Inline{{Text: "a@b.org", Link: "mailto:a@b.org"}}},
		{"bare url", "see www.ohchr.org.", []Inline{
			{Text: "see "}, {Text: "www.ohchr.org", Link: "http://www.ohchr.org"}, {Text: "."}}},
		{"raw html", "a <br/> b", []Inline{{Text: "a <br/> b"}}},
		{"image", "![alt *text*](x.png)", []Inline{{Text: "alt "}, {Text: "text", Style: Italic}}},
		{"missing footnote", "a[^x]", []Inline{{Text: "a[^x]"}}},
		{"nul", "a\x00b", []Inline{{Text: "a\uFFFDb"}}},
		{"crlf", "a\r\nb\rc", []Inline{{Text: "a b c"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromMarkdown([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Blocks) != 1 {
				t.Fatalf("got %d blocks:\n%s", len(doc.Blocks), Dump(doc))
			}
			p, ok := doc.Blocks[0].(Paragraph)
			if !ok {
				t.Fatalf("block is %T:\n%s", doc.Blocks[0], Dump(doc))
			}
			if !equalRuns(p.Text, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", Dump(&Document{Blocks: []Block{p}}),
					Dump(&Document{Blocks: []Block{Paragraph{Number: 1, Text: tt.want}}}))
			}
		})
	}
}

func equalRuns(a, b []Inline) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"II. Refugees and asylum": "ii-refugees-and-asylum",
		"Côte d'Ivoire":           "cote-divoire",
		"Türkiye":                 "turkiye",
		"Žižović":                 "zizovic",
		"Straße, Łódź":            "strasse-lodz",
		"中国":                      "中国",
		"  --  ":                  "section",
		"22,744 persons":          "22-744-persons",
	}
	for in, want := range tests {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}
