package uprinfo

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
)

// maxProblems caps the problems kept for one file: a file that is wrong
// throughout says so in the first hundred.
const maxProblems = 100

// Parse reads a UPR Info export, CSV or .xlsx (told apart by the bytes, not
// the name), and returns one Record per data row, in source order. name is
// the file's name for positions and messages.
//
// The error is nil, or a diag.List of every problem found, or a wrapped
// error for a workbook that cannot be opened. With problems in some rows,
// the records of the readable rows are still returned (a row whose
// response, action or session is wrong keeps that field unknown), so a
// caller can show both; a source that is not the export gives none.
func Parse(name string, data []byte) ([]importer.Record, error) {
	p, err := start(name, data)
	if err != nil {
		return nil, err
	}
	var recs []importer.Record
	switch r := p.rows.(type) {
	case *csvRows:
		recs = make([]importer.Record, 0, bytes.Count(r.text, []byte{'\n'}))
	case *sheetRows:
		recs = make([]importer.Record, 0, r.scan.rowsHint())
	}
	for {
		cells, err := p.rows.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			p.report(err)
			continue
		}
		if blankRow(cells) {
			continue
		}
		if rec, ok := p.record(cells); ok {
			recs = append(recs, rec)
		}
	}
	return recs, p.err()
}

// Magic numbers of the forms Parse tells apart.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// separators are the field separators a CSV export may use, tried in turn
// until one gives the header: Excel in a European locale saves CSV with
// semicolons, and "Unicode text" with tabs.
var separators = []rune{',', ';', '\t'}

// start picks the reader for data's form (an .xlsx workbook is a zip file;
// anything else must be CSV text) and reads up to the header row.
func start(name string, data []byte) (*parser, error) {
	fail := func(line int, format string, args ...any) error {
		return diag.List{diag.Errorf(diag.Pos{File: name, Line: line}, format, args...)}
	}
	switch {
	case bytes.HasPrefix(data, zipMagic):
		rows, err := newSheetRows(name, data)
		if err != nil {
			return nil, err
		}
		p := newParser(name, rows)
		if !p.findHeader() {
			return nil, p.problems
		}
		return p, nil
	case bytes.HasPrefix(data, oleMagic):
		return nil, fail(0, "an Excel 97–2003 (.xls) or encrypted workbook: save the UPR Info export as .xlsx or CSV")
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return nil, fail(0, "a UTF-16 text file: save the UPR Info export as CSV in UTF-8 (or as .xlsx)")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fail(bytes.Count(data[:i], []byte{'\n'})+1,
			"a binary file (a NUL byte at offset %d): expected a UPR Info export, CSV or .xlsx", i)
	}
	text, _ := decode(data)
	var first *parser
	for _, sep := range separators {
		p := newParser(name, newCSVRows(name, text, sep))
		if p.findHeader() {
			return p, nil
		}
		if first == nil {
			first = p // its problems are the ones to show: the export uses commas
		}
	}
	return nil, first.problems
}

func newParser(name string, rows rowReader) *parser {
	return &parser{name: name, rows: rows, names: resolver{}}
}

// parser turns the rows after the header into Records.
type parser struct {
	name     string
	rows     rowReader
	layout   layout
	names    resolver
	problems diag.List
	dropped  int // problems beyond maxProblems
}

// report keeps a problem, up to maxProblems.
func (p *parser) report(err error) {
	if len(p.problems) >= maxProblems {
		p.dropped++
		return
	}
	p.problems.Merge(err)
}

// problem reports a problem with the cell of column c in the current row.
func (p *parser) problem(c column, format string, args ...any) {
	pos, cell := p.rows.where(p.layout.at[c])
	msg := fmt.Sprintf(format, args...)
	if cell != "" {
		msg += " (" + cell + ")"
	}
	p.report(&diag.Problem{Pos: pos, Msg: msg})
}

// err returns the problems in the order of the file.
func (p *parser) err() error {
	p.problems.Sort()
	if p.dropped > 0 {
		p.problems = append(p.problems, diag.Errorf(diag.Pos{File: p.name},
			"%d more problems not shown", p.dropped))
	}
	return p.problems.Err()
}

// cell returns the row's cell in column c; "" when the column is absent or
// the row ends before it (a sheet leaves out empty cells at the end).
func (p *parser) cell(cells []string, c column) string {
	i := p.layout.at[c]
	if i < 0 || i >= len(cells) {
		return ""
	}
	return cells[i]
}

// record turns a data row into a Record; false for a row too broken to
// read (a CSV row with fields missing, or more than the header's).
func (p *parser) record(cells []string) (importer.Record, bool) {
	pos, _ := p.rows.where(-1)
	if p.rows.fixedWidth() && len(cells) != p.layout.width && !onlyBlankBeyond(cells, p.layout.width) {
		p.report(diag.Errorf(pos, "the row has %d fields, the header %d: a quote or a separator is probably missing or extra; the row is skipped",
			len(cells), p.layout.width))
		return importer.Record{}, false
	}
	rec := importer.Record{Pos: pos}

	to := label(p.cell(cells, colTo))
	if to == "" {
		p.problem(colTo, "no state under review (To is blank)")
	} else {
		var ok bool
		if rec.StateUnderReview, ok = p.names.resolve(to); !ok {
			rec.Unmatched = append(rec.Unmatched, to)
		}
	}
	from := label(p.cell(cells, colFrom))
	if from == "" {
		p.problem(colFrom, "no recommending state (From is blank)")
	} else {
		name, ok := p.names.resolve(from)
		rec.From = []string{name}
		if !ok && from != to {
			rec.Unmatched = append(rec.Unmatched, from)
		}
	}

	rec.Text = strings.TrimSpace(p.cell(cells, colText))
	if rec.Text == "" {
		p.problem(colText, "no recommendation (Text is blank)")
	}
	var err error
	if rec.Response, err = response(p.cell(cells, colResponse)); err != nil {
		p.problem(colResponse, "%v", err)
	}
	if rec.ActionCategory, err = action(p.cell(cells, colAction)); err != nil {
		p.problem(colAction, "%v", err)
	}
	if rec.Session, err = session(p.cell(cells, colSession)); err != nil {
		p.problem(colSession, "%v", err)
	}
	rec.Cycle = importer.CycleOf(rec.Session)
	rec.Themes = issues(p.cell(cells, colIssue))
	return rec, true
}

// onlyBlankBeyond reports whether a row longer than the header has only
// blank cells past it, as spreadsheets write when a column was once used.
func onlyBlankBeyond(cells []string, width int) bool {
	return len(cells) > width && blankRow(cells[width:])
}
