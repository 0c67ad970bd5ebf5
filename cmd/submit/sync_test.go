package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// editWorkbook runs a Python script against the built workbook with
// openpyxl, an independent writer, as a coordinator's spreadsheet would,
// and returns what it prints. The script can put(id, column, value), and
// add({column: value, ...}) a row below the others, which returns its row
// number.
func editWorkbook(t *testing.T, path, script string) string {
	t.Helper()
	py := testutil.Python(t, "openpyxl", "python3-openpyxl")
	return testutil.Run(t, py, "-c", `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Recommendations"]
head = [c.value for c in ws[1]]
rows = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
def put(id, col, value):
    ws.cell(row=rows[id], column=head.index(col) + 1, value=value)
def add(cells):
    r = ws.max_row + 1
    for col, value in cells.items():
        ws.cell(row=r, column=head.index(col) + 1, value=value)
    return r
`+script+`
wb.save(sys.argv[1])
`, path)
}

// changedLines lists the lines of after that are not in before.
func changedLines(before, after string) []string {
	old := map[string]int{}
	for _, l := range strings.Split(before, "\n") {
		old[l]++
	}
	var out []string
	for _, l := range strings.Split(after, "\n") {
		if old[l] > 0 {
			old[l]--
			continue
		}
		out = append(out, l)
	}
	return out
}

func TestSync(t *testing.T) {
	dir := exampleCopy(t)
	if code, _, stderr := runCmd("build", "-C", dir); code != exitOK {
		t.Fatal(stderr)
	}
	xlsxPath := filepath.Join(dir, "output", "recommendations.xlsx")
	c3 := filepath.Join(dir, "recommendations", "china-cycle3.yaml")
	c4 := filepath.Join(dir, "recommendations", "china-cycle4.yaml")
	before3, _ := os.ReadFile(c3)
	before4, _ := os.ReadFile(c4)

	// Built, then synced with no edits: nothing changes.
	if code, stdout, stderr := runCmd("sync", "-C", dir); code != exitOK || !strings.Contains(stdout, "synced 0 changes") {
		t.Fatalf("sync of an unedited workbook: exit %d\n%s%s", code, stdout, stderr)
	}
	if now, _ := os.ReadFile(c4); string(now) != string(before4) {
		t.Fatal("sync of an unedited workbook changed the data")
	}
	editWorkbook(t, xlsxPath, `
put("c3-28.173", "Notes", "Draft law seen in 2023")
put("c3-28.173", "Lead / responsible body", "Security Bureau")
put("c4-usa-repression", "Response", "noted")
put("c3-28.2", "Themes", "migrants; treaties")
ws.delete_rows(rows["c3-28.331"])
`)
	// -n shows the changes and writes nothing.
	if code, stdout, _ := runCmd("sync", "-C", dir, "-n"); code != exitOK || !strings.Contains(stdout, "would sync 4 changes") {
		t.Errorf("sync -n: exit %d\n%s", code, stdout)
	}
	if now, _ := os.ReadFile(c3); string(now) != string(before3) {
		t.Fatal("sync -n wrote the data")
	}
	code, stdout, stderr := runCmd("sync", "-C", dir)
	if code != exitOK {
		t.Fatalf("sync: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{
		`c3-28.173: notes: "" → "Draft law seen in 2023"`,
		`c3-28.173: lead: "" → "Security Bureau"`,
		`c4-usa-repression: response: "pending" → "noted"`,
		`c3-28.2: themes: "migrants`, // then the themes the data has
		`" → "migrants; treaties"`,
		"c3-28.331: deleted in the workbook, kept in the data",
		"synced 4 changes",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("sync output lacks %q:\n%s", want, stdout)
		}
	}
	after3, _ := os.ReadFile(c3)
	after4, _ := os.ReadFile(c4)
	got := append(changedLines(string(before3), string(after3)), changedLines(string(before4), string(after4))...)
	want := []string{"    themes: [migrants, treaties]", "    notes: Draft law seen in 2023", "    lead: Security Bureau", "    response: noted"}
	if strings.Join(slices.Sorted(slices.Values(got)), "\n") != strings.Join(slices.Sorted(slices.Values(want)), "\n") {
		t.Errorf("changed YAML lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// The edits are now data: the workbook rebuilds without --force and
	// carries them; the deleted row comes back.
	code, _, stderr = runCmd("build", "-C", dir)
	if code != exitOK {
		t.Fatalf("build after sync: %s", stderr)
	}
	py := testutil.Python(t, "openpyxl", "python3-openpyxl")
	out := testutil.Run(t, py, "-c", `
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Recommendations"]
head = [c.value for c in ws[1]]
for r in ws.iter_rows(min_row=2, values_only=True):
    if r[0] in ("c3-28.173", "c4-usa-repression", "c3-28.331"):
        print(r[0], r[head.index("Notes")], r[head.index("Response")])
`, xlsxPath)
	for _, want := range []string{"c3-28.173 Draft law seen in 2023 supported", "c4-usa-repression None noted", "c3-28.331 None supported"} {
		if !strings.Contains(out, want) {
			t.Errorf("rebuilt workbook lacks %q:\n%s", want, out)
		}
	}
}

func TestSyncConflict(t *testing.T) {
	dir := exampleCopy(t)
	if code, _, stderr := runCmd("build", "-C", dir); code != exitOK {
		t.Fatal(stderr)
	}
	editWorkbook(t, filepath.Join(dir, "output", "recommendations.xlsx"), `put("c4-sen-domestic-workers", "Response", "supported")`)
	yaml := filepath.Join(dir, "recommendations", "china-cycle4.yaml")
	b, _ := os.ReadFile(yaml)
	i := strings.Index(string(b), "id: c4-sen-domestic-workers")
	j := i + strings.Index(string(b[i:]), "response: pending")
	os.WriteFile(yaml, []byte(string(b[:j])+"response: noted"+string(b[j+len("response: pending"):])), 0o644)
	edited, _ := os.ReadFile(yaml)

	code, stdout, stderr := runCmd("sync", "-C", dir)
	if code != exitInput || !strings.Contains(stdout, `conflict: c4-sen-domestic-workers, Response: the workbook says "supported", the YAML now says "noted" (both were "pending"`) {
		t.Errorf("sync with a conflict: exit %d\n%s%s", code, stdout, stderr)
	}
	if now, _ := os.ReadFile(yaml); string(now) != string(edited) {
		t.Error("a conflict was resolved silently")
	}
	if code, _, stderr := runCmd("build", "-C", dir); code != exitInput || !strings.Contains(stderr, "submit sync") {
		t.Errorf("build with an unresolved conflict: exit %d, %s", code, stderr)
	}
}

// TestSyncInvalid checks that an edit the data cannot hold is refused
// whole: nothing is written, and the problem is named.
func TestSyncInvalid(t *testing.T) {
	dir, xlsxPath := syncFixture(t)
	yaml := filepath.Join(dir, "recommendations", "china-cycle4.yaml")
	before, _ := os.ReadFile(yaml)
	editWorkbook(t, xlsxPath, `
put("c4-ury-asylum", "Response", "maybe")
put("c4-ury-asylum", "Notes", "fine")
`)
	code, stdout, stderr := runCmd("sync", "-C", dir)
	if code != exitInput || !strings.Contains(stderr, "would make the data invalid; nothing was written") || !strings.Contains(stderr, `response "maybe" is not one of`) {
		t.Errorf("sync of an invalid edit: exit %d\n%s%s", code, stdout, stderr)
	}
	if now, _ := os.ReadFile(yaml); string(now) != string(before) {
		t.Error("an invalid edit was written")
	}
}
