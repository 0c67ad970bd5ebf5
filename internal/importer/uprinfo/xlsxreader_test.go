package uprinfo

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// TestReaderWorkbooks checks that the reader gives excelize's rows for
// workbooks excelize writes: the fixture with shared strings and numbers,
// and with inline strings from the stream writer, which the benchmark uses.
func TestReaderWorkbooks(t *testing.T) {
	rows := append([][]string{{xlsxTitle}, nil}, fixtureRows(t)...)
	rows = append(rows, []string{"", "", "x"}, nil, nil, []string{"last"})
	t.Run("shared strings", func(t *testing.T) { sameAsExcelize(t, makeXLSX(t, rows)) })
	t.Run("inline strings", func(t *testing.T) { sameAsExcelize(t, streamXLSX(t, rows)) })
}

// TestReaderSharedExport compares the readers on every 8th row of the real
// export (the whole of it takes excelize seconds).
func TestReaderSharedExport(t *testing.T) {
	rows := [][]string{{xlsxTitle}, strings.Split(exportHeader, ", ")}
	for _, f := range sharedFiles {
		data, err := os.ReadFile(testutil.SharedData(t, "upr-info/"+f.name))
		if err != nil {
			t.Fatal(err)
		}
		text, _ := decode(data)
		recs, err := csv.NewReader(bytes.NewReader(text)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(recs); i += 8 {
			rows = append(rows, recs[i])
		}
	}
	got := sameAsExcelize(t, makeXLSX(t, rows))
	if len(got) != len(rows) {
		t.Errorf("%d rows, want %d", len(got), len(rows))
	}
}

// TestReaderSheetData compares the readers on sheets written by hand, one
// feature of the format each.
func TestReaderSheetData(t *testing.T) {
	const sst = `<si><t>zero</t></si>` +
		`<si><t xml:space="preserve">  one  </t></si>` +
		`<si><r><t>Rat</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">ify </t></r><r><t>CAT</t></r></si>` +
		`<si><t>a&amp;b &lt;&gt; &quot;&apos; &#233;&#xE9; &#x1F600;</t></si>` +
		`<si><t>line_x000D_
break _x005F_x000D_ _xD800_ _x00e9_ _x_ _x12G4_</t></si>` +
		`<si><t>ph</t><rPh sb="0" eb="1"><t>PH</t></rPh><phoneticPr fontId="1"/></si>` +
		"<si><t>cr\r\nlf\rcr</t></si>" +
		`<si><t><![CDATA[<raw> & ]]></t></si>` +
		`<si><t>com<!-- a comment -->ment</t></si>` +
		`<si/>` +
		`<si><t>first</t><t>second</t></si>` +
		`<si><r><t>x</t><t>y</t></r><t>plain after runs</t></si>` +
		`<si><t>_x00</t><r><t>41_ split</t></r></si>`
	sstText := func(n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(`<c t="s"><v>` + string(rune('0'+i%10)) + `</v></c>`)
		}
		return b.String()
	}
	tests := []struct{ name, sheet, sst string }{
		{"shared strings", `<row>` + sstText(10) + `</row><row><c t="s"><v>10</v></c><c t="s"><v>11</v></c><c t="s"><v>12</v></c><c t="s"><v> 3 </v></c></row>`, sst},
		{"skipped rows and columns",
			`<row r="2"><c r="B2"><v>1</v></c><c r="E2"><v>2</v></c></row><row r="5"><c r="A5"><v>3</v></c></row><row r="9" spans="1:3"/><row r="12"><c r="c12"><v>4</v></c><c r="$D$12"><v>5</v></c></row>`, ""},
		{"no references", `<row><c><v>1</v></c><c/><c><v>2</v></c></row><row><c><v>3</v></c></row><row r="6"><c><v>4</v></c><c r="D6"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row>`, ""},
		{"numbers as written", `<row><c r="A1"><v>5</v></c><c r="B1"><v>5.0</v></c><c r="C1"><v>5E0</v></c><c r="D1" t="n"><v>-1.5e-3</v></c><c r="E1" s="3"><v>13</v></c><c r="F1"><v>0.1000000000000000055511</v></c></row>`, ""},
		{"other types", `<row><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="str"><f>A1&amp;"x"</f><v>TRUE_x000D_x</v></c><c r="E1" t="d"><v>2015-08-01T00:00:00Z</v></c><c r="F1" t="weird"><v>w</v></c></row>`, ""},
		{"inline strings", `<row><c r="A1" t="inlineStr"><is><t>plain_x000D_</t></is></c><c r="B1" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c><c r="C1" t="inlineStr"><v>v only</v></c><c r="D1" t="inlineStr"><is/><v>ignored</v></c><c r="E1" t="inlineStr"><is><t>a</t></is><is><t>b</t><r><t>c</t></r></is></c></row>`, ""},
		{"formulas and empty values", `<row><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>""</f><v></v></c><c r="C1" t="str"><f>""</f></c><c r="D1"><v></v></c><c r="E1"><v/></c><c r="F1" s="2"/><c r="G1"><f t="shared" ref="G1:G2" si="0">H1</f></c></row><row><c r="A2" s="1"/><c r="B2"><v/></c></row>`, ""},
		{"several values", `<row><c r="A1"><v>1</v><v>2</v></c><c r="B1"><v>a<x>hidden</x>b</v></c><c r="C1"><extLst><ext uri="x"/></extLst><v>3</v></c></row>`, ""},
		{"prefixes", `<x:row r="1" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="A1" x:t="inlineStr"><x:is><x:t>px</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>`, ""},
		{"markup between", "<row>\n  <!-- c --><?pi x?><c r=\"A1\">\n<v>1</v>\n</c>\n  <c r=\"B1\" t=\"inlineStr\">\n<is>\n<t>x</t>\n</is>\n</c>\n</row>\n", ""},
		{"entities and cdata in values", `<row><c r="A1" t="str"><v>&lt;b&gt; &#38; <![CDATA[&amp;]]></v></c><c r="B1" t="inlineStr"><is><t>a` + "\r\n" + `b</t></is></c><c r="C1" t="str"><v>` + "\r\r\n" + `</v></c></row>`, ""},
		{"rows with spaces in tags", `<row r = '3' ><c r = "A3"  ><v >1</v ></c ></row >`, ""},
		{"no rows", ``, ""},
		{"only empty rows", `<row r="1"/><row r="2"><c r="A2" s="1"/></row>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameAsExcelize(t, zipParts(t, workbookParts(tt.sheet, tt.sst)))
		})
	}
}

// TestReaderWorkbookParts compares the readers on the ways a workbook's
// parts may be laid out.
func TestReaderWorkbookParts(t *testing.T) {
	const row = `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`
	tests := []struct {
		name   string
		change func(map[string]string)
	}{
		{"first sheet listed, not first related", func(p map[string]string) {
			p["xl/workbook.xml"] = strings.Replace(testWorkbook, `<sheet name="Export" sheetId="1" r:id="rId1"/>`,
				`<sheet name="Notes" sheetId="2" r:id="rId3"/><sheet name="Export" sheetId="1" r:id="rId1"/>`, 1)
			p["xl/_rels/workbook.xml.rels"] = strings.Replace(testWorkbookRels, `</Relationships>`,
				`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/notes.xml"/></Relationships>`, 1)
			p["xl/worksheets/notes.xml"] = testSheetHead + `<row><c t="inlineStr"><is><t>notes</t></is></c></row>` + testSheetTail
		}},
		{"no shared strings", func(p map[string]string) {
			delete(p, "xl/sharedStrings.xml")
			p["xl/worksheets/sheet1.xml"] = testSheetHead + `<row><c><v>1</v></c></row>` + testSheetTail
		}},
		{"byte order marks", func(p map[string]string) {
			for name, part := range p {
				p[name] = "\uFEFF" + part
			}
		}},
		{"sheet name with entities", func(p map[string]string) {
			p["xl/workbook.xml"] = strings.Replace(testWorkbook, `name="Export"`, `name="R&amp;D &#233;"`, 1)
		}},
		{"strict namespaces", func(p map[string]string) {
			for name, part := range p {
				part = strings.ReplaceAll(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships")
				p[name] = strings.ReplaceAll(part, "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
			}
		}},
		{"backslashes in zip names", func(p map[string]string) {
			p[`xl\worksheets\sheet1.xml`] = p["xl/worksheets/sheet1.xml"]
			delete(p, "xl/worksheets/sheet1.xml")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := workbookParts(row, `<si><t>only</t></si>`)
			tt.change(parts)
			sameAsExcelize(t, zipParts(t, parts))
		})
	}
}

// TestReaderParse checks what Parse makes of a hand-written sheet: rows
// and cells where the references put them.
func TestReaderParse(t *testing.T) {
	head := `<row r="3">`
	for i, h := range strings.Split(exportHeader, ", ") {
		head += `<c r="` + cellName(i, 3) + `" t="inlineStr"><is><t>` + h + `</t></is></c>`
	}
	head += `</row>`
	sheet := head + `<row r="7"><c r="A7" t="s"><v>0</v></c><c r="D7" t="s"><v>1</v></c><c r="E7" t="s"><v>2</v></c>` +
		`<c r="H7" t="s"><v>3</v></c><c r="I7"><v>5</v></c><c r="K7"><v>13</v></c></row>`
	sst := `<si><t>Cuba</t></si><si><r><t>Ratify</t></r><r><t xml:space="preserve"> CAT.</t></r></si><si><t>Chile</t></si><si><t>Noted</t></si>`
	recs, err := Parse("h.xlsx", zipParts(t, workbookParts(sheet, sst)))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	r := recs[0]
	if r.Pos.Line != 7 || r.StateUnderReview != "Cuba" || r.Text != "Ratify CAT." || r.From[0] != "Chile" ||
		r.Response != "noted" || r.ActionCategory != 5 || r.Session != 13 || r.Cycle != 2 {
		t.Errorf("record %+v", r)
	}
}

// TestReaderErrors checks the errors for workbooks that cannot be read:
// each names the file, says what is wrong and what to do.
func TestReaderErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(map[string]string)
		want   string
	}{
		{"no package relationships", func(p map[string]string) { delete(p, "_rels/.rels") },
			"x.xlsx: not a readable .xlsx workbook: it has no _rels/.rels (the list of the package's parts); " + resave},
		{"no workbook", func(p map[string]string) { delete(p, "xl/workbook.xml") },
			"x.xlsx: not a readable .xlsx workbook: it has no xl/workbook.xml (the list of the workbook's sheets); " + resave},
		{"no workbook relationship", func(p map[string]string) { p["_rels/.rels"] = `<Relationships/>` },
			"x.xlsx: not a readable .xlsx workbook: _rels/.rels names no workbook part; " + resave},
		{"no sheet", func(p map[string]string) { p["xl/workbook.xml"] = `<workbook><sheets/></workbook>` },
			"x.xlsx: the workbook has no sheet: expected the UPR Info export in its first sheet"},
		{"no sheet part", func(p map[string]string) { delete(p, "xl/worksheets/sheet1.xml") },
			`x.xlsx: not a readable .xlsx workbook: its first sheet, "Export", has no part of its own; ` + resave},
		{"broken workbook XML", func(p map[string]string) { p["xl/workbook.xml"] = `<workbook><sheets>` },
			"x.xlsx: not a readable .xlsx workbook: xl/workbook.xml (the list of the workbook's sheets) is not readable XML (XML syntax error on line 1: unexpected EOF); " + resave},
		{"broken shared strings", func(p map[string]string) { p["xl/sharedStrings.xml"] = `<sst><si><t>a &nbsp; b</t></si></sst>` },
			`x.xlsx: not a readable .xlsx workbook: xl/sharedStrings.xml is not well-formed XML at byte 12: invalid character entity "&nbsp;"; ` + resave},
		{"sheet in UTF-16", func(p map[string]string) { p["xl/worksheets/sheet1.xml"] = "\xff\xfe<\x00" },
			"x.xlsx: not a readable .xlsx workbook: xl/worksheets/sheet1.xml is in UTF-16, not UTF-8; " + resave},
		{"shared strings in Latin-1", func(p map[string]string) {
			p["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding='ISO-8859-1'?><sst/>`
		}, "x.xlsx: not a readable .xlsx workbook: xl/sharedStrings.xml is in the encoding \"ISO-8859-1\", not UTF-8; " + resave},
		{"shared strings of another kind", func(p map[string]string) { p["xl/sharedStrings.xml"] = `<table/>` },
			"x.xlsx: not a readable .xlsx workbook: xl/sharedStrings.xml holds <table>, not <sst>; " + resave},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := workbookParts(`<row><c><v>1</v></c></row>`, `<si><t>a</t></si>`)
			tt.change(parts)
			recs, err := Parse("x.xlsx", zipParts(t, parts))
			if len(recs) > 0 || errorOf(err) != tt.want {
				t.Errorf("%d records, error:\n%s\nwant\n%s", len(recs), errorOf(err), tt.want)
			}
		})
	}
}

