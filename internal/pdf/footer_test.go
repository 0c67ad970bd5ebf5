package pdf

import (
	"testing"

	"github.com/upr-tools/submit/internal/layout"
)

// TestBracesPrintLiterally: "{nb}" was fpdf's page-count alias, replaced
// anywhere on a page; the footer now prints the total itself.
func TestBracesPrintLiterally(t *testing.T) {
	doc := &layout.Document{
		Blocks:    []layout.Block{heading(1, "Template {nb}"), para(1, txt("Write {nb} and {{nb}} in a template."), note(1))},
		Footnotes: []layout.Footnote{{Number: 1, Text: []layout.Inline{txt("Note {nb}.")}}},
	}
	opts := sampleOptions()
	opts.Header = "JS1 {nb}"
	opts.Cover.Title = "Title {nb}"
	path, res := render(t, doc, opts)
	text := squash(pdftotext(t, path))
	if miss := inOrder(text, "Title {nb}", "JS1 {nb}", "Template {nb}", "1. Write {nb} and {{nb}} in a template.1", "1 Note {nb}.", "Page 2 of 2"); miss != "" {
		t.Errorf("%q missing or out of order in:\n%s", miss, text)
	}
	if res.Pages != 2 {
		t.Errorf("Pages = %d, want 2", res.Pages)
	}
}
