package uprinfo

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Excel's limits: a row or column beyond them is damage.
const (
	maxRows = 1 << 20
	maxCols = 1 << 14
)

// sheetScanner reads a worksheet's <sheetData> a row at a time. A row's
// cells land at their column (the r= of <c>, or the one after the last);
// cells with no value are left out, so a row ends at its last value.
// Values are raw, as excelize's GetRows with RawCellValue gives them: a
// number as written ("5", "5.0", "5E0"), a boolean "1" or "0", an error
// "#N/A", a string from the shared strings or the cell itself.
//
// Rows and cells must come in order, as Excel writes them: a row or a cell
// out of order, a cell reference that is no cell name or a shared string
// that is not there is damage, reported as such.
type sheetScanner struct {
	x      *xmlScanner
	sst    []string
	inData bool // inside <sheetData>
	done   bool
	row    int      // the number of the row read last
	cells  []string // its cells, reused from row to row
	value  []byte   // scratch
	rt     richText // scratch for inline strings
	intern map[string]string

	// The row's long values, made strings together at its end: one
	// allocation a row rather than one a cell.
	text  []byte
	spans []span
}

// span is where in sheetScanner.text the value of cells[cell] is.
type span struct{ cell, start, end int }

// maxIntern caps the distinct short values (numbers, mostly) kept to be
// shared between cells.
const maxIntern = 4096

func newSheetScanner(part string, data []byte, sst []string) (*sheetScanner, error) {
	x, err := newXMLScanner(part, data)
	if err != nil {
		return nil, err
	}
	return &sheetScanner{x: x, sst: sst, intern: map[string]string{}}, nil
}

// rowsHint guesses how many rows are left, to make room for their records.
func (s *sheetScanner) rowsHint() int {
	return bytes.Count(s.x.data[s.x.pos:], []byte("<row"))
}

// next reads up to the next row with cells and returns its number and
// cells, or io.EOF after the last. The cells are valid until the next call.
func (s *sheetScanner) next() (int, []string, error) {
	for !s.done {
		tok, err := s.x.next()
		if err != nil {
			return s.row, nil, err
		}
		switch {
		case tok == tokEOF:
			s.done = true
		case tok == tokEnd:
			s.done = s.inData // </sheetData>: rows and all else in it are read whole
		case tok != tokStart:
		case !s.inData:
			if s.x.is("sheetData") {
				s.inData, s.done = true, s.x.empty
			}
		case s.x.is("row"):
			if err := s.readRow(); err != nil {
				return s.row, nil, err
			}
			if len(s.cells) > 0 {
				return s.row, s.cells, nil
			}
		default:
			if err := s.x.skip(); err != nil {
				return s.row, nil, err
			}
		}
	}
	return s.row, nil, io.EOF
}

// readRow reads a <row> whose start tag was read last.
func (s *sheetScanner) readRow() error {
	n := s.row + 1
	r, ok, err := s.x.attr("r", nil)
	if err != nil {
		return err
	}
	if ok {
		if n, ok = atoi(r); !ok || n < 1 || n > maxRows {
			return fmt.Errorf("a row is numbered %q, not 1 to %d", r, maxRows)
		}
		if n <= s.row {
			return fmt.Errorf("row %d comes after row %d", n, s.row)
		}
	}
	s.row, s.cells = n, s.cells[:0]
	if s.x.empty {
		return nil
	}
	col := 0
	for {
		tok, err := s.x.next()
		if err != nil {
			return err
		}
		switch {
		case tok == tokEnd:
			s.endRow()
			return nil
		case tok != tokStart:
		case s.x.is("c"):
			if col, err = s.readCell(col); err != nil {
				return err
			}
		default:
			if err := s.x.skip(); err != nil {
				return err
			}
		}
	}
}

