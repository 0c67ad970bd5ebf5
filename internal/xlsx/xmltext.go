package xlsx

import (
	"unicode/utf8"
)

// appendText appends s as XML character data, escaped as excelize and
// encoding/xml would read it back: &, < and > as entities, a carriage
// return as &#xD; (parsers turn a bare one into a line feed), characters
// XML 1.0 cannot carry as U+FFFD. A literal "_x0041_" gets its underscore
// escaped as _x005F_, since Excel reads _xHHHH_ as an escaped character.
// Runs of plain text are copied whole: the shared strings are tens of
// megabytes at 100,000 recommendations.
func appendText(dst []byte, s string) []byte {
	run := 0 // start of the text not yet copied
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
				dst = append(append(dst, s[run:i]...), "\uFFFD"...)
				run = i + size
			}
			i += size
			continue
		}
		if !xmlSpecial[c] || c == '_' && !isEscapeLike(s[i:]) {
			i++
			continue
		}
		dst = append(dst, s[run:i]...)
		switch c {
		case '&':
			dst = append(dst, "&amp;"...)
		case '<':
			dst = append(dst, "&lt;"...)
		case '>':
			dst = append(dst, "&gt;"...)
		case '\r':
			dst = append(dst, "&#xD;"...)
		case '_':
			dst = append(dst, "_x005F_"...)
		default:
			dst = append(dst, "\uFFFD"...) // a control character
		}
		i++
		run = i
	}
	return append(dst, s[run:]...)
}

// xmlSpecial marks the ASCII bytes appendText does not copy as they are.
var xmlSpecial = func() (t [utf8.RuneSelf]bool) {
	for c := range byte(0x20) {
		t[c] = c != '\t' && c != '\n'
	}
	for _, c := range []byte("&<>\r_") {
		t[c] = true
	}
	return t
}()

// isEscapeLike reports whether s begins with _xHHHH_ (H a hex digit).
func isEscapeLike(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// needsPreserve reports whether s begins or ends with white space, which
// a reader drops unless the element says xml:space="preserve".
func needsPreserve(s string) bool {
	if s == "" {
		return false
	}
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	return isSpace(s[0]) || isSpace(s[len(s)-1])
}
