package yamledit

import (
	"errors"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v4"
)

// AppendItem returns src with a new item (fields, in order) appended to the
// list named list of recommendation id, such as an assessment under
// implementation:, laid out and styled like the list's items. An absent or
// empty list is created. Every other byte stays; the result is parsed again
// and must read back with the new item and everything else as before, or
// AppendItem returns an error and no output.
func AppendItem(src []byte, id, list string, fields []Field) ([]byte, error) {
	out, err := appendItem(src, id, list, fields)
	if err != nil {
		return nil, fmt.Errorf("recommendation %q, new %s item: %w", id, list, err)
	}
	return out, nil
}

func appendItem(src []byte, id, list string, fields []Field) ([]byte, error) {
	if err := checkKey(list); err != nil {
		return nil, err
	}
	if err := checkFields(fields); err != nil {
		return nil, err
	}
	s, err := parse(src)
	if err != nil {
		return nil, err
	}
	i, err := s.find(id)
	if err != nil {
		return nil, err
	}
	m, err := s.mappingAt(path{rec: i})
	if err != nil {
		return nil, err
	}
	out, err := s.appendTo(m, list, fields, false)
	if err != nil {
		return nil, err
	}
	return out, verifyAppended(s, out, path{rec: i, list: list}, fields)
}

// AppendRecommendation returns src, a recommendations file, with a new
// recommendation appended to its recommendations: list (created when
// absent or empty), laid out like the recommendations before it: the same
// indentation, blank lines between items when they have them, and each
// value in the style the same field has in the last recommendation giving
// it. Fields equal to the file's defaults: are left out, since the
// defaults supply them. fields must include the id, which the file must
// not hold yet. The guarantees of AppendItem hold.
func AppendRecommendation(src []byte, fields []Field) ([]byte, error) {
	out, err := appendRecommendation(src, fields)
	if err != nil {
		return nil, fmt.Errorf("new recommendation: %w", err)
	}
	return out, nil
}

func appendRecommendation(src []byte, fields []Field) ([]byte, error) {
	if err := checkFields(fields); err != nil {
		return nil, err
	}
	id := ""
	for _, f := range fields {
		if f.Key == "id" && f.Value.kind == kindText {
			id = f.Value.text
		}
	}
	if strings.TrimSpace(id) == "" {
		return nil, errors.New("it has no id")
	}
	s, err := parseDoc(src)
	if err != nil {
		return nil, err
	}
	if s.recs != nil {
		if _, err := s.find(id); err == nil {
			return nil, fmt.Errorf("id %q is already in the file", id)
		}
	}
	defaults := s.defaults()
	var written []Field
	for _, f := range fields {
		if n := lookup(defaults, f.Key); n == nil || !equalsDefault(n, f.Value) {
			written = append(written, f)
		}
	}
	root := &mapping{node: s.root, after: s.docEnd()}
	out, err := s.appendTo(root, "recommendations", written, true)
	if err != nil {
		return nil, err
	}
	return out, verifyAppended(s, out, path{rec: -1}, written)
}

// Fit is how a file's defaults: fit a new recommendation's fields.
type Fit struct {
	Same   []string // defaults equal to a field: left out when appended
	Differ []string // defaults a field overrides
	Fill   []string // defaults for fields not given: the recommendation takes them
}

// DefaultsFit compares the defaults: of a recommendations file with the
// fields of a recommendation to append, to choose the file it fits best.
func DefaultsFit(src []byte, fields []Field) (Fit, error) {
	s, err := parseDoc(src)
	if err != nil {
		return Fit{}, err
	}
	var fit Fit
	d := s.defaults()
	if d == nil {
		return fit, nil
	}
	for k := 0; k+1 < len(d.Content); k += 2 {
		key := d.Content[k].Value
		given := -1
		for j, f := range fields {
			if f.Key == key {
				given = j
			}
		}
		switch {
		case given < 0:
			fit.Fill = append(fit.Fill, key)
		case equalsDefault(d.Content[k+1], fields[given].Value):
			fit.Same = append(fit.Same, key)
		default:
			fit.Differ = append(fit.Differ, key)
		}
	}
	return fit, nil
}

// defaults is the file's defaults: mapping, or nil.
func (s *source) defaults() *yaml.Node {
	if d := lookup(s.root, "defaults"); d != nil && d.Kind == yaml.MappingNode {
		return d
	}
	return nil
}

// equalsDefault reports whether default n means v: the same value, or for
// a list of one, the single text the loader reads as that list.
func equalsDefault(n *yaml.Node, v Value) bool {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if checkField(n, v) == nil {
		return true
	}
	return v.kind == kindList && len(v.list) == 1 && n.Kind == yaml.ScalarNode && n.Tag == "!!str" && n.Value == v.list[0]
}

// appendTo appends an item of fields to the list that is the value of key
// in m: after its last item, or as the list's first item when the key has
// no value or "[]", or with the key itself after m's last pair. blank asks
// for blank lines around the item when the list's own items do not show
// (the top-level list: the example files have them).
func (s *source) appendTo(m *mapping, key string, fields []Field, blank bool) ([]byte, error) {
	if len(m.node.Content) == 0 {
		return nil, errors.New("the file has no fields")
	}
	keyIndent := m.node.Content[0].Column - 1
	fresh := itemShape{dash: keyIndent + 2, key: keyIndent + 4}
	k := keyIndex(m.node, key)
	if k < 0 {
		text, err := itemText(fields, fresh)
		if err != nil {
			return nil, err
		}
		last, err := s.locate(m, len(m.node.Content)-2)
		if err != nil {
			return nil, err
		}
		lead := "\n"
		if blank {
			lead = "\n\n"
		}
		add := lead + strings.Repeat(" ", keyIndent) + key + ":\n" + text
		return splice(s.src, last.end, last.end, s.newlines(add)), nil
	}
	val := m.node.Content[k+1]
	switch {
	case val.Kind == yaml.ScalarNode && val.Tag == "!!null" && val.Value == "",
		val.Kind == yaml.SequenceNode && len(val.Content) == 0:
		text, err := itemText(fields, fresh)
		if err != nil {
			return nil, err
		}
		p, err := s.locate(m, k)
		if err != nil {
			return nil, err
		}
		// The comment after the key (or after "[]") stays on its line.
		return splice(s.src, p.colon+1, p.end, s.newlines(p.carry+"\n"+text)), nil
	case val.Kind == yaml.SequenceNode && val.Style&yaml.FlowStyle == 0:
		itemEnd := func(j int) (int, error) {
			im := s.itemMapping(m, k, j)
			if err := blockMapping(im.node, key+" item"); err != nil {
				return 0, err
			}
			p, err := s.locate(im, len(im.node.Content)-2)
			return p.end, err
		}
		sh, err := s.shapeOf(val, itemEnd, blank)
		if err != nil {
			return nil, err
		}
		text, err := itemText(fields, sh)
		if err != nil {
			return nil, err
		}
		end, err := itemEnd(len(val.Content) - 1)
		if err != nil {
			return nil, err
		}
		sep := "\n"
		if sh.blank {
			sep = "\n\n"
		}
		return splice(s.src, end, end, s.newlines(sep+text)), nil
	}
	return nil, fmt.Errorf("%s on line %d is not a list of \"- \" items: add the item by hand", key, val.Line)
}
