package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// writeRecommendations fills the Recommendations sheet: a header row, then
// one row per recommendation in data order.
func writeRecommendations(f *excelize.File, st styles, recs []*workspace.Recommendation) error {
	const sheet = RecommendationsSheet
	if err := layoutColumns(f, st, sheet); err != nil {
		return fmt.Errorf("xlsx: lay out the %s sheet: %w", sheet, err)
	}
	for i, c := range columns {
		if err := setText(f, sheet, i+1, 1, c.header); err != nil {
			return fmt.Errorf("xlsx: write the %s header: %w", sheet, err)
		}
	}
	if err := f.SetCellStyle(sheet, "A1", cellName(len(columns), 1), st.header); err != nil {
		return fmt.Errorf("xlsx: style the %s header: %w", sheet, err)
	}
	for i, r := range recs {
		row := i + 2
		for j, c := range columns {
			var err error
			switch {
			case c.number != nil:
				err = setNumber(f, sheet, j+1, row, c.number(r))
			case c.date != nil:
				err = setDate(f, st, sheet, j+1, row, c.date(r))
			default:
				err = setText(f, sheet, j+1, row, c.text(r))
			}
			if err != nil {
				return fmt.Errorf("xlsx: recommendation %q (sheet row %d), %s: %w", r.ID, row, c.header, err)
			}
		}
	}
	// Freeze the header row and the ID column, so both stay in view.
	if err := f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: "B2", ActiveCell: "B2", Pane: "bottomRight"}},
	}); err != nil {
		return fmt.Errorf("xlsx: freeze the %s header: %w", sheet, err)
	}
	if err := addTable(f, sheet, len(recs)); err != nil {
		return err
	}
	if err := addValidations(f, sheet, len(recs)); err != nil {
		return err
	}
	if err := addColours(f, sheet, len(recs)); err != nil {
		return err
	}
	used := cellRange(1, 1, len(columns), len(recs)+1)
	// excelize leaves the used range at "A1"; readers that trust it (openpyxl
	// in read-only mode) would see one cell.
	if err := f.SetSheetDimension(sheet, used); err != nil {
		return fmt.Errorf("xlsx: record the %s used range: %w", sheet, err)
	}
	return nil
}

// layoutColumns sets each column's width and style before any cell is
// written: cells then take the column's style, and so do rows the user
// adds later.
func layoutColumns(f *excelize.File, st styles, sheet string) error {
	for i, c := range columns {
		name, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		style := st.plain
		switch {
		case c.date != nil:
			style = st.day // so a date typed in later shows as yyyy-mm-dd too
		case c.asText:
			style = st.text
		case c.wrap:
			style = st.wrapped
		}
		if err := f.SetColStyle(sheet, name, style); err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, name, name, c.width); err != nil {
			return err
		}
	}
	return nil
}
