package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// AddSeeds adds every file of testdata/ matching pattern ("*.txt") to a
// fuzz target's corpus: the fixtures are the best seeds.
func AddSeeds(f *testing.F, pattern string) {
	f.Helper()
	paths, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}
