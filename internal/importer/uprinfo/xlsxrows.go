package uprinfo

import (
	"fmt"
	"io"

	"github.com/upr-tools/submit/internal/diag"
)

// sheetRows reads the first sheet of an .xlsx workbook, a row at a time.
// Cells are read raw (no number format applied), so a session typed as the
// number 13 is "13" whatever the cell's format.
type sheetRows struct {
	name, sheet string
	scan        *sheetScanner
	row         int  // the number of the row read last
	failed      bool // the sheet is damaged: the rest is not read
}

func newSheetRows(name string, data []byte) (*sheetRows, error) {
	pkg, err := openPackage(name, data)
	if err != nil {
		return nil, err
	}
	parts, err := pkg.firstSheet()
	if err != nil {
		return nil, err
	}
	var sst []string
	if parts.sstPath != "" {
		xml, err := pkg.readPart(parts.sstPath, "the workbook's texts")
		if err != nil {
			return nil, err
		}
		if sst, err = readSharedStrings(parts.sstPath, xml); err != nil {
			return nil, pkg.damaged("%v", err)
		}
	}
	xml, err := pkg.readPart(parts.sheetPath, fmt.Sprintf("the first sheet, %q", parts.sheet))
	if err != nil {
		return nil, err
	}
	scan, err := newSheetScanner(parts.sheetPath, xml, sst)
	if err != nil {
		return nil, pkg.damaged("%v", err)
	}
	return &sheetRows{name: name, sheet: parts.sheet, scan: scan}, nil
}

func (s *sheetRows) fixedWidth() bool { return false }

// next returns the next row with cells; blank rows between are passed
// over, as the row numbers say where each row is. The cells are valid
// until the next call.
func (s *sheetRows) next() ([]string, error) {
	if s.failed {
		return nil, io.EOF
	}
	row, cells, err := s.scan.next()
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		s.failed = true
		return nil, diag.Errorf(diag.Pos{File: s.name, Line: row},
			"the workbook's first sheet is damaged (%v): its rows from here on are not read; %s", err, resave)
	}
	s.row = row
	return cells, nil
}

func (s *sheetRows) where(col int) (diag.Pos, string) {
	pos := diag.Pos{File: s.name, Line: s.row}
	if col < 0 {
		return pos, ""
	}
	pos.Col = col + 1
	return pos, "cell " + cellName(col, s.row)
}
