package uprinfo

import (
	"bytes"
	"os"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
	"golang.org/x/text/encoding/charmap"
)

// The fixtures are rows cut from the real export, byte for byte (Mac Roman,
// CR line ends, no line end after the last row, stray spaces, entities),
// and the same rows transcoded as Excel and other tools would save them.
// go test -run TestFixture -update cuts and transcodes them again.
const (
	macFixture  = "testdata/sample-macroman-cr.csv"
	winFixture  = "testdata/sample-windows1252-crlf.csv"
	utf8Fixture = "testdata/sample-utf8-bom-lf.csv"
)

// fixtureLines are the lines cut from each file of the shared export (line
// 1 is the header): accents (é è í ç ã à), the entity "(Unknown)", UPR
// Info's short names (DPR Korea, Macedonia FYR, Iran, Cote d'Ivoire,
// Bosnia & Herzegovina, St Vincent & the Grenadines), observers (Holy See,
// Palestine), " - " for ";", quoted quotes, the export's one exact
// duplicate (6-9.csv lines 5764–5765), a cluster repeated per state
// (10-13.csv lines 2–3) and session 13, the first of cycle 2.
var fixtureLines = []struct {
	file  string
	lines []int
}{
	{"1-5.csv", []int{1, 2, 48, 1914, 1961, 2497, 2948, 3671}},
	{"6-9.csv", []int{3, 49, 855, 1601, 2041, 4507, 5764, 5765}},
	{"10-13.csv", []int{2, 3, 4142, 4784, 6589, 7804}},
}

// TestFixtureCut checks that the Mac Roman fixture holds the export's rows
// byte for byte (skipped without the shared data).
func TestFixtureCut(t *testing.T) {
	var out [][]byte
	for _, f := range fixtureLines {
		src, err := os.ReadFile(testutil.SharedData(t, "upr-info/"+f.file))
		if err != nil {
			t.Fatal(err)
		}
		lines := bytes.Split(src, []byte("\r"))
		for _, n := range f.lines {
			out = append(out, lines[n-1])
		}
	}
	checkFixture(t, macFixture, bytes.Join(out, []byte("\r")))
}

// TestFixtureTranscodings checks that the Windows-1252 and UTF-8 fixtures
// are the Mac Roman one saved as Excel on Windows (CRLF) and a modern
// editor with a BOM (LF) would save it.
func TestFixtureTranscodings(t *testing.T) {
	mac, err := os.ReadFile(macFixture)
	if err != nil {
		t.Fatal(err)
	}
	utf, err := charmap.Macintosh.NewDecoder().Bytes(mac)
	if err != nil {
		t.Fatal(err)
	}
	win, err := charmap.Windows1252.NewEncoder().Bytes(utf)
	if err != nil {
		t.Fatal(err)
	}
	checkFixture(t, winFixture, bytes.ReplaceAll(win, []byte("\r"), []byte("\r\n")))
	checkFixture(t, utf8Fixture, append([]byte("\uFEFF"), bytes.ReplaceAll(utf, []byte("\r"), []byte("\n"))...))
}

// checkFixture compares a fixture with what it should hold, or writes it
// under -update.
func checkFixture(t *testing.T, path string, want []byte) {
	t.Helper()
	if testutil.Updating() {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestFixture -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not what the export's rows give (run go test -run TestFixture -update)", path)
	}
}
