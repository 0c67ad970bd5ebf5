package reconcile

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/upr-tools/submit/internal/xlsx"
)

// fixture copies testdata/ws into a new folder and returns it.
func fixture(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ws")
	if err := os.CopyFS(dir, os.DirFS("testdata/ws")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// edit is what a coordinator does to the workbook: a cell typed (value ""
// empties it), a row typed below the others (row), or a row deleted.
type edit struct {
	id, column, value string
	row               map[string]string
	del               bool
}

func set(id, column, value string) edit  { return edit{id: id, column: column, value: value} }
func typed(cells map[string]string) edit { return edit{row: cells} }
func deleted(id string) edit             { return edit{id: id, del: true} }

// applyEdits makes the edits in a copy of the workbook, with excelize;
// numbers go in as numbers, as a spreadsheet stores them.
func applyEdits(t *testing.T, wb []byte, edits []edit) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(wb))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const sheet = xlsx.RecommendationsSheet
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	header := rows[0]
	put := func(row int, column, value string) {
		col := slices.Index(header, column)
		if col < 0 {
			t.Fatalf("no column %q", column)
		}
		cell, _ := excelize.CoordinatesToCellName(col+1, row)
		n, notNumber := strconv.Atoi(value)
		switch {
		case notNumber == nil && column != "Paragraph" && column != "ID":
			err = f.SetCellInt(sheet, cell, int64(n))
		case value == "":
			err = f.SetCellValue(sheet, cell, nil)
		default:
			err = f.SetCellStr(sheet, cell, value)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	next := len(rows) + 1
	for _, e := range edits {
		switch {
		case e.row != nil:
			for _, h := range slices.Sorted(maps.Keys(e.row)) {
				put(next, h, e.row[h])
			}
			next++
		default:
			r := slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == e.id })
			if r < 0 {
				t.Fatalf("no row %q", e.id)
			}
			if e.del {
				if err := f.RemoveRow(sheet, r+1); err != nil {
					t.Fatal(err)
				}
				rows = slices.Delete(rows, r, r+1)
				next--
				continue
			}
			put(r+1, e.column, e.value)
		}
	}
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// describe writes a plan as the golden files hold it: the report, then
// each changed file's changed lines.
func describe(dir string, files map[string][]byte, rep *Report) string {
	var b strings.Builder
	rel := func(p string) string {
		r, err := filepath.Rel(dir, p)
		if err != nil {
			return p
		}
		return filepath.ToSlash(r)
	}
	for _, c := range rep.Changes {
		fmt.Fprintf(&b, "change %s %s %s: %q → %q\n", rel(c.File), c.ID, c.Field, c.From, c.To)
	}
	for _, a := range rep.Added {
		fmt.Fprintf(&b, "added %s %s row %d generated=%v new-file=%v defaults=%v\n", rel(a.File), a.ID, a.Row, a.Generated, a.NewFile, a.Defaults)
	}
	for _, a := range rep.Present {
		fmt.Fprintf(&b, "present row %d as %s\n", a.Row, a.ID)
	}
	for _, c := range rep.Conflicts {
		fmt.Fprintf(&b, "conflict %s %s: built %q, workbook %q, YAML %q, new row %v\n", c.ID, c.Column, c.Built, c.Workbook, c.InYAML, c.NewRow)
	}
	for _, id := range rep.Deleted {
		fmt.Fprintf(&b, "deleted %s\n", id)
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(&b, "skipped %s\n", strings.ReplaceAll(s, dir+string(filepath.Separator), ""))
	}
	for _, p := range Sorted(files) {
		before, _ := os.ReadFile(p)
		fmt.Fprintf(&b, "\n--- %s\n%s", rel(p), lineDiff(string(before), string(files[p])))
	}
	return b.String()
}

// lineDiff shows the lines removed ("-") and added ("+") between a and b,
// with the line number in b of each run, by longest common subsequence.
func lineDiff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	if a == "" {
		x = nil
	}
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j, inRun := 0, 0, false
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			i, j, inRun = i+1, j+1, false
			continue
		case !inRun:
			fmt.Fprintf(&out, "@@ %d\n", j+1)
			inRun = true
		}
		if j < len(y) && (i == len(x) || lcs[i][j+1] >= lcs[i+1][j]) {
			fmt.Fprintf(&out, "+%s\n", y[j])
			j++
		} else {
			fmt.Fprintf(&out, "-%s\n", x[i])
			i++
		}
	}
	return out.String()
}
