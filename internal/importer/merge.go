package importer

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/workers"
	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/yamledit"
)

// Plan merges records into the workspace's recommendations and returns
// the new contents of every file to write, by path, without writing.
//
// A record is the same recommendation as one in the data when they have
// the same state under review, cycle and paragraph number; a record
// without a paragraph number (UPR Info) when its id, made from its
// session, text and recommending states, is already there. The fields a
// source gives are updated (a "pending" from a Working Group report never
// replaces a response already given; themes, affected groups and SDGs
// gain the source's but keep those people chose); the fields only people fill in
// (lead, notes, implementation, last updated) are never touched. New
// recommendations go to the file that already holds the same state and
// cycle, else to a new file recommendations/STATE-cycleN.yaml.
func Plan(ws *workspace.Workspace, recs []Record, origin string) (*Changes, *Summary, error) {
	m := newMerge(ws)
	for i := range recs {
		m.add(&recs[i])
	}
	if err := m.applyEdits(); err != nil {
		return nil, nil, err
	}
	if err := m.writeNew(origin); err != nil {
		return nil, nil, err
	}
	m.sum.Files = slices.Sorted(maps.Keys(m.files))
	return &Changes{Files: m.files, Made: m.made}, m.sum, nil
}

// Changes are the files an import would write.
type Changes struct {
	Files map[string][]byte // new contents, by path
	// Made holds, for each file written whole from the records (a new
	// file), the recommendations it reads back as: see Check.
	Made map[string][]*workspace.Recommendation
}

// Check reports the problems the workspace would have with the changes
// written, as workspace.Load would report them, or nil. New files are
// checked from the recommendations they were rendered from, without
// parsing them again (workspace.Amend); TestMadeReadsBack and
// FuzzMadeReadsBack check that they read back as those.
func (c *Changes) Check(ws *workspace.Workspace) error {
	return workspace.Amend(ws, c.Files, c.Made)
}

type merge struct {
	ws    *workspace.Workspace
	sum   *Summary
	files map[string][]byte // planned contents, by path
	made  map[string][]*workspace.Recommendation
	edits map[string][]edit // changes to fields of recommendations in the data, by file
	byKey map[key]*workspace.Recommendation
	byID  map[string]*workspace.Recommendation
	seen  map[string]string // ids given in this import → where
	fresh map[key][]pending // new records by state and cycle, in order
	order []key
	held  map[key]map[string]int // files holding each state and cycle, with how many; see target
}

// pending is a new recommendation waiting for its file.
type pending struct {
	id string
	r  *Record
}

func newMerge(ws *workspace.Workspace) *merge {
	m := &merge{
		ws: ws, sum: newSummary(), files: map[string][]byte{}, made: map[string][]*workspace.Recommendation{}, edits: map[string][]edit{},
		byKey: map[key]*workspace.Recommendation{}, byID: map[string]*workspace.Recommendation{},
		seen: map[string]string{}, fresh: map[key][]pending{},
	}
	for _, r := range ws.Recommendations {
		m.byID[r.ID] = r
		if r.Paragraph != "" {
			m.byKey[keyOf(r.StateUnderReview, r.Cycle, r.Paragraph)] = r
		}
	}
	return m
}

func (m *merge) add(r *Record) {
	m.sum.Read++
	m.sum.Responses[r.Response]++
	for _, n := range r.Unmatched {
		m.sum.Unmatched[n]++
	}
	var old *workspace.Recommendation
	id := newID(r)
	if r.Paragraph != "" {
		old = m.byKey[keyOf(r.StateUnderReview, r.Cycle, r.Paragraph)]
		if old != nil {
			id = old.ID
		}
		if where, dup := m.seen[id]; dup {
			m.sum.Duplicates = append(m.sum.Duplicates, fmt.Sprintf("%s: paragraph %s of %s, cycle %d, is also at %s: only the first is imported", r.Pos, r.Paragraph, r.StateUnderReview, r.Cycle, where))
			return
		}
	} else {
		// The same text from the same states in one session can be two
		// recommendations (exports repeat rows): number the repeats.
		base := id
		for n := 2; m.seen[id] != ""; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
	}
	m.seen[id] = r.Pos.String()
	if old == nil {
		old = m.byID[id]
	}
	if old != nil {
		m.update(old, r)
		return
	}
	m.sum.Created++
	k := key{state: strings.TrimSpace(r.StateUnderReview), cycle: r.Cycle}
	if _, ok := m.fresh[k]; !ok {
		m.order = append(m.order, k)
	}
	m.fresh[k] = append(m.fresh[k], pending{id, r})
}

