package matrix

import (
	"cmp"
	"fmt"
	"regexp"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
)

// groupHeader matches the rows that head a group of recommendations.
var groupHeader = regexp.MustCompile(`(?i)^(?:theme|right or area|thematic cluster|cluster)\s*:`)

// isGroupHeader reports whether a row heads a group of recommendations:
// "Theme: A12 Acceptance of international norms", one cell spanning the
// table.
func isGroupHeader(r *row) bool {
	var only *cell
	for _, c := range r.cells {
		if cellText(c) == "" {
			continue
		}
		if only != nil {
			return false
		}
		only = c
	}
	if only == nil {
		return false
	}
	text := cellText(only)
	if _, _, ok := paragraphNumber(text); ok {
		return false
	}
	return only.span > 1 || groupHeader.MatchString(text)
}

func emptyRow(r *row) bool {
	for _, c := range r.cells {
		if cellText(c) != "" {
			return false
		}
	}
	return true
}

// cellAt is the cell of a row that covers a grid column.
func cellAt(r *row, col int) *cell {
	if col < 0 {
		return nil
	}
	for _, c := range r.cells {
		if c.col <= col && col < c.col+c.span {
			return c
		}
	}
	return nil
}

// problem reports a problem with a cell: "row 12, column 2 (Position): …".
func (p *parser) problem(r *row, cols columns, col int, format string, args ...any) {
	where := fmt.Sprintf("row %d", r.n)
	if col >= 0 {
		where += fmt.Sprintf(", column %d", col+1)
		if h := headerAt(cols, col); h != "" {
			where += " (" + h + ")"
		}
	}
	p.probs.Add(diag.Pos{File: p.name, Line: r.n, Col: col + 1}, "%s: %s", where, fmt.Sprintf(format, args...))
}

// headerAt names the role of a grid column, for messages.
func headerAt(cols columns, col int) string {
	switch col {
	case cols.rec:
		return "Recommendation"
	case cols.states:
		return "Recommending states"
	case cols.pos:
		return "Position"
	case cols.themes:
		return "Themes"
	case cols.sdgs:
		return "SDGs"
	case cols.assess:
		return "Assessment"
	}
	return ""
}

// row reads one table row into a record, or skips it (an empty row, a
// theme heading, the header repeated on a new page).
func (p *parser) row(r *row, cols columns) {
	if emptyRow(r) || isGroupHeader(r) {
		return
	}
	if _, ok := matchHeader(r); ok {
		return
	}
	rc, msg := parseRecCell(paras(cellAt(r, cols.rec)))
	if msg != "" {
		p.problem(r, cols, cols.rec, "%s", msg)
		return
	}
	posCell := paras(cellAt(r, cols.pos))
	if rc.source == "" {
		rc.source, rc.report = positionSource(posCell)
	}
	rec := importer.Record{
		Pos:            diag.Pos{File: p.name, Line: r.n},
		Paragraph:      rc.paragraph,
		Text:           rc.text,
		ResponseSource: rc.source,
		Assessment:     strings.Join(lines(paras(cellAt(r, cols.assess))), "\n"),
	}
	p.review(&rec, rc.report)
	p.from(r, cols, &rec, rc)

	resp, ok := parsePosition(posCell)
	if !ok {
		p.problem(r, cols, cols.pos, "found %s, expected Supported, Noted, Supported/Noted or Partially supported", quote(strings.Join(posCell, " ")))
	}
	rec.Response = resp

	var tl themeLists
	for _, b := range tl.addThemes(paras(cellAt(r, cols.themes))) {
		p.problem(r, cols, cols.themes, "%s in the SDG list names no goal: expected \"SDG 16\" or \"16 - Peace, justice…\"", quote(b))
	}
	for _, b := range tl.addSDGs(paras(cellAt(r, cols.sdgs))) {
		p.problem(r, cols, cols.sdgs, "%s names no goal: expected \"16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\" or \"SDG 16\"", quote(b))
	}
	rec.Themes, rec.AffectedGroups, rec.SDGs = tl.themes, tl.groups, tl.sdgs
	p.add(r, cols, rec)
}

func paras(c *cell) []string {
	if c == nil {
		return nil
	}
	return c.paras
}

// review fills in the state under review, cycle, session and report:
// options first, then the record's own source line (for the report),
// then the document.
func (p *parser) review(rec *importer.Record, report string) {
	rec.StateUnderReview = p.meta.state
	if s := strings.TrimSpace(p.opt.State); s != "" {
		rec.StateUnderReview = s
		if c, ok := resolve(s); ok {
			rec.StateUnderReview = c
		} else {
			rec.Unmatched = append(rec.Unmatched, s)
		}
	}
	rec.Session = cmp.Or(p.opt.Session, p.meta.session)
	rec.Cycle = cmp.Or(p.opt.Cycle, p.meta.cycle, importer.CycleOf(rec.Session))
	rec.Report = cmp.Or(strings.TrimSpace(p.opt.Report), report, p.meta.report)
}

// from sets From to the states of the text and of a Recommending
// state/s column, by canonical name, each once, and lists the names that
// did not resolve in Unmatched.
func (p *parser) from(r *row, cols columns, rec *importer.Record, rc recCell) {
	names := rc.from
	if c := cellAt(r, cols.states); c != nil {
		names = append(names, statesCell(c.paras)...)
	}
	for _, n := range names {
		rec.From = appendNew(rec.From, n.name())
		if n.canonical == "" {
			rec.Unmatched = appendNew(rec.Unmatched, n.written)
		}
	}
	if len(rec.From) == 0 {
		where := "the text to end with it in parentheses, like \"(Tunisia)\""
		if cols.layout == layoutStatesColumn {
			where = "it in the Recommending state/s column or at the end of the text in parentheses"
		}
		p.problem(r, cols, cols.rec, "paragraph %s names no recommending state: expected %s", rc.paragraph, where)
	}
}

// add appends a record, or when the matrix lists the same paragraph again
// (under a second theme) adds that row's themes to the first.
func (p *parser) add(r *row, cols columns, rec importer.Record) {
	i, seen := p.byPara[rec.Paragraph]
	if !seen {
		p.byPara[rec.Paragraph] = len(p.recs)
		p.recs = append(p.recs, rec)
		return
	}
	first := &p.recs[i]
	if first.Text != rec.Text || first.Response != rec.Response || strings.Join(first.From, "\x00") != strings.Join(rec.From, "\x00") {
		p.problem(r, cols, cols.rec, "paragraph %s is already at row %d with a different text, states or position; this row is left out", rec.Paragraph, first.Pos.Line)
		return
	}
	tl := themeLists{first.Themes, first.AffectedGroups, first.SDGs}
	tl.merge(themeLists{rec.Themes, rec.AffectedGroups, rec.SDGs})
	first.Themes, first.AffectedGroups, first.SDGs = tl.themes, tl.groups, tl.sdgs
}
