// Package reconcile brings a coordinator's edits in a tracking workbook back
// into the workspace's YAML files ("submit sync"): only the edited fields
// change, through yamledit, so comments and formatting stay. A field edited
// in the workbook and changed in the YAML since the workbook was built is a
// conflict, reported with both values and never resolved silently. Rows
// typed into the workbook become new recommendations; edits of the
// assessment columns update or extend implementation:.
package reconcile

import (
	"cmp"
	"fmt"
	"os"
	"slices"

	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
	"github.com/upr-tools/submit/internal/yamledit"
)

// Change is one field written into a YAML file.
type Change struct {
	File, ID, Field string
	From, To        string
}

// Conflict is a field edited in the workbook and changed in the data since.
type Conflict struct {
	ID, Column              string
	Built, Workbook, InYAML string
	// NewRow: the row was typed into the workbook with an ID that the data
	// has since been given, with other values (Built is then "").
	NewRow bool
}

// Added is a recommendation added from a row typed into the workbook.
type Added struct {
	Row       int    // the sheet's row number, 0 when it cannot be told
	ID, File  string // the new recommendation's id and file
	Generated bool   // the row had no ID: sync made this one up
	NewFile   bool   // the file was created for it
	// Defaults lists the fields it takes from the file's defaults:
	// because the row left them blank.
	Defaults []string
}

// Report is what Plan did and what it left alone.
type Report struct {
	Changes   []Change
	Added     []Added
	Present   []Added // rows typed into the workbook that the data already holds
	Conflicts []Conflict
	Deleted   []string // ids of rows deleted in the workbook: kept in the data
	Skipped   []string // edits not synced, with the reason
}

// planner holds what Plan works with: the data as the workbook would show
// it now, and the files changed so far.
type planner struct {
	ws     *workspace.Workspace
	header []string
	rows   map[string][]string // the data's cells by recommendation id
	byID   map[string]*workspace.Recommendation
	edited map[cellKey]string // the workbook's edited cells of existing rows
	files  map[string][]byte
	rep    *Report
	// For new rows: the files created, the data as a matcher, and the ids
	// and cells of the rows added so far.
	made  map[string]review
	match *matcher
	added []typedRow
}

// Plan compares the workbook with the data and returns the new contents of
// every YAML file to change or create (by path), without writing anything.
func Plan(ws *workspace.Workspace, workbook []byte) (map[string][]byte, *Report, error) {
	edits, ours, err := xlsx.Edits(workbook)
	if err != nil {
		return nil, nil, err
	}
	if !ours {
		return nil, nil, fmt.Errorf("the workbook has no record of how submit built it, so its edits cannot be told apart: build a new one and copy the edits into it")
	}
	p := &planner{ws: ws, byID: map[string]*workspace.Recommendation{}, edited: map[cellKey]string{}, files: map[string][]byte{}, rep: &Report{}}
	p.header, p.rows = xlsx.Table(ws.Recommendations)
	p.made = map[string]review{}
	p.match = &matcher{header: p.header, rows: p.rows}
	for _, r := range ws.Recommendations {
		p.byID[r.ID] = r
	}
	for _, e := range edits {
		if e.Column != "" {
			p.edited[cellKey{e.ID, e.Column}] = e.Now
		}
	}
	var added []xlsx.Edit
	assessments := map[string][]xlsx.Edit{}
	var assessed []string // ids with assessment edits, in sheet order
	for _, e := range edits {
		switch {
		case e.Column == "" && e.Built == "":
			added = append(added, e)
		case e.Column == "":
			p.rep.Deleted = append(p.rep.Deleted, e.ID)
		case p.byID[e.ID] == nil:
			p.skip("%s: no longer in the data", e.ID)
		case isAssessmentColumn(e.Column):
			if assessments[e.ID] == nil {
				assessed = append(assessed, e.ID)
			}
			assessments[e.ID] = append(assessments[e.ID], e)
		default:
			if err := p.cell(e); err != nil {
				return nil, nil, err
			}
		}
	}
	for _, id := range assessed {
		if err := p.assessment(id, assessments[id]); err != nil {
			return nil, nil, err
		}
	}
	if len(added) > 0 {
		if err := p.addRows(workbook, added); err != nil {
			return nil, nil, err
		}
		byRow := func(a, b Added) int { return cmp.Compare(a.Row, b.Row) }
		slices.SortStableFunc(p.rep.Added, byRow)
		slices.SortStableFunc(p.rep.Present, byRow)
	}
	return p.files, p.rep, nil
}

