package xlsx

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
)

// chartScript reports the charts openpyxl finds on the By theme sheet.
const chartScript = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["By theme"]
print(json.dumps([{
    "type": c.tagname, "dir": c.barDir, "grouping": c.grouping,
    "anchor": c.anchor._from.col,
    "series": [{"name": s.tx.strRef.f, "cat": s.cat.strRef.f if s.cat.strRef else s.cat.numRef.f, "val": s.val.numRef.f}
               for s in c.series],
} for c in ws._charts]))
`

type chartSeries struct{ Name, Cat, Val string }

type chartInfo struct {
	Type, Dir, Grouping string
	Anchor              int
	Series              []chartSeries
}

// manyThemes has n themes, theme i recommended n-i times, so the By theme
// sheet ranks them in order.
func manyThemes(n int) *workspace.Workspace {
	ws := fixture()
	ws.Recommendations = nil
	for i := range n {
		for j := range n - i {
			ws.Recommendations = append(ws.Recommendations, &workspace.Recommendation{
				ID: fmt.Sprintf("t%d-%d", i, j), Cycle: 4, StateUnderReview: "China", From: []string{"Chile"},
				Text: "Text", Response: workspace.ResponseValues[j%len(workspace.ResponseValues)],
				Themes: []string{fmt.Sprintf("theme %02d", i)},
			})
		}
	}
	return ws
}

func TestThemeChart(t *testing.T) {
	py := testutil.Python(t, "openpyxl", "python3-openpyxl")
	series := func(rows int) []chartSeries {
		var out []chartSeries
		for _, c := range []string{"B", "C", "D"} { // supported, partially supported, noted
			out = append(out, chartSeries{
				Name: fmt.Sprintf("'By theme'!$%s$1", c),
				Cat:  fmt.Sprintf("'By theme'!$A$2:$A$%d", rows+1),
				Val:  fmt.Sprintf("'By theme'!$%s$2:$%s$%d", c, c, rows+1),
			})
		}
		return out
	}
	for _, tc := range []struct {
		name string
		ws   *workspace.Workspace
		want []chartInfo
	}{
		{"fixture", fixture(), []chartInfo{{"barChart", "bar", "stacked", 8, series(4)}}},
		{"more themes than fit", manyThemes(chartThemes + 3), []chartInfo{{"barChart", "bar", "stacked", 8, series(chartThemes)}}},
		{"no themes", manyThemes(0), []chartInfo{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, _ := write(t, tc.ws)
			path := filepath.Join(t.TempDir(), "w.xlsx")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			var got []chartInfo
			if err := json.Unmarshal([]byte(testutil.Run(t, py, "-c", chartScript, path)), &got); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("charts:\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// TestChartInLibreOffice converts the workbook to OpenDocument with
// LibreOffice and expects the chart there, drawing from the By theme
// sheet's count cells.
func TestChartInLibreOffice(t *testing.T) {
	soffice := testutil.Need(t, "soffice", "libreoffice-calc")
	dir := t.TempDir()
	data, _ := write(t, fixture())
	in := filepath.Join(dir, "tracking.xlsx")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	testutil.Run(t, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "ods", "--outdir", dir, in)
	ods, err := os.ReadFile(filepath.Join(dir, "tracking.ods"))
	if err != nil {
		t.Fatal(err)
	}
	var ranges []string
	re := regexp.MustCompile(`chart:values-cell-range-address="([^"]*)"`)
	for name, b := range testutil.Unzip(t, ods) {
		if filepath.Base(name) != "content.xml" || filepath.Dir(name) == "." {
			continue
		}
		for _, m := range re.FindAllSubmatch(b, -1) {
			ranges = append(ranges, html.UnescapeString(string(m[1])))
		}
	}
	slices.Sort(ranges)
	want := []string{"'By theme'.B2:'By theme'.B5", "'By theme'.C2:'By theme'.C5", "'By theme'.D2:'By theme'.D5"}
	if !slices.Equal(ranges, want) {
		t.Errorf("LibreOffice's chart series: %q, want %q", ranges, want)
	}
}
