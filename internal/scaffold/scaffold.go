// Package scaffold creates a new workspace from the starter files embedded
// in the binary: commented data and the default templates, valid as they are.
package scaffold

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// all: keeps the partials (_*.tmpl) and .gitignore, which embed skips by default.
//
//go:embed all:starter
var starter embed.FS

// Files lists the starter files, as paths relative to a new workspace.
func Files() []string {
	var out []string
	_ = fs.WalkDir(starter, "starter", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel("starter", path)
			out = append(out, rel)
		}
		return err
	})
	return out
}

// Create writes a new workspace into dir, which must not exist or be empty:
// init never overwrites anyone's work.
func Create(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("cannot read %s: %w", dir, err)
	case len(entries) > 0:
		return fmt.Errorf("%s is not empty: choose a new folder, so that no file of yours is overwritten", dir)
	}
	for _, rel := range Files() {
		data, err := starter.ReadFile(filepath.ToSlash(filepath.Join("starter", rel)))
		if err != nil {
			return err
		}
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("cannot create %s: %w", filepath.Dir(path), err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
	}
	return nil
}
