package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// syncFixture copies the small workspace reconcile's tests use (three
// recommendations files, two layouts, a workbook and no PDF, so that each
// build is quick) and builds it; it returns the folder and the workbook.
func syncFixture(t *testing.T) (dir, xlsxPath string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "ws")
	copyTree(t, filepath.Join(repoRoot, "internal", "reconcile", "testdata", "ws"), dir)
	if code, _, stderr := runCmd("build", "-C", dir); code != exitOK {
		t.Fatal(stderr)
	}
	return dir, filepath.Join(dir, "output", "recommendations.xlsx")
}

// readRows prints, for each row of the workbook whose ID or text contains
// one of needles, its cells in the columns asked for, joined by "|".
func readRows(t *testing.T, xlsxPath string, columns []string, needles ...string) string {
	t.Helper()
	py := testutil.Python(t, "openpyxl", "python3-openpyxl")
	script := `
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Recommendations"]
head = [c.value for c in ws[1]]
cols = sys.argv[2].split("|")
for r in ws.iter_rows(min_row=2, values_only=True):
    if any(n in str(r[0]) or n in str(r[head.index("Text")]) for n in sys.argv[3:]):
        print("|".join(str(r[head.index(c)]) for c in cols))
`
	return testutil.Run(t, py, append([]string{"-c", script, xlsxPath, strings.Join(columns, "|")}, needles...)...)
}

// TestSyncNewRows types rows into the workbook: one without an ID, one with
// an ID, one for a review the data lacks, one incomplete. sync appends the
// first two to the files of their review, every byte before them kept,
// creates a file for the third and reports the fourth by its row number;
// the rebuilt workbook shows the new rows with their IDs.
func TestSyncNewRows(t *testing.T) {
	dir, xlsxPath := syncFixture(t)
	c3 := filepath.Join(dir, "recommendations", "china-cycle3.yaml")
	phl := filepath.Join(dir, "recommendations", "china-cycle4-phl.yaml")
	before3, _ := os.ReadFile(c3)
	beforePhl, _ := os.ReadFile(phl)
	var rows [4]int
	out := editWorkbook(t, xlsxPath, `
print(add({"Paragraph": "28.999", "Cycle": 3, "State under review": "China", "Recommending states": "Benin",
           "Text": "Ratify the International Convention on migrant workers", "Response": "noted"}))
print(add({"ID": "c4-phl-new", "Cycle": 4, "State under review": "China", "Recommending states": "Philippines",
           "Text": "Protect migrant workers' rights: all of them", "Response": "pending", "Themes": "migrants"}))
print(add({"ID": "c5-ury-1", "Cycle": 5, "State under review": "China", "Recommending states": "Uruguay",
           "Text": "A recommendation of the next cycle", "Response": "supported"}))
print(add({"Text": "A row without the rest"}))
`)
	if _, err := fmt.Sscan(out, &rows[0], &rows[1], &rows[2], &rows[3]); err != nil {
		t.Fatalf("row numbers %q: %v", out, err)
	}
	code, stdout, stderr := runCmd("sync", "-C", dir)
	if code != exitOK {
		t.Fatalf("sync: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{
		fmt.Sprintf("china-cycle3.yaml: c3-28.999: added from row %d (from the file's defaults: session, report; the ID is new: the next submit build puts it in the workbook)", rows[0]),
		fmt.Sprintf("china-cycle4-phl.yaml: c4-phl-new: added from row %d\n", rows[1]),
		fmt.Sprintf("china-cycle5.yaml: c5-ury-1: added from row %d (a new file)", rows[2]),
		fmt.Sprintf("not synced: row %d: not added: it needs Cycle, State under review, Recommending states, Response", rows[3]),
		"synced 0 changes, 3 new recommendations",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("sync output lacks %q:\n%s", want, stdout)
		}
	}
	// Appended at the end in the file's style, every byte before kept,
	// comments included; the file's defaults (state, cycle, from, response)
	// left out.
	after3, _ := os.ReadFile(c3)
	afterPhl, _ := os.ReadFile(phl)
	for _, c := range []struct{ before, after, want string }{
		{string(before3), string(after3), "\n  - id: c3-28.999\n    paragraph: \"28.999\"\n    from: [Benin]\n    text: Ratify the International Convention on migrant workers\n    response: noted\n"},
		{string(beforePhl), string(afterPhl), "\n  - id: c4-phl-new\n    text: \"Protect migrant workers' rights: all of them\"\n    themes: [migrants]\n"},
	} {
		if !strings.HasPrefix(c.after, c.before) || c.after[len(c.before):] != c.want {
			t.Errorf("the file changed other than by the new recommendation:\n%s", c.after[min(len(c.before), len(c.after)):])
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "recommendations", "china-cycle5.yaml")); err != nil {
		t.Error(err)
	}

	// Synced again, nothing changes: the rows are in the data.
	code, stdout, _ = runCmd("sync", "-C", dir)
	if code != exitOK || !strings.Contains(stdout, "synced 0 changes\n") || !strings.Contains(stdout, "already in the data as c3-28.999") {
		t.Errorf("second sync: exit %d\n%s", code, stdout)
	}

	// Build refuses to lose the incomplete row only; forced, the new
	// workbook shows the new rows with their IDs.
	code, _, stderr = runCmd("build", "-C", dir)
	if code != exitInput || !strings.Contains(stderr, "0 changed cells, 1 new rows") {
		t.Fatalf("build after sync: exit %d, %s", code, stderr)
	}
	if code, _, stderr = runCmd("build", "-C", dir, "--force"); code != exitOK {
		t.Fatal(stderr)
	}
	got := readRows(t, xlsxPath, []string{"ID", "Session", "Response", "Recommending states"}, "c3-28.999", "c4-phl-new", "c5-ury-1")
	want := "c3-28.999|31|noted|Benin\nc4-phl-new|None|pending|Philippines\nc5-ury-1|None|supported|Uruguay\n"
	if got != want {
		t.Errorf("the rebuilt workbook shows\n%swant\n%s", got, want)
	}
}

