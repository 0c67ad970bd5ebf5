package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// shade is a soft fill with a dark text of the same hue, as Excel's own
// "Light green fill with dark green text" presets: readable, and still
// telling apart when printed in grey.
type shade struct{ fill, text string }

var (
	green = shade{"C6EFCE", "006100"}
	amber = shade{"FFEB9C", "9C5700"}
	red   = shade{"FFC7CE", "9C0006"}
	// orange marks "noted": not accepted, but not the red of a failure.
	orange = shade{"FCE4D6", "843C0C"}
	blue   = shade{"DDEBF7", "1F4E78"}
	grey   = shade{"EDEDED", "595959"}
)

// colouring is the shade of each value of a column.
type colouring struct {
	header string
	values []string
	shades []shade
}

// colourings colour the responses and the implementation statuses, in the
// order of workspace.ResponseValues and workspace.StatusValues.
var colourings = []colouring{
	{responseHeader, workspace.ResponseValues, []shade{green, amber, orange, blue}},
	{statusHeader, workspace.StatusValues, []shade{green, amber, red, grey}},
}

// addColours adds a conditional format per value, so a cell changes colour
// as soon as a coordinator picks another value. Excel compares text without
// regard to case, as the drop-down lists' check does.
func addColours(f *excelize.File, sheet string, rows int) error {
	for _, c := range colourings {
		if len(c.values) != len(c.shades) {
			return fmt.Errorf("xlsx: %d colours for %d %s values: update colourings", len(c.shades), len(c.values), c.header)
		}
		rules := make([]excelize.ConditionalFormatOptions, len(c.values))
		for i, v := range c.values {
			s := c.shades[i]
			id, err := f.NewConditionalStyle(&excelize.Style{
				Font: &excelize.Font{Color: s.text},
				Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{s.fill}},
			})
			if err != nil {
				return fmt.Errorf("xlsx: define the colour of %s %q: %w", c.header, v, err)
			}
			rules[i] = excelize.ConditionalFormatOptions{
				Type: "cell", Criteria: "==", Value: excelString(v), Format: &id,
			}
		}
		if err := f.SetConditionalFormat(sheet, editRange(c.header, rows), rules); err != nil {
			return fmt.Errorf("xlsx: colour the %s column: %w", c.header, err)
		}
	}
	return nil
}

// excelString quotes s as a string constant in an Excel formula, where a
// quote inside is doubled: noted becomes "noted".
func excelString(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
