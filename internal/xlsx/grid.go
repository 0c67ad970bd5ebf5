package xlsx

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/upr-tools/submit/internal/workspace"
)

// grid is the Recommendations sheet's cells, computed once from the data:
// each cell's text (as Table gives it) as an index into the shared
// strings, -1 for a blank cell. Both the sheet and the record of the
// build are written from it; the sheet writes numbers and dates as such,
// the record as their texts.
type grid struct {
	recs   []*workspace.Recommendation
	strs   *stringTable
	header []int32
	cells  []int32 // row-major, len(columns) per recommendation
	refs   int     // cells that refer to a shared string, in both sheets
}

// minExcelDate is the first day Excel's dates hold without its 1900 leap
// year error.
var minExcelDate = time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)

// newGrid computes the cells and refuses what a cell cannot hold.
func newGrid(recs []*workspace.Recommendation, strs *stringTable) (*grid, error) {
	g := &grid{recs: recs, strs: strs, cells: make([]int32, 0, len(recs)*len(columns))}
	for _, c := range columns {
		g.header = append(g.header, strs.add(c.header))
	}
	g.refs = 2 * len(columns)
	// A column often holds the same text as the row above (the report, the
	// state under review, the response): that saves most lookups.
	type lastText struct {
		text string
		idx  int32
	}
	last := make([]lastText, len(columns))
	for i, r := range recs {
		for j, c := range columns {
			text := cellText(c, r)
			if err := checkCell(c, r, text); err != nil {
				return nil, fmt.Errorf("xlsx: recommendation %q (sheet row %d), %s: %w", r.ID, i+2, c.header, err)
			}
			if text == "" {
				g.cells = append(g.cells, -1)
				continue
			}
			if text != last[j].text {
				last[j] = lastText{text, strs.add(text)}
			}
			g.cells = append(g.cells, last[j].idx)
			g.refs++
			if c.number == nil && c.date == nil {
				g.refs++ // in the Recommendations sheet too
			}
		}
	}
	strs.done()
	return g, nil
}

// after puts the texts of seed (the shared strings excelize wrote) before
// the grid's own, so that excelize's cells keep their indices. A text in
// both is stored twice, which the format allows.
func (g *grid) after(seed []string) {
	if len(seed) <= len(g.strs.items) && slices.Equal(seed, g.strs.items[:len(seed)]) {
		return // the headers, which the grid holds first too: nothing moves
	}
	k := int32(len(seed))
	g.strs.items = append(seed[:len(seed):len(seed)], g.strs.items...)
	for i := range g.header {
		g.header[i] += k
	}
	for i, c := range g.cells {
		if c >= 0 {
			g.cells[i] = c + k
		}
	}
}

// row returns recommendation i's cells.
func (g *grid) row(i int) []int32 {
	return g.cells[i*len(columns) : (i+1)*len(columns)]
}

// cellText is a cell's text as a reader sees it: numbers as digits, dates
// as yyyy-mm-dd, yyyy-mm or yyyy, "" when blank (a number 0, a zero date).
func cellText(c column, r *workspace.Recommendation) string {
	switch {
	case c.number != nil:
		if n := c.number(r); n != 0 {
			return strconv.Itoa(n)
		}
		return ""
	case c.date != nil:
		if d := c.date(r); !d.IsZero() {
			return d.String()
		}
		return ""
	}
	return cleanControls(c.text(r))
}

// checkCell refuses what a cell cannot hold: text longer than Excel's
// limit, a date before March 1900.
func checkCell(c column, r *workspace.Recommendation, text string) error {
	switch {
	case c.number != nil:
	case c.date != nil:
		if d := c.date(r); !d.IsZero() && d.Time().Before(minExcelDate) {
			return fmt.Errorf("%s is before March 1900, which Excel dates cannot hold: check the year", d)
		}
	default:
		if n := utf16Len(text); n > maxCellChars {
			return fmt.Errorf("%d characters, more than the %d an Excel cell holds: shorten it", n, maxCellChars)
		}
	}
	return nil
}

// utf16Len counts s in UTF-16 units, as Excel measures a cell's text.
func utf16Len(s string) int {
	if len(s) <= maxCellChars {
		return len(s) // never more units than bytes: no need to count
	}
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// serial is d as an Excel date serial number. Unix seconds, not
// time.Duration, which overflows after 292 years.
func serial(d workspace.Date) int64 {
	return (d.Time().Unix() - excelEpoch.Unix()) / 86400
}
