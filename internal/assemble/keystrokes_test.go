package assemble

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestSameContent compares a file with bytes in memory, piece by piece.
func TestSameContent(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("0123456789abcdef"), 10_000) // several pieces
	changed := bytes.Clone(big)
	changed[len(changed)-1] = 'x'
	for _, tc := range []struct {
		name       string
		file, data []byte
		want       bool
	}{
		{"empty", nil, nil, true},
		{"same", big, big, true},
		{"longer file", append(bytes.Clone(big), 'x'), big, false},
		{"last byte differs", big, changed, false},
		{"first byte differs", []byte("a"), []byte("b"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name+".xlsx")
			if err := os.WriteFile(path, tc.file, 0o644); err != nil {
				t.Fatal(err)
			}
			if got, err := sameContent(path, tc.data); err != nil || got != tc.want {
				t.Errorf("sameContent = %v, %v; want %v", got, err, tc.want)
			}
		})
	}
	if _, err := sameContent(filepath.Join(dir, "missing.xlsx"), nil); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v, want fs.ErrNotExist", err)
	}
}
