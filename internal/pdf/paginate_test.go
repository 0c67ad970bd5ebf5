package pdf

import (
	"fmt"
	"testing"
)

// Page body from 0 to 100 mm; note lines 4 mm each.
const testBottom = 100.0

func lines(n int, keepEnds bool, notes ...int) []*box {
	out := make([]*box, n)
	for i := range out {
		out[i] = &box{h: 10, keep: keepEnds && n >= 2 && (i == 0 || i == n-2)}
	}
	if len(notes) > 0 {
		out[0].notes = notes
	}
	return out
}

func testNotes(sizes map[int]int) map[int][]noteLine {
	out := map[int][]noteLine{}
	for n, k := range sizes {
		for i := range k {
			out[n] = append(out[n], noteLine{line: line{h: 4}, n: n, first: i == 0})
		}
	}
	return out
}

// checkPages verifies what every plan must satisfy: boxes and notes within
// the page, each note starting on the page of its first reference, and no
// page but the last ending on a box kept with the next.
func checkPages(t *testing.T, pages []*page) {
	t.Helper()
	first := map[int]int{} // note → page of first reference
	for p, pg := range pages {
		limit := testBottom - areaH(pg.notes)
		for _, pl := range pg.boxes {
			if pl.y+pl.b.h > limit+eps {
				t.Errorf("page %d: box at %.1f+%.1f runs into the notes at %.1f", p+1, pl.y, pl.b.h, limit)
			}
			for _, n := range pl.b.notes {
				if _, ok := first[n]; !ok {
					first[n] = p
				}
			}
		}
		if n := len(pg.boxes); n > 0 && p < len(pages)-1 && pg.boxes[n-1].b.keep {
			t.Errorf("page %d ends with a box kept with the next", p+1)
		}
		for _, nl := range pg.notes {
			if nl.first && first[nl.n] != p {
				t.Errorf("note %d starts on page %d, cited on page %d", nl.n, p+1, first[nl.n]+1)
			}
		}
	}
}

func count(pages []*page) []int {
	var out []int
	for _, p := range pages {
		out = append(out, len(p.boxes))
	}
	return out
}

func TestPaginate(t *testing.T) {
	tests := []struct {
		name  string
		boxes func() []*box
		notes map[int]int
		want  string // boxes per page
	}{
		{"fills pages", func() []*box { return lines(25, false) }, nil, "[10 10 5]"},
		{"no orphan: a first line alone moves", func() []*box {
			return append(lines(9, false), lines(4, true)...)
		}, nil, "[9 4]"},
		{"no widow: the last line takes one with it", func() []*box {
			return append(lines(7, false), lines(4, true)...)
		}, nil, "[9 2]"},
		{"a heading is never last", func() []*box {
			h := &box{h: 10, keep: true}
			return append(append(lines(8, false), h), lines(3, true)...)
		}, nil, "[8 4]"},
		{"a line and its note move together", func() []*box {
			return append(lines(8, false), lines(2, false, 1)...)
		}, map[int]int{1: 3}, "[8 2]"},
		{"a long note continues on the next page", func() []*box {
			return append(lines(3, false), lines(9, false, 1)...)
		}, map[int]int{1: 30}, ""},
		{"a keep group taller than a page", func() []*box {
			bs := lines(15, false)
			for _, b := range bs {
				b.keep = true
			}
			return bs
		}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := newPaginator(0, testBottom, testNotes(tt.notes)).paginate(tt.boxes())
			if tt.want != "" && fmt.Sprint(count(pages)) != tt.want {
				t.Errorf("boxes per page %v, want %s", count(pages), tt.want)
			}
			if tt.name != "a keep group taller than a page" {
				checkPages(t, pages)
			}
		})
	}
}

func TestPaginateSplitsLongNote(t *testing.T) {
	boxes := append(lines(3, false), lines(9, false, 1)...)
	pages := newPaginator(0, testBottom, testNotes(map[int]int{1: 30})).paginate(boxes)
	total := 0
	for _, p := range pages {
		total += len(p.notes)
	}
	if total != 30 {
		t.Errorf("%d note lines placed, want 30", total)
	}
	if len(pages) < 2 || len(pages[1].notes) == 0 || pages[1].notes[0].first {
		t.Errorf("the note does not continue at the top of the next page's notes: %v", count(pages))
	}
	if len(pages[0].boxes) < 4 {
		t.Errorf("the citing line did not stay on page 1: %v", count(pages))
	}
}

func TestPaginateRepeatsHeader(t *testing.T) {
	head := &box{h: 10, keep: true}
	boxes := []*box{head}
	for range 20 {
		boxes = append(boxes, &box{h: 10, header: head})
	}
	pages := newPaginator(0, testBottom, nil).paginate(boxes)
	if len(pages) < 3 {
		t.Fatalf("%d pages", len(pages))
	}
	for i, p := range pages {
		if p.boxes[0].b != head {
			t.Errorf("page %d does not start with the header row", i+1)
		}
	}
	checkPages(t, pages)
}

func TestPaginateSplitsTallRow(t *testing.T) {
	m := testMetrics(t)
	b := &builder{m: m}
	lh := 5.0
	cell := make([]line, 50)
	for i := range cell {
		cell[i] = line{h: lh}
	}
	head := b.row([][]line{{{h: lh}}}, []float64{50}, ctx{}, lh, 0, true)
	head.keep = true
	row := b.row([][]line{cell}, []float64{50}, ctx{}, lh, 0, false)
	row.header = head
	pages := newPaginator(0, testBottom, nil).paginate([]*box{head, row})
	if len(pages) < 3 {
		t.Fatalf("a 250 mm row on %d pages", len(pages))
	}
	height := 0.0
	for i, p := range pages {
		if p.boxes[0].b != head {
			t.Errorf("page %d does not start with the header row", i+1)
		}
		for _, pl := range p.boxes[1:] {
			height += pl.b.h - 2*cellPadY
		}
	}
	if height < 250-eps || height > 250+eps {
		t.Errorf("row pieces hold %.1f mm of lines, want 250", height)
	}
	checkPages(t, pages)
}
