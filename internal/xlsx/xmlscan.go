package xlsx

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// xmlScanner reads a large XML part as a stream of tags and text, many
// times faster than encoding/xml, which allocates for every token. It
// knows what a worksheet or shared strings part holds: start, end and
// empty tags with attributes, character data with entities and character
// references, CDATA; comments, processing instructions and a document
// type are skipped. Names lose their namespace prefix ("x:row" is "row"),
// as Name.Local in encoding/xml. Slices it returns are valid until the next
// call of next.
type xmlScanner struct {
	r          io.Reader
	buf        []byte
	start, end int // unread bytes are buf[start:end]
	eof        bool
	err        error

	kind  tokenKind
	name  []byte // local name of a tag
	attrs []byte // a start tag's attributes, raw
	empty bool   // a start tag that closes itself: <c/>
	text  []byte // character data, decoded
	dec   []byte // room for decoding text
}

type tokenKind int

const (
	startTag tokenKind = iota + 1
	endTag
	textToken
)

var errXMLSyntax = errors.New("malformed XML")

func newXMLScanner(r io.Reader) *xmlScanner {
	return &xmlScanner{r: r, buf: make([]byte, 256<<10)}
}

// fill reads more input, keeping buf[start:end]; false at the end of the
// input or on an error.
func (s *xmlScanner) fill() bool {
	if s.eof || s.err != nil {
		return false
	}
	if s.start > 0 {
		s.end = copy(s.buf, s.buf[s.start:s.end])
		s.start = 0
	}
	if s.end == len(s.buf) {
		s.buf = append(s.buf, make([]byte, len(s.buf))...) // a token longer than the buffer
	}
	n, err := s.r.Read(s.buf[s.end:])
	s.end += n
	if err == io.EOF {
		s.eof = true
	} else if err != nil {
		s.err = err
	}
	return n > 0 || (!s.eof && s.err == nil)
}

// find returns the offset from start of the first byte of delim at or
// after from, reading more input as needed; -1 if the input ends first.
func (s *xmlScanner) find(from int, delim []byte) int {
	for {
		if i := bytes.Index(s.buf[s.start+from:s.end], delim); i >= 0 {
			return from + i
		}
		from = max(from, s.end-s.start-len(delim)+1)
		if !s.fill() {
			return -1
		}
	}
}

// next reads the next token; false at the end of the input or on an error
// (see scanErr).
func (s *xmlScanner) next() bool {
	for {
		if s.start == s.end && !s.fill() {
			return false
		}
		if s.buf[s.start] != '<' {
			i := s.find(0, []byte{'<'})
			if i < 0 {
				i = s.end - s.start // text up to the end
			}
			s.setText(s.buf[s.start : s.start+i])
			s.start += i
			return true
		}
		for s.end-s.start < 9 && s.fill() {
		}
		rest := s.buf[s.start:s.end]
		if len(rest) < 2 || rest[1] != '?' && rest[1] != '!' {
			return s.tag()
		}
		switch {
		case rest[1] == '?':
			if !s.skip(2, []byte("?>")) {
				return false
			}
		case bytes.HasPrefix(rest, []byte("<!--")):
			if !s.skip(4, []byte("-->")) {
				return false
			}
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			i := s.find(9, []byte("]]>"))
			if i < 0 {
				s.err = errXMLSyntax
				return false
			}
			s.kind, s.text = textToken, s.buf[s.start+9:s.start+i]
			s.start += i + 3
			return true
		default:
			if !s.skip(2, []byte(">")) {
				return false
			}
		}
	}
}

// skip passes over a construct that ends with end.
func (s *xmlScanner) skip(from int, end []byte) bool {
	i := s.find(from, end)
	if i < 0 {
		s.err = errXMLSyntax
		return false
	}
	s.start += i + len(end)
	return true
}

