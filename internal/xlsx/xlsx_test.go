package xlsx

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/workspace"
)

func write(t testing.TB, ws *workspace.Workspace) ([]byte, Result) {
	t.Helper()
	data, res, err := Write(ws, Options{})
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	return data, res
}

// TestGolden compares both sheets, read back with excelize, with
// testdata/workbook.golden. Run with -update to accept a change.
func TestGolden(t *testing.T) {
	data, res := write(t, fixture())
	if res.Rows != 5 || res.States != 6 {
		t.Errorf("Result = %+v, want 5 rows and 6 states", res)
	}
	f := open(t, data)
	got := dumpTSV(t, f) + dumpFormulas(t, f)
	testutil.Golden(t, filepath.Join("testdata", "workbook.golden"), []byte(got))
}

// TestDeterministic writes the same data twice and expects the same bytes:
// pack writes the parts in sorted order without timestamps, and the
// compressed chunks in order whichever core made them.
func TestDeterministic(t *testing.T) {
	for name, ws := range map[string]func() *workspace.Workspace{
		"fixture":   fixture,
		"generated": func() *workspace.Workspace { return generated(3000) }, // several compressed chunks
	} {
		t.Run(name, func(t *testing.T) {
			a, _ := write(t, ws())
			b, _ := write(t, ws())
			if ca, cb := dumpTSV(t, open(t, a)), dumpTSV(t, open(t, b)); ca != cb {
				t.Fatal("two runs give different cell content")
			}
			if !bytes.Equal(a, b) {
				t.Error("two runs give the same cells but different bytes")
			}
		})
	}
}

// TestCellTypes reads the worksheet XML itself. On the Recommendations
// sheet the number and date columns hold numbers, every other cell is a
// shared string, and there is no formula. On the summary sheets the key
// columns hold text or numbers and no formula, and every count is a formula
// with a number cached (the acceptance rate caches nothing while blank).
func TestCellTypes(t *testing.T) {
	data, _ := write(t, fixture())
	numeric := map[string]bool{}
	for i, c := range columns {
		if c.number != nil || c.date != nil {
			name, _ := excelize.ColumnNumberToName(i + 1)
			numeric[name] = true
		}
	}
	for ref, c := range rawCells(t, data, "xl/worksheets/sheet1.xml") {
		col, row, err := excelize.SplitCellName(ref)
		if err != nil {
			t.Fatal(err)
		}
		wantNumber := row > 1 && numeric[col]
		switch {
		case c.Formula != nil:
			t.Errorf("Recommendations %s holds a formula %q", ref, *c.Formula)
		case wantNumber && c.Type != "":
			t.Errorf("Recommendations %s has type %q, want a number", ref, c.Type)
		case !wantNumber && c.Type != "s":
			t.Errorf("Recommendations %s has type %q, want a shared string", ref, c.Type)
		}
	}
	for i, b := range breakdowns(nil, 0) {
		part := summaryParts()[i]
		cells := rawCells(t, data, part)
		if len(cells) == 0 {
			t.Fatalf("%s has no cells", part)
		}
		for ref, c := range cells {
			n, row, err := excelize.CellNameToCoordinates(ref)
			if err != nil {
				t.Fatal(err)
			}
			isText := c.Type == "inlineStr" && c.Inline != nil
			isNumber := c.Type == "" && c.Value != ""
			isEmpty := c.Type == "" && c.Value == "" && c.Formula == nil // styled, in the totals row
			switch {
			case row == 1 || n <= len(b.keys):
				if c.Formula != nil || !isText && !(isNumber && row > 1) && !isEmpty {
					t.Errorf("%s %s: type %q, formula %v; want text or a number", b.sheet, ref, c.Type, c.Formula)
				}
			case c.Formula == nil:
				t.Errorf("%s %s has no formula", b.sheet, ref)
			case !isNumber && !(c.Type == "str" && c.Value == ""):
				t.Errorf("%s %s caches %q (type %q), want a number", b.sheet, ref, c.Value, c.Type)
			}
		}
	}
}

