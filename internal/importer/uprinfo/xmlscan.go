package uprinfo

import (
	"bytes"
	"fmt"
)

// xmlScanner reads the XML of a workbook part tag by tag, without a tree
// and without allocating per tag: names, attributes and text are slices
// of the part, decoded only when asked for. It checks what it reads (tags
// are whole and nest, the part does not end inside an element, text
// decodes) but is no validating parser; what it skips, it only scans.
//
// Names are compared by their local part, as excelize does: <x:c> is <c>.
type xmlScanner struct {
	part string // the part's name, for messages
	data []byte
	pos  int
	open [][]byte // names of the elements open, outermost first

	// The token read last.
	name  []byte    // of a start or end tag
	local []byte    // name without its prefix
	attrs []xmlAttr // of a start tag
	empty bool      // a start tag that closes itself, <c/>
	text  []byte    // raw text, or the content of a CDATA section
}

type xmlAttr struct{ name, value []byte } // value as written, undecoded

type token int

const (
	tokEOF token = iota
	tokStart
	tokEnd
	tokText
	tokCDATA
)

// maxDepth caps how deep elements nest: a sheet needs five levels.
const maxDepth = 256

// newXMLScanner starts reading a part, which must be UTF-8, as Excel
// writes it.
func newXMLScanner(part string, data []byte) (*xmlScanner, error) {
	x := &xmlScanner{part: part, data: data}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil, fmt.Errorf("%s is in UTF-16, not UTF-8", part)
	}
	decl := bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !bytes.HasPrefix(decl, []byte("<?xml")) {
		return x, nil
	}
	if end := bytes.Index(decl, []byte("?>")); end >= 0 {
		decl = decl[:end]
	}
	if _, enc, ok := bytes.Cut(decl, []byte("encoding")); ok {
		enc = bytes.TrimLeft(enc, " \t\r\n=")
		if len(enc) > 0 {
			if end := bytes.IndexByte(enc[1:], enc[0]); end >= 0 && !bytes.EqualFold(enc[1:end+1], []byte("utf-8")) {
				return nil, fmt.Errorf("%s is in the encoding %q, not UTF-8", part, enc[1:end+1])
			}
		}
	}
	return x, nil
}

// errorf reports a problem at byte offset at of the part.
func (x *xmlScanner) errorf(at int, format string, args ...any) error {
	return fmt.Errorf("%s is not well-formed XML at byte %d: %s", x.part, at, fmt.Sprintf(format, args...))
}

// next reads the next tag or text, passing over comments, processing
// instructions and declarations.
func (x *xmlScanner) next() (token, error) {
	for {
		if x.pos >= len(x.data) {
			if n := len(x.open); n > 0 {
				return tokEOF, x.errorf(x.pos, "the part ends inside <%s>", x.open[n-1])
			}
			return tokEOF, nil
		}
		rest := x.data[x.pos:]
		if rest[0] != '<' {
			n := bytes.IndexByte(rest, '<')
			if n < 0 {
				n = len(rest)
			}
			x.text, x.pos = rest[:n], x.pos+n
			return tokText, nil
		}
		switch {
		case len(rest) > 1 && rest[1] == '/':
			return tokEnd, x.endTag()
		case len(rest) > 1 && rest[1] == '?':
			if err := x.skipPast("?>"); err != nil {
				return tokEOF, err
			}
		case bytes.HasPrefix(rest, []byte("<!--")):
			if err := x.skipPast("-->"); err != nil {
				return tokEOF, err
			}
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			end := bytes.Index(rest, []byte("]]>"))
			if end < 0 {
				return tokEOF, x.errorf(x.pos, "unexpected EOF in CDATA section")
			}
			x.text, x.pos = rest[len("<![CDATA["):end], x.pos+end+len("]]>")
			return tokCDATA, nil
		case len(rest) > 1 && rest[1] == '!':
			if err := x.skipDecl(); err != nil {
				return tokEOF, err
			}
		default:
			return tokStart, x.startTag()
		}
	}
}

// skipPast moves past the next occurrence of end.
func (x *xmlScanner) skipPast(end string) error {
	n := bytes.Index(x.data[x.pos:], []byte(end))
	if n < 0 {
		return x.errorf(x.pos, "unexpected EOF: no %q", end)
	}
	x.pos += n + len(end)
	return nil
}

// skipDecl moves past a declaration such as <!DOCTYPE ...>, which may
// hold an internal subset in brackets and quoted strings.
func (x *xmlScanner) skipDecl() error {
	depth := 0
	for i := x.pos + 2; i < len(x.data); i++ {
		switch x.data[i] {
		case '"', '\'':
			n := bytes.IndexByte(x.data[i+1:], x.data[i])
			if n < 0 {
				return x.errorf(i, "unexpected EOF in a quoted string")
			}
			i += n + 1
		case '[':
			depth++
		case ']':
			depth--
		case '>':
			if depth <= 0 {
				x.pos = i + 1
				return nil
			}
		}
	}
	return x.errorf(x.pos, "unexpected EOF in a declaration")
}

// isSpace reports XML white space.
func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// nameEnd marks the bytes that end a name: white space and markup.
var nameEnd = [256]bool{' ': true, '\n': true, '\t': true, '\r': true,
	'>': true, '/': true, '=': true, '<': true, '"': true, '\'': true}

// scanName reads a name at x.pos: everything up to white space or one of
// the bytes that end one.
func (x *xmlScanner) scanName() []byte {
	start, i := x.pos, x.pos
	for i < len(x.data) && !nameEnd[x.data[i]] {
		i++
	}
	x.pos = i
	return x.data[start:i]
}

