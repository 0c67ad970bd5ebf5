package benchgen_test

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/assemble"
	"github.com/upr-tools/submit/internal/benchgen"
	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/testutil"
)

func write(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := benchgen.Write(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSize checks what the benchmark claims to measure: a joint submission
// just under OHCHR's 5,630-word limit with about 70 footnotes.
func TestSize(t *testing.T) {
	dir := write(t)
	res, err := assemble.Make(dir)
	if err != nil {
		t.Fatalf("the generated workspace does not build: %v", err)
	}
	c, err := assemble.Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Written {
		if w.Kind != "pdf" {
			continue
		}
		if got := w.Words.Total(); got < 5300 || got > 5630 || w.Limit != 5630 {
			t.Errorf("%d words counted, limit %d; want 5,300 to 5,630 under the joint limit 5,630 (tune benchgen's bodyShape)", got, w.Limit)
		}
		if got := len(c.Bodies[filepath.Base(w.Path)].Doc.Footnotes); got < 60 || got > 80 {
			t.Errorf("%d footnotes, want 60 to 80", got)
		}
	}
}

// TestMarkdown parses the Markdown given to pandoc: the same body as the
// build's, then the annex's 60-row table.
func TestMarkdown(t *testing.T) {
	dir := write(t)
	md, err := benchgen.Markdown(dir)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := layout.FromMarkdown(md)
	if err != nil {
		t.Fatal(err)
	}
	c, err := assemble.Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	body := c.Bodies["submission.pdf"].Doc
	if len(doc.Footnotes) != len(body.Footnotes) {
		t.Errorf("the Markdown has %d footnotes, the build's body %d", len(doc.Footnotes), len(body.Footnotes))
	}
	last, ok := doc.Blocks[len(doc.Blocks)-1].(layout.Table)
	if !ok || len(last.Rows) != 60 {
		t.Fatalf("the Markdown does not end with the 60-row annex table: %#v", doc.Blocks[len(doc.Blocks)-1])
	}
	var headings, tables int
	for _, b := range doc.Blocks {
		switch b.(type) {
		case layout.Heading:
			headings++
		case layout.Table:
			tables++
		}
	}
	if headings < 20 || tables != 2 {
		t.Errorf("%d headings and %d tables, want sections with subsections, a table of figures and the annex", headings, tables)
	}
}

// TestPDF reads the built PDF back with pdftotext: numbered paragraphs in
// order, the footnotes, and every annex row.
func TestPDF(t *testing.T) {
	pdftotext := testutil.Need(t, "pdftotext", "poppler-utils")
	dir := write(t)
	if _, err := assemble.Build(dir); err != nil {
		t.Fatal(err)
	}
	text := testutil.Run(t, pdftotext, filepath.Join(dir, "output", "submission.pdf"), "-")

	c, err := assemble.Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	paras := 0
	for _, b := range c.Bodies["submission.pdf"].Doc.Blocks {
		if p, ok := b.(layout.Paragraph); ok && p.Number > 0 {
			paras++
		}
	}
	want := 1
	for _, m := range regexp.MustCompile(`(?m)^(\d+)\.$`).FindAllStringSubmatch(text, -1) {
		if n, _ := strconv.Atoi(m[1]); n == want {
			want++
		}
	}
	if want-1 != paras || paras < 50 {
		t.Errorf("pdftotext shows paragraphs 1 to %d in order, the body has %d", want-1, paras)
	}
	for _, s := range []string{
		"Applications for legal aid, 2022. Source: Legal aid statistics 2022", // a statistic's note
		"[Interviews conducted by the coalition, 2022–2023]",                  // a quotation's note
		"Annex: recommendations of the previous cycle",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("pdftotext does not show %q", s)
		}
	}
	rows := regexp.MustCompile(`(?m)^120\.\d+\b`).FindAllString(text, -1)
	if len(rows) != 60 {
		t.Errorf("pdftotext shows %d annex rows (120.N), want 60", len(rows))
	}
}

// TestDeterministic writes the workspace twice and compares it with the
// checksums in testdata: the benchmark must time the same input on every
// machine and Go version (go test -update after an intended change).
func TestDeterministic(t *testing.T) {
	a, b := sums(t, write(t)), sums(t, write(t))
	if a != b {
		t.Fatal("two runs of Write differ")
	}
	testutil.Golden(t, filepath.Join("testdata", "workspace.sha256"), []byte(a))
}

// sums lists every file of dir with its SHA-256, as sha256sum prints them.
func sums(t *testing.T, dir string) string {
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		fmt.Fprintf(&b, "%x  %s\n", sha256.Sum256(data), filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
