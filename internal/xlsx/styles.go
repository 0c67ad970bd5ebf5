package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// styles are the cell formats the workbook uses, registered once per file.
type styles struct {
	header  int // bold, wrapped, shaded, ruled below
	total   int // bold: the summary sheets' totals rows
	plain   int // top-aligned, so short cells line up with wrapped ones
	wrapped int // top-aligned and wrapped: long text
	text    int // top-aligned, number format "@": stays text if edited
	day     int // top-aligned dates: yyyy-mm-dd, and for partial dates
	month   int // yyyy-mm
	year    int // yyyy
	rate    int // a percentage without decimals: acceptance rates
}

// textFormat is Excel's built-in number format 49, "@" (text);
// percentFormat is number format 9, "0%".
const textFormat, percentFormat = 49, 9

// Date formats: ISO order, which reads the same in every locale.
const dayFormat, monthFormat, yearFormat = "yyyy-mm-dd", "yyyy-mm", "yyyy"

func newStyles(f *excelize.File) (styles, error) {
	top := func(wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Vertical: "top", WrapText: wrap}
	}
	var st styles
	defs := []struct {
		id *int
		s  excelize.Style
	}{
		{&st.header, excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Alignment: top(true),
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE4EE"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
		}},
		{&st.total, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top(false),
			Border: []excelize.Border{{Type: "top", Color: "808080", Style: 1}}}},
		{&st.plain, excelize.Style{Alignment: top(false)}},
		{&st.wrapped, excelize.Style{Alignment: top(true)}},
		{&st.text, excelize.Style{Alignment: top(false), NumFmt: textFormat}},
		{&st.day, excelize.Style{Alignment: top(false), CustomNumFmt: ptr(dayFormat)}},
		{&st.month, excelize.Style{Alignment: top(false), CustomNumFmt: ptr(monthFormat)}},
		{&st.year, excelize.Style{Alignment: top(false), CustomNumFmt: ptr(yearFormat)}},
		{&st.rate, excelize.Style{NumFmt: percentFormat}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return styles{}, fmt.Errorf("xlsx: define cell styles: %w", err)
		}
		*d.id = id
	}
	return st, nil
}

func ptr[T any](v T) *T { return &v }
