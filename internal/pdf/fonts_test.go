package pdf

import (
	"os"
	"testing"
)

// Debian's CJK TrueType fonts, for the tests that set Chinese text.
const (
	droidFont = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf" // fonts-droid-fallback
	bsmiFont  = "/usr/share/fonts/truetype/arphic-bsmi00lp/bsmi00lp.ttf"    // fonts-arphic-bsmi00lp
)

// needFont reads a font file installed by a Debian package, or skips the
// test with a clear message when it is missing. Under CI=true a missing font
// fails the test instead: CI installs them, so a skip there would hide a gap.
func needFont(t testing.TB, path, pkg string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err == nil {
		return data
	}
	msg := path + " not found: install the Debian package " + pkg + " (.ci/run does)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return nil
}

// readTestdata reads a file of testdata/.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
