package xlsx

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/testutil"
)

// streamRows reads a sheet with this package's stream reader, in the shape
// GetRows gives: a row per sheet row up to the last one with a cell.
func streamRows(t testing.TB, data []byte, sheet string) [][]string {
	t.Helper()
	wf, err := openWorkbook(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	defer wf.close()
	var all []string
	strs := &sstDigest{}
	if err := wf.readSST(func(_ int, text []byte) {
		all = append(all, string(text))
		strs.blank = append(strs.blank, len(text) == 0)
	}); err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	err = wf.readSheet(sheet, strs, func(n int, r []cellValue) {
		if len(r) == 0 {
			return
		}
		for len(rows) < n-1 {
			rows = append(rows, nil)
		}
		row := make([]string, len(r))
		for i, c := range r {
			row[i] = c.text
			if c.sst >= 0 {
				row[i] = all[c.sst]
			}
		}
		rows = append(rows, row)
	})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// sameRows compares the stream reader with excelize's GetRows on every
// sheet of a workbook.
func sameRows(t *testing.T, what string, data []byte) {
	t.Helper()
	f := open(t, data)
	for _, sheet := range f.GetSheetList() {
		want, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		got := streamRows(t, data, sheet)
		if g, w := fmt.Sprintf("%q", got), fmt.Sprintf("%q", want); g != w {
			t.Errorf("%s, sheet %s:\nstream reader %s\n     GetRows %s", what, sheet, g, w)
		}
	}
}

// trickyWorkbook holds what a coordinator's spreadsheet program may
// write: rich text, numbers in several formats, dates, booleans, formulas
// with cached values, text that looks like escapes or entities, white
// space at the ends, gaps between cells and rows, and a sheet of inline
// strings (as a stream writer writes them).
func trickyWorkbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const s1 = "Sheet1"
	style := func(st excelize.Style) int {
		id, err := f.NewStyle(&st)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	day := style(excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd")})
	dmy := style(excelize.Style{CustomNumFmt: ptr("d/m/yyyy")})
	pct := style(excelize.Style{NumFmt: 9})
	two := style(excelize.Style{NumFmt: 2})
	text := style(excelize.Style{NumFmt: textFormat})
	cells := map[string]any{
		"A1": "plain", "B1": "  spaces at both ends  ", "C1": "line\nbreak\r\nand tab\t", "D1": "_x0041_ literal",
		"E1": "a & b < c > d \"q\" 'a'", "F1": "Türkiye, Côte d’Ivoire, 中文, 😀", "H1": "=not a formula",
		"A2": 42, "B2": -3.5, "C2": 1234567890123456789.0, "D2": 0.1 + 0.2, "E2": 1e-7, "F2": true, "G2": false,
		"A4": 45414, "B4": 45414, "C4": 0.25, "D4": 3.14159, "E4": "28.10", "F4": time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC),
		"J6": "far away",
	}
	for ref, v := range cells {
		if err := f.SetCellValue(s1, ref, v); err != nil {
			t.Fatal(err)
		}
	}
	for ref, st := range map[string]int{"A4": day, "B4": dmy, "C4": pct, "D4": two, "E4": text, "F4": day, "K6": day} {
		if err := f.SetCellStyle(s1, ref, ref, st); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetCellRichText(s1, "G1", []excelize.RichTextRun{{Text: "bold "}, {Text: "and plain", Font: &excelize.Font{Bold: true}}}); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellFormula(s1, "A5", "A2*2"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellFormula(s1, "B5", `"x"&"y"`); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr(s1, "C5", ""); err != nil { // an empty shared string
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Stream"); err != nil {
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Stream")
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range [][]any{
		{"inline", " padded ", "_x0008_", 7, 2.5, true, excelize.Cell{Formula: "1+1", Value: 2}},
		{nil, "after a gap", excelize.Cell{StyleID: day, Value: 45000}},
	} {
		if err := sw.SetRow(cellName(1, i*2+1), row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestStreamReaderMatchesExcelize: the stream reader that Edits and Rows
// use reads every cell as excelize's GetRows does, in workbooks written by
// excelize, by this package and by openpyxl.
func TestStreamReaderMatchesExcelize(t *testing.T) {
	tricky := trickyWorkbook(t)
	sameRows(t, "excelize", tricky)
	built, _ := write(t, fixture())
	sameRows(t, "Write", built)

	py := testutil.Python(t, "openpyxl", "python3-openpyxl")
	dir := t.TempDir()
	for name, data := range map[string][]byte{"tricky": tricky, "built": built} {
		in, out := filepath.Join(dir, name+".xlsx"), filepath.Join(dir, name+"-openpyxl.xlsx")
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		testutil.Run(t, py, "-c", "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", in, out)
		saved, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		sameRows(t, name+" saved by openpyxl", saved)
	}
}

func TestDecodeEntities(t *testing.T) {
	for in, want := range map[string]string{
		"a &amp; b":            "a & b",
		"&lt;&gt;&quot;&apos;": `<>"'`,
		"&#65;&#x42;&#X43;":    "ABC",
		"line\r\nend\rx":       "line\nend\nx",
		"&unknown; &#xZZ;":     "&unknown; &#xZZ;",
		"no entity":            "no entity",
		"dangling &amp":        "dangling &amp",
	} {
		if got := string(decodeEntities(nil, []byte(in))); got != want {
			t.Errorf("decodeEntities(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAppendText(t *testing.T) {
	for in, want := range map[string]string{
		"a & b < c > d": "a &amp; b &lt; c &gt; d",
		"cr\r\nlf\ttab": "cr&#xD;\nlf\ttab",
		"_x0041_":       "_x005F_x0041_",
		"_x00G1_ _x12":  "_x00G1_ _x12",
		"bad\x01\xff":   "bad\uFFFD\uFFFD",
		"\uFFFE":        "\uFFFD",
		"Türkiye 中文 😀":  "Türkiye 中文 😀",
	} {
		if got := string(appendText(nil, in)); got != want {
			t.Errorf("appendText(%q) = %q, want %q", in, got, want)
		}
	}
	// What appendText writes, unescapeText and the XML decoder read back.
	for _, s := range []string{"_x0041_", "_x005F_", "plain", "a_x_b"} {
		if got := unescapeText(string(decodeEntities(nil, appendText(nil, s)))); got != s {
			t.Errorf("round trip of %q gives %q", s, got)
		}
	}
}
