package pdf

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/testutil"
)

func ref(n int) layout.Inline { return layout.Inline{Text: strconv.Itoa(n), Para: n} }

// internalLink is a link annotation to a place in the document.
type internalLink struct {
	from, to int     // pages, from 1
	top      float64 // destination, points from the bottom of the page
	rect     [4]float64
}

// internalLinks reads the link annotations with a destination from the
// PDF's object tree (qpdf --json).
func internalLinks(t *testing.T, path string) []internalLink {
	t.Helper()
	bin := testutil.Need(t, "qpdf", "qpdf")
	var doc struct {
		Pages []struct {
			Object string `json:"object"`
			Pos    int    `json:"pageposfrom1"`
		} `json:"pages"`
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal([]byte(testutil.Run(t, bin, "--json", "--json-key=pages", "--json-key=qpdf", path)), &doc); err != nil {
		t.Fatal(err)
	}
	var objects map[string]struct {
		Value json.RawMessage `json:"value"`
	}
	if len(doc.QPDF) < 2 {
		t.Fatal("qpdf --json has no objects")
	}
	if err := json.Unmarshal(doc.QPDF[1], &objects); err != nil {
		t.Fatal(err)
	}
	pageOf := map[string]int{}
	for _, p := range doc.Pages {
		pageOf[p.Object] = p.Pos
	}
	var out []internalLink
	for _, p := range doc.Pages {
		var page struct {
			Annots []struct {
				Dest []any     `json:"/Dest"`
				Rect []float64 `json:"/Rect"`
			} `json:"/Annots"`
		}
		if err := json.Unmarshal(objects["obj:"+p.Object].Value, &page); err != nil {
			t.Fatal(err)
		}
		for _, a := range page.Annots {
			if len(a.Dest) < 4 || len(a.Rect) != 4 {
				continue
			}
			target, _ := a.Dest[0].(string)
			top, _ := a.Dest[3].(float64)
			l := internalLink{from: p.Pos, to: pageOf[target], top: top}
			copy(l.rect[:], a.Rect)
			out = append(out, l)
		}
	}
	return out
}

func TestParagraphReferencesLink(t *testing.T) {
	doc := genDoc(30, 70, 0)
	// Forward and backward references, in the body and in a note, and
	// one to a paragraph that does not exist (no link).
	doc.Blocks = append([]layout.Block{para(0, txt("Paragraphs "), ref(25), txt(" and "), ref(99), txt(" below."))}, doc.Blocks...)
	doc.Blocks = append(doc.Blocks, para(31, txt("As said in para. "), ref(3), txt(".")))
	doc.Footnotes[0].Text = append(doc.Footnotes[0].Text, txt(" See para. "), ref(17), txt("."))
	path, res := render(t, doc, sampleOptions())
	links := internalLinks(t, path)
	if len(links) != 3 {
		t.Fatalf("%d internal links, want 3 (to paragraphs 25, 3 and 17): %+v", len(links), links)
	}
	pages := pageTexts(t, path, res.Pages)
	bin := testutil.Need(t, "pdftotext", "poppler-utils")
	h := 841.89 // A4, points
	for i, want := range []int{25, 17, 3} {
		l := links[i]
		if i == 1 { // the note's link is on the page of note 1
			if !strings.Contains(pages[l.from-1], "NOTE1:") {
				t.Errorf("link to 17 is on page %d, which does not hold note 1", l.from)
			}
		}
		if l.to < 1 || !regexp.MustCompile(fmt.Sprintf(`(?m)^%d\.\s*$`, want)).MatchString(pages[l.to-1]) {
			t.Errorf("link %d goes to page %d, which does not hold paragraph %d", i, l.to, want)
			continue
		}
		// The destination is the top of the paragraph's first line.
		bbox := testutil.Run(t, bin, "-bbox", "-f", strconv.Itoa(l.to), "-l", strconv.Itoa(l.to), path, "-")
		m := regexp.MustCompile(fmt.Sprintf(`<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">Para%d</word>`, want)).FindStringSubmatch(bbox)
		if m == nil {
			t.Errorf("Para%d not found on page %d", want, l.to)
			continue
		}
		yMin, _ := strconv.ParseFloat(m[1], 64)
		if d := l.top - (h - yMin); d < 0 || d > 6 {
			t.Errorf("link to paragraph %d lands at %.1f pt, the line's top is at %.1f pt", want, l.top, h-yMin)
		}
	}
	// The clickable area covers the number as printed.
	if r := links[0].rect; math.Abs(r[2]-r[0]) < 3 || math.Abs(r[1]-r[3]) < 8 {
		t.Errorf("link area %v is too small", r)
	}
	if text := squash(pages[1]); !strings.Contains(text, "Paragraphs 25 and 99 below.") {
		t.Errorf("references do not read as typed: %s", text)
	}
}
