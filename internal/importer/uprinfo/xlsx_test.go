package uprinfo

import (
	"bytes"
	"encoding/csv"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// xlsxTitle is the title row a workbook saved by hand often starts with.
const xlsxTitle = "UPR Info database: recommendations, sessions 1-13 (export of August 2015)"

// makeXLSX writes rows into the first sheet of a new workbook, from row 1;
// a cell that reads as a whole number is written as a number, as Excel
// does with Action and Session.
func makeXLSX(t testing.TB, rows [][]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	for r, row := range rows {
		for c, v := range row {
			cell, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				t.Fatal(err)
			}
			var val any = v
			if n, err := strconv.Atoi(v); err == nil {
				val = n
			}
			if err := f.SetCellValue(sheet, cell, val); err != nil {
				t.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// fixtureRows reads the UTF-8 fixture's rows, header first.
func fixtureRows(t testing.TB) [][]string {
	t.Helper()
	data, err := os.ReadFile(utf8Fixture)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, utf8BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// fixtureXLSX is the fixture as a workbook: a title row, a blank row, the
// header and the data rows, so CSV line n is the sheet's row n+2.
func fixtureXLSX(t testing.TB) []byte {
	return makeXLSX(t, append([][]string{{xlsxTitle}, nil}, fixtureRows(t)...))
}

// TestXLSX checks that the workbook form of the fixture gives the CSV's
// records, each pointing at its row of the sheet.
func TestXLSX(t *testing.T) {
	const name = "sample.xlsx"
	got, err := Parse(name, fixtureXLSX(t))
	if err != nil {
		t.Fatal(err)
	}
	want := parseFile(t, macFixture)
	for i := range want {
		want[i].Pos.File = name
		want[i].Pos.Line += 2
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("workbook records differ from the CSV's:\n got %+v\nwant %+v", got, want)
	}
}

func TestXLSXProblems(t *testing.T) {
	header := strings.Split(exportHeader, ", ")
	row := []string{"Cuba", "GRULAC", "", "Ratify the Convention.", "Chile", "GRULAC", "", "Accepted", "9", "Other", "4"}
	data := makeXLSX(t, [][]string{{xlsxTitle}, header, row})
	recs, err := Parse("p.xlsx", data)
	if len(recs) != 1 || recs[0].ActionCategory != 0 || recs[0].Pos.Line != 3 {
		t.Errorf("records %+v, want one on row 3 with no action category", recs)
	}
	want := `p.xlsx:3:9: action "9" is not a UPR Info action category: expected 1 to 5, or blank (cell I3)`
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %v\nwant %s", err, want)
	}

	// No header in the first sheet: the error names the row that came closest.
	_, err = Parse("q.xlsx", makeXLSX(t, [][]string{{xlsxTitle}, {"State", "Recommendation", "From"}}))
	if err == nil || !strings.Contains(err.Error(), `q.xlsx:2: not a UPR Info export in the workbook's first sheet, "Sheet1": expected`) ||
		!strings.Contains(err.Error(), `found "State", "Recommendation", "From" (missing To, Text, Response, Session)`) {
		t.Errorf("error = %v", err)
	}
}

// TestXLSXBroken checks that a zip that is no workbook is refused cleanly.
func TestXLSXBroken(t *testing.T) {
	data := fixtureXLSX(t)
	for _, cut := range []int{4, 100, len(data) / 2, len(data) - 10} {
		recs, err := Parse("cut.xlsx", data[:cut])
		if err == nil || len(recs) > 0 {
			t.Errorf("workbook cut at %d bytes: %d records, error %v", cut, len(recs), err)
		} else if !strings.HasPrefix(err.Error(), "cut.xlsx: ") {
			t.Errorf("error does not name the file: %v", err)
		}
	}
}
