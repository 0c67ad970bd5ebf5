package xlsx

import (
	"github.com/upr-tools/submit/internal/workspace"
)

// Table returns the Recommendations sheet as a reader sees its cells
// (numbers as digits, dates as yyyy-mm-dd, yyyy-mm or yyyy, blank cells
// ""), computed from the data without building a workbook: the header, and
// each row by recommendation ID. It is what Rows reads back from a
// workbook Write made of the same data, so that comparing a workbook with
// the data does not need a second workbook.
func Table(recs []*workspace.Recommendation) (header []string, byID map[string][]string) {
	header = make([]string, len(columns))
	for i, c := range columns {
		header[i] = c.header
	}
	byID = make(map[string][]string, len(recs))
	for _, r := range recs {
		byID[r.ID] = rowTexts(r)
	}
	return header, byID
}

// rowTexts is one recommendation's row as its cells read.
func rowTexts(r *workspace.Recommendation) []string {
	row := make([]string, len(columns))
	for i, c := range columns {
		row[i] = cellText(c, r)
	}
	return row
}
