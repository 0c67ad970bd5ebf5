package pdf

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/testutil"
)

// annexDoc is a recommendations annex: a heading, a numbered paragraph
// (which must print unnumbered), a table of rows rows and a footnote.
func annexDoc(rows int) *layout.Document {
	t := layout.Table{Header: cells("No.", "Recommendation", "Recommending state", "Response")}
	for r := 1; r <= rows; r++ {
		t.Rows = append(t.Rows, cells(fmt.Sprintf("41.%d", r), fmt.Sprintf("AnnexRow%d: protect journalists", r), "Norway", "Supported"))
	}
	return &layout.Document{
		Blocks: []layout.Block{
			heading(1, "Annex: previous recommendations"),
			para(7, txt("AnnexIntro lists the recommendations of the third cycle."), note(1)),
			heading(2, "Freedom of expression"),
			t,
		},
		Footnotes: []layout.Footnote{{Number: 1, Text: []layout.Inline{txt("AnnexNote: A/HRC/40/6.")}}},
	}
}

func TestAnnex(t *testing.T) {
	opts := sampleOptions()
	opts.Annex = annexDoc(60)
	doc := sampleDoc()
	path, res := render(t, doc, opts)
	if res.AnnexStart != 3 {
		t.Fatalf("AnnexStart = %d, want 3 (cover, one body page, then the annex)", res.AnnexStart)
	}
	if res.Pages < res.AnnexStart+1 {
		t.Fatalf("Pages = %d: the 60-row annex should take more than one page", res.Pages)
	}
	pages := pageTexts(t, path, res.Pages)
	for i, p := range pages[:res.AnnexStart-1] {
		if strings.Contains(p, "Annex") {
			t.Errorf("page %d, before the annex, shows annex text:\n%s", i+1, p)
		}
	}
	annex := squash(strings.Join(pages[res.AnnexStart-1:], "\n"))
	if strings.Contains(annex, "We recommend that Türkiye") {
		t.Error("body text on annex pages")
	}
	// Numbered on from the body's two notes; the paragraph unnumbered.
	if miss := inOrder(annex, "JS1: ECRR – HKRN", "Annex: previous recommendations", "AnnexIntro lists the recommendations of the third cycle.3",
		"Freedom of expression", "AnnexRow1:", "3 AnnexNote: A/HRC/40/6.", fmt.Sprintf("Page %d of %d", res.AnnexStart, res.Pages)); miss != "" {
		t.Errorf("%q missing or out of order in the annex:\n%s", miss, annex)
	}
	if regexp.MustCompile(`(?m)^7\.`).MatchString(pages[res.AnnexStart-1]) {
		t.Error("the annex paragraph is numbered")
	}
	rows := map[string]bool{}
	for _, m := range regexp.MustCompile(`AnnexRow\d+`).FindAllString(annex, -1) {
		rows[m] = true
	}
	if len(rows) != 60 {
		t.Errorf("%d annex rows printed, want 60", len(rows))
	}

	bin := testutil.Need(t, "qpdf", "qpdf")
	var out struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(testutil.Run(t, bin, "--json", "--json-key=outlines", path)), &out); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(flatten(out.Outlines, 0), "\n")
	want := strings.Join([]string{
		"0 I. Introduction p2", "1 A. Previous recommendations p2", "1 B. Recommendations to Türkiye p2",
		"0 Annex: previous recommendations p3", "1 Freedom of expression p3",
	}, "\n")
	if got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	testutil.Run(t, bin, "--check", path)
}

func TestNoAnnex(t *testing.T) {
	for name, annex := range map[string]*layout.Document{"nil": nil, "empty": {}} {
		opts := sampleOptions()
		opts.Annex = annex
		_, res, err := Render(sampleDoc(), opts)
		if err != nil {
			t.Fatal(err)
		}
		if res.AnnexStart != 0 || res.Pages != 2 {
			t.Errorf("%s annex: AnnexStart %d, Pages %d; want 0 and 2", name, res.AnnexStart, res.Pages)
		}
	}
}

func TestShiftNotes(t *testing.T) {
	doc := &layout.Document{
		Blocks: []layout.Block{
			layout.List{Items: []layout.ListItem{{Blocks: []layout.Block{para(0, txt("a"), note(1))}}}},
			layout.Quote{Blocks: []layout.Block{para(0, note(2))}},
			layout.Table{Header: [][]layout.Inline{{note(3)}}, Rows: [][][]layout.Inline{{{note(4)}}}},
			layout.Heading{Level: 1, Text: []layout.Inline{note(5)}},
		},
		Footnotes: []layout.Footnote{{Number: 1}, {Number: 2}, {Number: 3}, {Number: 4}, {Number: 5, Text: []layout.Inline{txt("x")}}},
	}
	got := shiftNotes(doc, 10)
	var marks []int
	printedBlocks(got.Blocks, func(in []layout.Inline, _ layout.Style) {
		for _, il := range in {
			if il.Footnote > 0 {
				marks = append(marks, il.Footnote)
			}
		}
	})
	if fmt.Sprint(marks) != "[11 12 13 14 15]" || got.Footnotes[4].Number != 15 {
		t.Errorf("marks %v, last note %d; want 11 to 15", marks, got.Footnotes[4].Number)
	}
	marks = nil
	printedBlocks(doc.Blocks, func(in []layout.Inline, _ layout.Style) {
		for _, il := range in {
			if il.Footnote > 0 {
				marks = append(marks, il.Footnote)
			}
		}
	})
	if fmt.Sprint(marks) != "[1 2 3 4 5]" {
		t.Errorf("the original changed: %v", marks)
	}
}
