package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// layoutRecommendations prepares the Recommendations sheet in excelize's
// model with everything but its data rows: column widths and styles, the
// header (which the table takes its column names from), frozen panes, the
// table, drop-down lists, colours and the used range. The rows are
// streamed into the saved sheet later (see pack): held in excelize's
// model, 100,000 rows would take gigabytes. excelize's own StreamWriter
// is not used here because it drops data validations and conditional
// formats.
func layoutRecommendations(f *excelize.File, st styles, rows int) error {
	const sheet = RecommendationsSheet
	if err := layoutColumns(f, st, sheet); err != nil {
		return fmt.Errorf("xlsx: lay out the %s sheet: %w", sheet, err)
	}
	for i, c := range columns {
		if err := f.SetCellStr(sheet, cellName(i+1, 1), c.header); err != nil {
			return fmt.Errorf("xlsx: write the %s header: %w", sheet, err)
		}
	}
	// Freeze the header row and the ID column, so both stay in view.
	if err := f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: "B2", ActiveCell: "B2", Pane: "bottomRight"}},
	}); err != nil {
		return fmt.Errorf("xlsx: freeze the %s header: %w", sheet, err)
	}
	if err := addTable(f, sheet, rows); err != nil {
		return err
	}
	if err := addValidations(f, sheet, rows); err != nil {
		return err
	}
	if err := addColours(f, sheet, rows); err != nil {
		return err
	}
	// Readers that trust the used range (openpyxl in read-only mode) would
	// otherwise see only what excelize holds.
	if err := f.SetSheetDimension(sheet, cellRange(1, 1, len(columns), rows+1)); err != nil {
		return fmt.Errorf("xlsx: record the %s used range: %w", sheet, err)
	}
	return nil
}

// layoutColumns sets each column's width and style before any cell is
// written: cells then take the column's style, and so do rows the user
// adds later.
func layoutColumns(f *excelize.File, st styles, sheet string) error {
	for i, c := range columns {
		name := columnName(i + 1)
		if err := f.SetColStyle(sheet, name, columnStyle(st, c)); err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, name, name, c.width); err != nil {
			return err
		}
	}
	return nil
}

// columnStyle is the style of a column and of its cells.
func columnStyle(st styles, c column) int {
	switch {
	case c.date != nil:
		return st.day // so a date typed in later shows as yyyy-mm-dd too
	case c.asText:
		return st.text
	case c.wrap:
		return st.wrapped
	}
	return st.plain
}

// dateStyle shows a date with as much precision as it has: a month alone
// as "2024-06", not as its first day.
func dateStyle(st styles, month, day int) int {
	switch {
	case month == 0:
		return st.year
	case day == 0:
		return st.month
	}
	return st.day
}

// layoutBuilt adds the very hidden record of the build; its rows are
// streamed in with the Recommendations sheet's.
func layoutBuilt(f *excelize.File, rows int) error {
	if _, err := f.NewSheet(BuiltSheet); err != nil {
		return fmt.Errorf("xlsx: add the record of the build: %w", err)
	}
	if err := f.SetSheetDimension(BuiltSheet, cellRange(1, 1, len(columns), rows+1)); err != nil {
		return fmt.Errorf("xlsx: record the used range of the record of the build: %w", err)
	}
	if err := f.SetSheetVisible(BuiltSheet, false, true); err != nil {
		return fmt.Errorf("xlsx: hide the record of the build: %w", err)
	}
	return nil
}
