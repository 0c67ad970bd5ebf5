package xlsx_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

// A recommendation made jointly by two states counts once for each state
// on the By state sheet, and once in the totals row. The counts are
// formulas over the Recommendations sheet, with their values cached.
func ExampleWrite() {
	ws := &workspace.Workspace{
		Submission: &workspace.Submission{Title: "Tracking", Date: workspace.Date{Year: 2024, Month: 1, Day: 23}},
		Recommendations: []*workspace.Recommendation{
			{ID: "r1", Paragraph: "122.2", Cycle: 3, From: []string{"Bangladesh", "Egypt"}, Text: "Ratify the ICRMW", Response: workspace.Noted},
			{ID: "r2", Paragraph: "121.9", Cycle: 3, From: []string{"Egypt"}, Text: "Combat hate speech", Response: workspace.Supported},
		},
	}
	data, res, err := xlsx.Write(ws, xlsx.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	rows, _ := f.GetRows(xlsx.StateSheet)
	fmt.Println(res.Rows, "recommendations")
	for _, row := range rows {
		fmt.Println(strings.Join(row, " | "))
	}
	// Output:
	// 2 recommendations
	// Recommending state | Supported | Partially supported | Noted | Pending | Total | Acceptance rate
	// Egypt | 1 | 0 | 1 | 0 | 2 | 50%
	// Bangladesh | 0 | 0 | 1 | 0 | 1 | 0%
	// All recommendations (each counted once) | 1 | 0 | 1 | 0 | 2 | 50%
}