// TestSyncImplementation edits the assessment columns: a status with the
// same year changes that assessment's status line only; a later year adds
// an assessment after the others; a first assessment takes its year from
// Last updated. The rebuilt workbook shows them, and build no longer
// refuses.
func TestSyncImplementation(t *testing.T) {
	dir, xlsxPath := syncFixture(t)
	c3 := filepath.Join(dir, "recommendations", "china-cycle3.yaml")
	before, _ := os.ReadFile(c3)
	editWorkbook(t, xlsxPath, `
put("c3-28.1", "Implementation status", "partially implemented")
put("c3-28.3", "Assessed", 2025)
put("c3-28.3", "Implementation status", "fully implemented")
put("c3-28.3", "Assessment note", "All schools admit them.")
put("c3-28.2", "Implementation status", "not assessed")
`)
	code, stdout, stderr := runCmd("sync", "-C", dir)
	if code != exitOK {
		t.Fatalf("sync: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{
		`c3-28.1: implementation 2020: status: "not implemented" → "partially implemented"`,
		`c3-28.3: implementation: new 2025 assessment: "2021: partially implemented" → "fully implemented"`,
		`c3-28.2: implementation: new 2024 assessment: "" → "not assessed"`,
		"synced 3 changes",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("sync output lacks %q:\n%s", want, stdout)
		}
	}
	after, _ := os.ReadFile(c3)
	want := strings.NewReplacer(
		"        status: not implemented  # UPR Info's scale\n",
		"        status: partially implemented # UPR Info's scale\n",
		"    updated: 2024-05\n",
		"    updated: 2024-05\n    implementation:\n      - year: 2024\n        status: not assessed\n",
		"        note: Some schools admit them.\n",
		"        note: Some schools admit them.\n      - year: 2025\n        status: fully implemented\n        note: All schools admit them.\n",
	).Replace(string(before))
	if string(after) != want {
		t.Errorf("the YAML after sync:\n%s\nwant:\n%s", after, want)
	}
	if code, _, stderr := runCmd("build", "-C", dir); code != exitOK {
		t.Fatalf("build after sync refuses: %s", stderr)
	}
	got := readRows(t, xlsxPath, []string{"ID", "Assessed", "Implementation status", "Implementation history"}, "c3-28")
	for _, want := range []string{
		"c3-28.1|2020|partially implemented|2020: partially implemented – No draft law yet. [ev-one]",
		"c3-28.2|2024|not assessed|2024: not assessed",
		"c3-28.3|2025|fully implemented|2019: not implemented\n2021: partially implemented – Some schools admit them.\n2025: fully implemented – All schools admit them.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the rebuilt workbook lacks %q:\n%s", want, got)
		}
	}
}
