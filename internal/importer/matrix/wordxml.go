package matrix

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// The WordprocessingML namespaces: transitional (what Word writes) and
// strict (ISO 29500 strict, rare but valid).
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// part is what the parser needs of one WordprocessingML part (the document
// body or a page header): its top-level tables and the paragraphs outside
// them, in document order.
type part struct {
	tables []*table
	paras  []string // paragraphs outside tables: titles, headers
}

type table struct{ rows []*row }

// row is one w:tr. n counts the rows of every table of the document from
// 1, so that a problem can name the row a reader finds by scrolling.
type row struct {
	n     int
	cells []*cell
}

// cell is one w:tc: its place on the table grid and its paragraphs, each
// already cleaned (see cleanText) and possibly holding line breaks.
type cell struct {
	col, span int
	merge     vmerge
	paras     []string
}

type vmerge int

const (
	vmergeNone     vmerge = iota
	vmergeRestart         // first cell of a vertically merged range
	vmergeContinue        // covered by the cell above: the XML holds no text
)

// readPart reads a part from r.
func readPart(r io.Reader) (*part, error) {
	d := xml.NewDecoder(r)
	p := &part{}
	rd := partReader{d: d, p: p}
	if err := rd.run(); err != nil {
		return nil, err
	}
	return p, nil
}

// partReader walks the tokens. Only the outermost tables give rows and
// cells: a table nested in a cell is read as more paragraphs of that cell.
type partReader struct {
	d     *xml.Decoder
	p     *part
	rows  int
	depth int // tables open
	tbl   *table
	tr    *row
	tc    *cell
	col   int // next grid column of the current row
	para  *strings.Builder
	inT   bool // inside w:t: character data is text
}

func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWStrict }

func (rd *partReader) run() error {
	for {
		tok, err := rd.d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := rd.start(t); err != nil {
				return err
			}
		case xml.EndElement:
			rd.end(t)
		case xml.CharData:
			if rd.inT && rd.para != nil {
				rd.para.Write(t)
			}
		}
	}
}

func (rd *partReader) start(t xml.StartElement) error {
	if t.Name.Space == nsMC && t.Name.Local == "Fallback" {
		return rd.d.Skip() // the same content as mc:Choice, for old readers
	}
	if !isW(t.Name) {
		return nil
	}
	switch t.Name.Local {
	case "del", "moveFrom", "txbxContent", "instrText", "delText":
		// Deleted text is not the document's; text boxes are decoration
		// beside the table; field codes are not shown.
		return rd.d.Skip()
	case "tbl":
		rd.depth++
		if rd.depth == 1 {
			rd.tbl = &table{}
			rd.p.tables = append(rd.p.tables, rd.tbl)
		}
	case "tr":
		if rd.depth == 1 {
			rd.rows++
			rd.tr = &row{n: rd.rows}
			rd.tbl.rows = append(rd.tbl.rows, rd.tr)
			rd.col = 0
		}
	case "gridBefore":
		if rd.depth == 1 && rd.tr != nil && rd.tc == nil {
			rd.col += intAttr(t, "val", 0)
		}
	case "tc":
		if rd.depth == 1 && rd.tr != nil {
			rd.tc = &cell{col: rd.col, span: 1}
			rd.tr.cells = append(rd.tr.cells, rd.tc)
		}
	case "gridSpan":
		if rd.depth == 1 && rd.tc != nil {
			rd.tc.span = min(max(intAttr(t, "val", 1), 1), 64)
		}
	case "vMerge":
		if rd.depth == 1 && rd.tc != nil {
			rd.tc.merge = vmergeContinue
			if attr(t, "val") == "restart" {
				rd.tc.merge = vmergeRestart
			}
		}
	case "p":
		if rd.para == nil {
			rd.para = &strings.Builder{}
		}
	case "t":
		rd.inT = true
	case "tab", "ptab":
		rd.write("\t")
	case "br", "cr":
		if typ := attr(t, "type"); typ == "page" || typ == "column" {
			rd.write(" ")
		} else {
			rd.write("\n")
		}
	case "noBreakHyphen":
		rd.write("-")
	case "sym":
		rd.write(symText(attr(t, "char")))
	}
	return nil
}

func (rd *partReader) end(t xml.EndElement) {
	if !isW(t.Name) {
		return
	}
	switch t.Name.Local {
	case "t":
		rd.inT = false
	case "p":
		if rd.para == nil {
			return
		}
		text := cleanText(rd.para.String())
		rd.para = nil
		switch {
		case rd.depth >= 1 && rd.tc != nil:
			rd.tc.paras = append(rd.tc.paras, text)
		case rd.depth == 0:
			rd.p.paras = append(rd.p.paras, text)
		}
	case "tc":
		if rd.depth == 1 && rd.tc != nil {
			rd.col += rd.tc.span
			rd.tc = nil
		}
	case "tr":
		if rd.depth == 1 {
			rd.tr, rd.tc = nil, nil
		}
	case "tbl":
		if rd.depth > 0 {
			rd.depth--
		}
		if rd.depth == 0 {
			rd.tbl, rd.tr, rd.tc = nil, nil, nil
		}
	}
}

func (rd *partReader) write(s string) {
	if rd.para != nil {
		rd.para.WriteString(s)
	}
}

// attr returns the value of the attribute local (w:val and the like).
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func intAttr(t xml.StartElement, local string, def int) int {
	n, err := strconv.Atoi(attr(t, local))
	if err != nil || n < 0 {
		return def
	}
	return n
}

// symText is the text of a w:sym. Symbol fonts put their glyphs in the
// private use area F000–F0FF, where nearly every w:sym in a list is a
// bullet; other code points are ordinary characters.
func symText(hex string) string {
	n, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || n == 0 {
		return ""
	}
	if n >= 0xF000 && n <= 0xF0FF {
		return "•"
	}
	r := rune(n)
	if r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		return ""
	}
	return string(r)
}
