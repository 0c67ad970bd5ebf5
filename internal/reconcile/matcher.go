package reconcile

import (
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/states"
	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

// kindOf is the kind of a synced or assessment column; ok is false for a
// derived one.
func kindOf(header string) (kind int, ok bool) {
	if c, ok := columnByHeader(header); ok {
		return c.kind, true
	}
	for _, c := range assessment {
		if c.header == header {
			return c.kind, true
		}
	}
	return text, false
}

// sameCell reports whether a typed cell says what the data's cell says,
// once read the way sync reads it (see canonicalCell and normal).
func sameCell(header, typed, data string) bool {
	kind, synced := kindOf(header)
	if !synced {
		return typed == data
	}
	return normal(kind, canonicalCell(header, typed)) == data
}

// canonicalCell is a typed cell as sync writes it: the words of the
// response and status vocabularies in their case ("Noted" is "noted"),
// states by their official short names ("Turkey" is "Türkiye"). Anything
// else is left for validation to report.
func canonicalCell(header, s string) string {
	switch header {
	case "Response":
		s, _ = word(s, workspace.ResponseValues)
	case statusColumn:
		s, _ = word(s, workspace.StatusValues)
	case "State under review", "Recommending states":
		items := splitList(s)
		for i, it := range items {
			items[i] = canonicalState(it)
		}
		s = strings.Join(items, "; ")
	}
	return s
}

// canonicalState is a state's official short name when it is known.
func canonicalState(name string) string {
	if c, ok := states.Canonical(name); ok {
		return c
	}
	return name
}

// matcher finds the recommendation that a row typed into the workbook
// already became, so that syncing or rebuilding again does not add it
// twice.
type matcher struct {
	header []string
	rows   map[string][]string // the data's cells by id
	byText map[string][]string // ids by text, made on first use
}

// differing lists the typed cells of a row that the data's row id does not
// match: blank cells, the ID and derived columns aside.
func (m *matcher) differing(id string, cells map[string]string) []string {
	var out []string
	for _, h := range m.header {
		typed := cells[h]
		if _, synced := kindOf(h); !synced || h == "ID" || strings.TrimSpace(typed) == "" {
			continue
		}
		if !sameCell(h, typed, xlsx.Cell(m.header, m.rows[id], h)) {
			out = append(out, h)
		}
	}
	return out
}

// find returns the first id, in sorted order, of a recommendation whose
// cells match every typed cell of a row without an ID.
func (m *matcher) find(cells map[string]string) (string, bool) {
	if m.byText == nil {
		m.byText = map[string][]string{}
		for id, row := range m.rows {
			t := xlsx.Cell(m.header, row, "Text")
			m.byText[t] = append(m.byText[t], id)
		}
		for _, ids := range m.byText {
			slices.Sort(ids)
		}
	}
	for _, id := range m.byText[normal(text, cells["Text"])] {
		if len(m.differing(id, cells)) == 0 {
			return id, true
		}
	}
	return "", false
}

// Unsynced keeps the edits of a workbook that recs, the data the next
// workbook is made from, do not hold yet: what a rebuild would lose. A
// cell counts as held when it says what the data says, read the way sync
// reads it. A typed row is held once a recommendation matches every cell
// typed in it (its ID aside when it had none). Deleted rows do not count:
// the row comes back, and nothing typed is lost. Only the rows the edits
// name are computed, or all of them when a typed row has no ID.
func Unsynced(edits []xlsx.Edit, recs []*workspace.Recommendation) []xlsx.Edit {
	named := map[string]bool{}
	all := false
	for _, e := range edits {
		named[e.ID] = true
		all = all || e.ID == ""
	}
	touched := recs
	if !all {
		touched = nil
		for _, r := range recs {
			if named[r.ID] {
				touched = append(touched, r)
			}
		}
	}
	header, rows := xlsx.Table(touched)
	m := &matcher{header: header, rows: rows}
	var out []xlsx.Edit
	for _, e := range edits {
		switch {
		case e.Column == "" && e.Built == "": // a typed row
			if e.ID != "" && rows[e.ID] != nil && len(m.differing(e.ID, e.Cells)) == 0 {
				continue
			}
			if _, ok := m.find(e.Cells); e.ID == "" && ok {
				continue
			}
		case e.Column == "": // a deleted row
			continue
		case rows[e.ID] != nil && sameCell(e.Column, e.Now, xlsx.Cell(header, rows[e.ID], e.Column)):
			continue
		}
		out = append(out, e)
	}
	return out
}
