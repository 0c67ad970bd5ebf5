package uprinfo

import (
	"bytes"
	"encoding/xml"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReaderSheet builds a sheet and its shared strings from the fuzzer's
// bytes, the features of TestReaderSheetData in any combination, and
// checks that the reader reads it as excelize does.
func FuzzReaderSheet(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x05\x03\x02\x01\x00\x04\x03\x02\x01\x06\x07\x08\x09\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c"))
	f.Add(bytes.Repeat([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}, 20))
	f.Add(bytes.Repeat([]byte{0, 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}, 30))
	f.Fuzz(func(t *testing.T, program []byte) {
		g := &sheetGen{program: program}
		sheet, sst := g.sheet()
		data := zipParts(t, workbookParts(sheet, sst))
		_, got, err := readerRows(data)
		if err != nil {
			t.Fatalf("%v\nsheet: %s\nsst: %s", err, sheet, sst)
		}
		_, want, err := excelizeRows(data)
		if err != nil {
			t.Fatalf("excelize: %v", err)
		}
		if len(want) == 0 {
			want = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("rows differ from excelize's:\n got %q\nwant %q\nsheet: %s\nsst: %s", got, want, sheet, sst)
		}
	})
}

// sheetGen writes valid sheet XML as the bytes of a program choose.
type sheetGen struct {
	program []byte
	prefix  string // "x:" or ""
	strings int    // shared strings written
}

// pick returns a number below n, from the program while it lasts.
func (g *sheetGen) pick(n int) int {
	if len(g.program) == 0 {
		return 0
	}
	b := g.program[0]
	g.program = g.program[1:]
	return int(b) % n
}

var genTexts = []string{"a", " ", "Ratify CAT", "é", "😀", "&amp;", "&lt;", "&#233;", "&#x1F600;", "&#13;",
	"\r\n", "\r", "\n", "\t", "_x000D_", "_x005F_x000D_", "_xD800_", "_x00e9_", "_x", "_", "x0041_",
	"<![CDATA[a<&\r\n]]>", "<!--c-->", "]]&gt;", "5", "5.0", "5E0", "_x0000_", "&#xD800;", "  "}

func (g *sheetGen) text() string {
	var b strings.Builder
	for range g.pick(4) {
		b.WriteString(genTexts[g.pick(len(genTexts))])
	}
	return b.String()
}

// el writes an element with the document's prefix.
func (g *sheetGen) el(name, attrs, content string) string {
	name = g.prefix + name
	if content == "" && g.pick(3) == 0 {
		return "<" + name + attrs + "/>"
	}
	return "<" + name + attrs + ">" + content + "</" + name + ">"
}

// item writes the inside of an <si> or <is>.
func (g *sheetGen) item() string {
	var b strings.Builder
	for range 1 + g.pick(3) {
		switch g.pick(6) {
		case 0, 1:
			b.WriteString(g.el("t", "", g.text()))
		case 2:
			b.WriteString(g.el("t", ` xml:space="preserve"`, g.text()))
		case 3:
			b.WriteString(g.el("r", "", g.el("rPr", "", g.el("b", "", ""))+g.el("t", "", g.text())))
		case 4:
			b.WriteString(g.el("r", "", g.el("t", "", g.text())))
		case 5:
			b.WriteString(g.el("rPh", ` sb="0" eb="1"`, g.el("t", "", g.text())))
		}
	}
	return b.String()
}

var genNumbers = []string{"5", "5.0", "5E0", "-1", "0.1", "13", "1e308", " 7 ", "", "4.0000000000000001"}

// cell writes a cell of row in column col, named by ref or not at all.
func (g *sheetGen) cell(row, col int, ref bool) string {
	attrs := ""
	if ref {
		name := cellName(col-1, row)
		switch g.pick(4) {
		case 1:
			name = strings.ToLower(name)
		case 2:
			name = "$" + columnName(col-1) + "$" + strconv.Itoa(row)
		}
		attrs = ` r="` + name + `"`
	}
	formula := ""
	if g.pick(5) == 0 {
		formula = g.el("f", "", "A1&amp;B1")
	}
	value := func(v string) string { return formula + g.el("v", "", v) }
	switch g.pick(11) {
	case 0:
		if g.strings == 0 {
			return g.el("c", attrs, value("1"))
		}
		i := g.pick(g.strings)
		v := []string{strconv.Itoa(i), " " + strconv.Itoa(i) + " ", "+" + strconv.Itoa(i), "0" + strconv.Itoa(i)}[g.pick(4)]
		return g.el("c", attrs+` t="s"`, value(v))
	case 1:
		return g.el("c", attrs+` t="inlineStr"`, formula+g.el("is", "", g.item()))
	case 2:
		return g.el("c", attrs+` t="inlineStr"`, value(g.text()))
	case 3:
		return g.el("c", attrs+` t="str"`, value(g.text()))
	case 4:
		return g.el("c", attrs+` t="n"`, value(genNumbers[g.pick(len(genNumbers))]))
	case 5:
		return g.el("c", attrs+` s="1"`, value(genNumbers[g.pick(len(genNumbers))]))
	case 6:
		return g.el("c", attrs+` t="b"`, value(strconv.Itoa(g.pick(2))))
	case 7:
		return g.el("c", attrs+` t="e"`, value("#N/A"))
	case 8:
		return g.el("c", attrs+` t="d"`, value("2015-08-01T00:00:00Z"))
	case 9:
		return g.el("c", attrs+` s="2"`, formula)
	default:
		return g.el("c", attrs, value(g.text()))
	}
}

// sheet writes the sheet's rows and the shared strings.
func (g *sheetGen) sheet() (sheetData, sst string) {
	var ss strings.Builder
	for range g.pick(6) {
		ss.WriteString("<si>" + g.item() + "</si>")
		g.strings++
	}
	if g.pick(4) == 0 {
		g.prefix = "x:"
	}
	space := []string{"", "", "\n  ", " "}[g.pick(4)]
	var b strings.Builder
	row := 0
	for range g.pick(9) {
		gap := g.pick(3)
		row += 1 + gap
		attrs := ""
		if gap > 0 || g.pick(2) == 0 {
			attrs = ` r="` + strconv.Itoa(row) + `"`
		}
		if g.prefix != "" {
			attrs += ` xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
		}
		var cells strings.Builder
		col := 0
		for range g.pick(7) {
			gap := g.pick(3)
			col += 1 + gap
			cells.WriteString(space + g.cell(row, col, gap > 0 || g.pick(2) == 0))
		}
		b.WriteString(space + g.el("row", attrs, cells.String()))
	}
	return b.String(), ss.String()
}

// FuzzReaderParts reads workbooks whose sheet and shared strings are the
// fuzzer's bytes: no input may panic, the reader must read the same bytes
// the same way, its errors must name the file and its cells be UTF-8.
func FuzzReaderParts(f *testing.F) {
	f.Add([]byte(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>x</t></r></is></c></row>`), []byte(`<si><t>a</t></si>`))
	f.Add([]byte(`<row><c><v>1</v></c></row><row r="0"/>`), []byte(`<si><r><t>_x000D_</t></r></si>`))
	f.Add([]byte(`<row><c r="XFE1"><v>1</v></c></row>`), []byte(`<si><t>&#0;</t></si>`))
	f.Add([]byte(`<row><c><f si="x"/><v>1</v></c></row>`), []byte(`<si><t><![CDATA[`))
	f.Fuzz(func(t *testing.T, sheet, sst []byte) {
		parts := workbookParts("", "")
		parts["xl/worksheets/sheet1.xml"] = testSheetHead + string(sheet) + testSheetTail
		parts["xl/sharedStrings.xml"] = testSSTHead + string(sst) + "</sst>"
		data := zipParts(t, parts)
		_, rows, err := readerRows(data)
		_, again, err2 := readerRows(data)
		if !reflect.DeepEqual(rows, again) || errorOf(err) != errorOf(err2) {
			t.Fatalf("two reads differ")
		}
		if err != nil && !strings.HasPrefix(err.Error(), "t.xlsx") {
			t.Errorf("error does not name the file: %v", err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if !utf8.ValidString(cell) {
					t.Errorf("cell %q is not UTF-8", cell)
				}
			}
		}
	})
}

// FuzzAppendText checks that text decodes as encoding/xml decodes it.
func FuzzAppendText(f *testing.F) {
	for _, s := range genTexts {
		f.Add(s)
	}
	f.Add("a]]>b")
	f.Add("&#x110000;&#0;&#65&#X41;&nbsp;&;&#;&#x;")
	f.Add("\xff\xfe\x01\uFFFE")
	f.Fuzz(func(t *testing.T, text string) {
		// encoding/xml reads text in an element up to a "<".
		raw, _, _ := strings.Cut(text, "<")
		got, err := appendText(nil, []byte(raw), charData)
		want, wantErr := xmlText(raw)
		if (err == nil) != (wantErr == nil) || err == nil && !bytes.Equal(got, want) {
			t.Errorf("appendText(%q) = %q, %v; encoding/xml gives %q, %v", raw, got, err, want, wantErr)
		}
	})
}

// xmlText decodes text as encoding/xml does in an element.
func xmlText(raw string) ([]byte, error) {
	var v struct {
		Text []byte `xml:",chardata"`
	}
	err := xml.Unmarshal([]byte("<a>"+raw+"</a>"), &v)
	return v.Text, err
}
