package reconcile

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/upr-tools/submit/internal/yamledit"
)

// FuzzReadRow reads arbitrary cells as a typed row: never a panic, and a
// row accepted can be appended to a recommendations file.
func FuzzReadRow(f *testing.F) {
	src, err := os.ReadFile("testdata/ws/recommendations/china-cycle4.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add("4", "China", "Uruguay; Benin", "Protect: all", "Noted", "28.1", "2025-03-01 00:00:00", "not assessed", "")
	f.Add("x", "", ";;", "=1+1", "maybe", "", "2025-13", "Fully Implemented", "2024")
	f.Add("9", "türkiye", " ; a ;", "-\n#", "pending", "1.1", "", "", "")
	f.Fuzz(func(t *testing.T, cycle, state, from, words, response, paragraph, updated, status, year string) {
		cells := map[string]string{
			"Cycle": cycle, "State under review": state, "Recommending states": from, "Text": words,
			"Response": response, "Paragraph": paragraph, "Last updated": updated,
			"Implementation status": status, "Assessed": year,
		}
		for h, v := range cells {
			if !utf8.ValidString(v) {
				return // a workbook's cells are UTF-8
			}
			// Read once, a cell reads the same again: sync and build agree.
			kind, _ := kindOf(h)
			once := normal(kind, canonicalCell(h, v))
			if twice := normal(kind, canonicalCell(h, once)); once != twice {
				t.Fatalf("%s: %q reads as %q, then as %q", h, v, once, twice)
			}
		}
		row, problems := readRow(cells)
		if len(problems) > 0 {
			return
		}
		fields := append([]yamledit.Field{{Key: "id", Value: yamledit.Text("fz-new")}}, row.fields...)
		out, err := yamledit.AppendRecommendation(src, fields)
		if err != nil {
			t.Fatalf("the row is not appendable: %v", err)
		}
		if len(row.assessment) > 0 {
			if _, err := yamledit.AppendItem(out, "fz-new", implementation, row.assessment); err != nil {
				t.Fatalf("the assessment is not appendable: %v", err)
			}
		}
	})
}
