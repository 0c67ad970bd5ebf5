package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// repoRoot is the example workspace: the repository's root.
const repoRoot = "../.."

// exampleCopy copies the example workspace's inputs into a temporary folder,
// so tests can break it without touching the repository.
func exampleCopy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ws")
	for _, p := range []string{"submission.yaml", "recommendations", "evidence", "statistics", "templates"} {
		copyTree(t, filepath.Join(repoRoot, p), filepath.Join(dir, p))
	}
	return dir
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string // a part of it
		stderr string // a part of it
	}{
		{nil, exitUsage, "", "Usage:"},
		{[]string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{[]string{"help"}, exitOK, "Commands:", ""},
		{[]string{"-h"}, exitOK, "Commands:", ""},
		{[]string{"help", "build"}, exitOK, "Usage: submit build [-C DIR]", ""},
		{[]string{"build", "-h"}, exitOK, "-C DIR", ""},
		{[]string{"validate", "-h"}, exitOK, "file:line:col", ""},
		{[]string{"init", "-h"}, exitOK, "Usage: submit init DIR", ""},
		{[]string{"build", "-x"}, exitUsage, "", "flag provided but not defined: -x"},
		{[]string{"build", "extra"}, exitUsage, "", "build takes no arguments"},
		{[]string{"init"}, exitUsage, "", "init takes one argument"},
		{[]string{"help", "nope"}, exitUsage, "", `no command "nope"`},
		{[]string{"version"}, exitOK, "submit ", ""},
	}
	for _, tc := range tests {
		code, stdout, stderr := runCmd(tc.args...)
		if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("submit %v: exit %d, stdout %q, stderr %q; want exit %d with %q / %q",
				tc.args, code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
		}
	}
}

func TestInitThenBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	if code, _, stderr := runCmd("init", dir); code != exitOK {
		t.Fatalf("init: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := runCmd("build", "-C", dir)
	if code != exitOK {
		t.Fatalf("build of a new workspace: exit %d: %s", code, stderr)
	}
	for _, f := range []string{"submission.pdf", "recommendations.xlsx"} {
		if !strings.Contains(stdout, filepath.Join(dir, "output", f)) {
			t.Errorf("build did not report %s: %s", f, stdout)
		}
	}
	pdftotext := testutil.Need(t, "pdftotext", "poppler-utils")
	// Lines break anywhere: compare with whitespace collapsed.
	text := strings.Join(strings.Fields(testutil.Run(t, pdftotext, filepath.Join(dir, "output", "submission.pdf"), "-")), " ")
	for _, want := range []string{"Your Organisation", "Increase governmental efforts to combat racism", "121.9 (Egypt)", "7.5%"} {
		if !strings.Contains(text, want) {
			t.Errorf("starter PDF lacks %q", want)
		}
	}
	if code, _, stderr := runCmd("init", dir); code != exitInput || !strings.Contains(stderr, "not empty") {
		t.Errorf("init into a non-empty folder: exit %d, %q; want 1 and a refusal", code, stderr)
	}
}

var problemLine = regexp.MustCompile(`^[^:]+:\d+:\d+: .+`)

// TestBrokenWorkspace breaks a copy of the example in each way a user might
// and checks that validate and build report file:line:col, exit 1, and
// leave output/ as it was.
func TestBrokenWorkspace(t *testing.T) {
	tests := []struct {
		name, file, old, new string
		want                 string // part of the problem line
	}{
		{"misspelled field", "submission.yaml", "\ntitle:", "\ntitel:", `unknown field "titel" (did you mean "title"?)`},
		{"missing evidence id", "templates/submission.md.tmpl", `{{cite "treaties-hong-kong"}}`, `{{cite "treaties-hong-kng"}}`, `no evidence with id "treaties-hong-kng" (did you mean "treaties-hong-kong"?)`},
		{"unknown state", "recommendations/china-cycle4.yaml", "from: [Uruguay]", "from: [Urugay]", `recommending state "Urugay" is not a UN member or observer state (did you mean "Uruguay"?)`},
		{"undefined function", "templates/submission.md.tmpl", "# I. Introduction", "# I. {{nosuchfunc}}Introduction", `function "nosuchfunc" not defined`},
		{"yaml syntax error", "statistics/hong-kong.yaml", "statistics:", "statistics: [", "YAML syntax error"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := exampleCopy(t)
			path := filepath.Join(dir, tc.file)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), tc.old) {
				t.Fatalf("%s does not contain %q", tc.file, tc.old)
			}
			os.WriteFile(path, []byte(strings.Replace(string(b), tc.old, tc.new, 1)), 0o644)
			out := filepath.Join(dir, "output")
			os.MkdirAll(out, 0o755)
			sentinel := filepath.Join(out, "submission.pdf")
			os.WriteFile(sentinel, []byte("previous build"), 0o644)

			for _, cmd := range []string{"validate", "build"} {
				code, stdout, stderr := runCmd(cmd, "-C", dir)
				if code != exitInput {
					t.Errorf("%s: exit %d, want 1; stdout %q", cmd, code, stdout)
				}
				lines := strings.Split(strings.TrimSpace(stderr), "\n")
				found := false
				for _, l := range lines[:len(lines)-1] {
					if !problemLine.MatchString(l) {
						t.Errorf("%s: %q is not file:line:col: message", cmd, l)
					}
					if strings.Contains(l, tc.want) && strings.HasPrefix(l, path+":") {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: no problem in %s saying %q:\n%s", cmd, tc.file, tc.want, stderr)
				}
				if !strings.Contains(lines[len(lines)-1], "nothing was written") {
					t.Errorf("%s: last line %q", cmd, lines[len(lines)-1])
				}
			}
			entries, _ := os.ReadDir(out)
			if b, _ := os.ReadFile(sentinel); len(entries) != 1 || string(b) != "previous build" {
				t.Errorf("output/ was touched: %d entries, submission.pdf has %d bytes", len(entries), len(b))
			}
		})
	}
}

// TestMissingGlyph: text the fonts cannot print makes validate and build
// fail with the characters and where they are, never a PDF with holes.
func TestMissingGlyph(t *testing.T) {
	dir := exampleCopy(t)
	path := filepath.Join(dir, "templates", "submission.md.tmpl")
	b, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(b), "# I. Introduction", "# I. Introduction\n\nThe delegation of China (中国) spoke.", 1)), 0o644)
	for _, cmd := range []string{"validate", "build"} {
		code, _, stderr := runCmd(cmd, "-C", dir)
		if code != exitInput || !strings.Contains(stderr, "no glyph for 中 (U+4E2D), 国 (U+56FD)") || !strings.Contains(stderr, "China (中国) spoke") {
			t.Errorf("%s: exit %d, %s", cmd, code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "output")); err == nil {
		t.Error("output/ was created")
	}
}
