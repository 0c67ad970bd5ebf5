package importer

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"
)

// fileDefaults are the fields a new file states once, under defaults:,
// when all its records share them.
type fileDefaults struct {
	State   string
	Cycle   int
	Session int
	Report  string
}

// item is one recommendation as it is written: its fields in the order a
// person reads them.
func item(id string, r *Record, def fileDefaults) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	str := func(k, v string) {
		if v = strings.TrimSpace(v); v != "" {
			m.Content = append(m.Content, scalar(k), text(v))
		}
	}
	num := func(k string, v int) {
		if v != 0 {
			m.Content = append(m.Content, scalar(k), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(v)})
		}
	}
	list := func(k string, vs []string) {
		if len(vs) > 0 {
			seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
			for _, v := range vs {
				seq.Content = append(seq.Content, text(v))
			}
			m.Content = append(m.Content, scalar(k), seq)
		}
	}
	str("id", id)
	str("paragraph", r.Paragraph)
	if r.StateUnderReview != def.State {
		str("state_under_review", r.StateUnderReview)
	}
	if r.Cycle != def.Cycle {
		num("cycle", r.Cycle)
	}
	if r.Session != def.Session {
		num("session", r.Session)
	}
	if r.Report != def.Report {
		str("report", r.Report)
	}
	list("from", r.From)
	str("text", r.Text)
	if t := m.Content[len(m.Content)-1]; m.Content[len(m.Content)-2].Value == "text" && len(t.Value) > 60 && !strings.ContainsAny(t.Value, "\n\t") && t.Value == strings.TrimSpace(t.Value) {
		// Long texts as folded blocks, wrapped, as people write them.
		t.Style = yaml.FoldedStyle
	}
	str("response", r.Response)
	str("response_source", r.ResponseSource)
	list("themes", r.Themes)
	list("affected_groups", r.AffectedGroups)
	list("sdgs", r.SDGs)
	num("action_category", r.ActionCategory)
	return m
}

func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

// text is a string scalar: tagged, so the encoder quotes what would
// otherwise read as a number or a date ("28.10", "2024-06").
func text(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

// newFile renders a recommendations file: a comment saying where the data
// came from, the defaults and the list.
func newFile(header string, def fileDefaults, items []*yaml.Node) ([]byte, error) {
	d := &yaml.Node{Kind: yaml.MappingNode}
	if def.State != "" {
		d.Content = append(d.Content, scalar("state_under_review"), text(def.State))
	}
	if def.Cycle != 0 {
		d.Content = append(d.Content, scalar("cycle"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(def.Cycle)})
	}
	if def.Session != 0 {
		d.Content = append(d.Content, scalar("session"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(def.Session)})
	}
	if def.Report != "" {
		d.Content = append(d.Content, scalar("report"), text(def.Report))
	}
	top := &yaml.Node{Kind: yaml.MappingNode, HeadComment: header}
	if len(d.Content) > 0 {
		top.Content = append(top.Content, scalar("defaults"), d)
	}
	top.Content = append(top.Content, scalar("recommendations"), &yaml.Node{Kind: yaml.SequenceNode, Content: items})
	out, err := encode(top)
	if err != nil {
		return nil, err
	}
	// Blank lines between the parts and between recommendations, as
	// people write them.
	out = bytes.ReplaceAll(out, []byte("\n  - id: "), []byte("\n\n  - id: "))
	out = bytes.Replace(out, []byte("\nrecommendations:\n\n"), []byte("\n\nrecommendations:\n"), 1)
	return bytes.Replace(out, []byte("\ndefaults:\n"), []byte("\n\ndefaults:\n"), 1), nil
}

func encode(n *yaml.Node) ([]byte, error) {
	var b bytes.Buffer
	e := yaml.NewEncoder(&b)
	e.SetIndent(2)
	if err := e.Encode(n); err != nil {
		return nil, fmt.Errorf("render the recommendations: %w", err)
	}
	if err := e.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// appended renders items as more entries of an existing block list whose
// dashes stand at column indent (from 0), to go at the end of its file.
func appended(comment string, indent int, items []*yaml.Node) ([]byte, error) {
	out, err := encode(&yaml.Node{Kind: yaml.SequenceNode, Content: items})
	if err != nil {
		return nil, err
	}
	pad := strings.Repeat(" ", indent)
	var b bytes.Buffer
	b.WriteString("\n")
	for _, l := range strings.Split(strings.TrimSpace(comment), "\n") {
		b.WriteString(pad + "# " + l + "\n")
	}
	for i, line := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		if i > 0 && strings.HasPrefix(line, "- ") {
			b.WriteString("\n")
		}
		b.WriteString(pad + line + "\n")
	}
	return b.Bytes(), nil
}
