package xlsx

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// maxCellChars is Excel's limit on a cell's text, in UTF-16 units.
// excelize would cut longer text silently; we refuse instead.
const maxCellChars = excelize.TotalCellChars

// setText stores s as a string cell, never as a formula or a number, even
// when it begins with "=", "+", "-" or "@" or looks like "28.10". Empty
// text leaves the cell blank, so that Excel's blank filters find it.
func setText(f *excelize.File, sheet string, col, row int, s string) error {
	if s == "" {
		return nil
	}
	s = cleanControls(s)
	if n := len(utf16.Encode([]rune(s))); n > maxCellChars {
		return fmt.Errorf("%d characters, more than the %d an Excel cell holds: shorten it", n, maxCellChars)
	}
	return f.SetCellStr(sheet, cellName(col, row), s)
}

// setNumber stores n as a number cell, or leaves the cell blank when n is
// 0, which the data model uses for "unknown".
func setNumber(f *excelize.File, sheet string, col, row, n int) error {
	if n == 0 {
		return nil
	}
	return f.SetCellInt(sheet, cellName(col, row), int64(n))
}

// excelEpoch is day 0 of Excel's 1900 date system as it counts after
// February 1900 (it believes 1900 was a leap year).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// setDate stores d as a date serial number, formatted with as much
// precision as d has (a month alone shows as "2024-06", not as its first
// day), or leaves the cell blank when d is zero.
func setDate(f *excelize.File, st styles, sheet string, col, row int, d workspace.Date) error {
	if d.IsZero() {
		return nil
	}
	t := d.Time()
	if t.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) {
		return fmt.Errorf("%s is before March 1900, which Excel dates cannot hold: check the year", d)
	}
	// Unix seconds, not time.Duration, which overflows after 292 years.
	style := st.day
	switch {
	case d.Month == 0:
		style = st.year
	case d.Day == 0:
		style = st.month
	}
	ref := cellName(col, row)
	if err := f.SetCellInt(sheet, ref, (t.Unix()-excelEpoch.Unix())/86400); err != nil {
		return err
	}
	return f.SetCellStyle(sheet, ref, ref, style)
}

// cleanControls turns control characters that XML 1.0 cannot carry (a
// form feed left by PDF text extraction, say) into spaces; the encoder
// would otherwise write U+FFFD. Tabs and line breaks stay.
func cleanControls(s string) string {
	if !strings.ContainsFunc(s, isBadControl) {
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
