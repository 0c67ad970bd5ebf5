package yamledit

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v4"
)

// TestSameValueKeepsBytes writes every field of the repository's example
// recommendations back with its own value: the files must not change.
func TestSameValueKeepsBytes(t *testing.T) {
	files, err := filepath.Glob("../../recommendations/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example recommendations found: %v", err)
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		s, err := parse(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, item := range s.recs.Content {
			id := lookup(item, "id").Value
			for k := 0; k+1 < len(item.Content); k += 2 {
				field, val := item.Content[k].Value, item.Content[k+1]
				v, ok := valueOf(val)
				if !ok {
					continue
				}
				if out, err := SetField(src, id, field, v); err != nil || !bytes.Equal(out, src) {
					t.Errorf("%s: writing %s of %s back unchanged: error %v or the file changed", file, field, id, err)
				}
				// Without SetField's shortcut for unchanged values, the
				// rewritten value must still verify, and keep its bytes
				// unless it is a block that wraps differently.
				i, _ := s.find(id)
				outs, err := s.candidates(i, field, v)
				if err != nil {
					t.Errorf("%s: %s of %s: %v", file, field, id, err)
					continue
				}
				if err := verify(s, outs[0], i, field, v); err != nil {
					t.Errorf("%s: %s of %s: %v", file, field, id, err)
				}
				if val.Style&yaml.FoldedStyle == 0 && !bytes.Equal(outs[0], src) {
					t.Errorf("%s: rewriting %s of %s with its own value changed the file", file, field, id)
				}
			}
		}
	}
}

// valueOf returns the Value a node holds, for texts, numbers and lists.
func valueOf(n *yaml.Node) (Value, bool) {
	switch {
	case n.Kind == yaml.ScalarNode && n.Tag == "!!str":
		return Text(n.Value), true
	case n.Kind == yaml.ScalarNode && n.Tag == "!!int":
		var i int
		if err := n.Decode(&i); err == nil {
			return Int(i), true
		}
	case n.Kind == yaml.SequenceNode:
		var items []string
		if err := n.Decode(&items); err == nil {
			return List(items...), true
		}
	}
	return Value{}, false
}
