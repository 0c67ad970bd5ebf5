package assemble

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/upr-tools/submit/internal/benchgen"
)

// BenchmarkBuildExample runs the whole pipeline on the repository's example
// workspace: load, validate, render, lay out, and write the PDF and workbook.
func BenchmarkBuildExample(b *testing.B) {
	dir := b.TempDir()
	data, err := os.ReadFile("../../submission.yaml")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "submission.yaml"), data, 0o644); err != nil {
		b.Fatal(err)
	}
	for _, sub := range []string{"recommendations", "evidence", "statistics", "templates"} {
		if err := os.CopyFS(filepath.Join(dir, sub), os.DirFS(filepath.Join("../..", sub))); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildJoint runs the whole pipeline on a generated joint submission
// at the 5,630-word limit, with about 70 footnotes and a 60-row annex
// (internal/benchgen): the size of a real submission, and the figure that
// bench/compare.sh sets against pandoc with wkhtmltopdf.
func BenchmarkBuildJoint(b *testing.B) {
	dir := b.TempDir()
	if err := benchgen.Write(dir); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(dir); err != nil {
			b.Fatal(err)
		}
	}
}
