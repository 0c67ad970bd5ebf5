package yamledit

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v4"
)

// pair is where one key/value of a recommendation stands in the source.
// The value's text is replaced from colon+1 to end; gap (the spaces
// before the value) and carry (the comment after it) are kept.
type pair struct {
	keyOff int // where the key starts
	colon  int // offset of the ':' after the key
	end    int // end of the value's last line, before the newline
	gap    string
	carry  string
	oldLen int // bytes of the old value on the key's line, for aligning carry
	indent int // column of the key, 0-based
	// listIndent and blockIndent are the indentations of the value's block
	// list items or block scalar lines, -1 when it has none.
	listIndent, blockIndent int
}

// prevLine returns the line ending just before b (b is a line start or the
// end of the file): its start and the end of its text.
func (s *source) prevLine(b int) (start, end int) {
	end = b
	if end > 0 && s.src[end-1] == '\n' {
		end--
	}
	start = s.lineStart(end)
	if end > start && s.src[end-1] == '\r' {
		end--
	}
	return start, end
}

// indentOf counts the leading spaces of a line.
func indentOf(line []byte) int { return len(line) - len(bytes.TrimLeft(line, " ")) }

// pairEnd returns where pair k of mapping m ends: the end of the
// last line holding part of its value. Trailing blank and comment lines are
// left out: they belong to what follows.
func (s *source) pairEnd(m *mapping, k, blockIndent int) int {
	key := m.node.Content[k]
	keyOff := s.offset(key.Line, key.Column)
	first := s.lineEnd(keyOff)
	b := m.next(s, k)
	for b > first {
		start, end := s.prevLine(b)
		line := s.src[start:end]
		t := bytes.TrimSpace(line)
		ind := indentOf(line)
		blank := len(t) == 0
		comment := len(t) > 0 && t[0] == '#' && (blockIndent < 0 || ind < blockIndent)
		dash := string(t) == "-" && ind < key.Column // a next item's "-" on its own line
		if !blank && !comment && !dash {
			return end
		}
		b = start
	}
	return first
}

// locate finds the pair of key index k in mapping m.
func (s *source) locate(m *mapping, k int) (pair, error) {
	key, val := m.node.Content[k], m.node.Content[k+1]
	p := pair{keyOff: s.offset(key.Line, key.Column), indent: key.Column - 1, listIndent: -1, blockIndent: -1}
	keyEnd, ok := s.scalarEnd(p.keyOff)
	if !ok {
		return p, fmt.Errorf("cannot find the end of the key on line %d", key.Line)
	}
	p.colon = keyEnd + bytes.IndexByte(s.src[keyEnd:s.lineEnd(keyEnd)], ':')
	if p.colon < keyEnd {
		return p, fmt.Errorf("key %q on line %d is not followed by ':' on its line", key.Value, key.Line)
	}
	lineEnd := s.lineEnd(p.colon)
	valOff := s.offset(val.Line, val.Column)
	isBlockScalar := val.Kind == yaml.ScalarNode && val.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0
	if isBlockScalar {
		p.blockIndent = s.blockContentIndent(valOff, p.indent)
	}
	if val.Kind == yaml.SequenceNode && val.Style&yaml.FlowStyle == 0 {
		p.listIndent = val.Column - 1
	}
	p.end = s.pairEnd(m, k, p.blockIndent)
	empty := val.Kind == yaml.ScalarNode && val.Tag == "!!null" && val.Value == ""
	if empty || valOff > lineEnd || valOff <= p.colon {
		// Nothing on the key's line but perhaps a comment: keep it.
		p.carry = string(s.src[p.colon+1 : lineEnd])
		if empty {
			p.end = lineEnd
		}
		return p, nil
	}
	p.gap = string(s.src[p.colon+1 : valOff])
	content := skipProperties(s.src, valOff)
	var valEnd int
	switch {
	case isBlockScalar:
		valEnd = content
		for valEnd < len(s.src) && !bytes.ContainsRune([]byte(" \t\r\n"), rune(s.src[valEnd])) {
			valEnd++
		}
	case val.Kind == yaml.ScalarNode && val.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0,
		val.Style&yaml.FlowStyle != 0 && val.Kind != yaml.ScalarNode:
		e, ok := s.scalarEnd(content)
		if !ok {
			return p, fmt.Errorf("cannot find the end of the value on line %d", val.Line)
		}
		valEnd = e
	default: // plain or alias: runs to the end, less a comment on its last line
		start := max(s.lineStart(p.end), content)
		valEnd = p.end
		if c := bytes.Index(s.src[start:p.end], []byte(" #")); c >= 0 {
			valEnd = start + c
		}
		valEnd = start + len(bytes.TrimRight(s.src[start:valEnd], " \t"))
	}
	rest := s.lineEnd(valEnd)
	if t := bytes.TrimSpace(s.src[valEnd:rest]); len(t) > 0 && t[0] != '#' {
		return p, fmt.Errorf("unexpected text after the value on line %d", val.Line)
	}
	p.carry = string(s.src[valEnd:rest])
	if s.lineStart(valEnd) == s.lineStart(valOff) {
		p.oldLen = valEnd - valOff
	}
	if !isBlockScalar {
		p.end = max(p.end, rest)
	}
	return p, nil
}

