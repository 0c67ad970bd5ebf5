package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/upr-tools/submit/internal/benchgen/uprexport"
	"github.com/upr-tools/submit/internal/testutil"
)

// The target: 40,000 rows in about a second, 25 µs a row. Each
// benchmark runs the whole command in-process: reading, decoding,
// merging, rendering the YAML, checking that the result loads, writing.

// BenchmarkImportUPRInfo imports UPR Info's three sample exports (23,484
// rows) into an empty workspace.
func BenchmarkImportUPRInfo(b *testing.B) {
	var files []string
	for _, f := range uprexport.Samples {
		files = append(files, testutil.SharedData(b, filepath.Join("upr-info", f)))
	}
	benchImport(b, files, 23484, false)
}

// BenchmarkImport40k imports 40,000 rows (the samples, then 16,516 of
// them again a cycle later) into an empty workspace.
func BenchmarkImport40k(b *testing.B) {
	benchImport(b, []string{export40k(b, uprexport.Export)}, 40000, false)
}

// BenchmarkReimport40k imports the same 40,000 rows into the workspace
// the first import made: every row is read and matched, nothing changes.
func BenchmarkReimport40k(b *testing.B) {
	benchImport(b, []string{export40k(b, uprexport.Export)}, 40000, true)
}

// BenchmarkUpdate40k imports 40,000 rows over the workspace they made,
// every response changed (a later export), then back: each run updates
// every recommendation, a field in each.
func BenchmarkUpdate40k(b *testing.B) {
	exports := []string{export40k(b, uprexport.Revised), export40k(b, uprexport.Export)}
	dir := emptyWorkspace(b)
	if err := runImport(importOptions{Dir: dir}, "upr-info", exports[1:], io.Discard); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		if err := runImport(importOptions{Dir: dir}, "upr-info", exports[i%2:i%2+1], io.Discard); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/40000, "µs/row")
}

func benchImport(b *testing.B, files []string, rows int, again bool) {
	dir := emptyWorkspace(b)
	if again {
		if err := runImport(importOptions{Dir: dir}, "upr-info", files, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if !again {
			b.StopTimer()
			dir = emptyWorkspace(b)
			b.StartTimer()
		}
		if err := runImport(importOptions{Dir: dir}, "upr-info", files, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(rows), "µs/row")
}

// export40k writes the 40,000-row export that make (uprexport.Export or
// Revised) makes from the shared samples.
func export40k(b *testing.B, make func([][]byte, int) ([]byte, error)) string {
	b.Helper()
	samples := testutil.ReadShared(b, "upr-info", uprexport.Samples...)
	data, err := make(samples, 40000)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "export.csv")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}
