package yamledit

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"

	"go.yaml.in/yaml/v4"
)

// verify checks that out parses, that recommendation i's field reads back
// as v, and that everything else decodes as it did in the source.
func verify(before *source, out []byte, i int, field string, v Value) error {
	after, err := parse(out)
	if err != nil {
		return err
	}
	if len(after.recs.Content) != len(before.recs.Content) {
		return errors.New("the edit changed the number of recommendations")
	}
	item := after.recs.Content[i]
	if item.Kind != yaml.MappingNode {
		return errors.New("the edit broke the recommendation's mapping")
	}
	if err := checkField(lookup(item, field), v); err != nil {
		return err
	}
	var old, now any
	if err := yaml.Unmarshal(before.src, &old); err != nil {
		return err
	}
	if err := yaml.Unmarshal(out, &now); err != nil {
		return err
	}
	dropField(old, i, field)
	dropField(now, i, field)
	if !reflect.DeepEqual(old, now) {
		return errors.New("the edit changed other values too")
	}
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

// dropField removes field from recommendation i of a decoded file.
func dropField(doc any, i int, field string) {
	m, _ := doc.(map[string]any)
	recs, _ := m["recommendations"].([]any)
	if i < len(recs) {
		if item, ok := recs[i].(map[string]any); ok {
			delete(item, field)
		}
	}
}
