package matrix

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"slices"
	"strings"
)

// ErrNotDOCX is wrapped by the error for a source that is not a Word
// document (.docx) at all, so that a caller trying formats can tell.
var ErrNotDOCX = errors.New("not a Word document (.docx)")

// maxPartSize bounds what one XML part may inflate to: a matrix of 400
// recommendations is 2 MB, and a zip bomb should fail, not fill memory.
const maxPartSize = 256 << 20

// docx is the content of a Word file that the parser reads: the body and
// the page headers (where OHCHR's matrices name the state and cycle).
type docx struct {
	body    *part
	headers []*part
}

var headerPart = regexp.MustCompile(`^word/header[0-9]*\.xml$`)

func readDOCX(name string, data []byte) (*docx, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: cannot open it as a zip archive: %w", name, ErrNotDOCX, err)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	main := mainPart(files)
	f := files[main]
	if f == nil {
		return nil, fmt.Errorf("%s: %w: the archive has no %s (it holds %s)", name, ErrNotDOCX, main, listNames(zr.File))
	}
	body, err := readXMLPart(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", name, main, err)
	}
	d := &docx{body: body}
	var hdrs []string
	for n := range files {
		if headerPart.MatchString(n) {
			hdrs = append(hdrs, n)
		}
	}
	slices.Sort(hdrs)
	for _, n := range hdrs {
		// A page header that does not read only loses the metadata it
		// might give: the table is what matters.
		if h, err := readXMLPart(files[n]); err == nil {
			d.headers = append(d.headers, h)
		}
	}
	return d, nil
}

func readXMLPart(f *zip.File) (*part, error) {
	if f.UncompressedSize64 > maxPartSize {
		return nil, fmt.Errorf("part too large (%d MB)", f.UncompressedSize64>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: maxPartSize + 1}
	p, err := readPart(lr)
	if err == nil && lr.N <= 0 {
		err = fmt.Errorf("part larger than %d MB", maxPartSize>>20)
	}
	return p, err
}

// mainPart is the document part named by the package relationships
// (_rels/.rels), word/document.xml when they do not say.
func mainPart(files map[string]*zip.File) string {
	const def = "word/document.xml"
	f := files["_rels/.rels"]
	if f == nil || f.UncompressedSize64 > 1<<20 {
		return def
	}
	rc, err := f.Open()
	if err != nil {
		return def
	}
	defer rc.Close()
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.NewDecoder(io.LimitReader(rc, 1<<20)).Decode(&rels) != nil {
		return def
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.Target != "" {
			return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
		}
	}
	return def
}

// listNames names the first entries of an archive, for an error message.
func listNames(fs []*zip.File) string {
	if len(fs) == 0 {
		return "no files"
	}
	var names []string
	for i, f := range fs {
		if i == 5 {
			names = append(names, fmt.Sprintf("and %d more", len(fs)-5))
			break
		}
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}
