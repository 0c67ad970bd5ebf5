package pdf

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden compares the text of the sample document, as pdftotext -layout
// reads it, with testdata/sample.txt. Run with -update after a deliberate
// change of layout, and read the diff.
func TestGolden(t *testing.T) {
	path, _ := render(t, sampleDoc(), sampleOptions())
	got := pdftotext(t, path, "-layout")
	golden := filepath.Join("testdata", "sample.txt")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("pdftotext -layout differs from %s (rerun with -update if the change is intended):\n%s", golden, got)
	}
}
