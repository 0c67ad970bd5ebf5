package yamledit

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// source is a YAML file with its parse tree and the byte offset of each
// line, to turn the parser's line:column starts into byte positions.
type source struct {
	src   []byte
	lines []int // lines[i] is the offset where line i+1 starts
	root  *yaml.Node
	recs  *yaml.Node // the recommendations: sequence
}

func parse(src []byte) (*source, error) {
	s, err := parseDoc(src)
	if err != nil {
		return nil, err
	}
	if s.recs == nil {
		return nil, errors.New("the file has no recommendations: list")
	}
	return s, nil
}

// parseDoc parses a recommendations file that may not have its list yet
// (recs is nil then).
func parseDoc(src []byte) (*source, error) {
	if s := parsed(src); s != nil {
		return s, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("the file is not valid YAML (%w): fix it first", err)
	}
	s := &source{src: src, lines: []int{0}}
	for i, c := range src {
		if c == '\n' {
			s.lines = append(s.lines, i+1)
		}
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("the file is not a mapping with a recommendations: list")
	}
	s.root = doc.Content[0]
	if v := lookup(s.root, "recommendations"); v != nil && v.Kind == yaml.SequenceNode {
		s.recs = v
	}
	return s, nil
}

// find returns the index of the recommendation with that id.
func (s *source) find(id string) (int, error) {
	found := -1
	for i, item := range s.recs.Content {
		if item.Kind != yaml.MappingNode {
			continue
		}
		if v := lookup(item, "id"); v != nil && v.Kind == yaml.ScalarNode && v.Value == id {
			if found >= 0 {
				return 0, fmt.Errorf("id %q appears twice (lines %d and %d): give each recommendation its own id",
					id, s.recs.Content[found].Line, item.Line)
			}
			found = i
		}
	}
	if found < 0 {
		return 0, fmt.Errorf("no recommendation has id %q in this file", id)
	}
	return found, nil
}

// lookup returns the value of key in mapping m, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	if k := keyIndex(m, key); k >= 0 {
		return m.Content[k+1]
	}
	return nil
}

// keyIndex returns the index in m.Content of key, or -1 (also for no m).
func keyIndex(m *yaml.Node, key string) int {
	if m == nil {
		return -1
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Kind == yaml.ScalarNode && m.Content[i].Value == key {
			return i
		}
	}
	return -1
}

// offset turns a 1-based line and column (counted in characters) into a
// byte offset.
func (s *source) offset(line, col int) int {
	if line < 1 || line > len(s.lines) {
		return len(s.src)
	}
	off := s.lines[line-1]
	for c := 1; c < col && off < len(s.src) && s.src[off] != '\n'; c++ {
		_, w := utf8.DecodeRune(s.src[off:])
		off += w
	}
	return off
}

// lineEnd returns the offset of the newline ending the line holding off
// (or the end of the file), before any carriage return.
func (s *source) lineEnd(off int) int {
	e := bytes.IndexByte(s.src[off:], '\n')
	if e < 0 {
		e = len(s.src)
	} else {
		e += off
	}
	if e > off && s.src[e-1] == '\r' {
		e--
	}
	return e
}

// lineStart returns the offset where the line holding off starts.
func (s *source) lineStart(off int) int {
	return bytes.LastIndexByte(s.src[:off], '\n') + 1
}
