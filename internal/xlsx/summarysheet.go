package xlsx

import (
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// allLabel heads the totals row: it counts recommendations, which is less
// than the sum of the rows above when states made recommendations jointly.
const allLabel = "All recommendations (each counted once)"

// Headers after the responses.
const (
	totalHeader = "Total"
	rateHeader  = "Acceptance rate"
)

// writeBreakdown fills one summary sheet: the key columns, a count per
// response, the total and the acceptance rate, then the totals row. Every
// count is a formula with its value cached, so readers that do not
// recalculate (openpyxl's data_only, previews) still see the numbers. It
// writes through a StreamWriter, the one excelize API that stores a
// formula's cached value as a number: SetCellFormula would type it "str".
func writeBreakdown(f *excelize.File, st styles, b breakdown, rows int) error {
	nk := len(b.keys)
	header := make([]any, 0, nk+len(workspace.ResponseValues)+2)
	for _, k := range b.keys {
		header = append(header, excelize.Cell{StyleID: st.header, Value: k.header})
	}
	for _, v := range workspace.ResponseValues {
		header = append(header, excelize.Cell{StyleID: st.header, Value: strings.ToUpper(v[:1]) + v[1:]})
	}
	header = append(header, excelize.Cell{StyleID: st.header, Value: totalHeader}, excelize.Cell{StyleID: st.header, Value: rateHeader})
	last := len(header)
	lastRow := len(b.rows) + 2

	// The used range goes in before the stream starts: the writer copies it.
	if err := f.SetSheetDimension(b.sheet, cellRange(1, 1, last, lastRow)); err != nil {
		return fmt.Errorf("xlsx: record the %s used range: %w", b.sheet, err)
	}
	sw, err := f.NewStreamWriter(b.sheet)
	if err != nil {
		return fmt.Errorf("xlsx: start the %s sheet: %w", b.sheet, err)
	}
	for i, k := range b.keys {
		if err := sw.SetColWidth(i+1, i+1, k.width); err != nil {
			return fmt.Errorf("xlsx: lay out the %s sheet: %w", b.sheet, err)
		}
	}
	if err := sw.SetColWidth(nk+1, last, 12); err != nil {
		return fmt.Errorf("xlsx: lay out the %s sheet: %w", b.sheet, err)
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return fmt.Errorf("xlsx: freeze the %s header: %w", b.sheet, err)
	}
	if err := sw.SetRow("A1", header); err != nil {
		return fmt.Errorf("xlsx: write the %s header: %w", b.sheet, err)
	}
	for i, r := range b.rows {
		row := i + 2
		cells := make([]any, 0, last)
		for _, k := range r.keys {
			c, err := keyCell(k)
			if err != nil {
				return fmt.Errorf("xlsx: %s row %d: %w", b.sheet, row, err)
			}
			cells = append(cells, c)
		}
		cells = append(cells, countCells(st, b.choose(row), dataRange(responseHeader, rows), r.tally, nk, row, 0)...)
		if err := sw.SetRow(cellName(1, row), cells); err != nil {
			return fmt.Errorf("xlsx: %s row %d: %w", b.sheet, row, err)
		}
	}
	// The totals row counts every recommendation with an ID once.
	all := make([]any, nk, last)
	all[0] = excelize.Cell{StyleID: st.total, Value: allLabel}
	for i := 1; i < nk; i++ {
		all[i] = excelize.Cell{StyleID: st.total}
	}
	every := fmt.Sprintf(`(%s<>"")`, dataRange("ID", rows))
	all = append(all, countCells(st, every, dataRange(responseHeader, rows), b.total, nk, lastRow, st.total)...)
	if err := sw.SetRow(cellName(1, lastRow), all); err != nil {
		return fmt.Errorf("xlsx: %s totals: %w", b.sheet, err)
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: finish the %s sheet: %w", b.sheet, err)
	}
	return nil
}

// keyCell is a key as a cell: text stays text (an inline string, which a
// stream writes; never a formula), numbers stay numbers.
func keyCell(k any) (any, error) {
	s, ok := k.(string)
	if !ok {
		return k, nil
	}
	s = cleanControls(s)
	if n := utf16Len(s); n > maxCellChars {
		return nil, fmt.Errorf("%d characters, more than the %d an Excel cell holds: shorten it", n, maxCellChars)
	}
	return s, nil
}

// countCells gives a row's counts by response, total and acceptance rate:
// SUMPRODUCT over the data rows where choose holds, with t's numbers
// cached. style 0 keeps the column's style.
func countCells(st styles, choose, resp string, t tally, nk, row, style int) []any {
	cells := make([]any, 0, len(workspace.ResponseValues)+2)
	for i, v := range workspace.ResponseValues {
		// Excel's "=" ignores case, as the Go count does; TRIM forgives a
		// stray space typed after a response.
		cells = append(cells, excelize.Cell{StyleID: style, Value: t.ByResponse[i],
			Formula: fmt.Sprintf(`SUMPRODUCT(%s*(TRIM(%s)="%s"))`, choose, resp, strings.ReplaceAll(v, `"`, `""`))})
	}
	cells = append(cells, excelize.Cell{StyleID: style, Value: t.Total, Formula: fmt.Sprintf("SUMPRODUCT(%s*1)", choose)})

	// Acceptance rate: supported ÷ (supported + partially supported + noted);
	// pending responses are not decisions yet. Blank while there are none.
	ref := func(v string) string {
		return cellName(nk+1+slices.Index(workspace.ResponseValues, v), row)
	}
	s, p, n := ref(workspace.Supported), ref(workspace.PartiallySupported), ref(workspace.Noted)
	decided := fmt.Sprintf("(%s+%s+%s)", s, p, n)
	rate := excelize.Cell{StyleID: st.rate, Formula: fmt.Sprintf(`IF(%s=0,"",%s/%s)`, decided, s, decided)}
	if d := t.count(workspace.Supported) + t.count(workspace.PartiallySupported) + t.count(workspace.Noted); d > 0 {
		rate.Value = float64(t.count(workspace.Supported)) / float64(d)
	}
	return append(cells, rate)
}
