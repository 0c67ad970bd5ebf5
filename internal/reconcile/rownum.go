package reconcile

import (
	"bytes"
	"slices"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/xlsx"
)

// rowNumbers finds the sheet row of each typed row, for messages: a row
// with an ID by its ID, the others in sheet order, the order Edits lists
// them in. A row it cannot find gets 0.
func rowNumbers(workbook []byte, added []xlsx.Edit) []int {
	out := make([]int, len(added))
	f, err := excelize.OpenReader(bytes.NewReader(workbook))
	if err != nil {
		return out
	}
	defer f.Close()
	rows, err := f.Rows(xlsx.RecommendationsSheet)
	if err != nil {
		return out
	}
	defer rows.Close()
	byID := map[string][]int{}
	var blank []int
	for i, e := range added {
		if e.ID == "" {
			blank = append(blank, i)
		} else {
			byID[e.ID] = append(byID[e.ID], i)
		}
	}
	for n := 1; rows.Next(); n++ {
		cols, err := rows.Columns()
		if err != nil || n == 1 {
			continue
		}
		switch id := first(cols); {
		case id != "" && len(byID[id]) > 0:
			out[byID[id][0]] = n
			byID[id] = byID[id][1:]
		case id == "" && len(blank) > 0 && slices.ContainsFunc(cols, func(s string) bool { return s != "" }):
			out[blank[0]] = n
			blank = blank[1:]
		}
	}
	return out
}

func first(cols []string) string {
	if len(cols) == 0 {
		return ""
	}
	return cols[0]
}
