package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// spareRows is how many empty rows below the data also get the drop-down
// lists and colours, so rows a coordinator adds get them too.
const spareRows = 500

// Action categories run from 1 (minimal action) to 5 (specific action), on
// Edward McMahon's scale as UPR Info uses it.
const minCategory, maxCategory = 1, 5

// editRange is the range of one column over the data rows and the spare
// rows below them, like "J2:J506".
func editRange(header string, rows int) string {
	col := columnNumber(header)
	return cellRange(col, 2, col, rows+1+spareRows)
}

// addValidations puts drop-down lists on Response and Implementation status
// and a whole-number check on Action category. A wrong entry is refused
// with a message naming the allowed values.
func addValidations(f *excelize.File, sheet string, rows int) error {
	lists := []struct {
		header string
		values []string
	}{
		{responseHeader, workspace.ResponseValues},
		{statusHeader, workspace.StatusValues},
	}
	for _, l := range lists {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = editRange(l.header, rows)
		if err := dv.SetDropList(l.values); err != nil {
			return fmt.Errorf("xlsx: drop-down list for %s: %w", l.header, err)
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, l.header,
			"Choose one of: "+strings.Join(l.values, ", ")+".")
		if err := f.AddDataValidation(sheet, dv); err != nil {
			return fmt.Errorf("xlsx: add the %s drop-down list: %w", l.header, err)
		}
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = editRange(categoryHeader, rows)
	if err := dv.SetRange(minCategory, maxCategory, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
		return fmt.Errorf("xlsx: range check for %s: %w", categoryHeader, err)
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, categoryHeader,
		fmt.Sprintf("Enter %s: from %d, minimal action, to %d, specific action.", categoryList(), minCategory, maxCategory))
	if err := f.AddDataValidation(sheet, dv); err != nil {
		return fmt.Errorf("xlsx: add the %s check: %w", categoryHeader, err)
	}
	return nil
}

// categoryList spells the allowed categories, "1, 2, 3, 4 or 5".
func categoryList() string {
	var b strings.Builder
	for c := minCategory; c <= maxCategory; c++ {
		switch c {
		case minCategory:
		case maxCategory:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		fmt.Fprint(&b, c)
	}
	return b.String()
}
