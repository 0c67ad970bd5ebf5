package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestEdits changes a built workbook as a coordinator would and checks that
// every change is found: an edited cell, a new row, a deleted row.
func TestEdits(t *testing.T) {
	data, _ := write(t, fixture())
	if edits, ok, err := Edits(data); err != nil || !ok || len(edits) != 0 {
		t.Fatalf("a fresh workbook: edits %v, ok %v, err %v; want none", edits, ok, err)
	}
	f := open(t, data)
	rows, _ := f.GetRows(RecommendationsSheet)
	firstID, lastID := rows[1][0], rows[len(rows)-1][0]
	col := 1 + indexOf(rows[0], "Response")
	cell, _ := excelize.CoordinatesToCellName(col, 2)
	f.SetCellStr(RecommendationsSheet, cell, "noted")
	f.RemoveRow(RecommendationsSheet, len(rows))
	newRow, _ := excelize.CoordinatesToCellName(2, len(rows)+3)
	f.SetCellStr(RecommendationsSheet, newRow, "99.1")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	edits, ok, err := Edits(buf.Bytes())
	if err != nil || !ok {
		t.Fatalf("Edits: %v, %v", ok, err)
	}
	var edited, added, deleted bool
	for _, e := range edits {
		switch {
		case e.ID == firstID && e.Column == "Response" && e.Now == "noted":
			edited = true
		case e.ID == "" && e.Now == "[99.1]":
			added = true
		case e.ID == lastID && e.Now == "":
			deleted = true
		}
	}
	if !edited || !added || !deleted {
		t.Errorf("edits %+v: found the edit %v, the new row %v, the deleted row %v", edits, edited, added, deleted)
	}
}

func indexOf(ss []string, s string) int {
	for i, x := range ss {
		if x == s {
			return i
		}
	}
	return -1
}
