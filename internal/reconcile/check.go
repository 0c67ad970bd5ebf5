package reconcile

import (
	"fmt"
	"slices"

	"github.com/upr-tools/submit/internal/workspace"
)

// Check loads the workspace as it would be with the planned files in
// place, without writing them, so that edits which break the data (a
// response outside the vocabulary) are reported before anything is
// written. Problems name the real files, at the lines they would have.
func Check(dir string, files map[string][]byte) error {
	if _, err := workspace.LoadAmended(dir, files); err != nil {
		return fmt.Errorf("the workbook's edits would make the data invalid; nothing was written:\n%w", err)
	}
	return nil
}

// Sorted returns the changed files' paths in order.
func Sorted(files map[string][]byte) []string {
	out := make([]string, 0, len(files))
	for p := range files {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}
