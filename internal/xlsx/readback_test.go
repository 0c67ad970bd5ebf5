package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// open reads a written workbook back with excelize.
func open(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("read the workbook back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// dumpTSV writes every sheet's cells as tab-separated lines, tabs, line
// breaks and backslashes escaped so each row stays one line.
func dumpTSV(t testing.TB, f *excelize.File) string {
	t.Helper()
	esc := strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`)
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		if sheet == BuiltSheet {
			continue // checked by TestEdits
		}
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("read sheet %s: %v", sheet, err)
		}
		b.WriteString("# sheet " + sheet + "\n")
		for _, row := range rows {
			for i, c := range row {
				if i > 0 {
					b.WriteByte('\t')
				}
				b.WriteString(esc.Replace(c))
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// dumpFormulas lists, for each summary sheet, the formulas of its first
// row and of its totals row, as excelize reads them back: enough to review
// a change of formula in the golden file.
func dumpFormulas(t testing.TB, f *excelize.File) string {
	t.Helper()
	var b strings.Builder
	for _, sheet := range f.GetSheetList()[1:] {
		if sheet == BuiltSheet {
			continue
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("# formulas " + sheet + "\n")
		for _, row := range []int{2, len(rows)} {
			for c := 1; c <= len(rows[0]); c++ {
				ref := cellName(c, row)
				formula, err := f.GetCellFormula(sheet, ref)
				if err != nil {
					t.Fatal(err)
				}
				if formula != "" {
					b.WriteString(ref + "\t=" + formula + "\n")
				}
			}
		}
	}
	return b.String()
}

// xmlCell is a <c> element as stored in a worksheet part.
type xmlCell struct {
	Ref     string  `xml:"r,attr"`
	Type    string  `xml:"t,attr"`
	Formula *string `xml:"f"`
	Value   string  `xml:"v"`
	Inline  *string `xml:"is>t"` // an inline string, as a stream writes text
}

// rawCells reads the cells of one worksheet part (xl/worksheets/sheet1.xml)
// straight from the zip, without a spreadsheet library in between.
func rawCells(t testing.TB, data []byte, part string) map[string]xmlCell {
	t.Helper()
	var ws struct {
		Rows []struct {
			Cells []xmlCell `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if err := xml.Unmarshal(zipPart(t, data, part), &ws); err != nil {
		t.Fatalf("parse %s: %v", part, err)
	}
	cells := map[string]xmlCell{}
	for _, r := range ws.Rows {
		for _, c := range r.Cells {
			cells[c.Ref] = c
		}
	}
	return cells
}

// sharedStrings reads xl/sharedStrings.xml: plain <t> items only, which is
// all this package writes.
func sharedStrings(t testing.TB, data []byte) []string {
	t.Helper()
	var sst struct {
		Items []string `xml:"si>t"`
	}
	if err := xml.Unmarshal(zipPart(t, data, "xl/sharedStrings.xml"), &sst); err != nil {
		t.Fatalf("parse shared strings: %v", err)
	}
	return sst.Items
}

// summaryParts are the worksheet parts of the summary sheets, in the order
// of breakdowns.
func summaryParts() []string {
	var out []string
	for i := range breakdowns(nil, 0) {
		out = append(out, "xl/worksheets/sheet"+strconv.Itoa(i+2)+".xml")
	}
	return out
}

func zipPart(t testing.TB, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("the workbook is not a zip: %v", err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return b
}

// col names the Recommendations column with this header, like "I"; tests
// use it so that adding a column does not shift their cell references.
func col(t testing.TB, header string) string {
	t.Helper()
	name, err := excelize.ColumnNumberToName(columnNumber(header))
	if err != nil {
		t.Fatalf("no column %q: %v", header, err)
	}
	return name
}
