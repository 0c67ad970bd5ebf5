package matrix

import (
	"fmt"
	"strings"
	"testing"
)

// paraText reads the paragraphs of a body holding p, one paragraph.
func paraText(t *testing.T, p string) string {
	t.Helper()
	doc := `<w:document ` + wordNS + ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + p + `</w:body></w:document>`
	part, err := readPart(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(part.paras, "|")
}

func TestRunText(t *testing.T) {
	tests := []struct{ name, xml, want string }{
		{"runs join without space", `<w:p><w:r><w:t>28.</w:t></w:r><w:r><w:t>212 Ratify</w:t></w:r></w:p>`, "28.212 Ratify"},
		{"tab and spaces become one space", `<w:p><w:r><w:t>28.212</w:t><w:tab/><w:t xml:space="preserve">  Ratify </w:t></w:r></w:p>`, "28.212 Ratify"},
		{"line break kept, page break a space", `<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:br w:type="page"/><w:t>c</w:t></w:r></w:p>`, "a\nb c"},
		{"insertions count, deletions and moves away do not", `<w:p><w:ins><w:r><w:t>new </w:t></w:r></w:ins><w:del><w:r><w:delText>old </w:delText></w:r></w:del><w:moveFrom><w:r><w:t>gone </w:t></w:r></w:moveFrom><w:r><w:t>text</w:t></w:r></w:p>`, "new text"},
		{"symbol bullet and other symbols", `<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t> general </w:t><w:sym w:font="Arial" w:char="2013"/><w:sym w:char="zz"/></w:r></w:p>`, "• general –"},
		{"no-break hyphen, no-break and zero-width spaces, soft hyphen", "<w:p><w:r><w:t>OP</w:t><w:noBreakHyphen/><w:t>CAT\u00a0now\u200b in\u00adclusive\u202fsoon</w:t></w:r></w:p>", "OP-CAT now inclusive soon"},
		{"entities written as text", `<w:p><w:r><w:t>Civil &amp;amp; political &amp;amp;amp; &amp;#40;Unknown&amp;#41; R&amp;D &amp;nosuch;</w:t></w:r></w:p>`, "Civil & political & (Unknown) R&D &nosuch;"},
		{"typographic quotes kept", `<w:p><w:r><w:t>the “erased” people’s rights</w:t></w:r></w:p>`, "the “erased” people’s rights"},
		{"field codes, text boxes and fallbacks skipped", `<w:p><w:r><w:instrText>PAGE</w:instrText><w:t>1</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:t>x</w:t></mc:Choice><mc:Fallback><w:t>x</w:t></mc:Fallback></mc:AlternateContent></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>`, "1x"},
		{"other namespaces ignored", `<w:p><w:r><t>plain</t><w:t>word</w:t></w:r></w:p>`, "word"},
		{"paragraphs apart", `<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>b</w:t></w:r></w:p>`, "a||b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := paraText(t, tt.xml); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// describe prints a part's tables: row numbers, each cell's grid column,
// span, merge and text.
func describe(p *part) string {
	var b strings.Builder
	for i, tb := range p.tables {
		fmt.Fprintf(&b, "table %d\n", i+1)
		for _, r := range tb.rows {
			fmt.Fprintf(&b, " row %d:", r.n)
			for _, c := range r.cells {
				fmt.Fprintf(&b, " [%d+%d m%d %q]", c.col, c.span, c.merge, strings.Join(c.paras, "/"))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestTableGrid(t *testing.T) {
	doc := `<w:document ` + wordNS + `><w:body>
<w:p><w:r><w:t>Title</w:t></w:r></w:p>
<w:tbl>
 <w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc></w:tr>
 <w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>Theme: x</w:t></w:r></w:p></w:tc></w:tr>
 <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>b1</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
 <w:tr><w:tc><w:p><w:r><w:t>a2</w:t></w:r></w:p>
   <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="9"/></w:tcPr><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
   <w:p><w:r><w:t>after</w:t></w:r></w:p></w:tc>
  <w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>c2</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:t>Between</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>next</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>`
	p, err := readPart(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := `table 1
 row 1: [0+1 m0 "A"] [1+1 m0 "B"] [2+1 m0 "C"]
 row 2: [0+3 m0 "Theme: x"]
 row 3: [1+1 m1 "b1"] [2+1 m0 ""]
 row 4: [0+1 m0 "a2/nested/after"] [1+1 m2 ""] [2+1 m0 "c2"]
table 2
 row 5: [0+1 m0 "next"]
`
	if got := describe(p); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := strings.Join(p.paras, "|"); got != "Title|Between" {
		t.Errorf("paragraphs outside tables: %q", got)
	}
}

func TestReadPartMalformed(t *testing.T) {
	for _, doc := range []string{
		`<w:document ` + wordNS + `><w:body><w:p>`,
		`<w:document ` + wordNS + `><w:body></w:p></w:body></w:document>`,
		`not xml at all <`,
	} {
		if _, err := readPart(strings.NewReader(doc)); err == nil {
			t.Errorf("%q: no error", doc)
		}
	}
}
