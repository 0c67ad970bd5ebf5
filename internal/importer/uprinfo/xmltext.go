package uprinfo

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// textKind is where XML text is: its rules differ a little.
type textKind int

const (
	charData  textKind = iota // between tags
	cdataText                 // in <![CDATA[...]]>: no references
	attrValue                 // quoted, where "]]>" may appear
)

// appendText appends XML text as encoding/xml decodes it, which is what
// Excel and excelize read: the five named entities and character
// references replaced (not in a CDATA section), CR LF and a lone CR made
// LF, and the result checked to be UTF-8 made of XML characters.
func appendText(dst, raw []byte, kind textKind) ([]byte, error) {
	for i := 0; i < len(raw); {
		if n := plainLen(raw[i:]); n > 0 {
			dst = append(dst, raw[i:i+n]...)
			i += n
			continue
		}
		switch b := raw[i]; {
		case b == '\r':
			dst = append(dst, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case b == '&' && kind != cdataText:
			r, n, err := entity(raw[i:])
			if err != nil {
				return dst, err
			}
			if !xmlChar(r) {
				return dst, fmt.Errorf("illegal character code %U", r)
			}
			dst = utf8.AppendRune(dst, r)
			i += n
		case b == ']' && kind == charData && bytes.HasPrefix(raw[i:], []byte("]]>")):
			return dst, errors.New("unescaped ]]> not in CDATA section")
		case b < utf8.RuneSelf:
			if b < ' ' && b != '\t' && b != '\n' {
				return dst, fmt.Errorf("illegal character code %U", rune(b))
			}
			dst = append(dst, b)
			i++
		default:
			r, n := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && n == 1 {
				return dst, errors.New("invalid UTF-8")
			}
			if !xmlChar(r) {
				return dst, fmt.Errorf("illegal character code %U", r)
			}
			dst = append(dst, raw[i:i+n]...)
			i += n
		}
	}
	return dst, nil
}

// plainLen is the length of the ASCII that text starts with and that
// needs no decoding.
func plainLen(text []byte) int {
	for i, b := range text {
		if !plain[b] {
			return i
		}
	}
	return len(text)
}

// plain marks the bytes that are themselves in XML text.
var plain = func() (t [256]bool) {
	for b := ' '; b < utf8.RuneSelf; b++ {
		t[b] = b != '&' && b != ']'
	}
	t['\t'], t['\n'] = true, true
	return t
}()

// entity decodes the entity or character reference text starts with, as
// encoding/xml does in strict mode: a reference beyond Unicode or to a
// surrogate gives U+FFFD (encoding/xml's string(rune(n))).
func entity(text []byte) (rune, int, error) {
	end := bytes.IndexByte(text, ';')
	if end < 0 {
		return 0, 0, fmt.Errorf("invalid character entity %.12q… (no semicolon)", text)
	}
	name := text[1:end]
	switch string(name) {
	case "lt":
		return '<', end + 1, nil
	case "gt":
		return '>', end + 1, nil
	case "amp":
		return '&', end + 1, nil
	case "apos":
		return '\'', end + 1, nil
	case "quot":
		return '"', end + 1, nil
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, 0, fmt.Errorf("invalid character entity %.16q", text[:end+1])
	}
	digits, base := name[1:], rune(10)
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	r := rune(0)
	for _, d := range digits {
		v := rune(99)
		switch {
		case '0' <= d && d <= '9':
			v = rune(d - '0')
		case 'a' <= d && d <= 'f':
			v = rune(d-'a') + 10
		case 'A' <= d && d <= 'F':
			v = rune(d-'A') + 10
		}
		if v >= base || r > utf8.MaxRune {
			return 0, 0, fmt.Errorf("invalid character entity %.16q", text[:end+1])
		}
		r = r*base + v
	}
	if len(digits) == 0 || r > utf8.MaxRune {
		return 0, 0, fmt.Errorf("invalid character entity %.16q", text[:end+1])
	}
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return r, end + 1, nil
}

// xmlChar reports whether r is a character XML 1.0 allows.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= utf8.MaxRune
}

// appendUnescaped appends s with the _xHHHH_ escapes Excel writes for
// characters XML cannot hold (_x000D_ for a CR, _x005F_ for the "_" of a
// literal "_x0041_") replaced, as excelize does: left to right, an escape
// of a surrogate dropped.
func appendUnescaped(dst, s []byte) []byte {
	for {
		i := bytes.Index(s, []byte("_x"))
		if i < 0 {
			return append(dst, s...)
		}
		dst = append(dst, s[:i]...)
		s = s[i:]
		r, ok := bstrEscape(s)
		if !ok {
			dst = append(dst, '_')
			s = s[1:]
			continue
		}
		if utf8.ValidRune(r) {
			dst = utf8.AppendRune(dst, r)
		}
		s = s[7:]
	}
}

// bstrEscape reads the _xHHHH_ escape s starts with.
func bstrEscape(s []byte) (rune, bool) {
	if len(s) < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_' {
		return 0, false
	}
	r := rune(0)
	for _, d := range s[2:6] {
		switch {
		case '0' <= d && d <= '9':
			r = r<<4 | rune(d-'0')
		case 'a' <= d && d <= 'f':
			r = r<<4 | rune(d-'a'+10)
		case 'A' <= d && d <= 'F':
			r = r<<4 | rune(d-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
