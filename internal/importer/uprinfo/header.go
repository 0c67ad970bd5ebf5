package uprinfo

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/upr-tools/submit/internal/diag"
)

// column is a column of the export that Parse reads.
type column int

const (
	colTo column = iota
	colText
	colFrom
	colResponse
	colAction
	colIssue
	colSession
	numColumns
)

// columnNames are the export's headers, as messages spell them.
var columnNames = [numColumns]string{"To", "Text", "From", "Response", "Action", "Issue", "Session"}

// required marks the columns without which a row is no recommendation.
// Action and Issue are UPR Info's own classification: a trimmed export
// without them still imports.
var required = [numColumns]bool{colTo: true, colText: true, colFrom: true, colResponse: true, colSession: true}

// maxTitleRows is how many rows may precede the header (a title, a note
// on the export's date).
const maxTitleRows = 10

// headerKey forgives case, spacing and punctuation: "From-Rgrp",
// "from rgrp" and "FROM_RGRP" are one header.
func headerKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

var columnByKey = func() map[string]column {
	m := make(map[string]column, numColumns)
	for c, name := range columnNames {
		m[headerKey(name)] = column(c)
	}
	return m
}()

// layout is where each column is in the rows: index of the cell, −1 absent.
type layout struct {
	at    [numColumns]int
	width int // cells in the header row
}

// matchHeader reads cells as a header row. It gives the layout, the
// required columns it lacks, and a problem when a column appears twice.
func matchHeader(cells []string) (l layout, missing []string, dup string) {
	for c := range l.at {
		l.at[c] = -1
	}
	l.width = len(cells)
	for i, cell := range cells {
		c, ok := columnByKey[headerKey(cell)]
		if !ok {
			continue
		}
		if l.at[c] >= 0 {
			dup = fmt.Sprintf("the column %s appears twice (columns %d and %d)", columnNames[c], l.at[c]+1, i+1)
			continue
		}
		l.at[c] = i
	}
	for c, need := range required {
		if need && l.at[c] < 0 {
			missing = append(missing, columnNames[c])
		}
	}
	return l, missing, dup
}

// exportHeader is the header of UPR Info's export, for messages.
const exportHeader = "To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action, Issue, Session"

// findHeader reads rows until the header row, among the first
// maxTitleRows+1 non-blank ones, and sets p.layout. When none has the
// required columns, the problem names the row that came closest and the
// headers found there.
func (p *parser) findHeader() bool {
	var best struct {
		pos     diag.Pos
		cells   []string
		missing []string
	}
	for seen := 0; seen <= maxTitleRows; seen++ {
		cells, err := p.rows.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			p.report(err)
			continue
		}
		if blankRow(cells) {
			seen--
			continue
		}
		l, missing, dup := matchHeader(cells)
		pos, _ := p.rows.where(-1)
		if len(missing) == 0 {
			if dup != "" {
				p.problems.Add(pos, "%s: cannot tell which one to read", dup)
				return false
			}
			p.layout = l
			return true
		}
		if best.cells == nil || len(missing) < len(best.missing) {
			best.pos, best.cells, best.missing = pos, append([]string(nil), cells...), missing
		}
	}
	where := ""
	if s, ok := p.rows.(*sheetRows); ok {
		where = fmt.Sprintf(" in the workbook's first sheet, %q", s.sheet)
	}
	if best.cells == nil {
		p.problems.Add(diag.Pos{File: p.name}, "found no rows%s: expected a UPR Info export, a header row (%s) and a row per recommendation",
			where, exportHeader)
	} else {
		p.problems.Add(best.pos, "not a UPR Info export%s: expected a header row with the columns %s (the export's header is %s); found %s (missing %s)",
			where, requiredList(), exportHeader, quoteCells(best.cells), strings.Join(best.missing, ", "))
	}
	p.problems.Sort()
	return false
}

func requiredList() string {
	var names []string
	for c, need := range required {
		if need {
			names = append(names, columnNames[c])
		}
	}
	return strings.Join(names, ", ")
}

// quoteCells shows the cells of a row the way a message can hold them:
// each quoted and cut at 40 characters, at most 20 of them.
func quoteCells(cells []string) string {
	const maxCells, maxLen = 20, 40
	var b strings.Builder
	for i, cell := range cells {
		if i == maxCells {
			fmt.Fprintf(&b, " and %d more", len(cells)-maxCells)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		if r := []rune(cell); len(r) > maxLen {
			cell = string(r[:maxLen]) + "…"
		}
		fmt.Fprintf(&b, "%q", cell)
	}
	return b.String()
}

func blankRow(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
