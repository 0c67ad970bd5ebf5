package xlsx

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
)

// lookalikes adds recommendations by states whose names hold other states'
// names, which a plain wildcard match would count for each other.
func lookalikes() *workspace.Workspace {
	ws := fixture()
	rec := func(id, response string, from ...string) *workspace.Recommendation {
		return &workspace.Recommendation{ID: id, Cycle: 4, StateUnderReview: "Chad", From: from,
			Text: "Lookalike " + id, Response: response, ActionCategory: 5}
	}
	ws.Recommendations = append(ws.Recommendations,
		rec("l1", workspace.Supported, "Nigeria", "South Sudan"),
		rec("l2", workspace.Noted, "Niger"),
		rec("l3", workspace.Supported, "Equatorial Guinea", "Guinea-Bissau"),
		rec("l4", workspace.Noted, "Guinea", "Dominican Republic"),
		rec("l5", workspace.PartiallySupported, "Dominica", "Sudan"),
	)
	return ws
}

// TestLookalikeNames reads the cached counts of the By state sheet: each
// name counts only its own recommendations.
func TestLookalikeNames(t *testing.T) {
	data, _ := write(t, lookalikes())
	f := open(t, data)
	rows, err := f.GetRows(StateSheet)
	if err != nil {
		t.Fatal(err)
	}
	// Supported, partially supported, noted, pending, total.
	want := map[string]string{
		"Niger": "0 0 1 0 1", "Nigeria": "1 0 0 0 1",
		"Sudan": "0 1 0 0 1", "South Sudan": "1 0 0 0 1",
		"Guinea": "0 0 1 0 1", "Equatorial Guinea": "1 0 0 0 1", "Guinea-Bissau": "1 0 0 0 1",
		"Dominica": "0 1 0 0 1", "Dominican Republic": "0 0 1 0 1",
	}
	seen := 0
	for _, row := range rows[1:] {
		w, ok := want[row[0]]
		if !ok {
			continue
		}
		seen++
		if got := row[1] + " " + row[2] + " " + row[3] + " " + row[4] + " " + row[5]; got != w {
			t.Errorf("%s = %s, want %s", row[0], got, w)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d lookalike states", seen, len(want))
	}
}

// editScript changes a response and types a new row into the spare rows,
// as a coordinator would, and saves the workbook; openpyxl keeps the
// formulas but drops their cached values, so a reader must recalculate.
const editScript = `
import sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
rec = wb["Recommendations"]
c = dict((cell.value, cell.column_letter) for cell in rec[1])
rec[c["Response"] + "2"] = "noted"
row = str(int(sys.argv[3]))
for header, value in [("ID", "added"), ("Cycle", 4), ("State under review", "Chad"),
                      ("Recommending states", "Niger"), ("Regional groups", "Africa"),
                      ("Text", "Typed in by a coordinator"), ("Response", "supported"),
                      ("Action category", 5)]:
    rec[c[header] + row] = value
wb.save(sys.argv[2])
`

// dumpScript prints every summary sheet's values as a reader that does not
// recalculate sees them, by row key (a sheet sorted by counts may order its
// rows differently after an edit).
const dumpScript = `
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = {}
for name in [n for n in wb.sheetnames[1:] if not n.startswith("_")]:
    rows = list(wb[name].iter_rows(values_only=True))
    k = list(rows[0]).index("Supported")
    out[name] = {" | ".join(str(v) for v in row[:k]):
                 " ".join(str(round(v, 9) if isinstance(v, float) else v) for v in row[k:])
                 for row in rows}
print(json.dumps(out, sort_keys=True, indent=1, ensure_ascii=False))
`

// TestLibreOfficeRecalculates edits a response and adds a row with
// openpyxl, lets LibreOffice recalculate the workbook, and expects the
// summary sheets to show what this package caches for the edited data.
func TestLibreOfficeRecalculates(t *testing.T) {
	soffice := testutil.Need(t, "soffice", "libreoffice-calc")
	py := testutil.Python(t, "openpyxl", "python3-openpyxl")
	dir := t.TempDir()
	ws := lookalikes()
	data, _ := write(t, ws)
	in := filepath.Join(dir, "tracking.xlsx")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(dir, "edited.xlsx")
	testutil.Run(t, py, "-c", editScript, in, edited, strconv.Itoa(len(ws.Recommendations)+2))
	testutil.Run(t, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "xlsx", "--outdir", filepath.Join(dir, "out"), edited)
	got := testutil.Run(t, py, "-c", dumpScript, filepath.Join(dir, "out", "edited.xlsx"))
	// LibreOffice writes its own XML: the stream reader behind Edits must
	// still read it as excelize does.
	saved, err := os.ReadFile(filepath.Join(dir, "out", "edited.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	sameRows(t, "saved by LibreOffice", saved)

	// The same edits made to the data, written by this package: its cached
	// values are what the formulas must give.
	ws.Recommendations[0].Response = workspace.Noted
	ws.Recommendations = append(ws.Recommendations, &workspace.Recommendation{
		ID: "added", Cycle: 4, StateUnderReview: "Chad", From: []string{"Niger"},
		Text: "Typed in by a coordinator", Response: workspace.Supported, ActionCategory: 5,
	})
	want, _ := write(t, ws)
	wantPath := filepath.Join(dir, "want.xlsx")
	if err := os.WriteFile(wantPath, want, 0o644); err != nil {
		t.Fatal(err)
	}
	if w := testutil.Run(t, py, "-c", dumpScript, wantPath); got != w {
		t.Errorf("after LibreOffice recalculates:\n%s\nwant\n%s", got, w)
	}
	before := testutil.Run(t, py, "-c", dumpScript, in)
	if got == before {
		t.Error("the summaries did not change after the edit")
	}
}