// tag reads a start or end tag; '>' inside a quoted attribute value does
// not end it.
func (s *xmlScanner) tag() bool {
	var quote byte
	i := 1
	for {
		if s.start+i >= s.end {
			if !s.fill() {
				s.err = errXMLSyntax
				return false
			}
			continue
		}
		c := s.buf[s.start+i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			t := s.buf[s.start+1 : s.start+i]
			s.start += i + 1
			s.kind, s.empty, s.attrs = startTag, false, nil
			if len(t) > 0 && t[0] == '/' {
				s.kind, t = endTag, bytes.TrimSpace(t[1:])
			} else if len(t) > 0 && t[len(t)-1] == '/' {
				s.empty, t = true, t[:len(t)-1]
			}
			n := 0
			for n < len(t) && !isXMLSpace(t[n]) {
				n++
			}
			s.attrs = t[n:]
			s.name = localName(t[:n])
			return true
		}
		i++
	}
}

func localName(name []byte) []byte {
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// setText makes raw character data the current token, decoded.
func (s *xmlScanner) setText(raw []byte) {
	s.kind = textToken
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		s.text = raw
		return
	}
	s.dec = decodeEntities(s.dec[:0], raw)
	s.text = s.dec
}

// decodeEntities appends raw with its entities and character references
// decoded, and line ends normalised as XML requires.
func decodeEntities(dst, raw []byte) []byte {
	for len(raw) > 0 {
		c := raw[0]
		if c == '\r' {
			dst = append(dst, '\n')
			raw = raw[1:]
			if len(raw) > 0 && raw[0] == '\n' {
				raw = raw[1:]
			}
			continue
		}
		if c != '&' {
			dst = append(dst, c)
			raw = raw[1:]
			continue
		}
		semi := bytes.IndexByte(raw, ';')
		if semi < 0 {
			dst = append(dst, raw...)
			break
		}
		ent := raw[1:semi]
		raw = raw[semi+1:]
		switch string(ent) {
		case "amp":
			dst = append(dst, '&')
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "quot":
			dst = append(dst, '"')
		case "apos":
			dst = append(dst, '\'')
		default:
			var n uint64
			var err error = errXMLSyntax
			if len(ent) > 1 && ent[0] == '#' {
				if ent[1] == 'x' || ent[1] == 'X' {
					n, err = strconv.ParseUint(string(ent[2:]), 16, 32)
				} else {
					n, err = strconv.ParseUint(string(ent[1:]), 10, 32)
				}
			}
			if err != nil || n > utf8.MaxRune {
				dst = append(dst, '&')
				dst = append(dst, ent...)
				dst = append(dst, ';')
				continue
			}
			dst = utf8.AppendRune(dst, rune(n))
		}
	}
	return dst
}

// attr returns the value of the attribute with this local name in a start
// tag's attributes, decoded; ok is false when it is absent.
func (s *xmlScanner) attr(name string) (value []byte, ok bool) {
	s.eachAttr(func(k, v []byte) bool {
		if string(k) == name {
			value, ok = v, true
			return false
		}
		return true
	})
	return value, ok
}

// eachAttr calls fn with the local name and decoded value of each of a
// start tag's attributes, until fn returns false.
func (s *xmlScanner) eachAttr(fn func(name, value []byte) bool) {
	a := s.attrs
	for {
		a = trimSpace(a)
		eq := bytes.IndexByte(a, '=')
		if eq < 0 {
			return
		}
		key := localName(bytes.TrimRight(a[:eq], " \t\r\n"))
		a = trimSpace(a[eq+1:])
		if len(a) == 0 || a[0] != '"' && a[0] != '\'' {
			return
		}
		end := bytes.IndexByte(a[1:], a[0])
		if end < 0 {
			return
		}
		val := a[1 : 1+end]
		a = a[end+2:]
		if bytes.IndexByte(val, '&') >= 0 {
			val = decodeEntities(nil, val)
		}
		if !fn(key, val) {
			return
		}
	}
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isXMLSpace(b[0]) {
		b = b[1:]
	}
	return b
}

// scanErr is the error that stopped the scanner, if any.
func (s *xmlScanner) scanErr() error { return s.err }
