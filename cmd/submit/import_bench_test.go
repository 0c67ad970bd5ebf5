package main

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// BenchmarkImportUPRInfo imports UPR Info's three sample exports (23,484
// rows) into an empty workspace, the whole command: reading, decoding,
// merging, rendering the YAML, checking that the result loads, writing.
// It reports the time per row; the target is 40,000 rows in about
// a second, 25 µs a row.
func BenchmarkImportUPRInfo(b *testing.B) {
	var files []string
	for _, f := range []string{"1-5.csv", "6-9.csv", "10-13.csv"} {
		files = append(files, testutil.SharedData(b, filepath.Join("upr-info", f)))
	}
	const rows = 23484
	for b.Loop() {
		b.StopTimer()
		dir := emptyWorkspace(b)
		b.StartTimer()
		if err := runImport(importOptions{Dir: dir}, "upr-info", files, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/rows, "µs/row")
}
