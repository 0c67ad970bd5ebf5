package tracking

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

// Columns the workbook stores as numbers, and the one it stores as a date;
// every other column is text. The rows file keeps those types, so that
// XlsxWriter writes the same kind of cell.
var (
	numberColumns = []string{"Cycle", "Session", "Action category", "Assessed"}
	dateColumn    = "Last updated"
)

// excelEpoch is day 0 of Excel's 1900 date system, as it counts after
// February 1900.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// Rows gives recs as JSON lines: the header, then each row as the
// Recommendations sheet shows it (xlsx.Table), numbers as numbers, dates as
// Excel date serials, blank cells as null.
func Rows(recs []*workspace.Recommendation) ([]byte, error) {
	header, byID := xlsx.Table(recs)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(header); err != nil {
		return nil, err
	}
	kinds := make([]byte, len(header)) // 't' text, 'n' number, 'd' date
	for i, h := range header {
		switch {
		case slices.Contains(numberColumns, h):
			kinds[i] = 'n'
		case h == dateColumn:
			kinds[i] = 'd'
		default:
			kinds[i] = 't'
		}
	}
	row := make([]any, len(header))
	for _, r := range recs {
		for i, s := range byID[r.ID] {
			switch {
			case s == "":
				row[i] = nil
			case kinds[i] == 'n':
				n, err := strconv.Atoi(s)
				if err != nil {
					return nil, fmt.Errorf("tracking: %s, %s: %q is not a number", r.ID, header[i], s)
				}
				row[i] = n
			case kinds[i] == 'd':
				row[i] = (r.Updated.Time().Unix() - excelEpoch.Unix()) / 86400
			default:
				row[i] = s
			}
		}
		if err := enc.Encode(row); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}