// TestReaderDamagedSheet checks that damage in the sheet's data is a
// problem at the row where it is, after the rows before it.
func TestReaderDamagedSheet(t *testing.T) {
	head := `<row r="1">`
	for i, h := range strings.Split(exportHeader, ", ") {
		head += `<c r="` + cellName(i, 1) + `" t="inlineStr"><is><t>` + h + `</t></is></c>`
	}
	head += `</row>`
	good := func(r string) string {
		return `<row r="` + r + `"><c r="A` + r + `" t="inlineStr"><is><t>Cuba</t></is></c><c r="D` + r + `" t="inlineStr"><is><t>Ratify</t></is></c>` +
			`<c r="E` + r + `" t="inlineStr"><is><t>Chile</t></is></c><c r="H` + r + `" t="inlineStr"><is><t>Noted</t></is></c><c r="K` + r + `"><v>4</v></c></row>`
	}
	damaged := func(line, what string) string {
		return "d.xlsx:" + line + ": the workbook's first sheet is damaged (" + what + "): its rows from here on are not read; " + resave
	}
	const sheet = "xl/worksheets/sheet1.xml is not well-formed XML at byte "
	tests := []struct {
		name, rows, want string
		lines            []int // of the records
	}{
		{name: "cut short", rows: good("2") + `<row r="3"><c r="A3"><v>1`,
			want: damaged("3", sheet+"1073: the part ends inside <v>")},
		{name: "rows out of order", rows: good("2") + good("4") + good("3"),
			want: damaged("4", "row 3 comes after row 4"), lines: []int{2, 4}},
		{name: "cells out of order", rows: good("2") + `<row r="3"><c r="B3"><v>1</v></c><c r="A3"><v>1</v></c></row>`,
			want: damaged("3", "cell A3 comes after cell B3")},
		{name: "bad reference", rows: good("2") + `<row r="3"><c r="3A"><v>1</v></c></row>`,
			want: damaged("3", `a cell of row 3 is named "3A", not a cell name such as B3`)},
		{name: "bad row number", rows: good("2") + `<row r="0"/>`,
			want: damaged("2", `a row is numbered "0", not 1 to 1048576`)},
		{name: "bad shared string", rows: good("2") + `<row r="3"><c r="C3" t="s"><v>7</v></c></row>`,
			want: damaged("3", `cell C3 refers to shared string "7", but the workbook has 1`)},
		{name: "mismatched tags", rows: good("2") + `<row r="3"><c r="C3"><v>1</c></v></row>`,
			want: damaged("3", sheet+"1073: </c> closes <v>")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := workbookParts(head+tt.rows, `<si><t>a</t></si>`)
			parts["xl/worksheets/sheet1.xml"] = strings.TrimSuffix(parts["xl/worksheets/sheet1.xml"], testSheetTail)
			if !strings.Contains(tt.name, "cut") {
				parts["xl/worksheets/sheet1.xml"] += testSheetTail
			}
			recs, err := Parse("d.xlsx", zipParts(t, parts))
			want := tt.lines
			if want == nil {
				want = []int{2}
			}
			var lines []int
			for _, r := range recs {
				lines = append(lines, r.Pos.Line)
			}
			if !equalInts(lines, want) {
				t.Errorf("records on rows %v, want %v", lines, want)
			}
			if errorOf(err) != tt.want {
				t.Errorf("error:\n got %s\nwant %s", errorOf(err), tt.want)
			}
		})
	}
}

