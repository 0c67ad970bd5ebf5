package xlsx

import (
	"bytes"
	"reflect"
	"slices"
	"strconv"
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

// editsBefore is Edits as it was when it read whole sheets with GetRows:
// the reference the stream reading must agree with.
func editsBefore(t *testing.T, data []byte) []Edit {
	t.Helper()
	f := open(t, data)
	built, err := f.GetRows(BuiltSheet)
	if err != nil {
		t.Fatal(err)
	}
	now, err := f.GetRows(RecommendationsSheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(built) == 0 || len(now) == 0 {
		return nil
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
	var edits []Edit
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
	return edits
}

// TestEditsAsBefore makes edits a coordinator could make and expects
// Edits, which reads the workbook as streams, to find what reading whole
// sheets found.
func TestEditsAsBefore(t *testing.T) {
	set := func(ref string, v any) func(*excelize.File) error {
		return func(f *excelize.File) error { return f.SetCellValue(RecommendationsSheet, ref, v) }
	}
	c := func(header string, row int) string { return col(t, header) + strconv.Itoa(row) }
	for _, tc := range []struct {
		name  string
		edits []func(*excelize.File) error
	}{
		{"none", nil},
		{"cells", []func(*excelize.File) error{
			set(c(responseHeader, 3), "noted"), set(c("Cycle", 4), 2), set(c("Notes", 5), "  typed, with spaces "),
			set(c(updatedHeader, 6), 45500), set(c("Text", 7), ""), set(c(statusHeader, 8), "=1+1"),
		}},
		{"rows deleted and added", []func(*excelize.File) error{
			func(f *excelize.File) error { return f.RemoveRow(RecommendationsSheet, 10) },
			set("A40", "new-id"), set("B40", "99.1"), set("C45", 4), set("I47", "text without an ID"),
		}},
		{"an ID repeated and rows swapped", []func(*excelize.File) error{
			set("A5", "gen-1"), set("A6", "gen-20"), set("A21", "gen-4"),
		}},
		// The record's header names the columns: a renamed header is no edit.
		{"header renamed", []func(*excelize.File) error{set("J1", "Position")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, _ := write(t, generated(30))
			f := open(t, data)
			for _, e := range tc.edits {
				if err := e(f); err != nil {
					t.Fatal(err)
				}
			}
			var buf bytes.Buffer
			if err := f.Write(&buf); err != nil {
				t.Fatal(err)
			}
			got, ok, err := Edits(buf.Bytes())
			if err != nil || !ok {
				t.Fatalf("Edits: ok %v, err %v", ok, err)
			}
			if want := editsBefore(t, buf.Bytes()); !reflect.DeepEqual(got, want) {
				t.Errorf("Edits =\n%+v\nreading whole sheets gave\n%+v", got, want)
			}
			if tc.edits != nil && len(got) == 0 && tc.name != "header renamed" {
				t.Error("no edits found")
			}
		})
	}
}
