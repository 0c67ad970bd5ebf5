package xlsx

import (
	"io"
	"strconv"
)

// flushAt is how much XML a sheet writer gathers before handing it on.
const flushAt = 64 << 10

// colNames are the column letters of the Recommendations sheet.
var colNames = func() []string {
	out := make([]string, len(columns))
	for i := range columns {
		out[i] = columnName(i + 1)
	}
	return out
}()

// columnName is the letter name of column n (from 1), like "X".
func columnName(n int) string {
	var b []byte
	for ; n > 0; n = (n - 1) / 26 {
		b = append([]byte{byte('A' + (n-1)%26)}, b...)
	}
	return string(b)
}

// rowWriter builds a sheet's <sheetData> rows and hands them to w in
// chunks.
type rowWriter struct {
	w   io.Writer
	buf []byte
	row []byte // the row number, as cell references end
	err error
}

func newRowWriter(w io.Writer) *rowWriter {
	return &rowWriter{w: w, buf: make([]byte, 0, flushAt+8<<10)}
}

func (rw *rowWriter) startRow(row int) {
	rw.row = strconv.AppendInt(rw.row[:0], int64(row), 10)
	rw.buf = append(rw.buf, `<row r="`...)
	rw.buf = append(rw.buf, rw.row...)
	rw.buf = append(rw.buf, `">`...)
}

func (rw *rowWriter) endRow() {
	rw.buf = append(rw.buf, `</row>`...)
	if len(rw.buf) >= flushAt {
		rw.flush()
	}
}

// cellStart appends <c r="A2" and the style, if any.
func (rw *rowWriter) cellStart(col, style int) {
	rw.buf = append(rw.buf, `<c r="`...)
	rw.buf = append(rw.buf, colNames[col]...)
	rw.buf = append(rw.buf, rw.row...)
	rw.buf = append(rw.buf, '"')
	if style != 0 {
		rw.buf = append(rw.buf, ` s="`...)
		rw.buf = strconv.AppendInt(rw.buf, int64(style), 10)
		rw.buf = append(rw.buf, '"')
	}
}

// shared appends a cell holding shared string i.
func (rw *rowWriter) shared(col, style int, i int32) {
	rw.cellStart(col, style)
	rw.buf = append(rw.buf, ` t="s"><v>`...)
	rw.buf = strconv.AppendInt(rw.buf, int64(i), 10)
	rw.buf = append(rw.buf, `</v></c>`...)
}

// number appends a number cell.
func (rw *rowWriter) number(col, style int, n int64) {
	rw.cellStart(col, style)
	rw.buf = append(rw.buf, `><v>`...)
	rw.buf = strconv.AppendInt(rw.buf, n, 10)
	rw.buf = append(rw.buf, `</v></c>`...)
}

func (rw *rowWriter) flush() {
	if rw.err == nil && len(rw.buf) > 0 {
		_, rw.err = rw.w.Write(rw.buf)
	}
	rw.buf = rw.buf[:0]
}

// writeRecommendationRows writes the Recommendations sheet's rows: the
// header, then a row per recommendation. Text is a shared string, numbers
// and dates are numbers; every cell takes its column's style (a date the
// style of its precision), as excelize gives a cell written into a styled
// column.
func writeRecommendationRows(w io.Writer, g *grid, st styles) error {
	colStyle := make([]int, len(columns))
	for i, c := range columns {
		colStyle[i] = columnStyle(st, c)
	}
	rw := newRowWriter(w)
	rw.startRow(1)
	for j, i := range g.header {
		rw.shared(j, st.header, i)
	}
	rw.endRow()
	for n, r := range g.recs {
		rw.startRow(n + 2)
		for j, i := range g.row(n) {
			if i < 0 {
				continue
			}
			switch c := columns[j]; {
			case c.number != nil:
				rw.number(j, colStyle[j], int64(c.number(r)))
			case c.date != nil:
				d := c.date(r)
				rw.number(j, dateStyle(st, d.Month, d.Day), serial(d))
			default:
				rw.shared(j, colStyle[j], i)
			}
		}
		rw.endRow()
	}
	rw.flush()
	return rw.err
}

// writeBuiltRows writes the record of the build: the same header and
// rows, every cell as its text.
func writeBuiltRows(w io.Writer, g *grid) error {
	rw := newRowWriter(w)
	rw.startRow(1)
	for j, i := range g.header {
		rw.shared(j, 0, i)
	}
	rw.endRow()
	for n := range g.recs {
		rw.startRow(n + 2)
		for j, i := range g.row(n) {
			if i >= 0 {
				rw.shared(j, 0, i)
			}
		}
		rw.endRow()
	}
	rw.flush()
	return rw.err
}
