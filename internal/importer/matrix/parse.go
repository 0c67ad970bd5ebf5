package matrix

import (
	"errors"
	"fmt"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
)

// ErrUnknownLayout is wrapped by the error for a Word document with no
// table that OHCHR's matrices use.
var ErrUnknownLayout = errors.New("no OHCHR matrix of recommendations")

// Options gives what a matrix rarely says about itself. A set field wins
// over the document; an empty one is read from the document where it says
// it: OHCHR's page header "UPR of China (3rd Cycle – 31st session)" or a
// title paragraph for the state, cycle and session, each row's "Source of
// position" line (else an A/HRC symbol in the title) for the report.
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
