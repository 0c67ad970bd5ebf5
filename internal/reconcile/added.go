package reconcile

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/xlsx"
	"github.com/upr-tools/submit/internal/yamledit"
)

// typedRow is a row typed into the workbook that this sync adds.
type typedRow struct {
	id    string
	cells map[string]string
}

// addRows turns the rows typed into the workbook into recommendations.
func (p *planner) addRows(workbook []byte, added []xlsx.Edit) error {
	typed := map[string]bool{}
	for _, e := range added {
		typed[strings.TrimSpace(e.ID)] = true
	}
	taken := func(id string) bool {
		return p.rows[id] != nil || typed[id] || slices.ContainsFunc(p.added, func(t typedRow) bool { return t.id == id })
	}
	nums := rowNumbers(workbook, added)
	for i, e := range added {
		if err := p.addRow(nums[i], e, taken); err != nil {
			return err
		}
	}
	return nil
}

// rowName names a sheet row in messages.
func rowName(n int) string {
	if n > 0 {
		return "row " + strconv.Itoa(n)
	}
	return "a new row"
}

// addRow adds one typed row (sheet row n) to the file that fits it.
func (p *planner) addRow(n int, e xlsx.Edit, taken func(string) bool) error {
	where := rowName(n)
	id := strings.TrimSpace(e.ID)
	if p.known(n, id, e.Cells) {
		return nil
	}
	row, problems := readRow(e.Cells)
	if len(row.assessment) > 0 {
		problems = append(problems, p.unknownEvidence(e.Cells[evidenceColumn])...)
	}
	if len(problems) > 0 {
		p.skip("%s: not added: %s", where, strings.Join(problems, "; "))
		return nil
	}
	generated := id == ""
	if generated {
		id = newID(row.cycle, row.paragraph, row.from, row.text, taken)
	}
	fields := append([]yamledit.Field{{Key: "id", Value: yamledit.Text(id)}}, row.fields...)
	file, src, err := p.target(row.review, row.session, fields)
	if err != nil {
		return err
	}
	created := src != nil
	if !created {
		if src, err = p.read(file); err != nil {
			return err
		}
	}
	fit, _ := yamledit.DefaultsFit(src, fields)
	out, err := yamledit.AppendRecommendation(src, fields)
	if err == nil && len(row.assessment) > 0 {
		out, err = yamledit.AppendItem(out, id, implementation, row.assessment)
	}
	if err != nil {
		p.skip("%s: not added to %s: %v", where, file, err)
		return nil
	}
	p.files[file] = out
	if created {
		p.made[file] = row.review
	}
	p.added = append(p.added, typedRow{id: id, cells: e.Cells})
	p.rep.Added = append(p.rep.Added, Added{Row: n, ID: id, File: file, Generated: generated, NewFile: created, Defaults: fit.Fill})
	return nil
}

// known handles a typed row that the data already holds, which an earlier
// sync of the same workbook added, and reports whether it did. A row
// whose ID the data has with other values is a conflict.
func (p *planner) known(n int, id string, cells map[string]string) bool {
	switch {
	case id != "" && p.rows[id] != nil:
		diff := p.match.differing(id, cells)
		for _, h := range diff {
			p.rep.Conflicts = append(p.rep.Conflicts, Conflict{ID: id, Column: h, Workbook: cells[h], InYAML: p.inData(id, h), NewRow: true})
		}
		if len(diff) == 0 {
			p.rep.Present = append(p.rep.Present, Added{Row: n, ID: id, File: p.byID[id].Pos.File})
		}
		return true
	case id != "":
		if slices.ContainsFunc(p.added, func(t typedRow) bool { return t.id == id }) {
			p.skip("%s: not added: ID %s is on another new row too: give each row its own ID", rowName(n), id)
			return true
		}
		if found, ok := p.match.find(cells); ok {
			p.skip("%s: not added: it is %s with its ID changed to %s: IDs stay as they are (change it in the YAML if you mean it)", rowName(n), found, id)
			return true
		}
		return false
	}
	if found, ok := p.match.find(cells); ok {
		p.rep.Present = append(p.rep.Present, Added{Row: n, ID: found, File: p.byID[found].Pos.File})
		return true
	}
	for _, t := range p.added {
		if sameTyped(t.cells, cells) {
			p.skip("%s: not added: it repeats a row added as %s", rowName(n), t.id)
			return true
		}
	}
	return false
}

// sameTyped reports whether two typed rows say the same in every synced
// column, their IDs aside.
func sameTyped(a, b map[string]string) bool {
	for _, c := range slices.Concat(columns[1:], assessment) {
		if normal(c.kind, canonicalCell(c.header, a[c.header])) != normal(c.kind, canonicalCell(c.header, b[c.header])) {
			return false
		}
	}
	return true
}

// unknownEvidence reports the ids of an Evidence cell that name no
// evidence item.
func (p *planner) unknownEvidence(cell string) []string {
	var out []string
	for _, id := range splitList(cell) {
		if p.ws.EvidenceByID(id) == nil {
			out = append(out, fmt.Sprintf("%s: no evidence with id %q", evidenceColumn, id))
		}
	}
	return out
}
