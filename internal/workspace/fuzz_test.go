package workspace_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/upr-tools/submit/internal/workspace"
)

// FuzzLoad feeds arbitrary text as a recommendations, evidence or
// statistics file: Load must report problems, never panic.
func FuzzLoad(f *testing.F) {
	f.Add(uint8(0), []byte("recommendations:\n  - id: a\n    from: [Tunisia]\n"))
	f.Add(uint8(0), []byte("defaults: {cycle: x}\nrecommendations: [{id: 1, implementation: [{year: y}]}]\n"))
	f.Add(uint8(0), []byte("recommendations: &a [*a]\n"))
	f.Add(uint8(0), []byte("- just a list\n"))
	f.Add(uint8(0), []byte("recommendations:\n  - {id: r, from: Turkey, sdgs: [99], paragraph: 1.2.3}\n"))
	f.Add(uint8(1), []byte("evidence:\n  - {id: e, text: t, source: {title: x, date: 2099}}\n"))
	f.Add(uint8(2), []byte("statistics:\n  - {id: a, value: 1, counts: c, source: {title: t}}\n  - {id: b, counts: c, derive: {op: percent, of: a}}\n"))
	f.Add(uint8(2), []byte("statistics:\n  - {id: a, counts: c, derive: {op: sum, of: [a, a]}}\n"))
	f.Add(uint8(2), []byte("statistics:\n  - {id: a, value: 0, counts: c, source: {title: t}}\n  - {id: b, counts: c, derive: {op: ratio, of: [a, a]}}\n"))
	base := f.TempDir()
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		dir, err := os.MkdirTemp(base, "ws")
		if err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(dir)
		folder := []string{"recommendations", "evidence", "statistics"}[int(which)%3]
		os.WriteFile(filepath.Join(dir, "submission.yaml"), []byte("title: x\ndate: 2024-01-01\n"), 0o644)
		os.MkdirAll(filepath.Join(dir, folder), 0o755)
		os.WriteFile(filepath.Join(dir, folder, "f.yaml"), data, 0o644)
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
