package xlsx

import (
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// allLabel heads the totals row: it counts recommendations, which is less
// than the sum of the rows above when states made recommendations jointly.
const allLabel = "All recommendations (each counted once)"

// writeSummary fills the Summary sheet: responses by recommending state,
// then the totals row.
func writeSummary(f *excelize.File, st styles, s summary) error {
	const sheet = SummarySheet
	header := []string{"State"}
	for _, v := range workspace.ResponseValues {
		header = append(header, strings.ToUpper(v[:1])+v[1:])
	}
	header = append(header, "Total")
	last := len(header)

	lastCol, err := excelize.ColumnNumberToName(last)
	if err == nil {
		err = f.SetColWidth(sheet, "A", "A", 36)
	}
	if err == nil {
		err = f.SetColWidth(sheet, "B", lastCol, 12)
	}
	if err != nil {
		return fmt.Errorf("xlsx: lay out the %s sheet: %w", sheet, err)
	}
	for i, h := range header {
		if err := setText(f, sheet, i+1, 1, h); err != nil {
			return fmt.Errorf("xlsx: write the %s header: %w", sheet, err)
		}
	}
	if err := f.SetCellStyle(sheet, "A1", cellName(last, 1), st.header); err != nil {
		return fmt.Errorf("xlsx: style the %s header: %w", sheet, err)
	}
	row := 2
	for _, t := range append(slices.Clip(s.States), s.All) {
		if err := writeTally(f, sheet, row, t); err != nil {
			return fmt.Errorf("xlsx: %s row for %q: %w", sheet, t.Name, err)
		}
		row++
	}
	if err := f.SetCellStyle(sheet, cellName(1, row-1), cellName(last, row-1), st.total); err != nil {
		return fmt.Errorf("xlsx: style the %s totals: %w", sheet, err)
	}
	if err := f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return fmt.Errorf("xlsx: freeze the %s header: %w", sheet, err)
	}
	if err := f.SetSheetDimension(sheet, cellRange(1, 1, last, row-1)); err != nil {
		return fmt.Errorf("xlsx: record the %s used range: %w", sheet, err)
	}
	return nil
}

// writeTally writes one row; zero counts are written as 0, not left blank,
// since here 0 is a count and not "unknown".
func writeTally(f *excelize.File, sheet string, row int, t tally) error {
	if err := setText(f, sheet, 1, row, t.Name); err != nil {
		return err
	}
	for i, n := range append(slices.Clip(t.ByResponse), t.Total) {
		if err := f.SetCellInt(sheet, cellName(i+2, row), int64(n)); err != nil {
			return err
		}
	}
	return nil
}
