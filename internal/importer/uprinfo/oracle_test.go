package uprinfo

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// excelizeRows is the reader this package had before its own: the first
// sheet's rows as excelize's GetRows gives them, raw, row i being the
// sheet's row i+1. Tests compare the two on the same workbooks.
func excelizeRows(data []byte) (sheet string, rows [][]string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("excelize panics: %v", r)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: 1 << 30, UnzipXMLSizeLimit: unzipLimit,
	})
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return "", nil, fmt.Errorf("no sheet")
	}
	rows, err = f.GetRows(sheets[0], excelize.Options{RawCellValue: true})
	return sheets[0], rows, err
}
