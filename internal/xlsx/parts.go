package xlsx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// partCollector is the zip writer excelize saves into: it keeps each
// part's bytes uncompressed, so that pack compresses every part once.
type partCollector struct{ parts map[string]*bytes.Buffer }

func (c *partCollector) Create(name string) (io.Writer, error) {
	b := new(bytes.Buffer)
	c.parts[name] = b
	return b, nil
}

func (c *partCollector) AddFS(fs.FS) error {
	return errors.New("xlsx: a workbook part from a file system is not supported")
}

func (c *partCollector) Close() error { return nil }

// collectParts saves f and returns its parts by name, uncompressed.
func collectParts(f *excelize.File) (map[string][]byte, error) {
	c := &partCollector{parts: map[string]*bytes.Buffer{}}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return c })
	if _, err := f.WriteToBuffer(); err != nil {
		return nil, fmt.Errorf("xlsx: encode the workbook: %w", err)
	}
	out := make(map[string][]byte, len(c.parts))
	for name, b := range c.parts {
		out[name] = b.Bytes()
	}
	return out, nil
}

// sheetPart finds the part holding a sheet of the workbook excelize wrote.
func sheetPart(parts map[string][]byte, sheet string) (string, error) {
	sheets, _, err := workbookTargets(workbookPart, parts[workbookPart], parts[workbookRelsPart])
	if err != nil {
		return "", err
	}
	p, ok := sheets[sheet]
	if !ok {
		return "", fmt.Errorf("xlsx: no part holds the %s sheet", sheet)
	}
	return p, nil
}

// workbookTargets reads a workbook part (at path wbPath) and its
// relationships: the part of each sheet, by sheet name, and the shared
// strings part ("" if none).
func workbookTargets(wbPath string, workbook, rels []byte) (sheets map[string]string, sst string, err error) {
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"` // r:id, in whichever namespace (Strict OOXML has its own)
		} `xml:"sheets>sheet"`
	}
	var rs struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
			Type   string `xml:"Type,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(workbook, &wb); err != nil {
		return nil, "", fmt.Errorf("xlsx: read the list of sheets: %w", err)
	}
	if err := xml.Unmarshal(rels, &rs); err != nil {
		return nil, "", fmt.Errorf("xlsx: read the workbook's relationships: %w", err)
	}
	target := func(t string) string {
		if strings.HasPrefix(t, "/") {
			return t[1:]
		}
		return path.Join(path.Dir(wbPath), t)
	}
	byID := map[string]string{}
	for _, r := range rs.Rels {
		byID[r.ID] = target(r.Target)
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			sst = target(r.Target)
		}
	}
	sheets = map[string]string{}
	for _, s := range wb.Sheets {
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && strings.HasSuffix(a.Name.Space, "relationships") {
				if p, ok := byID[a.Value]; ok {
					sheets[s.Name] = p
				}
			}
		}
	}
	return sheets, sst, nil
}

const (
	workbookPart     = "xl/workbook.xml"
	workbookRelsPart = "xl/_rels/workbook.xml.rels"
	sstContentType   = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
	sstRelType       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
)

// splitSheetData cuts a sheet part around its <sheetData> element, so
// that rows can be written between the two halves. Everything else (the
// columns, panes, validations, colours, table) stays where excelize put it,
// in the schema's order.
func splitSheetData(part []byte) (head, tail []byte, err error) {
	i := bytes.Index(part, []byte("<sheetData"))
	if i < 0 {
		return nil, nil, errors.New("xlsx: the sheet has no <sheetData> element")
	}
	rest := part[i+len("<sheetData"):]
	switch {
	case bytes.HasPrefix(rest, []byte("/>")):
		return part[:i], rest[2:], nil
	case bytes.HasPrefix(rest, []byte(">")):
		j := bytes.Index(rest, []byte("</sheetData>"))
		if j < 0 {
			return nil, nil, errors.New("xlsx: the sheet's <sheetData> element is not closed")
		}
		return part[:i], rest[j+len("</sheetData>"):], nil
	}
	return nil, nil, errors.New("xlsx: the sheet's <sheetData> element has attributes")
}

// withSharedStrings adds the shared strings part to the content types and
// the workbook's relationships, unless excelize already did.
func withSharedStrings(contentTypes, rels []byte) ([]byte, []byte, error) {
	if !bytes.Contains(contentTypes, []byte(`"/`+sharedStringsPart+`"`)) {
		entry := `<Override PartName="/` + sharedStringsPart + `" ContentType="` + sstContentType + `"></Override>`
		var err error
		if contentTypes, err = insertBefore(contentTypes, "</Types>", entry); err != nil {
			return nil, nil, err
		}
	}
	if !bytes.Contains(rels, []byte(sstRelType)) {
		entry := `<Relationship Id="rId` + strconv.Itoa(maxRelID(rels)+1) + `" Target="sharedStrings.xml" Type="` + sstRelType + `"></Relationship>`
		var err error
		if rels, err = insertBefore(rels, "</Relationships>", entry); err != nil {
			return nil, nil, err
		}
	}
	return contentTypes, rels, nil
}

func insertBefore(data []byte, end, entry string) ([]byte, error) {
	i := bytes.LastIndex(data, []byte(end))
	if i < 0 {
		return nil, fmt.Errorf("xlsx: no %s in the part excelize wrote", end)
	}
	out := make([]byte, 0, len(data)+len(entry))
	out = append(out, data[:i]...)
	out = append(out, entry...)
	return append(out, data[i:]...), nil
}

var relID = regexp.MustCompile(`Id="rId(\d+)"`)

// maxRelID is the highest rIdN of a relationships part.
func maxRelID(rels []byte) int {
	high := 0
	for _, m := range relID.FindAllSubmatch(rels, -1) {
		if n, err := strconv.Atoi(string(m[1])); err == nil && n > high {
			high = n
		}
	}
	return high
}
