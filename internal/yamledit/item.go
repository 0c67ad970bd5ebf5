package yamledit

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// Field is one key and value of an item to append.
type Field struct {
	Key   string
	Value Value
}

// checkFields rejects fields no item can hold: bad keys or values,
// removals, a key given twice, or nothing at all.
func checkFields(fields []Field) error {
	seen := map[string]bool{}
	for _, f := range fields {
		if err := checkKey(f.Key); err != nil {
			return fmt.Errorf("%q: %w", f.Key, err)
		}
		if err := f.Value.check(); err != nil {
			return fmt.Errorf("%s: %w", f.Key, err)
		}
		if f.Value.kind == kindRemove {
			return fmt.Errorf("%s: a new item has no field to remove: leave it out", f.Key)
		}
		if seen[f.Key] {
			return fmt.Errorf("%s is given twice", f.Key)
		}
		seen[f.Key] = true
	}
	if len(seen) == 0 {
		return errors.New("the new item has no fields")
	}
	return nil
}

// itemShape is how the items of a list are laid out: the column of their
// "-" and of their keys, whether a blank line separates them, and where an
// existing item holds a key, for its style.
type itemShape struct {
	dash, key int
	blank     bool
	style     func(key string) *yaml.Node
}

// itemText writes fields as one "- " item of shape sh, the item's first
// line starting at a line start. Each value takes the first rendering that
// reads back as itself on its own, preferring the style of the same key in
// the items before.
func itemText(fields []Field, sh itemShape) (string, error) {
	var b strings.Builder
	first := true
	for _, f := range fields {
		l := layout{field: f.Key, keyIndent: sh.key, listIndent: sh.key + 2, blockIndent: sh.key + 2}
		if sh.style != nil {
			l.orig = styleFor(sh.style(f.Key), f.Value, l)
		}
		r, err := firstReadable(f, l)
		if err != nil {
			return "", err
		}
		if first {
			b.WriteString(strings.Repeat(" ", sh.dash) + "-" + strings.Repeat(" ", sh.key-sh.dash-1))
			first = false
		} else {
			b.WriteString("\n" + strings.Repeat(" ", sh.key))
		}
		b.WriteString(f.Key + ":")
		if r.head != "" {
			b.WriteString(" " + r.head)
		}
		b.WriteString(r.body)
	}
	return b.String(), nil
}

// firstReadable returns the first rendering of f that, written as a
// one-key mapping at l's indentation, reads back as f's value.
func firstReadable(f Field, l layout) (rendering, error) {
	var err error
	for _, r := range renderings(f.Value, l) {
		line := strings.Repeat(" ", l.keyIndent) + f.Key + ":"
		if r.head != "" {
			line += " " + r.head
		}
		var doc yaml.Node
		if err = yaml.Unmarshal([]byte(line+r.body+"\n"), &doc); err != nil {
			continue
		}
		if len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode {
			if err = checkField(lookup(doc.Content[0], f.Key), f.Value); err == nil {
				return r, nil
			}
		}
	}
	return rendering{}, fmt.Errorf("%s: could not write %s so that it reads back unchanged (%v)", f.Key, f.Value, err)
}

// shapeOf reads the layout of the items of a block sequence that has some:
// the last item's dash and key columns, and blank lines between the last
// two items (defaultBlank when there is only one).
func (s *source) shapeOf(seq *yaml.Node, itemEnd func(j int) (int, error), defaultBlank bool) (itemShape, error) {
	items := seq.Content
	last := items[len(items)-1]
	if err := blockMapping(last, "last item"); err != nil {
		return itemShape{}, err
	}
	keyOff := s.offset(last.Content[0].Line, last.Content[0].Column)
	before := strings.TrimRight(string(s.src[s.lineStart(keyOff):keyOff]), " ")
	if !strings.HasSuffix(before, "-") || strings.Trim(before, " -") != "" || strings.Count(before, "-") != 1 {
		return itemShape{}, fmt.Errorf("the item on line %d does not start with \"- key:\" on one line: add the new item by hand", last.Line)
	}
	sh := itemShape{dash: len(before) - 1, key: last.Content[0].Column - 1, blank: defaultBlank}
	if len(items) > 1 {
		end, err := itemEnd(len(items) - 2)
		if err != nil {
			return itemShape{}, err
		}
		// The lines between the two items, less the rest of the first
		// one's last line and the start of the second one's.
		lines := strings.Split(strings.ReplaceAll(string(s.src[end:s.startOf(last)]), "\r", ""), "\n")
		sh.blank = false
		for _, l := range lines[1:max(1, len(lines)-1)] {
			sh.blank = sh.blank || strings.TrimSpace(l) == ""
		}
	}
	sh.style = func(key string) *yaml.Node {
		for j := len(items) - 1; j >= 0; j-- {
			if items[j].Kind == yaml.MappingNode {
				if n := lookup(items[j], key); n != nil {
					return n
				}
			}
		}
		return nil
	}
	return sh, nil
}

// styleFor returns the node whose style a new value follows: n, unless it
// has none (empty) or is a block scalar while the value is a short line,
// which reads best on the key's line.
func styleFor(n *yaml.Node, v Value, l layout) *yaml.Node {
	if n == nil || n.Tag == "!!null" && n.Value == "" {
		return nil
	}
	short := v.kind != kindText || !strings.Contains(v.text, "\n") && l.keyIndent+len(l.field)+2+utf8.RuneCountInString(v.text) <= lineWidth
	if n.Kind == yaml.ScalarNode && n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 && short {
		return nil
	}
	return n
}
