package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// TableName names the Excel table over the Recommendations sheet; formulas
// refer to its columns as RecommendationTable[Response].
const TableName = "RecommendationTable"

// tableStyle bands the rows in light grey under a plain header: the header
// keeps this package's own style, and the banding stays fainter than the
// conditional fills on Response and Implementation status.
const tableStyle = "TableStyleLight1"

// addTable turns the header and data rows into an Excel table, which brings
// its own filter buttons (a sheet AutoFilter over the same range would make
// Excel refuse the file) and grows when a row is typed below it. Without
// recommendations the table keeps one empty row, as Excel needs.
func addTable(f *excelize.File, sheet string, rows int) error {
	stripes := true
	err := f.AddTable(sheet, &excelize.Table{
		Range:          tableRange(rows),
		Name:           TableName,
		StyleName:      tableStyle,
		ShowRowStripes: &stripes,
	})
	if err != nil {
		return fmt.Errorf("xlsx: add the %s table: %w", sheet, err)
	}
	return nil
}

// tableRange is the table's range for this many recommendations: the header
// and at least one row.
func tableRange(rows int) string {
	return cellRange(1, 1, len(columns), max(rows, 1)+1)
}
