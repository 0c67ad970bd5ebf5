package matrix

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
)

// ErrUnknownLayout is wrapped by the error for a Word document with no
// table that OHCHR's matrices use.
var ErrUnknownLayout = errors.New("no OHCHR matrix of recommendations")

// Options gives what a matrix rarely says about itself. Empty fields are
// read from the document where it says them (see detectMeta); set fields
// win over the document.
type Options struct {
	State   string // the state under review, any name internal/states knows
	Cycle   int    // 1–4; else the document's, else the session's cycle
	Session int    // Working Group session
	Report  string // Working Group report, "A/HRC/40/6"
}

// Parse reads an OHCHR matrix of recommendations (.docx) with default
// Options: see Options.Parse.
func Parse(name string, data []byte) ([]importer.Record, error) {
	return Options{}.Parse(name, data)
}

// Parse reads an OHCHR matrix or thematic list of recommendations (.docx)
// and returns one record per recommendation, in the order of the table.
// name is the file's name for positions and messages.
//
// A source that is not a Word document, or has no table in a known
// layout, gives no records and an error wrapping ErrNotDOCX or
// ErrUnknownLayout. Problems in rows (an unknown position, a cell without
// a paragraph number) do not stop the parse: Parse returns the records it
// could read and a diag.List of every problem, each at its file and table
// row (Pos.Line, counted from the document's first table row, the header
// being 1) and column (Pos.Col).
func (o Options) Parse(name string, data []byte) ([]importer.Record, error) {
	d, err := readDOCX(name, data)
	if err != nil {
		return nil, err
	}
	found := false
	p := &parser{name: name, opt: o, meta: detectMeta(d), byPara: map[string]int{}}
	var prev *columns
	for _, t := range d.body.tables {
		cols, h, ok := findHeader(t)
		switch {
		case ok:
			prev = &cols
			p.table(t.rows[h+1:], cols)
		case prev != nil && continues(t, *prev):
			// Word splits a long table when a page or section breaks.
			p.table(t.rows, *prev)
		default:
			continue
		}
		found = true
	}
	if !found {
		return nil, unknownLayout(name, d.body.tables)
	}
	if len(p.recs) == 0 && len(p.probs) == 0 {
		p.probs.Add(diag.Pos{File: name}, "the matrix has a header row but no recommendations")
	}
	return p.recs, p.probs.Err()
}

func unknownLayout(name string, tables []*table) error {
	if hs := firstHeaders(tables); hs != "" {
		return fmt.Errorf("%s: %w: the first table's headers are %s; expected the headers %s",
			name, ErrUnknownLayout, hs, knownHeaders)
	}
	return fmt.Errorf("%s: %w: the document has no table; expected a table with the headers %s",
		name, ErrUnknownLayout, knownHeaders)
}

// continues reports whether a table without a header row is the rest of
// the matrix before it: its first row is as wide and reads as a record
// or a theme.
func continues(t *table, cols columns) bool {
	if len(t.rows) == 0 || len(cols.header) == 0 {
		return false
	}
	r := t.rows[0]
	c := cellAt(r, cols.rec)
	if c == nil {
		return len(r.cells) == 1 && isGroupHeader(r)
	}
	_, _, ok := paragraphNumber(cellText(c))
	return ok || isGroupHeader(r)
}

type parser struct {
	name   string
	opt    Options
	meta   meta
	recs   []importer.Record
	probs  diag.List
	byPara map[string]int // index in recs of each paragraph number
}

// table reads the rows of one table after its header.
func (p *parser) table(rows []*row, cols columns) {
	above := map[int]*cell{} // by grid column: the cell a vMerge continues
	for _, r := range rows {
		for i, c := range r.cells {
			switch c.merge {
			case vmergeContinue:
				if a := above[c.col]; a != nil {
					r.cells[i] = &cell{col: c.col, span: c.span, merge: c.merge, paras: a.paras}
				}
			default:
				above[c.col] = c
			}
		}
		p.row(r, cols)
	}
}

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

func (p *parser) pos(r *row, col int) diag.Pos {
	return diag.Pos{File: p.name, Line: r.n, Col: col + 1}
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
	p.probs.Add(p.pos(r, col), "%s: %s", where, fmt.Sprintf(format, args...))
}

func headerAt(cols columns, col int) string {
	names := map[int]string{cols.rec: "Recommendation", cols.states: "Recommending states",
		cols.pos: "Position", cols.themes: "Themes", cols.sdgs: "SDGs", cols.assess: "Assessment"}
	return names[col]
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
	rec := importer.Record{
		Pos:            diag.Pos{File: p.name, Line: r.n},
		Paragraph:      rc.paragraph,
		Text:           rc.text,
		ResponseSource: rc.source,
		Assessment:     strings.Join(lines(paras(cellAt(r, cols.assess))), "\n"),
	}
	p.review(&rec, rc.report)

	names := rc.from
	if c := cellAt(r, cols.states); c != nil {
		names = append(names, statesCell(c.paras)...)
	}
	p.setFrom(&rec, names)
	if len(rec.From) == 0 {
		p.problem(r, cols, cols.rec, "paragraph %s names no recommending state: expected the text to end with it in parentheses, like \"(Tunisia)\"", rc.paragraph)
	}

	posCell := paras(cellAt(r, cols.pos))
	resp, ok := parsePosition(posCell)
	if !ok {
		p.problem(r, cols, cols.pos, "found %s, expected Supported, Noted, Supported/Noted or Partially supported", quote(strings.Join(posCell, " ")))
	}
	rec.Response = resp
	if rec.ResponseSource == "" {
		src, rep := positionSource(posCell)
		rec.ResponseSource = src
		if rec.Report == "" {
			rec.Report = rep
		}
	}

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

// setFrom sets From to the canonical names, each once, and lists the
// names that did not resolve in Unmatched.
func (p *parser) setFrom(rec *importer.Record, names []stateName) {
	for _, n := range names {
		rec.From = appendNew(rec.From, n.name())
		if n.canonical == "" {
			rec.Unmatched = appendNew(rec.Unmatched, n.written)
		}
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
