package xlsx

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
)

// workbookFile is a saved workbook read part by part, as streams: its
// large parts (the sheets, the shared strings) are never held whole.
type workbookFile struct {
	zr      *zip.Reader
	parts   map[string]*zip.File // by lower-case name: producers differ in case
	sheets  map[string]string    // part of each sheet, by name
	sst     string               // shared strings part, "" if none
	numbers *numberFormats
}

func openWorkbook(r io.ReaderAt, size int64) (*workbookFile, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, err
	}
	wf := &workbookFile{zr: zr, parts: map[string]*zip.File{}}
	for _, f := range zr.File {
		wf.parts[strings.ToLower(f.Name)] = f
	}
	wbPath := workbookPart
	if rels, err := wf.small("_rels/.rels"); err == nil {
		if p := officeDocument(rels); p != "" {
			wbPath = p
		}
	}
	wb, err := wf.small(wbPath)
	if err != nil {
		return nil, err
	}
	rels, err := wf.small(path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels"))
	if err != nil {
		return nil, err
	}
	if wf.sheets, wf.sst, err = workbookTargets(wbPath, wb, rels); err != nil {
		return nil, err
	}
	wf.numbers = newNumberFormats(zr)
	return wf, nil
}

// officeDocument finds the workbook part in the package relationships.
func officeDocument(rels []byte) string {
	var rs struct {
		Rels []struct {
			Target string `xml:"Target,attr"`
			Type   string `xml:"Type,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(rels, &rs) != nil {
		return ""
	}
	for _, r := range rs.Rels {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return strings.TrimPrefix(r.Target, "/")
		}
	}
	return ""
}

func (wf *workbookFile) close() { wf.numbers.close() }

// open opens a part as a stream.
func (wf *workbookFile) open(name string) (io.ReadCloser, error) {
	f, ok := wf.parts[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("the workbook has no part %s", name)
	}
	return f.Open()
}

// small reads a small part whole.
func (wf *workbookFile) small(name string) ([]byte, error) {
	rc, err := wf.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

func (wf *workbookFile) hasSheet(name string) bool {
	_, ok := wf.sheets[name]
	return ok
}

// readSST calls fn with each shared string; none without the part.
func (wf *workbookFile) readSST(fn func(i int, text []byte)) error {
	if wf.sst == "" {
		return nil
	}
	rc, err := wf.open(wf.sst)
	if err != nil {
		return nil // a workbook without shared strings
	}
	defer rc.Close()
	return readSST(rc, fn)
}

// readSheet calls sink with each row of a sheet (see sheetReader).
func (wf *workbookFile) readSheet(sheet string, strs *sstDigest, sink rowSink) error {
	p, ok := wf.sheets[sheet]
	if !ok {
		return fmt.Errorf("the workbook has no %s sheet", sheet)
	}
	rc, err := wf.open(p)
	if err != nil {
		return err
	}
	defer rc.Close()
	sr := &sheetReader{strs: strs, numbers: wf.numbers}
	return sr.read(rc, sink)
}
