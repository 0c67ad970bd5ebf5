package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
)

// sortZip rewrites a workbook with its parts in one fixed order (reverse
// name order, as excelize writes the parts it holds in memory). excelize
// writes streamed sheets in map order, which would make two runs differ in
// bytes. The parts' compressed bytes are copied, not recompressed.
func sortZip(data []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return strings.Compare(b.Name, a.Name) })
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range files {
		if f.Name == contentTypesPart {
			if err := copySorted(zw, f); err != nil {
				return nil, err
			}
			continue
		}
		raw, err := f.OpenRaw()
		if err != nil {
			return nil, err
		}
		fh := f.FileHeader
		w, err := zw.CreateRaw(&fh)
		if err != nil {
			return nil, err
		}
		if _, err := io.Copy(w, raw); err != nil {
			return nil, fmt.Errorf("copy %s: %w", f.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// copySorted copies the content types part with its entries in order.
func copySorted(zw *zip.Writer, f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return fmt.Errorf("read %s: %w", f.Name, err)
	}
	fh := f.FileHeader
	w, err := zw.CreateHeader(&fh)
	if err != nil {
		return err
	}
	_, err = w.Write(sortDefaults(data))
	return err
}
