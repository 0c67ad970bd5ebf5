package xlsx_test

import (
	"testing"

	"github.com/upr-tools/submit/internal/benchgen/tracking"
	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

// BenchmarkWrite100k writes the workbook of the whole UPR record's size:
// 100,000 recommendations as bench/xlsx.sh generates them (realistic field
// sizes, one to three recommending states, some implementation history).
// The data is made once, outside the timing.
//
//	go test ./internal/xlsx -run '^$' -bench Write100k -benchtime 3x
func BenchmarkWrite100k(b *testing.B) {
	recs, _ := tracking.Generate(100_000)
	ws := &workspace.Workspace{
		Submission:      &workspace.Submission{Title: "Benchmark", Date: workspace.Date{Year: 2026, Month: 1, Day: 15}},
		Recommendations: recs,
	}
	b.ReportAllocs()
	for b.Loop() {
		data, _, err := xlsx.Write(ws, xlsx.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
	}
}