// TestHostileText checks, in the raw XML, that text beginning with =, +, -
// or @ is stored as a string holding exactly that text.
func TestHostileText(t *testing.T) {
	hostile := []string{`=HYPERLINK("http://evil.example","x")`, "+1+1", "-2+3", "@SUM(A1:A2)", "=cmd|' /C calc'!A0"}
	ws := fixture()
	ws.Recommendations = nil
	for i, h := range hostile {
		ws.Recommendations = append(ws.Recommendations, &workspace.Recommendation{
			ID: h, Paragraph: h, Cycle: 3, StateUnderReview: h, From: []string{h}, Text: h, Response: h, Lead: h, Notes: h,
			Implementation: []workspace.Assessment{{Year: 2020 + i, Status: h, Note: h, Evidence: []string{h}}},
		})
	}
	data, _ := write(t, ws)
	strs := sharedStrings(t, data)
	check := func(part, ref, want string) {
		t.Helper()
		c, ok := rawCells(t, data, part)[ref]
		switch {
		case !ok:
			t.Errorf("%s %s is missing", part, ref)
		case c.Formula != nil || c.Type != "s":
			t.Errorf("%s %s: type %q, formula %v; want a plain shared string", part, ref, c.Type, c.Formula)
		default:
			i, err := strconv.Atoi(c.Value)
			if err != nil || i < 0 || i >= len(strs) {
				t.Fatalf("%s %s: bad shared string index %q", part, ref, c.Value)
			}
			if strs[i] != want {
				t.Errorf("%s %s = %q, want %q", part, ref, strs[i], want)
			}
		}
	}
	for i, h := range hostile {
		row := strconv.Itoa(i + 2)
		for _, header := range []string{"ID", "Paragraph", "State under review", "Recommending states", "Text",
			responseHeader, statusHeader, "Assessment note", "Evidence", "Lead / responsible body", "Notes"} {
			check("xl/worksheets/sheet1.xml", col(t, header)+row, h)
		}
		// An unknown state has no group; the placeholder is text too.
		check("xl/worksheets/sheet1.xml", col(t, "Regional groups")+row, unknownGroup)
		check("xl/worksheets/sheet1.xml", col(t, "Implementation history")+row, strconv.Itoa(2020+i)+": "+h+" – "+h+" ["+h+"]")
	}
	// The By state and By cycle sheets list the same names; every one must
	// be text holding the name, and only the counts beside them formulas.
	for _, part := range []string{summaryParts()[0], summaryParts()[4]} {
		var names []string
		for i := range hostile {
			ref := "A" + strconv.Itoa(i+2)
			c := rawCells(t, data, part)[ref]
			if c.Type != "inlineStr" || c.Formula != nil || c.Inline == nil {
				t.Errorf("%s %s: type %q, formula %v; want an inline string", part, ref, c.Type, c.Formula)
				continue
			}
			names = append(names, *c.Inline)
		}
		slices.Sort(names)
		if want := slices.Sorted(slices.Values(hostile)); !slices.Equal(names, want) {
			t.Errorf("%s names = %q, want %q", part, names, want)
		}
	}
}