// update sets the fields of old that the record gives differently.
func (m *merge) update(old *workspace.Recommendation, r *Record) {
	n := 0
	str := func(field, have, want string) {
		if want = strings.TrimSpace(want); want != "" && want != have {
			m.edit(old, field, yamledit.Text(want), have)
			n++
		}
	}
	num := func(field string, have, want int) {
		if want != 0 && want != have {
			m.edit(old, field, yamledit.Int(want), fmt.Sprint(have))
			n++
		}
	}
	list := func(field string, have, want []string) {
		if len(want) > 0 && !slices.Equal(have, want) {
			m.edit(old, field, yamledit.List(want...), strings.Join(have, "; "))
			n++
		}
	}
	str("paragraph", old.Paragraph, r.Paragraph)
	num("session", old.Session, r.Session)
	str("report", old.Report, r.Report)
	list("from", old.From, r.From)
	str("text", old.Text, r.Text)
	if r.Response == workspace.Pending && old.Response != "" && old.Response != workspace.Pending {
		m.sum.Kept = append(m.sum.Kept, fmt.Sprintf("%s: response %q (the source says pending: a response, once given, is not taken back)", old.ID, old.Response))
	} else {
		str("response", old.Response, r.Response)
	}
	str("response_source", old.ResponseSource, r.ResponseSource)
	// Themes, groups and SDGs are also people's classification (a
	// coalition's own themes): the source's are added to them, none removed.
	list("themes", old.Themes, union(old.Themes, r.Themes))
	list("affected_groups", old.AffectedGroups, union(old.AffectedGroups, r.AffectedGroups))
	list("sdgs", old.SDGs, union(old.SDGs, r.SDGs))
	num("action_category", old.ActionCategory, r.ActionCategory)
	if n == 0 {
		m.sum.Unchanged++
	}
}

// edit is a change to one field of a recommendation already in the data.
type edit struct {
	rec   *workspace.Recommendation
	field string
	value yamledit.Value
	was   string // the old value, for the summary
}

// edit plans a change to a field of a recommendation in the data; all of a
// file's are made at once (applyEdits).
func (m *merge) edit(r *workspace.Recommendation, field string, v yamledit.Value, was string) {
	m.edits[r.Pos.File] = append(m.edits[r.Pos.File], edit{r, field, v, was})
}

// applyEdits makes the planned changes, file by file (several at once:
// each is parsed and checked whole), and counts them: a recommendation is
// updated when one of its fields is; one whose every change failed is
// unchanged, and each failure is listed as kept.
func (m *merge) applyEdits() error {
	files := slices.Sorted(maps.Keys(m.edits))
	type result struct {
		out  []byte
		errs []error
		err  error
	}
	results := make([]result, len(files))
	workers.Each(len(files), func(i int) {
		src, err := m.source(files[i])
		if err != nil {
			results[i].err = err
			return
		}
		es := m.edits[files[i]]
		batch := make([]yamledit.Edit, len(es))
		for j, e := range es {
			batch[j] = yamledit.Edit{ID: e.rec.ID, Field: e.field, Value: e.value}
		}
		results[i].out, results[i].errs = yamledit.SetFields(src, batch)
	})
	updated := map[*workspace.Recommendation]bool{}
	failed := map[*workspace.Recommendation]bool{}
	for i, file := range files {
		res := results[i]
		if res.err != nil {
			return res.err
		}
		if slices.ContainsFunc(res.errs, func(err error) bool { return err == nil }) {
			m.files[file] = res.out
		}
		for j, e := range m.edits[file] {
			if res.errs[j] != nil {
				m.sum.Kept = append(m.sum.Kept, fmt.Sprintf("%s: %s not updated: %v", e.rec.ID, e.field, res.errs[j]))
				failed[e.rec] = true
				continue
			}
			m.sum.Changes = append(m.sum.Changes, fmt.Sprintf("%s: %s: %s: %q → %s", file, e.rec.ID, e.field, e.was, e.value))
			updated[e.rec] = true
		}
	}
	m.sum.Updated += len(updated)
	for r := range failed {
		if !updated[r] {
			m.sum.Unchanged++
		}
	}
	return nil
}

// union is have followed by the items of add it lacks (ignoring case).
func union(have, add []string) []string {
	out := slices.Clone(have)
	for _, a := range add {
		if !slices.ContainsFunc(out, func(h string) bool { return strings.EqualFold(h, a) }) {
			out = append(out, a)
		}
	}
	return out
}

// source is the planned contents of file, or what is on disk.
func (m *merge) source(file string) ([]byte, error) {
	if src, ok := m.files[file]; ok {
		return src, nil
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", file, err)
	}
	return src, nil
}

// target picks the file for new recommendations of one state and cycle:
// the file already holding most of them (the first in path order on a
// tie), else recommendations/STATE-cycleN.yaml.
func (m *merge) target(k key) (string, bool) {
	if m.held == nil {
		// Once for all the new groups: the data can hold 100,000.
		m.held = map[key]map[string]int{}
		for _, r := range m.ws.Recommendations {
			hk := keyOf(r.StateUnderReview, r.Cycle, "")
			if m.held[hk] == nil {
				m.held[hk] = map[string]int{}
			}
			m.held[hk][r.Pos.File]++
		}
	}
	count := m.held[keyOf(k.state, k.cycle, "")]
	best := ""
	for f, n := range count {
		if best == "" || n > count[best] || (n == count[best] && f < best) {
			best = f
		}
	}
	if best != "" {
		return best, true
	}
	path := filepath.Join(m.ws.Dir, workspace.RecommendationsDir, fmt.Sprintf("%s-cycle%d.yaml", slug(k.state), k.cycle))
	if _, err := os.Stat(path); err == nil {
		return path, true
	}
	return path, false
}
