package uprinfo

import (
	"strconv"
	"strings"
)

// refColumn returns the column (1-based) of a cell reference such as "B7",
// read as excelize reads it: letters in either case, "$" ignored, then a
// row from 1 to maxRows, which does not have to be the row's own.
func refColumn(ref []byte) (int, bool) {
	letters := 0
	for letters < len(ref) && isRefLetter(ref[letters]) {
		letters++
	}
	if letters == 0 || letters == len(ref) {
		return 0, false
	}
	if row, ok := atoi(ref[letters:]); !ok || row < 1 || row > maxRows {
		return 0, false
	}
	col, n := 0, 0
	for _, b := range ref[:letters] {
		switch {
		case b == '$':
			continue
		case b >= 'a':
			b -= 'a' - 'A'
		}
		if n++; n > 3 {
			return 0, false
		}
		col = col*26 + int(b-'A') + 1
	}
	return col, n > 0 && col <= maxCols
}

// atoi reads a number as strconv.Atoi does, quickly when it is digits.
func atoi(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		n, err := strconv.Atoi(string(b))
		return n, err == nil
	}
	n := 0
	for _, d := range b {
		if d < '0' || d > '9' {
			n, err := strconv.Atoi(string(b))
			return n, err == nil
		}
		n = n*10 + int(d-'0')
	}
	return n, true
}

func isRefLetter(b byte) bool {
	return 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z' || b == '$'
}

// columnName is the letters of column col (0-based): A, B, ..., AA, AB.
func columnName(col int) string {
	var b []byte
	for col++; col > 0; col = (col - 1) / 26 {
		b = append(b, byte('A'+(col-1)%26))
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// cellName names the cell of column col (0-based) in a row: "I12".
func cellName(col, row int) string {
	return columnName(col) + strconv.Itoa(row)
}

// checkFormula checks the attributes of the <f> just read as excelize
// decodes them: a formula it cannot decode loses its cell's value.
func checkFormula(x *xmlScanner) error {
	for _, a := range x.attrs {
		local := string(localName(a.name))
		var bits int
		switch local {
		case "aca", "dt2D", "dtr", "del1", "del2", "ca", "bx":
		case "si":
			bits = 64
		default:
			continue
		}
		v, err := x.attrText(a, nil)
		if err != nil {
			return err
		}
		s := strings.TrimSpace(string(v))
		if len(v) == 0 {
			continue
		}
		if bits == 0 {
			_, err = strconv.ParseBool(s)
		} else {
			_, err = strconv.ParseInt(s, 10, bits)
		}
		if err != nil {
			return x.errorf(x.pos, "a formula's %s is %q", local, v)
		}
	}
	return nil
}
