package uprinfo

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// unzipLimit caps what one part of a workbook may unzip to: UPR Info's
// whole database is a few tens of megabytes, and a zip bomb must not fill
// memory. archive/zip refuses a part longer than its header says, so the
// header's size is checked first.
const unzipLimit = 128 << 20

// resave is what to do about a workbook that cannot be read.
const resave = "open it in Excel and save it again as .xlsx, or save the export as CSV"

// xlsxPackage is the zip archive of an .xlsx workbook.
type xlsxPackage struct {
	file  string // the workbook's file name, for messages
	size  uint64 // of the archive
	parts map[string]*zip.File
	list  []*zip.File
}

func openPackage(file string, data []byte) (*xlsxPackage, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable .xlsx workbook (%v): the file is damaged or cut short; %s", file, err, resave)
	}
	p := &xlsxPackage{file: file, size: uint64(len(data)), parts: make(map[string]*zip.File, len(zr.File)), list: zr.File}
	for _, f := range zr.File {
		p.parts[strings.ReplaceAll(f.Name, `\`, "/")] = f
	}
	return p, nil
}

// damaged is the error for a workbook whose parts are wrong.
func (p *xlsxPackage) damaged(format string, args ...any) error {
	return fmt.Errorf("%s: not a readable .xlsx workbook: %s; %s", p.file, fmt.Sprintf(format, args...), resave)
}

// lookup finds a part by its name, which in a package ignores case.
func (p *xlsxPackage) lookup(name string) *zip.File {
	if f, ok := p.parts[name]; ok {
		return f
	}
	for _, f := range p.list {
		if strings.EqualFold(strings.ReplaceAll(f.Name, `\`, "/"), name) {
			return f
		}
	}
	return nil
}

// read unzips a part; what says what it holds, for messages.
func (p *xlsxPackage) read(f *zip.File, what string) ([]byte, error) {
	if f.UncompressedSize64 > unzipLimit {
		return nil, fmt.Errorf("%s: %s (%s) unzips to %d MB, more than the %d MB a UPR Info export needs: not the export, or a damaged file",
			p.file, f.Name, what, f.UncompressedSize64>>20, unzipLimit>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, p.damaged("%s (%s) cannot be unzipped (%v)", f.Name, what, err)
	}
	defer rc.Close()
	// Make room for what the part unzips to, but no more than a thousand
	// times what it takes in the archive (deflate's limit), whatever its
	// header claims.
	size := min(f.UncompressedSize64, min(f.CompressedSize64, p.size)*1100+4096)
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(rc, unzipLimit)); err != nil {
		return nil, p.damaged("%s (%s) cannot be unzipped (%v)", f.Name, what, err)
	}
	return buf.Bytes(), nil
}

// readPart finds and unzips a part that must be there.
func (p *xlsxPackage) readPart(name, what string) ([]byte, error) {
	f := p.lookup(name)
	if f == nil {
		return nil, p.damaged("it has no %s (%s)", name, what)
	}
	return p.read(f, what)
}
