package reconcile

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
)

// Check loads a copy of the workspace with the planned files in place, so
// that edits which break the data (a response outside the vocabulary) are
// reported before anything is written. Problems name the real files.
func Check(dir string, files map[string][]byte) error {
	tmp, err := os.MkdirTemp("", "submit-sync-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, sub := range []string{workspace.SubmissionFile, workspace.RecommendationsDir, workspace.EvidenceDir, workspace.StatisticsDir, workspace.TemplatesDir} {
		src := filepath.Join(dir, sub)
		info, err := os.Stat(src)
		if err != nil {
			continue
		}
		if info.IsDir() {
			err = os.CopyFS(filepath.Join(tmp, sub), os.DirFS(src))
		} else {
			var data []byte
			if data, err = os.ReadFile(src); err == nil {
				err = os.WriteFile(filepath.Join(tmp, sub), data, 0o644)
			}
		}
		if err != nil {
			return err
		}
	}
	for path, data := range files {
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		target := filepath.Join(tmp, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return err
		}
	}
	_, err = workspace.Load(tmp)
	if err == nil {
		return nil
	}
	msg := strings.ReplaceAll(err.Error(), tmp, filepath.Clean(dir))
	return fmt.Errorf("the workbook's edits would make the data invalid; nothing was written:\n%s", msg)
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
