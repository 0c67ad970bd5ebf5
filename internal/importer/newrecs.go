package importer

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/upr-tools/submit/internal/workspace"
)

// writeNew puts the new recommendations in their files: appended to the
// file that holds their state and cycle, or in a new file.
func (m *merge) writeNew(origin string) error {
	for _, k := range m.order {
		recs := m.fresh[k]
		from := origin
		if o := sources(recs); o != "" {
			from = o
		}
		path, exists := m.target(k)
		if _, planned := m.files[path]; planned {
			// Two names of one file ("Xland", "XLand", both unknown):
			// the second group goes after the first, and the file is
			// read back like any other appended to.
			exists = true
			delete(m.made, path)
		}
		made := make([]*workspace.Recommendation, len(recs))
		for i, p := range recs {
			made[i] = decoded(path, p.id, p.r)
		}
		if !exists {
			def := commonDefaults(made)
			header := fmt.Sprintf("Recommendations made to %s in the UPR's cycle %d,\nimported by \"submit import\" from %s.\nImported fields are updated when you import again; lead, notes,\nimplementation and updated are yours and never touched.", k.state, k.cycle, from)
			m.files[path] = newFile(header, def, made)
			m.made[path] = made
			continue
		}
		src, err := m.source(path)
		if err != nil {
			return err
		}
		out, err := appendTo(path, src, made, fmt.Sprintf("imported from %s", from))
		if err != nil {
			return err
		}
		m.files[path] = out
	}
	return nil
}

// commonDefaults are the state, cycle, session and report that every
// record of a new file shares.
func commonDefaults(recs []*workspace.Recommendation) fileDefaults {
	def := fileDefaults{State: recs[0].StateUnderReview, Cycle: recs[0].Cycle, Session: recs[0].Session, Report: recs[0].Report}
	for _, r := range recs[1:] {
		if r.Session != def.Session {
			def.Session = 0
		}
		if r.Report != def.Report {
			def.Report = ""
		}
	}
	return def
}

// appendTo adds recommendations at the end of an existing file's list,
// leaving every byte before them as it was. The list must be the file's
// last top-level entry, in block form; the result must read back with the
// old recommendations unchanged and the new ones after them.
func appendTo(path string, src []byte, recs []*workspace.Recommendation, comment string) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: cannot add recommendations: the file does not read as a mapping with a recommendations list: fix it or move it away", path)
	}
	top := doc.Content[0]
	var def fileDefaults
	var list *yaml.Node
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch k.Value {
		case "defaults":
			def = readDefaults(v)
		case "recommendations":
			list = v
			if i+2 < len(top.Content) {
				return nil, fmt.Errorf("%s: cannot add recommendations: %q comes after the recommendations list; move the list to the end of the file", path, top.Content[i+2].Value)
			}
		}
	}
	if list == nil || list.Kind != yaml.SequenceNode || list.Style&yaml.FlowStyle != 0 || len(list.Content) == 0 {
		return nil, fmt.Errorf("%s: cannot add recommendations: it has no recommendations list written one item per line", path)
	}
	indent := list.Content[0].Column - 3 // the dash stands two columns before the item's first key
	more := appended(comment, indent, def, recs)
	out := bytes.TrimRight(src, " \t\r\n")
	out = append(append([]byte{}, out...), '\n')
	out = append(out, more...)
	if err := checkAppended(src, out, len(list.Content), len(recs)); err != nil {
		return nil, fmt.Errorf("%s: cannot add recommendations without changing the others (%w): import into a new workspace and copy them by hand", path, err)
	}
	return out, nil
}

func readDefaults(n *yaml.Node) fileDefaults {
	var d fileDefaults
	if n.Kind != yaml.MappingNode {
		return d
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		v := n.Content[i+1].Value
		switch n.Content[i].Value {
		case "state_under_review":
			d.State = v
		case "cycle":
			d.Cycle, _ = strconv.Atoi(v)
		case "session":
			d.Session, _ = strconv.Atoi(v)
		case "report":
			d.Report = v
		}
	}
	return d
}

// checkAppended parses the new file and compares its list with the old.
func checkAppended(before, after []byte, had, added int) error {
	var a, b struct {
		Recommendations []map[string]any `yaml:"recommendations"`
	}
	if err := yaml.Unmarshal(before, &a); err != nil {
		return err
	}
	if err := yaml.Unmarshal(after, &b); err != nil {
		return err
	}
	if len(a.Recommendations) != had || len(b.Recommendations) != had+added {
		return fmt.Errorf("%d recommendations read back, want %d", len(b.Recommendations), had+added)
	}
	for i := range a.Recommendations {
		if fmt.Sprint(a.Recommendations[i]) != fmt.Sprint(b.Recommendations[i]) {
			return fmt.Errorf("recommendation %d reads differently", i+1)
		}
	}
	return nil
}

// sources names the files the records came from, each once, in order.
func sources(recs []pending) string {
	var names []string
	for _, p := range recs {
		if n := filepath.Base(p.r.Pos.File); p.r.Pos.File != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}