// readCell reads a <c> whose start tag was read last, the cell after
// column prev, and returns its column.
func (s *sheetScanner) readCell(prev int) (int, error) {
	col := prev + 1
	ref, ok, err := s.x.attr("r", nil)
	if err != nil {
		return 0, err
	}
	if ok && len(ref) > 0 {
		if col, ok = refColumn(ref); !ok {
			return 0, fmt.Errorf("a cell of row %d is named %q, not a cell name such as B%d", s.row, ref, s.row)
		}
		if col <= prev {
			return 0, fmt.Errorf("cell %s comes after cell %s", ref, cellName(prev-1, s.row))
		}
	}
	if col > maxCols {
		return 0, fmt.Errorf("row %d has cells beyond column %s", s.row, columnName(maxCols-1))
	}
	typ, err := s.cellType()
	if err != nil {
		return 0, err
	}
	val, hasF, hasIS, err := s.cellBody()
	if err != nil {
		return 0, err
	}
	v, start := "", len(s.text)
	switch {
	case typ == "s":
		if len(val) == 0 {
			break
		}
		i, ok := atoi(val)
		if !ok {
			i, err = strconv.Atoi(strings.TrimSpace(string(val)))
			ok = err == nil
		}
		if !ok || i < 0 || i >= len(s.sst) {
			return 0, fmt.Errorf("cell %s refers to shared string %q, but the workbook has %d", cellName(col-1, s.row), val, len(s.sst))
		}
		v = s.sst[i]
	case typ == "inlineStr" && hasIS:
		s.text = s.rt.appendTo(s.text)
	default: // n, b, e, str, d, and inlineStr without <is>: the value as written
		s.text = append(s.text, val...)
	}
	if v == "" && len(s.text) == start && !hasF {
		return col, nil
	}
	for len(s.cells) < col-1 {
		s.cells = append(s.cells, "")
	}
	if short := s.text[start:]; len(short) > 0 && len(short) <= maxShort {
		v, s.text = s.short(short), s.text[:start]
	} else if len(short) > 0 {
		s.spans = append(s.spans, span{len(s.cells), start, len(s.text)})
	}
	s.cells = append(s.cells, v)
	return col, nil
}

// endRow makes the row's long values strings.
func (s *sheetScanner) endRow() {
	if len(s.spans) > 0 {
		all := string(s.text)
		for _, sp := range s.spans {
			s.cells[sp.cell] = all[sp.start:sp.end]
		}
	}
	s.text, s.spans = s.text[:0], s.spans[:0]
}

// cellType reads the t= of the <c> just read: "s" or "inlineStr", or ""
// for the types whose value is as written (n, b, e, str, d). It also
// checks the cell's s=, which excelize requires to be a number.
func (s *sheetScanner) cellType() (string, error) {
	typ := ""
	for _, a := range s.x.attrs {
		switch string(localName(a.name)) {
		case "t":
			t, err := s.x.attrText(a, nil)
			if err != nil {
				return "", err
			}
			switch typ = ""; string(t) {
			case "s":
				typ = "s"
			case "inlineStr":
				typ = "inlineStr"
			}
		case "s":
			v, err := s.x.attrText(a, nil)
			if err != nil {
				return "", err
			}
			if _, ok := atoi(v); !ok {
				if _, err := strconv.ParseInt(string(v), 10, 64); err != nil {
					return "", fmt.Errorf("a cell of row %d has the style %q, not a number", s.row, v)
				}
			}
		}
	}
	return typ, nil
}

// cellBody reads what is in the <c> just read: the text of its <v> (the
// last, if several), whether it has a formula <f>, and whether it has an
// inline string <is>, read into s.rt. The text returned is valid until
// s.value is next used.
func (s *sheetScanner) cellBody() (val []byte, hasF, hasIS bool, err error) {
	s.rt.reset()
	if s.x.empty {
		return nil, false, false, nil
	}
	val = s.value[:0]
	for {
		tok, err := s.x.next()
		if err != nil {
			return nil, false, false, err
		}
		switch {
		case tok == tokEnd:
			s.value = val[:0]
			return val, hasF, hasIS, nil
		case tok != tokStart:
		case s.x.is("v"):
			if val, err = s.x.appendContent(val[:0]); err != nil {
				return nil, false, false, err
			}
		case s.x.is("is"):
			hasIS = true
			err = s.rt.read(s.x)
		case s.x.is("f"):
			hasF = true
			if err = checkFormula(s.x); err == nil {
				err = s.x.skip()
			}
		default:
			err = s.x.skip()
		}
		if err != nil {
			return nil, false, false, err
		}
	}
}

// maxShort is the length up to which values are shared between cells.
const maxShort = 24

// short makes a short value a string, shared between the cells that have
// it: they repeat (Action and Session are numbers from 1 to 5 and 1 to 50
// or so, Response and the states are names).
func (s *sheetScanner) short(b []byte) string {
	if v, ok := s.intern[string(b)]; ok {
		return v
	}
	v := string(b)
	if len(s.intern) < maxIntern {
		s.intern[v] = v
	}
	return v
}
