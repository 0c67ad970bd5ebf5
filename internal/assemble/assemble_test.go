package assemble

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/scaffold"
)

func newWorkspace(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ws")
	if err := scaffold.Create(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestBuildIsReproducible(t *testing.T) {
	dir := newWorkspace(t)
	read := func() (pdf, xlsx []byte) {
		if _, err := Build(dir); err != nil {
			t.Fatal(err)
		}
		pdf, _ = os.ReadFile(filepath.Join(dir, "output", "submission.pdf"))
		xlsx, _ = os.ReadFile(filepath.Join(dir, "output", "recommendations.xlsx"))
		return pdf, xlsx
	}
	pdf1, xlsx1 := read()
	pdf2, xlsx2 := read()
	if !bytes.Equal(pdf1, pdf2) || !bytes.Equal(xlsx1, xlsx2) {
		t.Error("two builds of the same workspace differ")
	}
	if !bytes.Contains(pdf1, []byte("/CreationDate (D:20240715000000)")) {
		t.Error("the PDF's creation date is not the submission's date")
	}

	t.Setenv("SOURCE_DATE_EPOCH", "1700000000") // 2023-11-14T22:13:20Z
	pdf3, xlsx3 := read()
	if !bytes.Contains(pdf3, []byte("/CreationDate (D:20231114221320)")) {
		t.Error("SOURCE_DATE_EPOCH does not set the PDF's creation date")
	}
	if core := zipEntry(t, xlsx3, "docProps/core.xml"); !strings.Contains(core, "2023-11-14T22:13:20Z") {
		t.Errorf("SOURCE_DATE_EPOCH does not set the workbook's dates: %s", core)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "output"))
	if len(entries) != 2 {
		t.Errorf("output/ holds %d files, want the 2 outputs and no temporary files", len(entries))
	}
}

func TestBadSourceDateEpoch(t *testing.T) {
	dir := newWorkspace(t)
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	_, err := Build(dir)
	if err == nil || !strings.Contains(err.Error(), "SOURCE_DATE_EPOCH") {
		t.Errorf("Build with a bad SOURCE_DATE_EPOCH: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "output")); err == nil {
		t.Error("output/ was created although nothing could be built")
	}
}

// TestCheckCollectsAll checks that data and template problems are reported
// together, not only the first.
func TestCheckCollectsAll(t *testing.T) {
	dir := newWorkspace(t)
	rewrite := func(file, old, new string) {
		p := filepath.Join(dir, file)
		b, _ := os.ReadFile(p)
		os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644)
	}
	rewrite("submission.yaml", "kind: individual", "kind: solo")
	rewrite("templates/submission.md.tmpl", "# I. Introduction", "# I. {{bogus}}")
	_, err := Check(dir)
	list, ok := err.(diag.List)
	if !ok || len(list) != 2 {
		t.Fatalf("Check: %v, want two problems", err)
	}
	if !strings.Contains(list[0].Error(), `kind "solo"`) || !strings.Contains(list[1].Error(), `function "bogus" not defined`) {
		t.Errorf("problems:\n%v", err)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	os.WriteFile(path, []byte("old"), 0o644)
	if err := WriteFileAtomic(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file holds %q", b)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "x.pdf"), []byte("x")); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d files left, want 1 (no temporary files)", len(entries))
	}
}

// TestWriteAllOrNothing writes many files at once, one of which cannot be
// written: none is replaced and no temporary file is left.
func TestWriteAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{filepath.Join(dir, "missing", "x.yaml"): []byte("x")}
	for i := range 30 {
		path := filepath.Join(dir, fmt.Sprintf("f%02d.yaml", i))
		if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		files[path] = []byte("new")
	}
	if err := WriteAll(files); err == nil {
		t.Fatal("writing into a missing folder succeeded")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		if b, _ := os.ReadFile(filepath.Join(dir, e.Name())); string(b) != "old" || !strings.HasSuffix(e.Name(), ".yaml") {
			t.Errorf("%s holds %q after a failed write", e.Name(), b)
		}
	}
	if len(entries) != 30 {
		t.Errorf("%d entries left, want the 30 old files (no temporary files)", len(entries))
	}
	delete(files, filepath.Join(dir, "missing", "x.yaml"))
	if err := WriteAll(files); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "f29.yaml")); string(b) != "new" {
		t.Errorf("f29.yaml holds %q", b)
	}
}

// zipEntry reads one file of a zip archive (an .xlsx).
func zipEntry(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
