package wgreport

import (
	"slices"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
)

// FuzzParse: any text gives records or an error, never a panic, and the
// same records twice. The seeds are the fixtures, several kilobytes each:
// run it with -fuzzminimizetime 2s, or the engine spends its time
// minimising every new input of that size.
func FuzzParse(f *testing.F) {
	testutil.AddSeeds(f, "*.txt")
	f.Add([]byte("II. Conclusions and/or recommendations\n1. These enjoy the support of X:\n1.1 Do (A) (B\n2. x"))
	f.Add([]byte("Conclusions and recommendations\n5. will be examined\n1. To (Spain)/x (Peru, ((\n6. noted\n5.1 y"))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := Parse("f.txt", data)
		if err != nil {
			if recs != nil {
				t.Errorf("records and an error")
			}
			return
		}
		lines := strings.Count(string(data), "\n") + 1
		for _, r := range recs {
			if r.Paragraph == "" || r.Pos.Line < 1 || r.Pos.Line > lines+strings.Count(string(data), "\r") {
				t.Errorf("record %+v: no paragraph or line out of the text", r)
			}
			if !slices.Contains(workspace.ResponseValues, r.Response) {
				t.Errorf("response %q not in the vocabulary", r.Response)
			}
		}
		again, _ := Parse("f.txt", data)
		if len(again) != len(recs) {
			t.Errorf("two parses differ: %d and %d records", len(recs), len(again))
		}
	})
}