func (x *xmlScanner) skipSpace() {
	for x.pos < len(x.data) && isSpace(x.data[x.pos]) {
		x.pos++
	}
}

// startTag reads <name attr="value" ...> or <name .../>.
func (x *xmlScanner) startTag() error {
	at := x.pos
	x.pos++
	x.name = x.scanName()
	if len(x.name) == 0 {
		return x.errorf(at, "a tag without a name")
	}
	x.local = localName(x.name)
	x.attrs, x.empty = x.attrs[:0], false
	for {
		x.skipSpace()
		if x.pos >= len(x.data) {
			return x.errorf(at, "unexpected EOF in <%s>", x.name)
		}
		switch x.data[x.pos] {
		case '>':
			x.pos++
			return x.push(at)
		case '/':
			if x.pos+1 >= len(x.data) || x.data[x.pos+1] != '>' {
				return x.errorf(x.pos, "expected /> in element <%s>", x.name)
			}
			x.pos += 2
			x.empty = true
			return nil
		}
		name := x.scanName()
		x.skipSpace()
		if len(name) == 0 || x.pos >= len(x.data) || x.data[x.pos] != '=' {
			return x.errorf(x.pos, "an attribute without a value in <%s>", x.name)
		}
		x.pos++
		x.skipSpace()
		if x.pos >= len(x.data) || x.data[x.pos] != '"' && x.data[x.pos] != '\'' {
			return x.errorf(x.pos, "an unquoted attribute value in <%s>", x.name)
		}
		quote := x.data[x.pos]
		x.pos++
		n := bytes.IndexByte(x.data[x.pos:], quote)
		if n < 0 {
			return x.errorf(at, "unexpected EOF in <%s>", x.name)
		}
		value := x.data[x.pos : x.pos+n]
		if bytes.IndexByte(value, '<') >= 0 {
			return x.errorf(x.pos, "unescaped < inside quoted string")
		}
		x.attrs = append(x.attrs, xmlAttr{name, value})
		x.pos += n + 1
	}
}

func (x *xmlScanner) push(at int) error {
	if len(x.open) >= maxDepth {
		return x.errorf(at, "elements nested more than %d deep", maxDepth)
	}
	x.open = append(x.open, x.name)
	return nil
}

// endTag reads </name>, which must close the element open last.
func (x *xmlScanner) endTag() error {
	at := x.pos
	x.pos += 2
	x.name = x.scanName()
	x.skipSpace()
	if x.pos >= len(x.data) || x.data[x.pos] != '>' {
		return x.errorf(at, "invalid end tag </%s", x.name)
	}
	x.pos++
	n := len(x.open)
	if n == 0 {
		return x.errorf(at, "</%s> closes no element", x.name)
	}
	if string(x.name) != string(x.open[n-1]) {
		return x.errorf(at, "</%s> closes <%s>", x.name, x.open[n-1])
	}
	x.open = x.open[:n-1]
	return nil
}

// skip moves past the end of the element whose start tag was read last.
func (x *xmlScanner) skip() error {
	if x.empty {
		return nil
	}
	depth := len(x.open)
	for len(x.open) >= depth {
		if _, err := x.next(); err != nil {
			return err
		}
	}
	return nil
}

// appendContent appends the text of the element whose start tag was read
// last, up to its end tag: its character data and CDATA sections, not
// the text of elements inside it (as encoding/xml fills a string).
func (x *xmlScanner) appendContent(dst []byte) ([]byte, error) {
	if x.empty {
		return dst, nil
	}
	for {
		at := x.pos
		tok, err := x.next()
		if err != nil {
			return dst, err
		}
		switch tok {
		case tokText, tokCDATA:
			kind := charData
			if tok == tokCDATA {
				kind = cdataText
			}
			if dst, err = appendText(dst, x.text, kind); err != nil {
				return dst, x.errorf(at, "%v", err)
			}
		case tokStart:
			if err := x.skip(); err != nil {
				return dst, err
			}
		case tokEnd:
			return dst, nil
		}
	}
}

// attr returns the decoded value of the start tag's last attribute with
// the local name, and whether there is one.
func (x *xmlScanner) attr(local string, dst []byte) ([]byte, bool, error) {
	found := -1
	for i, a := range x.attrs {
		if string(localName(a.name)) == local {
			found = i
		}
	}
	if found < 0 {
		return dst, false, nil
	}
	v, err := x.attrText(x.attrs[found], dst)
	return v, true, err
}

// attrText decodes an attribute's value: the value as written when it
// needs no decoding, else appended to dst.
func (x *xmlScanner) attrText(a xmlAttr, dst []byte) ([]byte, error) {
	if plainLen(a.value) == len(a.value) {
		return a.value, nil
	}
	v, err := appendText(dst, a.value, attrValue)
	if err != nil {
		return v, x.errorf(x.pos, "attribute %s of <%s>: %v", a.name, x.name, err)
	}
	return v, nil
}

// localName is a name without its namespace prefix, as encoding/xml
// splits it: "x:c" is "c", but ":c" and "x:" have none.
func localName(name []byte) []byte {
	for i, b := range name {
		if b == ':' {
			if i == 0 || i == len(name)-1 {
				return name
			}
			return name[i+1:]
		}
	}
	return name
}

// is reports whether the start tag read last has the local name local.
func (x *xmlScanner) is(local string) bool {
	return string(x.local) == local
}
