package yamledit

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v4"
)

// path leads from the recommendations list to the mapping an edit works
// on: recommendation rec and, when list is set, item of that list (an
// assessment of implementation:, say).
type path struct {
	rec  int
	list string
	item int
}

// mapping is a block mapping being edited, with where the text after it
// starts: the line of the next node at its level or above, or the end of
// the document. Everything a pair of the mapping holds lies before it.
type mapping struct {
	node  *yaml.Node
	after int
}

// mappingAt finds the mapping p leads to.
func (s *source) mappingAt(p path) (*mapping, error) {
	if p.rec < 0 || p.rec >= len(s.recs.Content) {
		return nil, fmt.Errorf("no recommendation number %d", p.rec+1)
	}
	item := s.recs.Content[p.rec]
	if err := blockMapping(item, "recommendation"); err != nil {
		return nil, err
	}
	m := &mapping{node: item, after: s.afterRec(p.rec)}
	if p.list == "" {
		return m, nil
	}
	k := keyIndex(item, p.list)
	if k < 0 {
		return nil, fmt.Errorf("the recommendation has no %s", p.list)
	}
	seq := item.Content[k+1]
	if seq.Kind != yaml.SequenceNode || seq.Style&yaml.FlowStyle != 0 {
		return nil, fmt.Errorf("%s on line %d is not a list of \"- \" items: edit it by hand", p.list, seq.Line)
	}
	if p.item < 0 || p.item >= len(seq.Content) {
		return nil, fmt.Errorf("%s has no item number %d", p.list, p.item+1)
	}
	if err := blockMapping(seq.Content[p.item], p.list+" item"); err != nil {
		return nil, err
	}
	return s.itemMapping(m, k, p.item), nil
}

// itemMapping is item j of the list that is the value of pair k of m.
func (s *source) itemMapping(m *mapping, k, j int) *mapping {
	seq := m.node.Content[k+1]
	after := m.next(s, k)
	if j+1 < len(seq.Content) {
		after = s.startOf(seq.Content[j+1])
	}
	return &mapping{node: seq.Content[j], after: after}
}

// blockMapping checks that n is a mapping written one key per line.
func blockMapping(n *yaml.Node, what string) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("the %s on line %d is not a set of key: value lines: edit it by hand", what, n.Line)
	}
	if n.Style&yaml.FlowStyle != 0 || len(n.Content) == 0 {
		return fmt.Errorf("the %s on line %d is written in {...} form: write it one field per line, then sync again", what, n.Line)
	}
	return nil
}

// startOf is where the line holding node n starts.
func (s *source) startOf(n *yaml.Node) int {
	return s.lineStart(s.offset(n.Line, n.Column))
}

// next returns where the first node after pair k (a key index) starts: the
// mapping's next key, or what follows the mapping.
func (m *mapping) next(s *source, k int) int {
	if k+2 < len(m.node.Content) {
		return s.startOf(m.node.Content[k+2])
	}
	return m.after
}

// afterRec returns where the first node after recommendation i starts: the
// next recommendation, the next top-level key, or the end of the document.
func (s *source) afterRec(i int) int {
	if i+1 < len(s.recs.Content) {
		return s.startOf(s.recs.Content[i+1])
	}
	return s.afterList()
}

// afterList returns where what follows the recommendations list starts.
func (s *source) afterList() int {
	for j := 0; j+1 < len(s.root.Content); j += 2 {
		if s.root.Content[j+1] == s.recs && j+2 < len(s.root.Content) {
			return s.startOf(s.root.Content[j+2])
		}
	}
	return s.docEnd()
}

// docEnd is the end of the document: the file's end, or a "---" or "..."
// line that starts another.
func (s *source) docEnd() int {
	from := s.root.Line
	if s.recs != nil {
		from = s.recs.Line
	}
	for _, ls := range s.lines[min(from, len(s.lines)):] {
		if l := s.src[ls:s.lineEnd(ls)]; bytes.HasPrefix(l, []byte("---")) || bytes.HasPrefix(l, []byte("...")) {
			return ls
		}
	}
	return len(s.src)
}
