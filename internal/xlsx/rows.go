package xlsx

import (
	"bytes"
	"fmt"
	"slices"
)

// Rows reads a workbook's Recommendations sheet as its cells show: the
// header and each row by ID, to compare a workbook with the data. It
// reads the sheet as a stream, but holds every row it returns: to compare
// with a workbook just built, Table gives the same without one.
func Rows(data []byte) (header []string, byID map[string][]string, err error) {
	wf, err := openWorkbook(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read the workbook: %w", err)
	}
	defer wf.close()
	if !wf.hasSheet(RecommendationsSheet) {
		return nil, nil, fmt.Errorf("the workbook has no %s sheet", RecommendationsSheet)
	}
	var all []string
	strs := &sstDigest{}
	err = wf.readSST(func(_ int, text []byte) {
		all = append(all, string(text))
		strs.blank = append(strs.blank, len(text) == 0)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read the workbook's shared strings: %w", err)
	}
	byID = map[string][]string{}
	seen := false
	err = wf.readSheet(RecommendationsSheet, strs, func(n int, r []cellValue) {
		if len(r) == 0 {
			return
		}
		seen = true
		row := make([]string, len(r))
		for i, c := range r {
			if c.sst >= 0 {
				row[i] = all[c.sst]
			} else {
				row[i] = c.text
			}
		}
		switch {
		case n == 1:
			header = row
		case row[0] != "":
			byID[row[0]] = row
		}
	})
	if err != nil || !seen {
		return nil, nil, fmt.Errorf("the workbook has no %s sheet", RecommendationsSheet)
	}
	return header, byID, nil
}

// Cell is the text of a row's cell in the named column, "" when absent.
func Cell(header, row []string, column string) string {
	i := slices.Index(header, column)
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}
