package uprinfo

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"slices"
	"sort"
	"testing"
)

// Parts of a minimal workbook, as Excel lays it out.
const (
	testContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
	testRootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	testWorkbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>`
	testWorkbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
	testSheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:K3"/><sheetData>`
	testSheetTail = `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
	testSSTHead   = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`
)

// workbookParts are the parts of a workbook whose sheet data and shared
// strings are sheetData and sst: what goes inside <sheetData> and <sst>.
func workbookParts(sheetData, sst string) map[string]string {
	return map[string]string{
		"[Content_Types].xml":        testContentTypes,
		"_rels/.rels":                testRootRels,
		"xl/workbook.xml":            testWorkbook,
		"xl/_rels/workbook.xml.rels": testWorkbookRels,
		"xl/worksheets/sheet1.xml":   testSheetHead + sheetData + testSheetTail,
		"xl/sharedStrings.xml":       testSSTHead + sst + `</sst>`,
	}
}

// zipParts zips parts, in the order of their names; a nil part is left out.
func zipParts(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range names {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(f, parts[name]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// readerRows reads the first sheet with sheetRows, in the shape of
// excelize's GetRows: row i is the sheet's row i+1, a row without cells
// nil, and none after the last with cells.
func readerRows(data []byte) (string, [][]string, error) {
	s, err := newSheetRows("t.xlsx", data)
	if err != nil {
		return "", nil, err
	}
	var rows [][]string
	for {
		cells, err := s.next()
		if err == io.EOF {
			return s.sheet, rows, nil
		}
		if err != nil {
			return s.sheet, rows, err
		}
		for len(rows) < s.row-1 {
			rows = append(rows, nil)
		}
		rows = append(rows, slices.Clone(cells))
	}
}

// sameAsExcelize checks that the reader gives what excelize gives.
func sameAsExcelize(t *testing.T, data []byte) [][]string {
	t.Helper()
	sheet, got, err := readerRows(data)
	if err != nil {
		t.Fatalf("reader: %v", err)
	}
	wantSheet, want, err := excelizeRows(data)
	if err != nil {
		t.Fatalf("excelize: %v", err)
	}
	if sheet != wantSheet {
		t.Errorf("sheet %q, excelize reads %q", sheet, wantSheet)
	}
	if len(want) == 0 {
		want = nil // excelize gives an empty slice
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows differ from excelize's:\n got %q\nwant %q", got, want)
	}
	if testing.Verbose() {
		t.Logf("rows %q", got)
	}
	return got
}

// errorOf returns err's message, "" for none.
func errorOf(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
