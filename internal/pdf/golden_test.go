package pdf

import (
	"path/filepath"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// TestGolden compares the text of the sample document, as pdftotext -layout
// reads it, with testdata/sample.txt. Run with -update after a deliberate
// change of layout, and read the diff.
func TestGolden(t *testing.T) {
	path, _ := render(t, sampleDoc(), sampleOptions())
	got := pdftotext(t, path, "-layout")
	testutil.Golden(t, filepath.Join("testdata", "sample.txt"), []byte(got))
}
