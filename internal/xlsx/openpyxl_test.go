package xlsx

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// readBack is what the Python script below reports about a workbook.
const readBack = `
import json, sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
rec, summ = wb["Recommendations"], wb["Summary"]
cell = lambda ws, ref: {"value": ws[ref].value, "type": ws[ref].data_type}
print(json.dumps({
    "sheets": wb.sheetnames,
    "rows": rec.max_row,
    "columns": rec.max_column,
    "header": [c.value for c in rec[1]],
    "states_row3": rec["G3"].value,
    "freeze": rec.freeze_panes,
    "filter": rec.auto_filter.ref,
    "header_bold": rec["A1"].font.b,
    "hostile": cell(rec, "H5"),
    "paragraph": cell(rec, "B3"),
    "cycle": cell(rec, "C3"),
    "category_blank": rec["O3"].value,
    "summary_freeze": summ.freeze_panes,
    "summary_last": [c.value for c in summ[summ.max_row]],
    "title": wb.properties.title,
    "creator": wb.properties.creator,
    "created": wb.properties.created.isoformat(),
}))
`

type cellReport struct {
	Value any    `json:"value"`
	Type  string `json:"type"`
}

// TestOpenpyxl reads the workbook with an independent reader, openpyxl.
func TestOpenpyxl(t *testing.T) {
	py := testutil.Python(t, "openpyxl", "python3-openpyxl")
	data, _ := write(t, fixture())
	path := filepath.Join(t.TempDir(), "tracking.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := testutil.Run(t, py, "-c", readBack, path)

	var got struct {
		Sheets        []string   `json:"sheets"`
		Rows          int        `json:"rows"`
		Columns       int        `json:"columns"`
		Header        []string   `json:"header"`
		StatesRow3    string     `json:"states_row3"`
		Freeze        string     `json:"freeze"`
		Filter        string     `json:"filter"`
		HeaderBold    bool       `json:"header_bold"`
		Hostile       cellReport `json:"hostile"`
		Paragraph     cellReport `json:"paragraph"`
		Cycle         cellReport `json:"cycle"`
		CategoryBlank any        `json:"category_blank"`
		SummaryFreeze string     `json:"summary_freeze"`
		SummaryLast   []any      `json:"summary_last"`
		Title         string     `json:"title"`
		Creator       string     `json:"creator"`
		Created       string     `json:"created"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("openpyxl output %q: %v", out, err)
	}
	checks := []struct {
		what      string
		got, want any
	}{
		{"sheets", got.Sheets, []string{"Recommendations", "Summary"}},
		{"rows", got.Rows, 6},
		{"columns", got.Columns, len(columns)},
		{"header", got.Header, headers()},
		{"recommending states of row 3", got.StatesRow3, "Benin; Estonia"},
		{"freeze panes", got.Freeze, "B2"},
		// excelize writes the filter range with $ signs; Excel accepts both.
		{"auto filter", got.Filter, "$A$1:$T$6"},
		{"header bold", got.HeaderBold, true},
		{"hostile cell", got.Hostile, cellReport{`=HYPERLINK("http://example.com/x","click me")`, "s"}},
		{"paragraph", got.Paragraph, cellReport{"28.10", "s"}},
		{"cycle", got.Cycle, cellReport{3.0, "n"}},
		{"blank action category", got.CategoryBlank, nil},
		{"summary freeze panes", got.SummaryFreeze, "A2"},
		{"summary totals", got.SummaryLast, []any{allLabel, 1.0, 1.0, 2.0, 1.0, 5.0}},
		{"title", got.Title, "Joint submission on Slovenia and China"},
		{"creator", got.Creator, "submit"},
		{"created", got.Created, "2024-03-14T00:00:00"},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.what, c.got, c.want)
		}
	}
}