// blockContentIndent is the indentation of a block scalar's first
// non-blank line after its header at off.
func (s *source) blockContentIndent(off, keyIndent int) int {
	at := s.lineEnd(off) + 1
	for at < len(s.src) {
		e := s.lineEnd(at)
		line := s.src[at:e]
		if len(bytes.TrimSpace(line)) > 0 {
			if ind := indentOf(line); ind > keyIndent {
				return ind
			}
			break
		}
		at = e + 1
	}
	return keyIndent + 2
}

// skipProperties skips a node's tag and anchor ("!!str &a ").
func skipProperties(src []byte, off int) int {
	for off < len(src) && (src[off] == '!' || src[off] == '&') {
		for off < len(src) && src[off] != ' ' && src[off] != '\t' && src[off] != '\n' {
			off++
		}
		for off < len(src) && (src[off] == ' ' || src[off] == '\t') {
			off++
		}
	}
	return off
}

// scalarEnd scans a quoted scalar, a flow collection, or a plain key
// starting at off and returns the offset just after it.
func (s *source) scalarEnd(off int) (int, bool) {
	src := s.src
	if off >= len(src) {
		return off, false
	}
	switch src[off] {
	case '"', '\'':
		return quotedEnd(src, off)
	case '[', '{':
		depth := 0
		atStart := false // where a quoted item may begin
		for i := off; i < len(src); i++ {
			c := src[i]
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
				wasStart := atStart
				atStart = c == '[' || c == '{' || c == ',' || c == ':'
				if !wasStart && (c == '"' || c == '\'') {
					continue // an apostrophe inside a plain item: Côte d'Ivoire
				}
			}
			switch {
			case c == '"' || c == '\'':
				e, ok := quotedEnd(src, i)
				if !ok {
					return 0, false
				}
				i = e - 1
			case c == '#' && (src[i-1] == ' ' || src[i-1] == '\t'):
				i = s.lineEnd(i)
			case c == '[' || c == '{':
				depth++
			case c == ']' || c == '}':
				depth--
				if depth == 0 {
					return i + 1, true
				}
			}
		}
		return 0, false
	}
	// A plain key: up to ": " or ":" at the end of the line.
	end := s.lineEnd(off)
	for i := off; i < end; i++ {
		if src[i] == ':' && (i+1 == end || src[i+1] == ' ' || src[i+1] == '\t') {
			return i, true
		}
	}
	return 0, false
}

// quotedEnd returns the offset after the quoted scalar starting at off.
func quotedEnd(src []byte, off int) (int, bool) {
	q := src[off]
	for i := off + 1; i < len(src); i++ {
		switch {
		case q == '"' && src[i] == '\\':
			i++
		case src[i] == q && q == '\'' && i+1 < len(src) && src[i+1] == '\'':
			i++
		case src[i] == q:
			return i + 1, true
		}
	}
	return 0, false
}