// TestReaderSizes checks that a part whose header claims more than
// unzipLimit is refused before it is unzipped, and one that unzips to more
// than its header claims (as a zip bomb would) is refused as damaged.
func TestReaderSizes(t *testing.T) {
	tests := []struct {
		size uint32
		want string
	}{
		{256 << 20, `big.xlsx: xl/worksheets/sheet1.xml (the first sheet, "Export") unzips to 256 MB, more than the 128 MB a UPR Info export needs: not the export, or a damaged file`},
		{10, `big.xlsx: not a readable .xlsx workbook: xl/worksheets/sheet1.xml (the first sheet, "Export") cannot be unzipped (zip: not a valid zip file); ` + resave},
	}
	for _, tt := range tests {
		data := zipParts(t, workbookParts(`<row><c><v>1</v></c></row>`, ``))
		// Set the size in the sheet's entry of the central directory.
		for i := 0; ; i += 4 {
			n := bytes.Index(data[i:], []byte("PK\x01\x02"))
			if n < 0 {
				t.Fatal("no sheet in the central directory")
			}
			i += n
			nameLen := int(data[i+28]) | int(data[i+29])<<8
			if string(data[i+46:i+46+nameLen]) == "xl/worksheets/sheet1.xml" {
				binary.LittleEndian.PutUint32(data[i+24:], tt.size)
				break
			}
		}
		_, err := Parse("big.xlsx", data)
		if errorOf(err) != tt.want {
			t.Errorf("size %d: error\n got %v\nwant %s", tt.size, err, tt.want)
		}
	}
}
