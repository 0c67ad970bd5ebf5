// Package testutil holds helpers shared by the tests: finding the external
// readers (poppler, qpdf, a Python with openpyxl) that check our outputs.
package testutil

import (
	"os"
	"os/exec"
	"testing"
)

// Need returns the path of an external program, or skips the test with a
// clear message when it is missing. Under CI=true a missing tool fails the
// test instead: CI installs every reader, so a skip there would hide a gap.
func Need(t testing.TB, name, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	msg := name + " not found: install the Debian package " + pkg + " (.ci/run does)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// Python returns a Python interpreter that can import module (e.g.
// "openpyxl"), trying python3 on PATH and then Debian's /usr/bin/python3.
// It skips (or fails under CI=true) when none can.
func Python(t testing.TB, module, pkg string) string {
	t.Helper()
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		path, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		if exec.Command(path, "-c", "import "+module).Run() == nil {
			return path
		}
	}
	msg := "no python3 that can import " + module + ": install the Debian package " + pkg + " (.ci/run does)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// Run runs a program and returns its standard output, failing the test
// with its standard error when it exits non-zero.
func Run(t testing.TB, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("%s %v: %v\n%s", name, args, err, ee.Stderr)
		}
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

// NeedFile returns path when the file exists (a font a Debian package
// installs, say), or skips the test saying what to install; under CI=true
// it fails instead.
func NeedFile(t testing.TB, path, pkg string) string {
	t.Helper()
	if _, err := os.Stat(path); err == nil {
		return path
	}
	msg := path + " not found: install the Debian package " + pkg + " (.ci/run does)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}
