package xlsx

import (
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// maxCellChars is Excel's limit on a cell's text, in UTF-16 units.
// excelize would cut longer text silently; we refuse instead.
const maxCellChars = excelize.TotalCellChars

// excelEpoch is day 0 of Excel's 1900 date system as it counts after
// February 1900 (it believes 1900 was a leap year).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// cleanControls turns control characters that XML 1.0 cannot carry (a
// form feed left by PDF text extraction, say) into spaces; the encoder
// would otherwise write U+FFFD. Tabs and line breaks stay.
func cleanControls(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		clean = s[i] >= 0x20 || !isBadControl(rune(s[i]))
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBadControl(r) {
			return ' '
		}
		return r
	}, s)
}

func isBadControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r'
}

// cellName names the cell at col, row (from 1), like "T9"; coordinates
// out of the sheet give "", which excelize then rejects with an error.
func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// cellRange names the rectangle from (c1, r1) to (c2, r2), like "A1:T9".
func cellRange(c1, r1, c2, r2 int) string {
	return cellName(c1, r1) + ":" + cellName(c2, r2)
}
