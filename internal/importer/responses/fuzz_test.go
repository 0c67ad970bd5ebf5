package responses

import (
	"slices"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
)

// FuzzParse: any text gives positions or an error, never a panic, each
// number once, and the same positions twice. The seeds are the fixtures,
// several kilobytes each: run it with -fuzzminimizetime 2s, or the
// engine spends its time minimising every new input of that size.
func FuzzParse(f *testing.F) {
	testutil.AddSeeds(f, "*.txt")
	f.Add([]byte("Noted recommendations\n1. notes recommendations 1-999, 5.5–5.1, 3 and 3; 7.\n2. accepts recommendations 2"))
	f.Add([]byte("1., 2.,\n3.  Slovenia accepts these\n4. cannot accept\n5., x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, add, err := Parse("f.txt", data)
		if err != nil {
			if ps != nil || add != nil {
				t.Errorf("positions and an error")
			}
			return
		}
		seen := map[string]bool{}
		for _, p := range ps {
			if seen[p.Paragraph] {
				t.Errorf("%s given twice", p.Paragraph)
			}
			seen[p.Paragraph] = true
			if p.Pos.Line < 1 || !slices.Contains(workspace.ResponseValues, p.Response) || p.Response == workspace.Pending {
				t.Errorf("position %+v", p)
			}
			if p.Implemented && p.Response == workspace.Noted {
				t.Errorf("noted yet implemented: %+v", p)
			}
		}
		again, _, _ := Parse("f.txt", data)
		if !slices.Equal(again, ps) {
			t.Errorf("two parses differ")
		}
	})
}

// FuzzExpand: a list item gives numbers or an error, never more than a
// range may hold.
func FuzzExpand(f *testing.F) {
	for _, s := range []string{"122.1", "122.17-18", "122.34- 35", "150 – 152", "122.5–122.9", "9-1", "1-9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nums, err := expand(s)
		if err == nil && (len(nums) == 0 || len(nums) > maxRange) {
			t.Errorf("expand(%q) = %d numbers", s, len(nums))
		}
	})
}
