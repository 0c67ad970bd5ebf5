package xlsx

import (
	"regexp"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// TestStreamedSheetsKeepTheirParts reads the saved XML of the two sheets
// whose rows are streamed: their rows sit where excelize's empty
// <sheetData> stood, and the parts of the sheet that excelize would drop
// from a StreamWriter's sheet (the drop-down lists, the colours, the
// table, the frozen panes) are there, in the order of the schema.
func TestStreamedSheetsKeepTheirParts(t *testing.T) {
	data, _ := write(t, generated(40))
	parts := unzipAll(t, data)
	for _, tc := range []struct {
		sheet string
		order []string
		rows  int
	}{
		{RecommendationsSheet, []string{"<dimension ref=\"A1:X41\"", "<sheetViews>", "<pane ", "<cols>", "<sheetData>",
			"<conditionalFormatting ", "<dataValidations count=\"3\"", "<tableParts count=\"1\"", "</worksheet>"}, 41},
		{BuiltSheet, []string{"<dimension ref=\"A1:X41\"", "<sheetData>", "</worksheet>"}, 41},
	} {
		t.Run(tc.sheet, func(t *testing.T) {
			name, err := sheetPart(parts, tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			xml := string(parts[name])
			at := -1
			for _, el := range tc.order {
				i := strings.Index(xml, el)
				if i <= at {
					t.Fatalf("%s: %q missing or out of order (at %d, after %d)", name, el, i, at)
				}
				at = i
			}
			if n := strings.Count(xml, "<sheetData"); n != 1 {
				t.Errorf("%s has %d <sheetData> elements", name, n)
			}
			if n := strings.Count(xml, "<row "); n != tc.rows {
				t.Errorf("%s has %d rows, want %d", name, n, tc.rows)
			}
			if tc.sheet == RecommendationsSheet {
				if n := strings.Count(xml, "<conditionalFormatting "); n != 2 {
					t.Errorf("%d conditional formats, want 2", n)
				}
			}
		})
	}
	if !regexp.MustCompile(`<sheet name="` + BuiltSheet + `" [^>]*state="veryHidden"`).Match(parts[workbookPart]) {
		t.Error("the record of the build is not very hidden")
	}
}

// unzipAll reads every part of a workbook.
func unzipAll(t *testing.T, data []byte) map[string][]byte { return testutil.Unzip(t, data) }
