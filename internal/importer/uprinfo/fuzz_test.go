package uprinfo

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"

	"github.com/upr-tools/submit/internal/workspace"
)

// FuzzParse checks that no input panics, that parsing is deterministic and
// that every record keeps Parse's promises. Seeds: the fixtures in every
// encoding, the fixture as a workbook, and small broken inputs.
func FuzzParse(f *testing.F) {
	testutil.AddSeeds(f, "*.csv")
	f.Add(fixtureXLSX(f))
	f.Add([]byte(header + "Cuba,,,\"Ratify\r\nCAT\",Chile,,,Noted,9,\"a,,b\",x\r"))
	f.Add([]byte("title\r\r" + header + "&#40;Unknown&#41;,,,\"\"\"x\"\"\",&amp;,,,Pending,,,\n"))
	f.Add([]byte("\xef\xbb\xbfTo,Text,From,Response,Session\nC\x99te,\x8e,\x92,accepted,1"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, src []byte) {
		const name = "f.csv"
		recs, err := Parse(name, src)
		again, err2 := Parse(name, src)
		if !reflect.DeepEqual(recs, again) || (err == nil) != (err2 == nil) || err != nil && err.Error() != err2.Error() {
			t.Fatalf("two parses differ")
		}
		if err != nil && !strings.HasPrefix(err.Error(), name) {
			t.Errorf("error does not name the file: %v", err)
		}
		last := 0
		for _, r := range recs {
			if r.Pos.File != name || r.Pos.Line < 1 || r.Pos.Line <= last {
				t.Errorf("position %v after line %d", r.Pos, last)
			}
			last = r.Pos.Line
			if r.Text != strings.TrimSpace(r.Text) {
				t.Errorf("text %q not trimmed", r.Text)
			}
			if r.Response != "" && !slices.Contains(workspace.ResponseValues, r.Response) {
				t.Errorf("response %q outside the vocabulary", r.Response)
			}
			if r.ActionCategory < 0 || r.ActionCategory > 5 || r.Session < 0 {
				t.Errorf("action %d, session %d", r.ActionCategory, r.Session)
			}
		}
	})
}
