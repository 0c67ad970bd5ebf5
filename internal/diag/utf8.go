package diag

import "unicode/utf8"

// InvalidUTF8 finds the first byte of src that is not UTF-8 and gives its
// line and column (1-based, counting characters), so that a file saved in
// Windows-1252 or Mac Roman is reported where the first bad byte is.
func InvalidUTF8(src []byte) (line, col int, b byte, found bool) {
	if utf8.Valid(src) {
		return 0, 0, 0, false
	}
	line, col = 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, col, src[i], true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return 0, 0, 0, false
}
