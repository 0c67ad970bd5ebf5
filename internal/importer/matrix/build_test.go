package matrix

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

// fxDoc describes a minimal Word document for tests: what OHCHR's
// matrices hold that the parser reads, and nothing else.
type fxDoc struct {
	header []string // paragraphs of the page header (word/header1.xml)
	title  []string // paragraphs before the table
	tables [][]fxRow
}

type fxRow []fxCell

// fxCell is a table cell. A paragraph is text, where "\n" is a line
// break and "\t" a tab, or raw XML when it starts with "<w:p" (to write
// runs, tracked changes, symbols).
type fxCell struct {
	paras []string
	span  int    // gridSpan; 0 is 1
	merge string // vMerge: "restart" or "continue"
}

// c is a cell of paragraphs.
func c(paras ...string) fxCell { return fxCell{paras: paras} }

// wide is a cell spanning n grid columns: a "Theme: …" row.
func wide(n int, text string) fxRow { return fxRow{{paras: []string{text}, span: n}} }

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// buildDOCX writes d as a .docx: [Content_Types].xml, _rels/.rels,
// word/document.xml and, with a header, word/header1.xml and the
// document's relationships. Times are fixed so that the bytes are too.
func buildDOCX(d fxDoc) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range docxParts(d) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f[0], Method: zip.Deflate, Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			panic(err)
		}
		if _, err := w.Write([]byte(f[1])); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// docxParts lists the parts of d: name and content.
func docxParts(d fxDoc) [][2]string {
	types := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`
	if len(d.header) > 0 {
		types += `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`
	}
	types += `</Types>`
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`</Relationships>`
	parts := [][2]string{{"[Content_Types].xml", types}, {"_rels/.rels", rels}, {"word/document.xml", documentXML(d)}}
	if len(d.header) > 0 {
		parts = append(parts,
			[2]string{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
				`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
				`</Relationships>`},
			[2]string{"word/header1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
				`<w:hdr ` + wordNS + `>` + parasXML(d.header) + `</w:hdr>`})
	}
	return parts
}

func documentXML(d fxDoc) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:document ` + wordNS + `><w:body>`)
	b.WriteString(parasXML(d.title))
	for _, t := range d.tables {
		b.WriteString("\n<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr>")
		b.WriteString(gridXML(t))
		for _, r := range t {
			b.WriteString("\n<w:tr>")
			for _, cl := range r {
				b.WriteString("<w:tc>")
				if cl.span > 1 || cl.merge != "" {
					b.WriteString("<w:tcPr>")
					if cl.span > 1 {
						fmt.Fprintf(&b, `<w:gridSpan w:val="%d"/>`, cl.span)
					}
					switch cl.merge {
					case "restart":
						b.WriteString(`<w:vMerge w:val="restart"/>`)
					case "continue":
						b.WriteString(`<w:vMerge/>`)
					}
					b.WriteString("</w:tcPr>")
				}
				paras := cl.paras
				if len(paras) == 0 {
					paras = []string{""} // a cell holds at least one paragraph
				}
				b.WriteString(parasXML(paras))
				b.WriteString("</w:tc>")
			}
			b.WriteString("</w:tr>")
		}
		b.WriteString("\n</w:tbl><w:p/>")
	}
	if len(d.header) > 0 {
		b.WriteString(`<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr>`)
	}
	b.WriteString("\n</w:body></w:document>\n")
	return b.String()
}

// gridXML declares the table's grid: as many columns as its widest row.
func gridXML(t []fxRow) string {
	n := 0
	for _, r := range t {
		w := 0
		for _, cl := range r {
			w += max(cl.span, 1)
		}
		n = max(n, w)
	}
	return "<w:tblGrid>" + strings.Repeat(`<w:gridCol w:w="2000"/>`, n) + "</w:tblGrid>"
}

func parasXML(paras []string) string {
	var b strings.Builder
	for _, p := range paras {
		if strings.HasPrefix(p, "<w:p") {
			b.WriteString(p)
			continue
		}
		b.WriteString("<w:p>")
		if p != "" {
			b.WriteString("<w:r>")
			for i, line := range strings.Split(p, "\n") {
				if i > 0 {
					b.WriteString("<w:br/>")
				}
				for j, piece := range strings.Split(line, "\t") {
					if j > 0 {
						b.WriteString("<w:tab/>")
					}
					if piece != "" {
						b.WriteString(`<w:t xml:space="preserve">` + esc(piece) + `</w:t>`)
					}
				}
			}
			b.WriteString("</w:r>")
		}
		b.WriteString("</w:p>")
	}
	return b.String()
}

func esc(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		panic(err)
	}
	return b.String()
}

// zipDocument wraps a document.xml, as is, into a .docx, for tests that
// write the XML by hand and for fuzzing it.
func zipDocument(documentXML []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store})
	_, _ = w.Write(documentXML)
	_ = zw.Close()
	return buf.Bytes()
}
