package xlsx

import (
	"archive/zip"
	"bytes"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// numberFormats shows numbers as excelize's GetRows does: in their cell
// style's number format (a date serial as 2024-05-02), with excelize's own
// code, run on a scratch workbook that has the read workbook's styles. A
// sheet holds few distinct pairs of style and number (cycles, years,
// dates), so each is formatted once.
type numberFormats struct {
	styles []*zip.File // the parts the scratch workbook needs
	f      *excelize.File
	failed bool
	seen   map[string]string // by style and raw value
	key    []byte
}

// scratchParts are what excelize needs to format a number as the workbook
// would: its list of sheets, its styles and its 1904 date setting.
var scratchParts = []string{contentTypesPart, "_rels/.rels", workbookPart, workbookRelsPart, "xl/styles.xml", "xl/theme/theme1.xml"}

func newNumberFormats(zr *zip.Reader) *numberFormats {
	nf := &numberFormats{seen: map[string]string{}}
	for _, f := range zr.File {
		for _, p := range scratchParts {
			if strings.EqualFold(f.Name, p) {
				nf.styles = append(nf.styles, f)
			}
		}
	}
	return nf
}

const scratchSheet = "_submit_format"

// format gives the text of a number cell with this style and raw value.
func (nf *numberFormats) format(style int, raw []byte) string {
	nf.key = strconv.AppendInt(nf.key[:0], int64(style), 10)
	nf.key = append(nf.key, ' ')
	nf.key = append(nf.key, raw...)
	if s, ok := nf.seen[string(nf.key)]; ok {
		return s // most cells: no conversion, no allocation
	}
	v := string(raw)
	ok, precision, n := isNumber(v)
	if ok {
		// As excelize: 15 significant digits at most, no exponent.
		if precision > 15 {
			v = strconv.FormatFloat(n, 'G', 15, 64)
		} else {
			v = strconv.FormatFloat(n, 'f', -1, 64)
		}
	}
	if style != 0 && ok {
		v = nf.excelize(style, v)
	}
	if len(nf.seen) < maxFormatsSeen {
		nf.seen[string(nf.key)] = v
	}
	return v
}

// maxFormatsSeen bounds the cache: a sheet of distinct numbers (amounts,
// say) would otherwise keep them all.
const maxFormatsSeen = 1 << 16

// isNumber is excelize's test of a number cell's raw value, with the count
// of its significant digits.
func isNumber(s string) (bool, int, float64) {
	if strings.Contains(s, "_") {
		return false, 0, 0
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return false, 0, 0
	}
	plain := strconv.FormatFloat(n, 'f', -1, 64)
	return true, len(plain) - strings.Count(plain, "."), n
}

// excelize formats v in style on the scratch workbook; without one (the
// workbook's styles cannot be read) v stays as it is.
func (nf *numberFormats) excelize(style int, v string) string {
	if nf.f == nil && !nf.failed {
		nf.f = nf.open()
		nf.failed = nf.f == nil
	}
	if nf.f == nil {
		return v
	}
	if err := nf.f.SetCellDefault(scratchSheet, "A1", v); err != nil {
		return v
	}
	if err := nf.f.SetCellStyle(scratchSheet, "A1", "A1", style); err != nil {
		return v // a style the workbook does not define: excelize shows v
	}
	s, err := nf.f.GetCellValue(scratchSheet, "A1")
	if err != nil {
		return v
	}
	return s
}

// open makes the scratch workbook: the read workbook's small parts, its
// sheets left out.
func (nf *numberFormats) open() *excelize.File {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range nf.styles {
		if err := zw.Copy(p); err != nil {
			return nil
		}
	}
	if err := zw.Close(); err != nil {
		return nil
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return nil
	}
	if _, err := f.NewSheet(scratchSheet); err != nil {
		f.Close()
		return nil
	}
	return f
}

func (nf *numberFormats) close() {
	if nf.f != nil {
		nf.f.Close()
	}
}
