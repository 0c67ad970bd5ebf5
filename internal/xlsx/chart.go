package xlsx

import (
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// chartThemes is how many themes the chart shows: the most recommended
// ones, which head the By theme sheet. More bars than this cannot be read.
const chartThemes = 15

// chartResponses are the responses the chart stacks, with the fills of
// the Response column's colours but strong enough to tell apart on a
// bar. Pending is left out: it is not a position yet.
var chartResponses = []struct {
	response string
	fill     string
}{
	{workspace.Supported, "70AD47"},
	{workspace.PartiallySupported, "FFC000"},
	{workspace.Noted, "ED7D31"},
}

// addThemeChart puts a stacked bar chart of supported, partially
// supported and noted recommendations by theme beside the By theme table.
// Its series are references to the sheet's formula cells, so the chart
// follows a coordinator's edits as the counts do. It must be added before
// the sheet is streamed: a stream writer copies the sheet's drawing when
// it starts, and a drawing added after it flushes is lost.
func addThemeChart(f *excelize.File, b breakdown) error {
	n := min(len(b.rows), chartThemes)
	if n == 0 {
		return nil
	}
	quoted := "'" + strings.ReplaceAll(b.sheet, "'", "''") + "'"
	nk := len(b.keys)
	col := func(c int) string {
		name, _ := excelize.ColumnNumberToName(c)
		return name
	}
	categories := fmt.Sprintf("%s!$A$2:$A$%d", quoted, n+1)
	var series []excelize.ChartSeries
	for _, cr := range chartResponses {
		c := col(nk + 1 + slices.Index(workspace.ResponseValues, cr.response))
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$1", quoted, c),
			Categories: categories,
			Values:     fmt.Sprintf("%s!$%s$2:$%s$%d", quoted, c, c, n+1),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{cr.fill}},
		})
	}
	title := "Responses by theme"
	if len(b.rows) > n {
		title = fmt.Sprintf("Responses on the %d most recommended themes", n)
	}
	overlap := 100
	err := f.AddChart(b.sheet, cellName(nk+len(workspace.ResponseValues)+4, 2), &excelize.Chart{
		Type:   excelize.BarStacked,
		Series: series,
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend: excelize.ChartLegend{Position: "bottom"},
		// Bars read top-down in the sheet's order, most recommended first.
		XAxis:     excelize.ChartAxis{ReverseOrder: true},
		YAxis:     excelize.ChartAxis{MajorGridLines: true},
		Overlap:   &overlap,
		Dimension: excelize.ChartDimension{Width: 640, Height: uint(160 + 24*n)},
		Format:    excelize.GraphicOptions{AltText: title, Name: title},
	})
	if err != nil {
		return fmt.Errorf("xlsx: add the chart to the %s sheet: %w", b.sheet, err)
	}
	return nil
}
