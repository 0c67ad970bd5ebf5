package workspace_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/upr-tools/submit/internal/workspace"
)

// FuzzLoadRecommendations feeds arbitrary text as a recommendations file:
// Load must report problems, never panic.
func FuzzLoadRecommendations(f *testing.F) {
	f.Add([]byte("recommendations:\n  - id: a\n    from: [Tunisia]\n"))
	f.Add([]byte("defaults: {cycle: x}\nrecommendations: [{id: 1, implementation: [{year: y}]}]\n"))
	f.Add([]byte("recommendations: &a [*a]\n"))
	f.Add([]byte("- just a list\n"))
	f.Add([]byte("recommendations:\n  - {id: r, from: Turkey, sdgs: [99], paragraph: 1.2.3}\n"))
	base := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		dir, err := os.MkdirTemp(base, "ws")
		if err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(dir)
		os.WriteFile(filepath.Join(dir, "submission.yaml"), []byte("title: x\n"), 0o644)
		os.MkdirAll(filepath.Join(dir, "recommendations"), 0o755)
		os.WriteFile(filepath.Join(dir, "recommendations", "r.yaml"), data, 0o644)
		ws, err := workspace.Load(dir)
		if ws == nil && err == nil {
			t.Fatal("no workspace and no error")
		}
	})
}

// FuzzParseDate checks that any accepted date prints back as it was read.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024", "2024-01", "2024-01-23", "2024-02-30", "24-1-1", "", "2024-13"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := workspace.ParseDate(s)
		if err != nil {
			return
		}
		again, err := workspace.ParseDate(d.String())
		if err != nil || again != d {
			t.Errorf("%q read as %v, which reads back as %v (%v)", s, d, again, err)
		}
	})
}
