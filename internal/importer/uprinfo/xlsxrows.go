package uprinfo

import (
	"bytes"
	"fmt"
	"io"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/xuri/excelize/v2"
)

// Limits on what a workbook may unzip to: UPR Info's whole database is a
// few tens of megabytes, and a zip bomb must not fill the disk or memory.
const (
	unzipLimit    = 1 << 30
	unzipXMLLimit = 128 << 20
)

// sheetRows reads the first sheet of an .xlsx workbook. Cells are read raw
// (no number format applied), so a session typed as the number 13 is "13"
// whatever the cell's format.
type sheetRows struct {
	name, sheet string
	rows        [][]string
	i           int // index of the next row; row i is the sheet's row i+1
}

func newSheetRows(name string, data []byte) (_ *sheetRows, err error) {
	// excelize parses the workbook's XML; a malformed file must come back
	// as an error, not bring the command down.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: not a readable .xlsx workbook: %v", name, r)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: unzipLimit, UnzipXMLSizeLimit: unzipXMLLimit,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable .xlsx workbook: %w", name, err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fmt.Errorf("%s: the workbook has no sheet: expected the UPR Info export in its first sheet", name)
	}
	rows, err := f.GetRows(sheets[0], excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("%s: reading sheet %q: %w", name, sheets[0], err)
	}
	return &sheetRows{name: name, sheet: sheets[0], rows: rows}, nil
}

func (s *sheetRows) fixedWidth() bool { return false }

func (s *sheetRows) next() ([]string, error) {
	if s.i >= len(s.rows) {
		return nil, io.EOF
	}
	s.i++
	return s.rows[s.i-1], nil
}

func (s *sheetRows) where(col int) (diag.Pos, string) {
	pos := diag.Pos{File: s.name, Line: s.i}
	if col < 0 {
		return pos, ""
	}
	pos.Col = col + 1
	cell, err := excelize.CoordinatesToCellName(col+1, s.i)
	if err != nil {
		return pos, ""
	}
	return pos, "cell " + cell
}
