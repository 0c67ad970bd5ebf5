package xlsx

import (
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

// quotedList is how a list validation stores its values: "a,b,c".
func quotedList(values []string) string {
	return `"` + strings.Join(values, ",") + `"`
}

// TestTable reads the table back with excelize: one table over the header
// and data rows, banded, and no sheet AutoFilter beside its own.
func TestTable(t *testing.T) {
	for _, c := range []struct {
		name      string
		recs      int
		wantRange string
	}{
		{"fixture", 5, "A1:X6"},
		{"empty keeps one row", 0, "A1:X2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws := fixture()
			ws.Recommendations = ws.Recommendations[:c.recs]
			data, _ := write(t, ws)
			f := open(t, data)
			tables, err := f.GetTables(RecommendationsSheet)
			if err != nil {
				t.Fatal(err)
			}
			if len(tables) != 1 {
				t.Fatalf("%d tables, want 1: %+v", len(tables), tables)
			}
			tb := tables[0]
			if tb.Name != TableName || tb.Range != c.wantRange || tb.StyleName != tableStyle ||
				tb.ShowRowStripes == nil || !*tb.ShowRowStripes {
				t.Errorf("table = %+v, want %s over %s, %s, banded rows", tb, TableName, c.wantRange, tableStyle)
			}
			// Excel refuses a file whose sheet filter overlaps a table.
			if ws := string(zipPart(t, data, "xl/worksheets/sheet1.xml")); strings.Contains(ws, "<autoFilter") {
				t.Error("the sheet has its own autoFilter besides the table's")
			}
		})
	}
}

// TestValidations reads the drop-down lists and the category check back
// with excelize: types, ranges over data and spare rows, allowed values,
// and an error message that names them.
func TestValidations(t *testing.T) {
	data, _ := write(t, generated(40))
	dvs, err := open(t, data).GetDataValidations(RecommendationsSheet)
	if err != nil {
		t.Fatal(err)
	}
	last := "541" // 40 rows after the header, then 500 spare
	want := map[string]excelize.DataValidation{
		responseHeader: {Type: "list", Sqref: col(t, responseHeader) + "2:" + col(t, responseHeader) + last,
			Formula1: quotedList(workspace.ResponseValues)},
		statusHeader: {Type: "list", Sqref: col(t, statusHeader) + "2:" + col(t, statusHeader) + last,
			Formula1: quotedList(workspace.StatusValues)},
		categoryHeader: {Type: "whole", Operator: "between", Sqref: col(t, categoryHeader) + "2:" + col(t, categoryHeader) + last,
			Formula1: "1", Formula2: "5"},
	}
	mustName := map[string][]string{
		responseHeader: workspace.ResponseValues,
		statusHeader:   workspace.StatusValues,
		categoryHeader: {"1, 2, 3, 4 or 5"},
	}
	if len(dvs) != len(want) {
		t.Fatalf("%d validations, want %d", len(dvs), len(want))
	}
	for _, dv := range dvs {
		if dv.ErrorTitle == nil {
			t.Errorf("validation on %s has no error title", dv.Sqref)
			continue
		}
		header := *dv.ErrorTitle
		w, ok := want[header]
		if !ok {
			t.Errorf("unexpected validation titled %q", header)
			continue
		}
		got := excelize.DataValidation{Type: dv.Type, Operator: dv.Operator, Sqref: dv.Sqref, Formula1: dv.Formula1, Formula2: dv.Formula2}
		if got != w {
			t.Errorf("%s validation = %+v, want %+v", header, got, w)
		}
		if !dv.AllowBlank || !dv.ShowErrorMessage || dv.ErrorStyle == nil || *dv.ErrorStyle != "stop" || dv.Error == nil {
			t.Errorf("%s validation: blank %v, error shown %v, style %v; want blanks allowed and a stop message",
				header, dv.AllowBlank, dv.ShowErrorMessage, dv.ErrorStyle)
			continue
		}
		for _, v := range mustName[header] {
			if !strings.Contains(*dv.Error, v) {
				t.Errorf("%s error message %q does not name %q", header, *dv.Error, v)
			}
		}
	}
}

// TestColours reads the conditional formats back with excelize, and the
// fill of each rule from its differential style.
func TestColours(t *testing.T) {
	data, _ := write(t, fixture())
	f := open(t, data)
	cfs, err := f.GetConditionalFormats(RecommendationsSheet)
	if err != nil {
		t.Fatal(err)
	}
	sh := func(s shade) string { return s.fill + "/" + s.text }
	want := map[string]map[string]string{ // range → value → fill/text colour
		col(t, responseHeader) + "2:" + col(t, responseHeader) + "506": {
			`"supported"`: sh(green), `"partially supported"`: sh(amber), `"noted"`: sh(orange), `"pending"`: sh(blue),
		},
		col(t, statusHeader) + "2:" + col(t, statusHeader) + "506": {
			`"fully implemented"`: sh(green), `"partially implemented"`: sh(amber), `"not implemented"`: sh(red), `"not assessed"`: sh(grey),
		},
	}
	got := map[string]map[string]string{}
	for ref, rules := range cfs {
		got[ref] = map[string]string{}
		for _, r := range rules {
			// excelize reads "equal" back in its long spelling.
			if r.Type != "cell" || r.Criteria != "equal to" || r.Format == nil {
				t.Errorf("%s rule %+v, want a cell-equals rule with a format", ref, r)
				continue
			}
			s, err := f.GetConditionalStyle(*r.Format)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Fill.Color) != 1 || s.Font == nil {
				t.Errorf("%s %s: fill %+v, font %+v", ref, r.Value, s.Fill, s.Font)
				continue
			}
			got[ref][r.Value] = rgb(s.Fill.Color[0]) + "/" + rgb(s.Font.Color)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("conditional fills = %v, want %v", got, want)
	}
}

func TestExcelString(t *testing.T) {
	for in, want := range map[string]string{
		"noted":     `"noted"`,
		`say "no"`:  `"say ""no"""`,
		"":          `""`,
		"Türkiye\\": `"Türkiye\"`,
	} {
		if got := excelString(in); got != want {
			t.Errorf("excelString(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestCategoryList(t *testing.T) {
	if got, want := categoryList(), "1, 2, 3, 4 or 5"; got != want {
		t.Errorf("categoryList() = %q, want %q", got, want)
	}
}

// rgb drops the alpha of an ARGB colour: "FFC6EFCE" is "C6EFCE".
func rgb(c string) string {
	if len(c) == 8 {
		return c[2:]
	}
	return c
}
