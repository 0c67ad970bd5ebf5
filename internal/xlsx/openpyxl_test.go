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
cached = openpyxl.load_workbook(sys.argv[1], data_only=True)
rec, summ = wb["Recommendations"], wb["By state"]
cell = lambda ws, ref: {"value": ws[ref].value, "type": ws[ref].data_type}
print(json.dumps({
    "sheets": wb.sheetnames,
    "rows": rec.max_row,
    "columns": rec.max_column,
    "header": [c.value for c in rec[1]],
    "states_row3": rec["G3"].value,
    "freeze": rec.freeze_panes,
    "filter": rec.auto_filter.ref,
    "tables": [{"name": t.name, "ref": t.ref, "style": t.tableStyleInfo.name,
                "stripes": t.tableStyleInfo.showRowStripes, "filter": t.autoFilter.ref,
                "columns": [c.name for c in t.tableColumns]} for t in rec.tables.values()],
    "validations": [{"type": v.type, "sqref": str(v.sqref), "formula1": v.formula1, "formula2": v.formula2,
                     "operator": v.operator, "error": v.error, "style": v.errorStyle,
                     "blank": v.allow_blank, "shown": v.showErrorMessage}
                    for v in rec.data_validations.dataValidation],
    "colours": [{"sqref": str(cf.sqref), "type": r.type, "operator": r.operator, "formula": r.formula,
                 "fill": r.dxf.fill.bgColor.rgb, "font": r.dxf.font.color.rgb}
                for cf in rec.conditional_formatting for r in cf.rules],
    "header_bold": rec["A1"].font.b,
    "hostile": cell(rec, sys.argv[2] + "5"),
    "paragraph": cell(rec, "B3"),
    "cycle": cell(rec, "C3"),
    "category_blank": rec[sys.argv[3] + "3"].value,
    "groups_row6": rec[sys.argv[4] + "6"].value,
    "summary_freeze": summ.freeze_panes,
    "summary_last": [c.value for c in summ[summ.max_row]],
    "summary_cached": [c.value for c in cached["By state"][summ.max_row]],
    "updated": {"value": rec[sys.argv[5] + "2"].value.isoformat(), "date": rec[sys.argv[5] + "2"].is_date,
                "format": rec[sys.argv[5] + "2"].number_format},
    "updated_month": rec[sys.argv[5] + "3"].number_format,
    "updated_blank": rec[sys.argv[5] + "4"].value,
    "notes": cell(rec, sys.argv[6] + "2"),
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
	out := testutil.Run(t, py, "-c", readBack, path, col(t, "Text"), col(t, categoryHeader), col(t, "Regional groups"),
		col(t, updatedHeader), col(t, "Notes"))

	var got struct {
		Sheets        []string   `json:"sheets"`
		Rows          int        `json:"rows"`
		Columns       int        `json:"columns"`
		Header        []string   `json:"header"`
		StatesRow3    string     `json:"states_row3"`
		Freeze        string     `json:"freeze"`
		Filter        *string    `json:"filter"`
		Tables        []pyTable  `json:"tables"`
		Validations   []pyDV     `json:"validations"`
		Colours       []pyColour `json:"colours"`
		GroupsRow6    string     `json:"groups_row6"`
		HeaderBold    bool       `json:"header_bold"`
		Hostile       cellReport `json:"hostile"`
		Paragraph     cellReport `json:"paragraph"`
		Cycle         cellReport `json:"cycle"`
		CategoryBlank any        `json:"category_blank"`
		SummaryFreeze string     `json:"summary_freeze"`
		SummaryLast   []any      `json:"summary_last"`
		SummaryCached []any      `json:"summary_cached"`
		Updated       struct {
			Value  string `json:"value"`
			Date   bool   `json:"date"`
			Format string `json:"format"`
		} `json:"updated"`
		UpdatedMonth string     `json:"updated_month"`
		UpdatedBlank any        `json:"updated_blank"`
		Notes        cellReport `json:"notes"`
		Title        string     `json:"title"`
		Creator      string     `json:"creator"`
		Created      string     `json:"created"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("openpyxl output %q: %v", out, err)
	}
	checks := []struct {
		what      string
		got, want any
	}{
		{"sheets", got.Sheets, []string{"Recommendations", StateSheet, GroupSheet, ThemeSheet, CategorySheet, CycleSheet, BuiltSheet}},
		{"rows", got.Rows, 6},
		{"columns", got.Columns, len(columns)},
		{"header", got.Header, headers()},
		{"recommending states of row 3", got.StatesRow3, "Benin; Estonia"},
		{"freeze panes", got.Freeze, "B2"},
		// The table brings the filter; a sheet filter too would make Excel
		// refuse the file.
		{"sheet auto filter", got.Filter, (*string)(nil)},
		{"tables", got.Tables, []pyTable{{TableName, "A1:X6", tableStyle, true, "A1:X6", headers()}}},
		{"validations", got.Validations, wantValidations()},
		{"colours", got.Colours, wantColours()},
		{"regional groups of row 6", got.GroupsRow6, "Asia; Africa; Africa"},
		{"header bold", got.HeaderBold, true},
		{"hostile cell", got.Hostile, cellReport{`=HYPERLINK("http://example.com/x","click me")`, "s"}},
		{"paragraph", got.Paragraph, cellReport{"28.10", "s"}},
		{"cycle", got.Cycle, cellReport{3.0, "n"}},
		{"blank action category", got.CategoryBlank, nil},
		{"summary freeze panes", got.SummaryFreeze, "A2"},
		// openpyxl reads formulas as their text, and with data_only the
		// values cached beside them.
		{"summary totals", got.SummaryLast, []any{allLabel,
			`=SUMPRODUCT((Recommendations!$A$2:$A$506<>"")*(TRIM(Recommendations!$J$2:$J$506)="supported"))`,
			`=SUMPRODUCT((Recommendations!$A$2:$A$506<>"")*(TRIM(Recommendations!$J$2:$J$506)="partially supported"))`,
			`=SUMPRODUCT((Recommendations!$A$2:$A$506<>"")*(TRIM(Recommendations!$J$2:$J$506)="noted"))`,
			`=SUMPRODUCT((Recommendations!$A$2:$A$506<>"")*(TRIM(Recommendations!$J$2:$J$506)="pending"))`,
			`=SUMPRODUCT((Recommendations!$A$2:$A$506<>"")*1)`,
			`=IF((B8+C8+D8)=0,"",B8/(B8+C8+D8))`}},
		{"summary totals cached", got.SummaryCached, []any{allLabel, 1.0, 1.0, 2.0, 1.0, 5.0, 0.25}},
		{"last updated", got.Updated, struct {
			Value  string `json:"value"`
			Date   bool   `json:"date"`
			Format string `json:"format"`
		}{"2024-05-02T00:00:00", true, dayFormat}},
		{"last updated, a month only", got.UpdatedMonth, monthFormat},
		{"last updated, none", got.UpdatedBlank, nil},
		{"notes starting with =", got.Notes, cellReport{"=follow up after the mid-term report", "s"}},
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

// pyTable, pyDV and pyColour are a table, a data validation and a
// conditional format rule as openpyxl reads them.
type pyTable struct {
	Name    string   `json:"name"`
	Ref     string   `json:"ref"`
	Style   string   `json:"style"`
	Stripes bool     `json:"stripes"`
	Filter  string   `json:"filter"`
	Columns []string `json:"columns"`
}

type pyDV struct {
	Type     string  `json:"type"`
	Sqref    string  `json:"sqref"`
	Formula1 string  `json:"formula1"`
	Formula2 *string `json:"formula2"`
	Operator *string `json:"operator"`
	Error    string  `json:"error"`
	Style    string  `json:"style"`
	Blank    bool    `json:"blank"`
	Shown    bool    `json:"shown"`
}

type pyColour struct {
	Sqref    string   `json:"sqref"`
	Type     string   `json:"type"`
	Operator string   `json:"operator"`
	Formula  []string `json:"formula"`
	Fill     string   `json:"fill"`
	Font     string   `json:"font"`
}

// wantValidations is what openpyxl should find for the five-row fixture:
// the checks reach 500 rows past the data. Ranges are spelled out rather
// than computed, so a column that moves shows here.
func wantValidations() []pyDV {
	between, five := "between", "5"
	return []pyDV{
		{"list", "J2:J506", `"supported,partially supported,noted,pending"`, nil, nil,
			"Choose one of: supported, partially supported, noted, pending.", "stop", true, true},
		{"list", "Q2:Q506", `"fully implemented,partially implemented,not implemented,not assessed"`, nil, nil,
			"Choose one of: fully implemented, partially implemented, not implemented, not assessed.", "stop", true, true},
		{"whole", "P2:P506", "1", &five, &between,
			"Enter 1, 2, 3, 4 or 5: from 1, minimal action, to 5, specific action.", "stop", true, true},
	}
}

func wantColours() []pyColour {
	var out []pyColour
	for _, c := range colourings {
		span := map[string]string{responseHeader: "J2:J506", statusHeader: "Q2:Q506"}[c.header]
		for i, v := range c.values {
			out = append(out, pyColour{span, "cellIs", "equal", []string{`"` + v + `"`},
				"FF" + c.shades[i].fill, "FF" + c.shades[i].text})
		}
	}
	return out
}
