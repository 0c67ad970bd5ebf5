package yamledit

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"

	"go.yaml.in/yaml/v4"
)

// fieldEdit is an edit as verify checks it: field of the mapping p leads
// to, set to v.
type fieldEdit struct {
	p     path
	field string
	v     Value
}

// verify checks that out parses, that each edited field reads back as its
// value, and that everything else decodes as it did in the source.
func verify(before *source, out []byte, edits ...fieldEdit) error {
	after, err := parse(out)
	if err != nil {
		return err
	}
	if len(after.recs.Content) != len(before.recs.Content) {
		return errors.New("the edit changed the number of recommendations")
	}
	for _, e := range edits {
		m, err := after.mappingAt(e.p)
		if err != nil {
			return fmt.Errorf("the edit broke the file's structure: %w", err)
		}
		if err := checkField(lookup(m.node, e.field), e.v); err != nil {
			return err
		}
	}
	old, now, err := decodeBoth(before, after)
	if err != nil {
		return err
	}
	for _, e := range edits {
		dropField(old, e.p, e.field)
		dropField(now, e.p, e.field)
	}
	if !reflect.DeepEqual(old, now) {
		return errors.New("the edit changed other values too")
	}
	remember(after)
	return nil
}

// checkField checks that n, the new value node, holds v.
func checkField(n *yaml.Node, v Value) error {
	if v.kind == kindRemove {
		if n != nil {
			return errors.New("the field is still there")
		}
		return nil
	}
	if n == nil {
		return errors.New("the field is missing")
	}
	got := fmt.Sprintf("%s %q", n.Tag, n.Value)
	switch v.kind {
	case kindInt:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!int" && n.Value == strconv.Itoa(v.num) {
			return nil
		}
	case kindDate:
		if n.Kind == yaml.ScalarNode && n.Value == v.text && n.Tag != "!!null" {
			return nil
		}
	case kindText:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!str" && n.Value == v.text {
			return nil
		}
	case kindList:
		ok := n.Kind == yaml.SequenceNode && len(n.Content) == len(v.list)
		for j := 0; ok && j < len(v.list); j++ {
			c := n.Content[j]
			ok = c.Kind == yaml.ScalarNode && c.Tag == "!!str" && c.Value == v.list[j]
		}
		if ok {
			return nil
		}
		got = fmt.Sprintf("a %d-item %s", len(n.Content), n.Tag)
	}
	return fmt.Errorf("the field reads back as %s, not %s", got, v)
}

// dropField removes field from the mapping p leads to in a decoded file.
func dropField(doc any, p path, field string) {
	if m := decodedAt(doc, p); m != nil {
		delete(m, field)
	}
}

// decodedAt returns the mapping p leads to in a decoded file, or nil.
func decodedAt(doc any, p path) map[string]any {
	m, _ := doc.(map[string]any)
	recs, _ := m["recommendations"].([]any)
	if p.rec >= len(recs) {
		return nil
	}
	item, _ := recs[p.rec].(map[string]any)
	if p.list == "" {
		return item
	}
	list, _ := item[p.list].([]any)
	if p.item >= len(list) {
		return nil
	}
	sub, _ := list[p.item].(map[string]any)
	return sub
}

// verifyAppended checks that out parses, that the list p leads to (the
// recommendations when p.rec < 0, else list p.list of recommendation p.rec)
// has one more item, the last, holding exactly fields, and that everything
// else decodes as before.
func verifyAppended(before *source, out []byte, p path, fields []Field) error {
	after, err := parseDoc(out)
	if err != nil {
		return err
	}
	if after.recs == nil {
		return errors.New("the edit lost the recommendations list")
	}
	items := func(seq *yaml.Node) int {
		if seq == nil || seq.Kind != yaml.SequenceNode {
			return 0
		}
		return len(seq.Content)
	}
	n := items(before.recs)
	var item *yaml.Node
	if p.rec < 0 {
		if items(after.recs) != n+1 {
			return errors.New("the edit did not add exactly one recommendation")
		}
		item = after.recs.Content[n]
	} else {
		if items(after.recs) != n || p.rec >= n {
			return errors.New("the edit changed the number of recommendations")
		}
		had := items(lookup(before.recs.Content[p.rec], p.list))
		list := lookup(after.recs.Content[p.rec], p.list)
		if items(list) != had+1 {
			return fmt.Errorf("the edit did not add exactly one item to %s", p.list)
		}
		item = list.Content[had]
	}
	if item.Kind != yaml.MappingNode || len(item.Content) != 2*len(fields) {
		return errors.New("the new item does not hold exactly its fields")
	}
	for _, f := range fields {
		if err := checkField(lookup(item, f.Key), f.Value); err != nil {
			return fmt.Errorf("%s: %w", f.Key, err)
		}
	}
	old, now, err := decodeBoth(before, after)
	if err != nil {
		return err
	}
	dropLast(now, p)
	dropEmptyList(old, p)
	dropEmptyList(now, p)
	if !reflect.DeepEqual(old, now) {
		return errors.New("the edit changed other values too")
	}
	remember(after)
	return nil
}

// listAt returns the mapping holding the list p leads to in a decoded file,
// and the list's key.
func listAt(doc any, p path) (map[string]any, string) {
	if p.rec < 0 {
		m, _ := doc.(map[string]any)
		return m, "recommendations"
	}
	return decodedAt(doc, path{rec: p.rec}), p.list
}

// dropLast removes the last item of the list p leads to.
func dropLast(doc any, p path) {
	if m, key := listAt(doc, p); m != nil {
		if l, ok := m[key].([]any); ok && len(l) > 0 {
			m[key] = l[:len(l)-1]
		}
	}
}

// dropEmptyList deletes the list p leads to when it is empty or null, so
// that "list:", "list: []" and no list compare equal.
func dropEmptyList(doc any, p path) {
	if m, key := listAt(doc, p); m != nil {
		if l, ok := m[key].([]any); (ok && len(l) == 0) || (m[key] == nil) {
			delete(m, key)
		}
	}
}

// decodeBoth decodes the files before and after an edit from their parse
// trees, which costs much less than parsing them again.
func decodeBoth(before, after *source) (old, now any, err error) {
	if err := before.root.Decode(&old); err != nil {
		return nil, nil, err
	}
	if err := after.root.Decode(&now); err != nil {
		return nil, nil, err
	}
	return old, now, nil
}
