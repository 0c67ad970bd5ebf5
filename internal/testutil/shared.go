package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedData returns the path of rel (e.g. "upr-info/1-5.csv") in the
// project's shared folder of real UPR data, ../shared/data beside the
// repository, or skips the test saying so when it is not there: the data
// is public but not ours to copy whole into the repository. Small
// fixtures cut from it live in each package's testdata/ instead.
func SharedData(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test's folder: cannot find the shared data")
		}
		dir = parent
	}
	path := filepath.Join(filepath.Dir(dir), "shared", "data", rel)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found: this check needs the shared data folder (shared/data beside the repository)", path)
	}
	return path
}

// ReadShared reads files of the shared data folder dir (see SharedData),
// in the order given.
func ReadShared(t testing.TB, dir string, names ...string) [][]byte {
	t.Helper()
	out := make([][]byte, len(names))
	for i, name := range names {
		data, err := os.ReadFile(SharedData(t, filepath.Join(dir, name)))
		if err != nil {
			t.Fatal(err)
		}
		out[i] = data
	}
	return out
}