func (p *planner) skip(format string, args ...any) {
	p.rep.Skipped = append(p.rep.Skipped, fmt.Sprintf(format, args...))
}

// cellKey names a cell by row id and column header.
type cellKey struct{ id, column string }

// workbookCell is a cell of an existing row as the workbook shows it: the
// edit, or the data's value where the cell was not edited.
func (p *planner) workbookCell(id, column string) string {
	if s, ok := p.edited[cellKey{id, column}]; ok {
		return s
	}
	return p.inData(id, column)
}

// inData is the data's cell of recommendation id in column.
func (p *planner) inData(id, column string) string {
	return xlsx.Cell(p.header, p.rows[id], column)
}

// pending reports whether edit e still needs writing: false when the data
// already says the same, or when the data changed too (a conflict, which
// it records).
func (p *planner) pending(e xlsx.Edit) bool {
	now := p.inData(e.ID, e.Column)
	switch {
	case sameCell(e.Column, e.Now, now):
		return false
	case now != e.Built:
		p.rep.Conflicts = append(p.rep.Conflicts, Conflict{ID: e.ID, Column: e.Column, Built: e.Built, Workbook: e.Now, InYAML: now})
		return false
	}
	return true
}

// cell writes one edited cell of a top-level field.
func (p *planner) cell(e xlsx.Edit) error {
	if !p.pending(e) {
		return nil
	}
	c, ok := columnByHeader(e.Column)
	switch {
	case !ok:
		p.skip("%s, %s: this column is derived from other data and is not synced", e.ID, e.Column)
		return nil
	case c.newOnly:
		p.skip("%s, %s: not synced for an existing recommendation (it would move it to another review): edit the YAML if you mean it", e.ID, e.Column)
		return nil
	}
	value, err := toValue(c.kind, canonicalCell(e.Column, e.Now))
	if err != nil {
		p.skip("%s, %s: %v", e.ID, e.Column, err)
		return nil
	}
	file := p.byID[e.ID].Pos.File
	src, err := p.read(file)
	if err != nil {
		return err
	}
	if value.IsRemove() {
		if c.required {
			p.skip("%s, %s: emptied, but the field is required", e.ID, e.Column)
			return nil
		}
		if hasDefault(src, c.key) {
			p.skip("%s, %s: emptied, but %s gives %s in its defaults: edit the file by hand", e.ID, e.Column, file, c.key)
			return nil
		}
	}
	out, err := yamledit.SetField(src, e.ID, c.key, value)
	if err != nil {
		p.skip("%s: %v", file, err)
		return nil
	}
	p.files[file] = out
	p.rep.Changes = append(p.rep.Changes, Change{File: file, ID: e.ID, Field: c.key, From: e.Built, To: shown(c, e.Now)})
	return nil
}

// shown is a typed cell as the rebuilt workbook will show it.
func shown(c column, typed string) string {
	return normal(c.kind, canonicalCell(c.header, typed))
}

// read returns a file as planned so far.
func (p *planner) read(file string) ([]byte, error) {
	if src, ok := p.files[file]; ok {
		return src, nil
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", file, err)
	}
	return src, nil
}

// hasDefault reports whether a recommendations file gives key in its
// defaults: then removing the field from a recommendation would not empty
// it but bring the default back.
func hasDefault(src []byte, key string) bool {
	fit, err := yamledit.DefaultsFit(src, []yamledit.Field{{Key: key, Value: yamledit.Text("")}})
	return err == nil && len(fit.Same)+len(fit.Differ) > 0
}