// TestLayout reads back what makes the sheet usable: frozen panes, the
// filter, widths and the header style.
func TestLayout(t *testing.T) {
	data, _ := write(t, fixture())
	f := open(t, data)

	if got := f.GetSheetList(); strings.Join(got, ",") != "Recommendations,By state,By group,By theme,By action category,By cycle,"+BuiltSheet {
		t.Errorf("sheets = %v", got)
	}
	for sheet, want := range map[string]excelize.Panes{
		RecommendationsSheet: {Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2"},
		StateSheet:           {Freeze: true, YSplit: 1, TopLeftCell: "A2"},
	} {
		p, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if p.Freeze != want.Freeze || p.XSplit != want.XSplit || p.YSplit != want.YSplit || p.TopLeftCell != want.TopLeftCell {
			t.Errorf("%s panes = %+v, want %+v", sheet, p, want)
		}
		style, err := f.GetCellStyle(sheet, "B1")
		if err != nil {
			t.Fatal(err)
		}
		s, err := f.GetStyle(style)
		if err != nil || s.Font == nil || !s.Font.Bold {
			t.Errorf("%s header is not bold (style %d: %+v, %v)", sheet, style, s, err)
		}
	}
	for _, c := range []struct {
		header     string
		atLeast    float64
		atMost     float64
		wantWrap   bool
		wantFormat int
	}{
		{"Text", 60, 100, true, 0},
		{"Cycle", 5, 9, false, 0},
		{"Paragraph", 8, 12, false, textFormat}, // stays text when edited
		{"Implementation history", 40, 80, true, 0},
		{"Recommending states", 15, 30, true, 0},
		{"Regional groups", 10, 20, true, 0},
	} {
		name := col(t, c.header)
		w, err := f.GetColWidth(RecommendationsSheet, name)
		if err != nil {
			t.Fatal(err)
		}
		if w < c.atLeast || w > c.atMost {
			t.Errorf("%s width %v, want %v–%v", c.header, w, c.atLeast, c.atMost)
		}
		id, err := f.GetCellStyle(RecommendationsSheet, name+"2")
		if err != nil {
			t.Fatal(err)
		}
		s, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if wrap := s.Alignment != nil && s.Alignment.WrapText; wrap != c.wantWrap {
			t.Errorf("%s wrap = %v, want %v", c.header, wrap, c.wantWrap)
		}
		if s.NumFmt != c.wantFormat {
			t.Errorf("%s number format = %d, want %d", c.header, s.NumFmt, c.wantFormat)
		}
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Title != "Joint submission on Slovenia and China" || props.Creator != "submit" ||
		props.Created != "2024-03-14T00:00:00Z" || props.Modified != "2024-03-14T00:00:00Z" {
		t.Errorf("document properties = %+v", props)
	}
}

// TestEmpty: a workspace without recommendations still gives a valid
// workbook: headers, a filter over the header row, a totals row of zeros.
func TestEmpty(t *testing.T) {
	ws := fixture()
	ws.Recommendations = nil
	ws.Submission = nil // no metadata either: Write must not need it
	data, res := write(t, ws)
	if res != (Result{}) {
		t.Errorf("Result = %+v, want zero", res)
	}
	got := dumpTSV(t, open(t, data))
	want := "# sheet Recommendations\n" + strings.Join(headers(), "\t") + "\n"
	for _, b := range breakdowns(nil, 0) {
		want += "# sheet " + b.sheet + "\n"
		var head []string
		for _, k := range b.keys {
			head = append(head, k.header)
		}
		want += strings.Join(head, "\t") + "\tSupported\tPartially supported\tNoted\tPending\tTotal\tAcceptance rate\n"
		for _, r := range b.rows { // only the fixed rows: groups, action categories
			for _, k := range r.keys {
				want += fmt.Sprint(k) + "\t"
			}
			want += "0\t0\t0\t0\t0\t\n" // the rate stays blank
		}
		want += allLabel + strings.Repeat("\t", len(b.keys)) + "0\t0\t0\t0\t0\t\n"
	}
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func headers() []string {
	var out []string
	for _, c := range columns {
		out = append(out, c.header)
	}
	return out
}

func TestWriteErrors(t *testing.T) {
	long := strings.Repeat("x", maxCellChars+1)
	for _, c := range []struct {
		name string
		ws   *workspace.Workspace
		want string
	}{
		{"nil workspace", nil, "no workspace"},
		{"nil recommendation", &workspace.Workspace{Recommendations: []*workspace.Recommendation{{ID: "a"}, nil}}, "recommendation 2 is empty"},
		{"text too long", &workspace.Workspace{Recommendations: []*workspace.Recommendation{{ID: "big", Text: long}}}, `"big" (sheet row 2), Text: 32768 characters`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := Write(c.ws, Options{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want one containing %q", err, c.want)
			}
		})
	}
}

// TestControlCharacters: a form feed from PDF extraction becomes a space
// rather than U+FFFD; line breaks and tabs survive.
func TestControlCharacters(t *testing.T) {
	ws := fixture()
	ws.Recommendations = ws.Recommendations[:1]
	ws.Recommendations[0].Text = "page\fbreak\x00here\tand\nthere"
	data, _ := write(t, ws)
	got, err := open(t, data).GetCellValue(RecommendationsSheet, col(t, "Text")+"2")
	if err != nil {
		t.Fatal(err)
	}
	if want := "page break here\tand\nthere"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}
