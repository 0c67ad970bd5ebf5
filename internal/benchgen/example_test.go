package benchgen_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/upr-tools/submit/internal/benchgen"
)

// Write makes a complete workspace, ready for "submit build -C DIR".
func ExampleWrite() {
	dir, err := os.MkdirTemp("", "benchgen")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if err := benchgen.Write(dir); err != nil {
		fmt.Println(err)
		return
	}
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			fmt.Println(filepath.ToSlash(rel))
		}
		return err
	})
	// Output:
	// evidence/evidence.yaml
	// recommendations/previous-cycle.yaml
	// statistics/figures.yaml
	// submission.yaml
	// templates/annex.md.tmpl
	// templates/submission.md.tmpl
}
