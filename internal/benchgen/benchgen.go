// Package benchgen writes a synthetic workspace for benchmarks: a joint
// submission at the 5,630-word limit, with about 70 footnotes, a table of
// figures and a 60-row annex of previous-cycle recommendations, so that the
// build is timed on a document of the size OHCHR accepts, not on the small
// example. The text is generated from a fixed seed and vocabulary: the same
// bytes every time.
package benchgen

import (
	"fmt"
	"os"
	"path/filepath"
)

// bodyShape is tuned to the word limit.
var bodyShape = shape{paras: 4, extraCites: 4}

// Write creates the workspace in dir (made if missing). Files it writes are
// replaced; other files in dir are left alone.
func Write(dir string) error {
	g := newGen()
	files := map[string]string{
		"submission.yaml":                         g.submissionYAML(),
		"recommendations/previous-cycle.yaml":     g.recommendationsYAML(),
		"evidence/evidence.yaml":                  g.evidenceYAML(),
		"statistics/figures.yaml":                 g.statisticsYAML(),
		filepath.Join("templates", BodyTemplate):  g.body(bodyShape),
		filepath.Join("templates", AnnexTemplate): annex(),
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("cannot create the benchmark workspace: %w", err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return fmt.Errorf("cannot write the benchmark workspace: %w", err)
		}
	}
	return nil
}
