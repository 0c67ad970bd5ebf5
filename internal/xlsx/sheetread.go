package xlsx

import (
	"bytes"
	"io"
	"strconv"
)

// cellValue is a cell as GetRows reads it: a shared string not yet looked
// up (sst >= 0), or text.
type cellValue struct {
	sst  int32
	text string
}

// rowSink receives a worksheet's rows: the row number (from 1) and its
// cells, blank ones as {-1, ""} and trailing blanks left out, as excelize's
// GetRows has them. The slice is reused for the next row.
type rowSink func(n int, cells []cellValue)

// sheetReader reads worksheet parts. Text cells keep their text; a number
// takes its style's format, as excelize shows it (see numberFormats). A
// shared string is left as its index, for the caller to hash or look up;
// strs tells the empty ones, which GetRows leaves out.
type sheetReader struct {
	strs    *sstDigest
	numbers *numberFormats
}

// read calls sink with each row of the part held in r.
func (sr *sheetReader) read(r io.Reader, sink rowSink) error {
	s := newXMLScanner(r)
	var (
		row, col int
		inRow    bool
		cells    []cellValue
		c        rawCell
		inCell   bool
		in       string // "v", "t" (of an inline string) or ""
		inIS     bool
		phonetic int
	)
	for s.next() {
		switch s.kind {
		case startTag:
			switch string(s.name) {
			case "row":
				row++
				if v, ok := s.attr("r"); ok {
					if n, err := strconv.Atoi(string(v)); err == nil && n > 0 {
						row = n
					}
				}
				col, cells, inRow = 0, cells[:0], !s.empty
			case "c":
				if !inRow {
					continue
				}
				col++
				c = rawCell{v: c.v[:0], is: c.is[:0]}
				s.eachAttr(func(k, v []byte) bool {
					switch string(k) {
					case "r":
						if n := refColumn(v); n > 0 {
							col = n
						}
					case "s":
						c.style, _ = strconv.Atoi(string(v))
					case "t":
						c.typ = cellType(v)
					}
					return true
				})
				inCell = !s.empty
				if s.empty {
					cells = sr.place(cells, col, &c)
				}
			case "v":
				if inCell && !s.empty {
					in = "v"
				}
			case "f":
				if inCell {
					c.formula = true
				}
			case "is":
				inIS = inCell && !s.empty
				c.inline = true
			case "rPh":
				if !s.empty {
					phonetic++
				}
			case "t":
				if inIS && phonetic == 0 && !s.empty {
					in = "t"
				}
			}
		case endTag:
			switch string(s.name) {
			case "row":
				if inRow {
					sink(row, cells)
				}
				inRow = false
			case "c":
				if inCell {
					cells = sr.place(cells, col, &c)
				}
				inCell, in, inIS = false, "", false
			case "v", "t":
				in = ""
			case "is":
				inIS = false
			case "rPh":
				phonetic = max(0, phonetic-1)
			case "sheetData":
				return s.scanErr()
			}
		case textToken:
			switch in {
			case "v":
				c.v = append(c.v, s.text...)
			case "t":
				c.is = append(c.is, s.text...)
			}
		}
	}
	return s.scanErr()
}

// cellType is a cell's t attribute, without allocating for the usual ones.
func cellType(t []byte) string {
	for _, known := range []string{"s", "n", "str", "inlineStr", "b", "e", "d"} {
		if string(t) == known {
			return known
		}
	}
	return string(t)
}

// rawCell is a <c> element as read.
type rawCell struct {
	style   int
	typ     string
	v, is   []byte
	formula bool
	inline  bool
}

// place adds a cell at column col, padding with blanks, unless it is blank
// and holds no formula: GetRows leaves those out.
func (sr *sheetReader) place(cells []cellValue, col int, c *rawCell) []cellValue {
	val, blank := sr.value(c)
	if blank && !c.formula {
		return cells
	}
	// As excelize: a column out of order is appended, not put in its place.
	for len(cells) < col-1 {
		cells = append(cells, cellValue{sst: -1})
	}
	return append(cells, val)
}

// value is a cell's value as excelize's getValueFrom gives it. Text keeps
// its text whatever its style's number format: submit's text columns have
// none that changes text.
func (sr *sheetReader) value(c *rawCell) (cellValue, bool) {
	text := func(s string) (cellValue, bool) { return cellValue{sst: -1, text: s}, s == "" }
	switch c.typ {
	case "s":
		if len(c.v) == 0 {
			return text("")
		}
		i, ok := atoi(c.v)
		switch {
		case !ok:
			return text("")
		case i >= len(sr.strs.blank):
			return text(strconv.Itoa(i)) // no such string: excelize shows the index
		}
		return cellValue{sst: int32(i)}, sr.strs.blank[i]
	case "str":
		return text(string(c.v))
	case "inlineStr":
		if c.inline {
			return text(string(unescapeBytes(c.is)))
		}
		return text(string(c.v))
	case "b":
		switch string(c.v) {
		case "1":
			return text("TRUE")
		case "0":
			return text("FALSE")
		}
		return text(string(c.v))
	case "d":
		return text(string(c.v))
	}
	return text(sr.numbers.format(c.style, c.v))
}

// atoi reads a shared string index, spaces around it allowed, without
// making a string of it.
func atoi(b []byte) (int, bool) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// refColumn is the column number of a cell reference like "AB12", 0 if
// it has none.
func refColumn(ref []byte) int {
	n := 0
	for _, c := range ref {
		switch {
		case 'A' <= c && c <= 'Z':
			n = n*26 + int(c-'A'+1)
		case 'a' <= c && c <= 'z':
			n = n*26 + int(c-'a'+1)
		default:
			return n
		}
	}
	return n
}
