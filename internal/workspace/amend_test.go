package workspace_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/workspace"
)

const extraFile = `defaults:
  state_under_review: Chad
  cycle: 1
recommendations:
  - id: tcd1-1
    from: [France]
    text: Ratify the Convention
    response: %s
`

// files is what an import or a sync would write into the starter
// workspace: one file changed, one added.
func files(t *testing.T, dir, response string) (map[string][]byte, string, string) {
	t.Helper()
	changed := filepath.Join(dir, "recommendations", "slovenia-cycle3.yaml")
	src, err := os.ReadFile(changed)
	if err != nil {
		t.Fatal(err)
	}
	added := filepath.Join(dir, "recommendations", "chad-cycle1.yaml")
	return map[string][]byte{
		changed: []byte(strings.Replace(string(src), "response: supported", "response: noted", 1)),
		added:   []byte(strings.Replace(extraFile, "%s", response, 1)),
	}, changed, added
}

func TestLoadAmended(t *testing.T) {
	dir := starter(t)
	before, err := workspace.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	fs, changed, added := files(t, dir, "supported")
	ws, err := workspace.LoadAmended(dir, fs)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ws.Recommendations); n != len(before.Recommendations)+1 {
		t.Errorf("%d recommendations, want %d", n, len(before.Recommendations)+1)
	}
	noted := 0
	for _, r := range ws.Recommendations {
		if r.Pos.File == changed && r.Response == workspace.Noted {
			noted++
		}
	}
	if noted == 0 {
		t.Error("the changed file was read from the disk, not from what was given")
	}
	if _, err := os.Stat(added); err == nil {
		t.Error("LoadAmended wrote a file")
	}

	// Problems name the files as they would be, at the lines they would have.
	fs, _, _ = files(t, dir, "maybe")
	_, err = workspace.LoadAmended(dir, fs)
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 || list[0].Pos.File != added || list[0].Pos.Line != 8 {
		t.Errorf("a bad response in a new file: %v", err)
	}
	if _, err := workspace.LoadAmended(dir, map[string][]byte{filepath.Join(dir, "..", "x.yaml"): nil}); err == nil {
		t.Error("a file outside the workspace: no error")
	}
}

func TestAmend(t *testing.T) {
	dir := starter(t)
	ws, err := workspace.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	made := func(response string, added string) map[string][]*workspace.Recommendation {
		return map[string][]*workspace.Recommendation{added: {{
			Pos: diag.Pos{File: added}, ID: "tcd1-1", StateUnderReview: "Chad", Cycle: 1,
			From: []string{"France"}, Text: "Ratify the Convention", Response: response,
		}}}
	}
	for _, tc := range []struct {
		name, response string
		given          bool // the new file's recommendations given as made
		ok             bool
	}{
		{"parsed", "supported", false, true},
		{"made", "supported", true, true},
		{"parsed, a bad response", "maybe", false, false},
		{"made, a bad response", "maybe", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, _, added := files(t, dir, tc.response)
			var m map[string][]*workspace.Recommendation
			if tc.given {
				m = made(tc.response, added)
			}
			err := workspace.Amend(ws, fs, m)
			if (err == nil) != tc.ok {
				t.Fatalf("Amend: %v", err)
			}
			// A problem is reported as the full load reports it.
			if _, full := workspace.LoadAmended(dir, fs); err != nil && (full == nil || err.Error() != full.Error()) {
				t.Errorf("Amend: %v\nLoadAmended: %v", err, full)
			}
		})
	}
	// A duplicate id across files, and one already in the data.
	fs, _, added := files(t, dir, "supported")
	fs[added] = []byte(strings.Replace(string(fs[added]), "tcd1-1", ws.Recommendations[0].ID, 1))
	if err := workspace.Amend(ws, fs, nil); err == nil || !strings.Contains(err.Error(), "duplicate recommendation id") {
		t.Errorf("a duplicate id: %v", err)
	}
}
