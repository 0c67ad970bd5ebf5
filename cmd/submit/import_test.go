package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/benchgen/uprexport"
	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
)

// emptyWorkspace is a starter workspace without its recommendations.
func emptyWorkspace(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ws")
	if code, _, stderr := runCmd("init", dir); code != exitOK {
		t.Fatal(stderr)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "recommendations", "*.yaml"))
	for _, f := range files {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// countResponses counts the workspace's recommendations by response.
func countResponses(t *testing.T, dir string) (int, map[string]int) {
	t.Helper()
	ws, err := workspace.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]int{}
	for _, r := range ws.Recommendations {
		by[r.Response]++
	}
	return len(ws.Recommendations), by
}

func importOK(t *testing.T, args ...string) string {
	t.Helper()
	code, stdout, stderr := runCmd(append([]string{"import"}, args...)...)
	if code != exitOK {
		t.Fatalf("import %v: exit %d\n%s%s", args, code, stdout, stderr)
	}
	return stdout
}

func TestImportUPRInfo(t *testing.T) {
	var files []string
	for _, f := range []string{"1-5.csv", "6-9.csv", "10-13.csv"} {
		files = append(files, testutil.SharedData(t, filepath.Join("upr-info", f)))
	}
	dir := emptyWorkspace(t)
	out := importOK(t, append([]string{"upr-info", "-C", dir}, files...)...)
	for _, want := range []string{"read 23484; created 23484, updated 0, unchanged 0", "responses: supported 17273, noted 6211", `"(Unknown)" (9)`} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	n, by := countResponses(t, dir)
	if n != 23484 || by["supported"] != 17273 || by["noted"] != 6211 {
		t.Errorf("the data holds %d recommendations, %v", n, by)
	}
	// Importing again changes nothing, not a byte.
	before := snapshot(t, dir)
	out = importOK(t, append([]string{"upr-info", "-C", dir}, files...)...)
	if !strings.Contains(out, "created 0, updated 0, unchanged 23484") || snapshot(t, dir) != before {
		t.Errorf("a second import changed something:\n%s", out)
	}
}

// TestImportRevisedExport imports UPR Info's samples, then a later
// export of them where every response is the other way: each of the
// 23,484 recommendations is updated in place, and the first export
// imported again gives back the same bytes.
func TestImportRevisedExport(t *testing.T) {
	samples := testutil.ReadShared(t, "upr-info", uprexport.Samples...)
	const rows = 23484
	first, err := uprexport.Export(samples, rows)
	if err != nil {
		t.Fatal(err)
	}
	revised, err := uprexport.Revised(samples, rows)
	if err != nil {
		t.Fatal(err)
	}
	firstCSV := filepath.Join(t.TempDir(), "first.csv")
	later := filepath.Join(t.TempDir(), "revised.csv")
	if err := os.WriteFile(firstCSV, first, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(later, revised, 0o644); err != nil {
		t.Fatal(err)
	}
	dir := emptyWorkspace(t)
	importOK(t, "upr-info", "-C", dir, firstCSV)
	before := snapshot(t, dir)
	if out := importOK(t, "upr-info", "-C", dir, later); !strings.Contains(out, "created 0, updated 23484, unchanged 0") {
		t.Errorf("the revised export:\n%s", out)
	}
	if _, by := countResponses(t, dir); by["supported"] != 6211 || by["noted"] != 17273 {
		t.Errorf("after the revised export: %v, want 6211 supported and 17273 noted", by)
	}
	importOK(t, "upr-info", "-C", dir, firstCSV)
	if snapshot(t, dir) != before {
		t.Error("importing the first export again did not give back its files")
	}
}

// snapshot is every recommendations file's contents, concatenated.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "recommendations", "*.yaml"))
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(f)
		b.Write(data)
	}
	return b.String()
}

func TestImportChinaMatrices(t *testing.T) {
	for _, tc := range []struct {
		file                    string
		total, supported, noted int
	}{
		{"cycle2-2013-matrix.docx", 252, 204, 48},
		{"cycle3-2018-matrix.docx", 346, 284, 62},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := testutil.SharedData(t, filepath.Join("ohchr", "china", tc.file))
			dir := emptyWorkspace(t)
			importOK(t, "ohchr-matrix", path, "-C", dir)
			n, by := countResponses(t, dir)
			if n != tc.total || by["supported"] != tc.supported || by["noted"] != tc.noted {
				t.Errorf("%d recommendations, %v; want %d (%d supported, %d noted)", n, by, tc.total, tc.supported, tc.noted)
			}
		})
	}
}

func TestImportReportThenAddendum(t *testing.T) {
	report := testutil.SharedData(t, "ohchr/slovenia/A_HRC_43_15_cycle3_WG_report.txt")
	addendum := testutil.SharedData(t, "ohchr/slovenia/A_HRC_43_15_Add1_cycle3_responses.txt")
	dir := emptyWorkspace(t)
	importOK(t, "wg-report", "-C", dir, report)
	if _, by := countResponses(t, dir); by["supported"] != 58 || by["pending"] != 157 {
		t.Errorf("after the report: %v, want 58 supported and 157 pending", by)
	}
	out := importOK(t, "responses", "-C", dir, addendum)
	if !strings.Contains(out, "124 supported and 33 noted") {
		t.Errorf("the addendum's own counts are not shown:\n%s", out)
	}
	// The addendum says 58 were supported at the review, 124 now, 33 noted.
	if n, by := countResponses(t, dir); n != 215 || by["supported"] != 58+124 || by["noted"] != 33 || by["pending"] != 0 {
		t.Errorf("after the addendum: %d recommendations, %v", n, by)
	}
	// The report again: the responses given stay.
	importOK(t, "wg-report", "-C", dir, report)
	if _, by := countResponses(t, dir); by["pending"] != 0 {
		t.Errorf("importing the report again set responses back to pending: %v", by)
	}
}

func TestImportErrors(t *testing.T) {
	dir := emptyWorkspace(t)
	notDocx := filepath.Join(t.TempDir(), "matrix.docx")
	if err := os.WriteFile(notDocx, []byte("not a Word document"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no format", []string{"import"}, exitUsage, "needs a format"},
		{"unknown format", []string{"import", "csv", "x.csv"}, exitUsage, `unknown import format "csv"`},
		{"no file", []string{"import", "upr-info", "-C", dir}, exitUsage, "needs one or more files"},
		{"missing file", []string{"import", "upr-info", "-C", dir, filepath.Join(dir, "nope.csv")}, exitInput, "nope.csv"},
		{"not a docx", []string{"import", "ohchr-matrix", "-C", dir, notDocx}, exitInput, "matrix.docx"},
		{"two addenda", []string{"import", "responses", "-C", dir, "a.txt", "b.txt"}, exitUsage, "one addendum at a time"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d and %q", code, stderr, tc.code, tc.stderr)
			}
			if files, _ := filepath.Glob(filepath.Join(dir, "recommendations", "*")); len(files) != 0 {
				t.Errorf("files written after an error: %v", files)
			}
		})
	}
}
