package uprinfo

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/upr-tools/submit/internal/diag"
)

// rowReader gives the rows of a CSV file or a sheet, one at a time, and
// where their cells are, for Record.Pos and for problems.
type rowReader interface {
	// next returns the next row's cells, io.EOF after the last row, or a
	// *diag.Problem for a row it cannot read; reading may go on after it.
	next() ([]string, error)
	// where gives the place of the last row read (col < 0) or of its cell
	// in column col (0-based), and how a user names that cell ("cell I12"
	// in a workbook, "" in a CSV file, where the column says it).
	where(col int) (diag.Pos, string)
	// fixedWidth reports whether every row must have as many cells as the
	// header: true for CSV, where a short row is a broken one; a sheet
	// leaves out the empty cells at the end of a row.
	fixedWidth() bool
}

// csvRows reads a CSV export after decode has made it UTF-8 with LF line
// ends. The reader is strict about quotes: a lax one would silently glue
// rows together at a stray quote, and a row count that is off is worse
// than a problem pointing at the line.
type csvRows struct {
	name  string
	text  []byte
	r     *csv.Reader
	lines []int // offset of each line's start in text; built when a column is first needed
	line  int   // where the last row read starts
	width int   // fields of the last row read: FieldPos panics beyond them
}

func newCSVRows(name string, text []byte, sep rune) *csvRows {
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = sep
	r.FieldsPerRecord = -1 // a title row, or a broken row, is reported by the parser, not here
	r.ReuseRecord = true   // the parser copies what it keeps
	return &csvRows{name: name, text: text, r: r}
}

func (c *csvRows) fixedWidth() bool { return true }

func (c *csvRows) next() ([]string, error) {
	rec, err := c.r.Read()
	if err == io.EOF {
		return nil, err
	}
	c.width = len(rec)
	if err == nil {
		c.line, _ = c.r.FieldPos(0)
		return rec, nil
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		pos := diag.Pos{File: c.name, Line: pe.Line, Col: c.charCol(pe.Line, pe.Column)}
		return nil, diag.Errorf(pos, "not valid CSV (row starting at line %d): %v", pe.StartLine, pe.Err)
	}
	return nil, diag.Errorf(diag.Pos{File: c.name}, "reading CSV: %v", err)
}

func (c *csvRows) where(col int) (diag.Pos, string) {
	if col < 0 || col >= c.width {
		return diag.Pos{File: c.name, Line: c.line}, ""
	}
	line, byteCol := c.r.FieldPos(col)
	return diag.Pos{File: c.name, Line: line, Col: c.charCol(line, byteCol)}, ""
}

// charCol turns encoding/csv's column, counted in bytes, into characters,
// as diag counts them; only problems need it, so the line index is built
// on first use.
func (c *csvRows) charCol(line, byteCol int) int {
	if c.lines == nil {
		c.lines = append(c.lines, 0)
		for i, b := range c.text {
			if b == '\n' {
				c.lines = append(c.lines, i+1)
			}
		}
	}
	if line < 1 || line > len(c.lines) || byteCol < 1 {
		return byteCol
	}
	start := c.lines[line-1]
	end := min(start+byteCol-1, len(c.text))
	return utf8.RuneCount(c.text[start:end]) + 1
}
