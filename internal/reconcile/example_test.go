package reconcile_test

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/reconcile"
	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

// A coordinator sets a response and types a new row without an ID; Plan
// says what sync would write, and writes nothing.
func ExamplePlan() {
	ws, err := workspace.Load("testdata/ws")
	if err != nil {
		fmt.Println(err)
		return
	}
	wb, _, err := xlsx.Write(ws, xlsx.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := excelize.OpenReader(bytes.NewReader(wb))
	if err != nil {
		fmt.Println(err)
		return
	}
	const sheet = xlsx.RecommendationsSheet
	// Row 6 is c4-ury-asylum, column J its response; row 7 is the first
	// free row.
	for cell, value := range map[string]string{
		"J6": "noted",
		"C7": "4", "F7": "China", "G7": "Benin", "I7": "Ratify the Convention", "J7": "supported",
	} {
		if err := f.SetCellStr(sheet, cell, value); err != nil {
			fmt.Println(err)
			return
		}
	}
	var edited bytes.Buffer
	if err := f.Write(&edited); err != nil {
		fmt.Println(err)
		return
	}
	files, rep, err := reconcile.Plan(ws, edited.Bytes())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range rep.Changes {
		fmt.Printf("%s: %s: %s: %q → %q\n", c.File, c.ID, c.Field, c.From, c.To)
	}
	for _, a := range rep.Added {
		fmt.Printf("%s: %s: added from row %d\n", a.File, a.ID, a.Row)
	}
	fmt.Println(len(files), "file to write")
	// Output:
	// testdata/ws/recommendations/china-cycle4.yaml: c4-ury-asylum: response: "pending" → "noted"
	// testdata/ws/recommendations/china-cycle4.yaml: c4-ben-ratify-the-convention: added from row 7
	// 1 file to write
}
