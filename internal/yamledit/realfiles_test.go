package yamledit

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v4"
)

// realRecs is how many recommendations of each example file
// TestSameValueKeepsBytes tries: each check parses the file again, and the
// imported files hold hundreds.
const realRecs = 30

// TestSameValueKeepsBytes writes every field of the repository's example
// recommendations, and of their assessments, back with its own value: the
// files must not change.
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
		if len(s.recs.Content) > realRecs {
			// The file up to its realRecs+1th recommendation is still a
			// recommendations file, in the same styles.
			if s, err = parse(src[:s.startOf(s.recs.Content[realRecs])]); err != nil {
				t.Fatal(err)
			}
		}
		for i, item := range s.recs.Content {
			sameValues(t, file, s, path{rec: i})
			if impl := lookup(item, "implementation"); impl != nil {
				for j := range impl.Content {
					sameValues(t, file, s, path{rec: i, list: "implementation", item: j})
				}
			}
		}
	}
}

// sameValues writes every field of the mapping p leads to back with its own
// value, with SetField or SetItemField: the file must not change.
func sameValues(t *testing.T, file string, s *source, p path) {
	t.Helper()
	m, err := s.mappingAt(p)
	if err != nil {
		t.Fatal(err)
	}
	id := lookup(s.recs.Content[p.rec], "id").Value
	for k := 0; k+1 < len(m.node.Content); k += 2 {
		field, val := m.node.Content[k].Value, m.node.Content[k+1]
		v, ok := valueOf(val)
		if !ok {
			continue
		}
		var out []byte
		if p.list == "" {
			out, err = SetField(s.src, id, field, v)
		} else {
			out, err = SetItemField(s.src, id, p.list, p.item, field, v)
		}
		if err != nil || !bytes.Equal(out, s.src) {
			t.Errorf("%s: writing %s of %v back unchanged: error %v or the file changed", file, field, p, err)
		}
		// Without the shortcut for unchanged values, the rewritten value
		// must still verify, and keep its bytes unless it is a block that
		// wraps differently.
		outs, err := s.candidates(m, field, v)
		if err != nil {
			t.Errorf("%s: %s of %v: %v", file, field, p, err)
			continue
		}
		first := outs[0].apply(s.src)
		if err := verify(s, first, fieldEdit{p, field, v}); err != nil {
			t.Errorf("%s: %s of %v: %v", file, field, p, err)
		}
		if keepsStyle(s, m, k) && !bytes.Equal(first, s.src) {
			t.Errorf("%s: rewriting %s of %v with its own value changed the file", file, field, p)
		}
	}
}

// keepsStyle reports whether pair k's value is in a style renderings
// reproduce byte for byte: on one line, and not a list of single-quoted
// items. Folded blocks wrap on their own terms, and a value another writer
// wrapped is rewritten on one line (or folded when long).
func keepsStyle(s *source, m *mapping, k int) bool {
	val := m.node.Content[k+1]
	p, err := s.locate(m, k)
	if err != nil || val.Style&yaml.FoldedStyle != 0 || s.lineStart(p.colon) != s.lineStart(p.end) {
		return false
	}
	for _, it := range val.Content {
		if it.Style&yaml.SingleQuotedStyle != 0 {
			return false
		}
	}
	return true
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
