package xlsx

import (
	"testing"
)

// TestGridAfter: whatever excelize's shared strings were, every cell of
// the grid still names its own text once they are put first.
func TestGridAfter(t *testing.T) {
	recs := fixture().Recommendations
	for _, tc := range []struct {
		name  string
		seed  []string
		moved bool
	}{
		{"no strings", nil, false},
		{"the headers, as excelize writes them", headers(), false},
		{"other strings", []string{"x", "ID", "y"}, true},
		{"more headers than the grid's", append(headers(), "extra"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := newGrid(recs, newStringTable(16))
			if err != nil {
				t.Fatal(err)
			}
			before := len(g.strs.items)
			g.after(tc.seed)
			if moved := len(g.strs.items) != before; moved != tc.moved {
				t.Errorf("strings moved: %v, want %v", moved, tc.moved)
			}
			for i, s := range tc.seed {
				if g.strs.items[i] != s {
					t.Errorf("string %d is %q, want excelize's %q", i, g.strs.items[i], s)
				}
			}
			for j, i := range g.header {
				if got := g.strs.items[i]; got != columns[j].header {
					t.Errorf("header %d reads %q", j, got)
				}
			}
			for n, r := range recs {
				for j, i := range g.row(n) {
					want := cellText(columns[j], r)
					got := ""
					if i >= 0 {
						got = g.strs.items[i]
					}
					if got != want {
						t.Errorf("%s, %s reads %q, want %q", r.ID, columns[j].header, got, want)
					}
				}
			}
		})
	}
}
