package pdf

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/layout"
)

// nest wraps blocks depth times, the outermost level first: level i holds a
// paragraph "Level<i>" and then level i+1.
func nest(depth int, wrap func(level int, inner []layout.Block) layout.Block, innermost string) []layout.Block {
	blocks := []layout.Block{para(0, txt(innermost))}
	for i := depth; i >= 1; i-- {
		blocks = []layout.Block{wrap(i, append([]layout.Block{para(0, txt(fmt.Sprintf("Level%d here", i)))}, blocks...))}
	}
	return blocks
}

func quoteOf(_ int, bs []layout.Block) layout.Block { return layout.Quote{Blocks: bs} }

func listOf(ordered bool) func(int, []layout.Block) layout.Block {
	return func(_ int, bs []layout.Block) layout.Block {
		return layout.List{Ordered: ordered, Start: 1, Items: []layout.ListItem{{Blocks: bs}, {Blocks: []layout.Block{para(0, txt("sibling"))}}}}
	}
}

var bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`)

// TestDeepNestingStaysOnPage: lists and quotations nested far deeper than
// anyone should write still print every word inside the margins, the
// innermost text in a column at least half as wide as the text column.
func TestDeepNestingStaysOnPage(t *testing.T) {
	innermost := "INNERMOST text of the deepest level, long enough to wrap over more than one line of the column it is set in."
	tests := []struct {
		name string
		wrap func(int, []layout.Block) layout.Block
	}{
		{"quotes", quoteOf},
		{"bullet lists", listOf(false)},
		{"numbered lists", listOf(true)},
		{"lists in quotes", func(level int, bs []layout.Block) layout.Block {
			if level%2 == 0 {
				return quoteOf(level, bs)
			}
			return listOf(level%3 == 0)(level, bs)
		}},
	}
	geo, _ := pageGeometry("A4")
	colX, colW := geo.column()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &layout.Document{Blocks: append([]layout.Block{para(1, txt("Before."))}, nest(30, tt.wrap, innermost)...)}
			path, _ := render(t, doc, sampleOptions())
			text := squash(pdftotext(t, path))
			var want []string
			for i := 1; i <= 30; i++ {
				want = append(want, fmt.Sprintf("Level%d here", i))
			}
			if miss := inOrder(text, append(want, innermost)...); miss != "" {
				t.Fatalf("%q missing from pdftotext output:\n%s", miss, text)
			}
			innerX := -1.0
			for _, w := range bboxWord.FindAllStringSubmatch(pdftotext(t, path, "-bbox"), -1) {
				xMin, _ := strconv.ParseFloat(w[1], 64)
				xMax, _ := strconv.ParseFloat(w[2], 64)
				if xMin < geo.left/ptMM-0.5 || xMax > geo.right/ptMM+0.5 {
					t.Errorf("%q at %.1f–%.1f pt, outside the margins %.1f–%.1f pt", w[3], xMin, xMax, geo.left/ptMM, geo.right/ptMM)
				}
				if strings.HasPrefix(w[3], "INNERMOST") {
					innerX = xMin
				}
			}
			if limit := (colX + colW/2) / ptMM; innerX < 0 || innerX > limit {
				t.Errorf("innermost text starts at %.1f pt, want it left of %.1f pt (half the column)", innerX, limit)
			}
		})
	}
}
