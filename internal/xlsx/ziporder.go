package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
)

// pack writes the workbook: excelize's parts, with the rows of the
// Recommendations sheet and of the record of the build streamed into
// theirs, and the shared strings. Every part is compressed once, on every
// core (see deflatePool). Parts are stored in one fixed order (reverse name
// order, as excelize writes them), without timestamps, and the content
// types in order, so that the same data gives the same bytes.
func pack(parts map[string][]byte, g *grid, st styles) ([]byte, error) {
	recPart, err := sheetPart(parts, RecommendationsSheet)
	if err != nil {
		return nil, err
	}
	builtPart, err := sheetPart(parts, BuiltSheet)
	if err != nil {
		return nil, err
	}
	ct, rels, err := withSharedStrings(parts[contentTypesPart], parts[workbookRelsPart])
	if err != nil {
		return nil, err
	}
	parts[contentTypesPart] = sortDefaults(ct)
	parts[workbookRelsPart] = rels

	streamed := map[string]func(io.Writer) error{
		sharedStringsPart: func(w io.Writer) error { return g.strs.write(w, g.refs) },
	}
	for name, rows := range map[string]func(io.Writer) error{
		recPart:   func(w io.Writer) error { return writeRecommendationRows(w, g, st) },
		builtPart: func(w io.Writer) error { return writeBuiltRows(w, g) },
	} {
		head, tail, err := splitSheetData(parts[name])
		if err != nil {
			return nil, fmt.Errorf("%w (%s)", err, name)
		}
		streamed[name] = func(w io.Writer) error {
			if _, err := w.Write(head); err != nil {
				return err
			}
			if _, err := io.WriteString(w, "<sheetData>"); err != nil {
				return err
			}
			if err := rows(w); err != nil {
				return err
			}
			if _, err := io.WriteString(w, "</sheetData>"); err != nil {
				return err
			}
			_, err := w.Write(tail)
			return err
		}
	}

	names := make([]string, 0, len(parts)+1)
	for name := range parts {
		names = append(names, name)
	}
	if _, ok := parts[sharedStringsPart]; !ok {
		names = append(names, sharedStringsPart)
	}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(b, a) })

	pool := newDeflatePool(runtime.GOMAXPROCS(0))
	defer pool.close()
	var out bytes.Buffer
	out.Grow(estimateSize(len(g.recs)))
	zw := zip.NewWriter(&out)
	zw.RegisterCompressor(zip.Deflate, pool.compressor)
	for _, name := range names {
		// No timestamp: the same data gives the same bytes.
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			return nil, fmt.Errorf("xlsx: write the workbook: %w", err)
		}
		if write, ok := streamed[name]; ok {
			err = write(w)
		} else {
			_, err = w.Write(parts[name])
		}
		if err != nil {
			return nil, fmt.Errorf("xlsx: write %s: %w", name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("xlsx: write the workbook: %w", err)
	}
	return out.Bytes(), nil
}

// estimateSize guesses the workbook's size, so that its buffer is not
// copied as it grows: about 230 bytes a recommendation, compressed.
func estimateSize(recs int) int {
	return 64<<10 + 256*recs
}
