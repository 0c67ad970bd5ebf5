package tracking_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/upr-tools/submit/internal/benchgen/tracking"
	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

// TestSameRows loads the generated workspace as submit does and expects
// the rows file, which XlsxWriter writes in the benchmark, to hold what
// the workbook's Recommendations sheet shows, row for row.
func TestSameRows(t *testing.T) {
	const n = 2000
	dir := t.TempDir()
	if err := tracking.Write(dir, n); err != nil {
		t.Fatal(err)
	}
	ws, err := workspace.Load(dir)
	if err != nil {
		t.Fatalf("the generated workspace has problems: %v", err)
	}
	if len(ws.Recommendations) != n {
		t.Fatalf("%d recommendations loaded, want %d", len(ws.Recommendations), n)
	}
	header, byID := xlsx.Table(ws.Recommendations)
	f, err := os.Open(filepath.Join(dir, tracking.RowsFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	var rows [][]any
	for sc.Scan() {
		var row []any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, row)
	}
	if len(rows) != n+1 {
		t.Fatalf("%d lines in %s, want the header and %d rows", len(rows), tracking.RowsFile, n)
	}
	for i, h := range header {
		if rows[0][i] != h {
			t.Fatalf("header %d is %v, want %q", i, rows[0][i], h)
		}
	}
	for i, r := range ws.Recommendations {
		want, got := byID[r.ID], rows[i+1]
		for j, h := range header {
			var text string
			switch v := got[j].(type) {
			case nil:
			case string:
				text = v
			case float64:
				text = strconv.Itoa(int(v))
				if h == "Last updated" {
					text = r.Updated.String() // a date serial in the rows file
				}
			}
			if text != want[j] {
				t.Fatalf("row %d (%s), %s: rows file %v, workbook %q", i+1, r.ID, h, got[j], want[j])
			}
		}
	}
}

// TestShape checks what the benchmark claims of its data: one file per
// state under review and cycle, texts of 100 to 400 characters, one to
// three recommending states, some implementation history.
func TestShape(t *testing.T) {
	recs, files := tracking.Generate(10_000)
	if len(files) != 193*4 {
		t.Errorf("%d files, want 772 (193 states, 4 cycles)", len(files))
	}
	withHistory := 0
	for _, r := range recs {
		if n := len(r.Text); n < 100 || n > 400 {
			t.Errorf("%s: text of %d characters", r.ID, n)
		}
		if n := len(r.From); n < 1 || n > 3 {
			t.Errorf("%s: %d recommending states", r.ID, n)
		}
		if len(r.Implementation) > 0 {
			withHistory++
		}
	}
	if withHistory < len(recs)/5 || withHistory > len(recs)/2 {
		t.Errorf("%d of %d recommendations have an implementation history", withHistory, len(recs))
	}
}

// TestDeterministic: the same number gives the same files.
func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := tracking.Write(dir, 500); err != nil {
			t.Fatal(err)
		}
	}
	err := filepath.WalkDir(a, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, path)
		x, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil {
			return err
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
