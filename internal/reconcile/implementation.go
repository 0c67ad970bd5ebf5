package reconcile

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
	"github.com/upr-tools/submit/internal/yamledit"
)

// implementation is the list of assessments in a recommendation.
const implementation = "implementation"

// assessment syncs the edits of one row's assessment columns, which show
// the recommendation's latest assessment, taken together:
//   - the year unchanged (or emptied): the latest assessment is updated in
//     place;
//   - a later year: a new assessment is appended, holding the columns as
//     they stand (its history is kept);
//   - an earlier year: refused, since it may be a correction or an older
//     assessment, which only the YAML can tell;
//   - no assessment yet: one is created, with the year from Assessed, or
//     else from Last updated.
func (p *planner) assessment(id string, edits []xlsx.Edit) error {
	conflicts := len(p.rep.Conflicts)
	todo := map[string]xlsx.Edit{}
	for _, e := range edits {
		if p.pending(e) {
			todo[e.Column] = e
		}
	}
	if len(todo) == 0 {
		return nil
	}
	if len(p.rep.Conflicts) > conflicts {
		p.skip("%s: its other assessment edits wait until the conflict is resolved", id)
		return nil
	}
	r := p.byID[id]
	year, err := p.year(id)
	if err != nil {
		p.skip("%s, %s: %v", id, yearColumn, err)
		return nil
	}
	latest := latestIndex(r)
	_, yearEdited := todo[yearColumn]
	switch {
	case latest < 0:
		return p.newAssessment(id, year, "")
	case yearEdited && year == 0:
		p.skip("%s, %s: emptied; the assessment keeps its year, %d", id, yearColumn, r.Implementation[latest].Year)
		delete(todo, yearColumn)
	case yearEdited && year < r.Implementation[latest].Year:
		p.skip("%s, %s: %d is before the latest assessment (%d): to correct an assessment's year, or to add an earlier one, edit the YAML",
			id, yearColumn, year, r.Implementation[latest].Year)
		return nil
	case yearEdited:
		return p.newAssessment(id, year, summary(&r.Implementation[latest]))
	}
	return p.updateAssessment(id, latest, todo)
}

// updateAssessment writes the edited columns into assessment i in place.
func (p *planner) updateAssessment(id string, i int, todo map[string]xlsx.Edit) error {
	r := p.byID[id]
	file := r.Pos.File
	for _, c := range assessment {
		e, ok := todo[c.header]
		if !ok {
			continue
		}
		value, err := toValue(c.kind, canonicalCell(c.header, e.Now))
		if err != nil {
			p.skip("%s, %s: %v", id, c.header, err)
			continue
		}
		if value.IsRemove() && c.key == "status" {
			p.skip("%s, %s: emptied, but an assessment needs a status: to remove the assessment, edit the YAML", id, c.header)
			continue
		}
		src, err := p.read(file)
		if err != nil {
			return err
		}
		out, err := yamledit.SetItemField(src, id, implementation, i, c.key, value)
		if err != nil {
			p.skip("%s: %v", file, err)
			continue
		}
		p.files[file] = out
		p.rep.Changes = append(p.rep.Changes, Change{
			File: file, ID: id, Field: fmt.Sprintf("%s %d: %s", implementation, r.Implementation[i].Year, c.key),
			From: e.Built, To: shown(c, e.Now),
		})
	}
	return nil
}

// newAssessment appends an assessment of that year (0: take it from Last
// updated) holding the row's assessment columns. was sums up the latest
// assessment before, for the message.
func (p *planner) newAssessment(id string, year int, was string) error {
	status := canonicalCell(statusColumn, strings.TrimSpace(p.workbookCell(id, statusColumn)))
	if status == "" {
		p.skip("%s: an assessment needs an %s: fill it in, with its year under %s", id, statusColumn, yearColumn)
		return nil
	}
	if year == 0 {
		if d, err := workspace.ParseDate(normal(date, p.workbookCell(id, updatedColumn))); err == nil && d.Year > 0 {
			year = d.Year
		} else {
			p.skip("%s, %s: the assessment needs a year: fill in %s (or %s)", id, statusColumn, yearColumn, updatedColumn)
			return nil
		}
	}
	fields := []yamledit.Field{{Key: "year", Value: yamledit.Int(year)}}
	for _, c := range assessment[1:] {
		value, err := toValue(c.kind, canonicalCell(c.header, p.workbookCell(id, c.header)))
		if err != nil {
			p.skip("%s, %s: %v", id, c.header, err)
			return nil
		}
		if !value.IsRemove() {
			fields = append(fields, yamledit.Field{Key: c.key, Value: value})
		}
	}
	file := p.byID[id].Pos.File
	src, err := p.read(file)
	if err != nil {
		return err
	}
	out, err := yamledit.AppendItem(src, id, implementation, fields)
	if err != nil {
		p.skip("%s: %v", file, err)
		return nil
	}
	p.files[file] = out
	p.rep.Changes = append(p.rep.Changes, Change{
		File: file, ID: id, Field: fmt.Sprintf("%s: new %d assessment", implementation, year),
		From: was, To: status,
	})
	return nil
}

// year reads the row's Assessed cell as the workbook shows it: 0 when
// blank.
func (p *planner) year(id string) (int, error) {
	s := strings.TrimSpace(p.workbookCell(id, yearColumn))
	if s == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a year", s)
	}
	return y, nil
}

// latestIndex is the index of the assessment Latest returns, -1 if none.
func latestIndex(r *workspace.Recommendation) int {
	best := -1
	for i, a := range r.Implementation {
		if best < 0 || a.Year >= r.Implementation[best].Year {
			best = i
		}
	}
	return best
}

// summary is an assessment as messages show it: "2024: not assessed".
func summary(a *workspace.Assessment) string {
	return fmt.Sprintf("%d: %s", a.Year, a.Status)
}
