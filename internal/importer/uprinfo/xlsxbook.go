package uprinfo

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"path"
	"strings"
)

// The namespaces of relationships, in the transitional form Excel writes
// and the strict one it can save.
var relNamespaces = []string{
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
	"http://purl.oclc.org/ooxml/officeDocument/relationships",
}

// isRelType reports whether a relationship's type is kind in either form.
func isRelType(typ, kind string) bool {
	for _, ns := range relNamespaces {
		if typ == ns+"/"+kind {
			return true
		}
	}
	return false
}

// relationship is a link from one part to another, in a .rels part.
type relationship struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
	Mode   string `xml:"TargetMode,attr"`
}

// bookParts are the parts of a workbook that hold its first sheet.
type bookParts struct {
	sheet     string // the sheet's name
	sheetPath string
	sstPath   string // the shared strings, "" for none
}

// firstSheet follows the package's relationships to the workbook, and the
// workbook's to its first sheet and its shared strings.
func (p *xlsxPackage) firstSheet() (bookParts, error) {
	rels, err := p.rels("_rels/.rels", "the list of the package's parts")
	if err != nil {
		return bookParts{}, err
	}
	book := ""
	for _, r := range rels {
		if isRelType(r.Type, "officeDocument") {
			book = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	if book == "" {
		return bookParts{}, p.damaged("_rels/.rels names no workbook part")
	}
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := p.decode(book, "the list of the workbook's sheets", &wb); err != nil {
		return bookParts{}, err
	}
	if len(wb.Sheets) == 0 {
		return bookParts{}, fmt.Errorf("%s: the workbook has no sheet: expected the UPR Info export in its first sheet", p.file)
	}
	first := wb.Sheets[0]
	id := ""
	for _, a := range first.Attrs {
		for _, ns := range relNamespaces {
			if a.Name.Space == ns && a.Name.Local == "id" {
				id = a.Value
			}
		}
	}
	relsPath := strings.TrimPrefix(path.Dir(book)+"/_rels/"+path.Base(book)+".rels", "./")
	rels, err = p.rels(relsPath, "the list of the workbook's parts")
	if err != nil {
		return bookParts{}, err
	}
	parts := bookParts{sheet: first.Name}
	for _, r := range rels {
		target := partPath(book, r.Target)
		switch {
		case r.Mode == "External":
		case r.ID == id && id != "" && p.lookup(target) != nil:
			parts.sheetPath = target
		case isRelType(r.Type, "sharedStrings"):
			parts.sstPath = target
		}
	}
	if parts.sheetPath == "" {
		return bookParts{}, p.damaged("its first sheet, %q, has no part of its own", first.Name)
	}
	if parts.sstPath == "" || p.lookup(parts.sstPath) == nil {
		parts.sstPath = "xl/sharedStrings.xml" // where excelize and most writers put it
	}
	if p.lookup(parts.sstPath) == nil {
		parts.sstPath = ""
	}
	return parts, nil
}

// partPath resolves a relationship's target, relative to the part that
// has the relationship unless it starts with "/".
func partPath(from, target string) string {
	if !strings.HasPrefix(target, "/") {
		target = path.Dir(from) + "/" + target
	}
	return strings.TrimPrefix(strings.ReplaceAll(path.Clean(target), `\`, "/"), "/")
}

// rels reads a relationships part.
func (p *xlsxPackage) rels(name, what string) ([]relationship, error) {
	var rels struct {
		List []relationship `xml:"Relationship"`
	}
	err := p.decode(name, what, &rels)
	return rels.List, err
}

// decode reads a small XML part with encoding/xml.
func (p *xlsxPackage) decode(name, what string, v any) error {
	data, err := p.readPart(name, what)
	if err != nil {
		return err
	}
	if err := xml.NewDecoder(bytes.NewReader(data)).Decode(v); err != nil {
		return p.damaged("%s (%s) is not readable XML (%v)", name, what, err)
	}
	return nil
}
