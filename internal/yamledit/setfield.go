package yamledit

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// SetField returns src with field of the recommendation whose id is id set
// to value (or removed), every other byte unchanged. A present value is
// rewritten in its old style when that style can hold the new value (plain,
// quoted, ">-" block wrapped at 76 columns, flow or block list); an absent
// field is added as a new line after the recommendation's last field. The
// result is parsed again and must read back with the new value and with
// everything else as before, or SetField returns an error and no output.
func SetField(src []byte, id, field string, value Value) ([]byte, error) {
	out, err := set(src, id, path{}, field, value)
	if err != nil {
		return nil, fmt.Errorf("recommendation %q, field %q: %w", id, field, err)
	}
	return out, nil
}

// SetItemField is SetField for a field of one item of a list of mappings
// in the recommendation: item (from 0) of list, such as the status of an
// assessment under implementation:. The same guarantees hold.
func SetItemField(src []byte, id, list string, item int, field string, value Value) ([]byte, error) {
	out, err := set(src, id, path{list: list, item: item}, field, value)
	if err != nil {
		return nil, fmt.Errorf("recommendation %q, %s item %d, field %q: %w", id, list, item+1, field, err)
	}
	return out, nil
}

// set changes field of the mapping p leads to in recommendation id (p.rec
// is filled in here).
func set(src []byte, id string, p path, field string, value Value) ([]byte, error) {
	if err := checkEdit(field, value); err != nil {
		return nil, err
	}
	s, err := parse(src)
	if err != nil {
		return nil, err
	}
	if p.rec, err = s.find(id); err != nil {
		return nil, err
	}
	candidates, err := s.changesFor(p, field, value)
	if err != nil {
		return nil, err
	}
	if candidates == nil {
		return src, nil
	}
	for _, c := range candidates {
		out := c.apply(s.src)
		if err = verify(s, out, fieldEdit{p, field, value}); err == nil {
			return out, nil
		}
	}
	return nil, fmt.Errorf("could not write %s so that it reads back unchanged (%w): edit the YAML file by hand", value, err)
}

// checkEdit rejects a value or a field name no file can hold.
func checkEdit(field string, value Value) error {
	if err := value.check(); err != nil {
		return err
	}
	return checkKey(field)
}

// changesFor returns the ways to set field of the mapping p leads to, the
// preferred first; none (nil) when it already holds value: a value written
// back unchanged leaves the file alone, even where rewriting it would wrap
// it differently.
func (s *source) changesFor(p path, field string, value Value) ([]change, error) {
	m, err := s.mappingAt(p)
	if err != nil {
		return nil, err
	}
	if k := keyIndex(m.node, field); k >= 0 && value.kind != kindRemove && checkField(m.node.Content[k+1], value) == nil {
		return nil, nil
	}
	return s.candidates(m, field, value)
}

// checkKey rejects what cannot be a plain key.
func checkKey(field string) error {
	if field == "" || !plainSafe(field, true) {
		return errors.New("not a field name: use the names of the recommendation file (text, response, notes...)")
	}
	return nil
}

// change is one way to make an edit: src[from:to] replaced by repl.
type change struct {
	from, to int
	repl     string
}

func (c change) apply(src []byte) []byte { return splice(src, c.from, c.to, c.repl) }

// candidates returns the possible changes, the preferred first.
func (s *source) candidates(m *mapping, field string, value Value) ([]change, error) {
	item := m.node
	k := keyIndex(item, field)
	if value.kind == kindRemove {
		if k < 0 {
			return []change{{}}, nil
		}
		c, err := s.remove(m, k)
		return []change{c}, err
	}
	l := layout{field: field, keyIndent: item.Content[0].Column - 1}
	l.listIndent, l.blockIndent = l.keyIndent+2, l.keyIndent+2
	var outs []change
	if k >= 0 {
		p, err := s.locate(m, k)
		if err != nil {
			return nil, err
		}
		if old := item.Content[k+1]; !(old.Tag == "!!null" && old.Value == "") {
			l.orig = old
		}
		if p.listIndent >= 0 {
			l.listIndent = p.listIndent
		}
		if p.blockIndent >= 0 {
			l.blockIndent = p.blockIndent
		}
		gap := p.gap
		if gap == "" || strings.ContainsAny(gap, "\r\n") {
			gap = " "
		}
		for _, r := range renderings(value, l) {
			repl := gap + r.head + align(p.carry, len(p.gap)+p.oldLen-len(gap)-len(r.head)) + r.body
			if r.head == "" {
				repl = p.carry + r.body
			}
			outs = append(outs, change{p.colon + 1, p.end, s.newlines(repl)})
		}
		return outs, nil
	}
	last, err := s.locate(m, len(item.Content)-2)
	if err != nil {
		return nil, err
	}
	for _, r := range renderings(value, l) {
		line := "\n" + strings.Repeat(" ", l.keyIndent) + field + ":"
		if r.head != "" {
			line += " " + r.head
		}
		outs = append(outs, change{last.end, last.end, s.newlines(line + r.body)})
	}
	return outs, nil
}

// remove deletes pair k's lines, or for the first field of a "- " item,
// its text up to the next field, which takes its place after the dash.
func (s *source) remove(m *mapping, k int) (change, error) {
	item := m.node
	p, err := s.locate(m, k)
	if err != nil {
		return change{}, err
	}
	ls := s.lineStart(p.keyOff)
	if strings.TrimLeft(string(s.src[ls:p.keyOff]), " ") != "" {
		if k+2 >= len(item.Content) {
			return change{}, errors.New("it is the recommendation's only field: delete the recommendation by hand instead")
		}
		next := item.Content[k+2]
		return change{p.keyOff, s.offset(next.Line, next.Column), ""}, nil
	}
	if nl := bytes.IndexByte(s.src[p.end:], '\n'); nl >= 0 {
		return change{ls, p.end + nl + 1, ""}, nil
	}
	from := max(ls-1, 0)
	if from > 0 && s.src[from-1] == '\r' {
		from--
	}
	return change{from, len(s.src), ""}, nil
}

// newlines turns the line breaks of new text into the file's own.
func (s *source) newlines(text string) string {
	if bytes.Contains(s.src, []byte("\r\n")) {
		return strings.ReplaceAll(text, "\n", "\r\n")
	}
	return text
}

// align keeps a comment after a value at its column where there is room:
// carry is the spaces and comment, delta how much longer the old value was.
func align(carry string, delta int) string {
	spaces := len(carry) - len(strings.TrimLeft(carry, " "))
	if spaces == 0 || spaces == len(carry) {
		return carry
	}
	return strings.Repeat(" ", max(1, spaces+delta)) + carry[spaces:]
}

func splice(src []byte, from, to int, repl string) []byte {
	out := make([]byte, 0, len(src)+len(repl))
	out = append(out, src[:from]...)
	out = append(out, repl...)
	return append(out, src[to:]...)
}
