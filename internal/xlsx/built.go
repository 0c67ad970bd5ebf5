package xlsx

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"
)

// BuiltSheet is a very hidden sheet holding the Recommendations sheet as it
// was built: the base against which a coordinator's edits are found, so
// that a rebuild never silently overwrites them.
const BuiltSheet = "_submit_built"

// recordBuilt copies the Recommendations sheet, as its cells read once
// written, into the hidden BuiltSheet.
func recordBuilt(f *excelize.File) error {
	rows, err := f.GetRows(RecommendationsSheet)
	if err != nil {
		return fmt.Errorf("xlsx: read back the recommendations: %w", err)
	}
	if _, err := f.NewSheet(BuiltSheet); err != nil {
		return fmt.Errorf("xlsx: add the record of the build: %w", err)
	}
	for i, row := range rows {
		cells := make([]any, len(row))
		for j, v := range row {
			cells[j] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		// SetSheetRow with strings stores text, never a formula.
		if err := f.SetSheetRow(BuiltSheet, cell, &cells); err != nil {
			return fmt.Errorf("xlsx: record the build: %w", err)
		}
	}
	if err := f.SetSheetVisible(BuiltSheet, false, true); err != nil {
		return fmt.Errorf("xlsx: hide the record of the build: %w", err)
	}
	return nil
}

// Edit is one cell a coordinator changed since the workbook was built.
type Edit struct {
	ID, Column string
	Built, Now string
	// Cells holds, for a row added in the workbook, its cells by column
	// header (blank ones left out); nil for other edits.
	Cells map[string]string
}

// Edits lists what changed in a workbook since it was built: cells edited,
// rows added (ID empty or unknown: Column is "" and Now the row's text) and
// rows deleted (Now is ""). ok is false when the workbook holds no record
// of its build (it was not made by submit, or the record was removed).
func Edits(data []byte) (edits []Edit, ok bool, err error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, false, fmt.Errorf("cannot read the workbook: %w", err)
	}
	defer f.Close()
	if idx, _ := f.GetSheetIndex(BuiltSheet); idx < 0 {
		return nil, false, nil
	}
	built, err := f.GetRows(BuiltSheet)
	if err != nil {
		return nil, false, err
	}
	now, err := f.GetRows(RecommendationsSheet)
	if err != nil {
		return nil, true, fmt.Errorf("the workbook has no %s sheet: %w", RecommendationsSheet, err)
	}
	if len(built) == 0 || len(now) == 0 {
		return nil, true, nil
	}
	header := built[0]
	byID := func(rows [][]string) (map[string][]string, []string) {
		m := map[string][]string{}
		var order []string
		for _, r := range rows[1:] {
			if len(r) == 0 || r[0] == "" {
				continue
			}
			m[r[0]] = r
			order = append(order, r[0])
		}
		return m, order
	}
	was, wasOrder := byID(built)
	is, isOrder := byID(now)
	cell := func(r []string, i int) string {
		if i < len(r) {
			return r[i]
		}
		return ""
	}
	for _, id := range isOrder {
		old, found := was[id]
		if !found {
			edits = append(edits, Edit{ID: id, Now: joinRow(is[id]), Cells: byHeader(header, is[id])})
			continue
		}
		for i, name := range header {
			if a, b := cell(old, i), cell(is[id], i); a != b {
				edits = append(edits, Edit{ID: id, Column: name, Built: a, Now: b})
			}
		}
	}
	for _, r := range now[1:] {
		if len(r) > 0 && r[0] == "" && slices.ContainsFunc(r, func(s string) bool { return s != "" }) {
			edits = append(edits, Edit{Now: joinRow(r), Cells: byHeader(header, r)})
		}
	}
	for _, id := range wasOrder {
		if _, still := is[id]; !still {
			edits = append(edits, Edit{ID: id, Built: joinRow(was[id])})
		}
	}
	return edits, true, nil
}

// byHeader maps a row's non-blank cells to their column headers.
func byHeader(header, r []string) map[string]string {
	m := map[string]string{}
	for i, v := range r {
		if i < len(header) && v != "" {
			m[header[i]] = v
		}
	}
	return m
}

func joinRow(r []string) string {
	var parts []string
	for _, s := range r {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return fmt.Sprint(parts)
}

// Rows reads a workbook's Recommendations sheet as its cells show: the
// header and each row by ID, to compare a workbook with the data.
func Rows(data []byte) (header []string, byID map[string][]string, err error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read the workbook: %w", err)
	}
	defer f.Close()
	rows, err := f.GetRows(RecommendationsSheet)
	if err != nil || len(rows) == 0 {
		return nil, nil, fmt.Errorf("the workbook has no %s sheet", RecommendationsSheet)
	}
	byID = map[string][]string{}
	for _, r := range rows[1:] {
		if len(r) > 0 && r[0] != "" {
			byID[r[0]] = r
		}
	}
	return rows[0], byID, nil
}

// Cell is the text of a row's cell in the named column, "" when absent.
func Cell(header, row []string, column string) string {
	i := slices.Index(header, column)
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}
