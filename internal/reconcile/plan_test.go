package reconcile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/xlsx"
)

// planCases edit a workbook built from testdata/ws; each plan (report and
// changed lines) is testdata/plan/NAME.golden.
var planCases = []struct {
	name  string
	edits []edit
	// yaml, when set, changes the data after the workbook was built.
	yaml func(t *testing.T, dir string)
	// lost is how many edits a rebuild after the sync would still lose:
	// the conflicts and the edits not synced.
	lost int
}{
	{name: "cells", edits: []edit{
		set("c3-28.1", "Notes", "Draft law seen in 2025"),
		set("c3-28.1", "Lead / responsible body", "Security Bureau"),
		set("c4-ury-asylum", "Response", "Noted"),                   // vocabulary in any case
		set("c4-ury-asylum", "Themes", " refugees;asylum seekers "), // a list as typed
		set("c4-phl-remedy", "Recommending states", "Philippines; turkey"),
		set("c3-28.2", "Last updated", "2025-03-01 00:00:00"), // a date with its time
	}},
	{name: "refused-cells", edits: []edit{
		set("c3-28.2", "Session", ""),          // from the defaults
		set("c3-28.2", "Cycle", "4"),           // would move it to another review
		set("c3-28.2", "Regional groups", "x"), // derived
		set("c3-28.2", "Text", ""),             // required
		set("c3-28.2", "Action category", "many"),
		set("c3-28.3", "Implementation history", "x"),
	}, lost: 6},
	{name: "conflict", edits: []edit{
		set("c4-ury-asylum", "Response", "supported"),
		set("c3-28.1", "Implementation status", "partially implemented"),
		set("c3-28.1", "Assessment note", "A draft law."),
	}, yaml: func(t *testing.T, dir string) {
		replaceIn(t, dir, "china-cycle4.yaml", "response: pending ", "response: noted   ")
		replaceIn(t, dir, "china-cycle3.yaml", "status: not implemented  #", "status: fully implemented #")
	}, lost: 3},
	{name: "deleted", edits: []edit{deleted("c3-28.2"), set("c3-28.3", "Notes", "kept")}},
	{name: "id-changed", edits: []edit{set("c4-ury-asylum", "ID", "c4-ury-renamed")}, lost: 1},
	{name: "assessment-in-place", edits: []edit{
		set("c3-28.1", "Implementation status", "Partially implemented"),
		set("c3-28.1", "Assessment note", ""),
		set("c3-28.1", "Evidence", "ev-one; ev-two"),
		set("c3-28.3", "Assessment note", "Most schools admit them, since a 2023 circular that the Education Bureau sent to every school."),
	}},
	{name: "assessment-new-year", edits: []edit{
		set("c3-28.3", "Assessed", "2024"),
		set("c3-28.3", "Implementation status", "fully implemented"),
		set("c3-28.1", "Assessed", "2018"), // earlier than the latest: refused
		set("c3-28.1", "Implementation status", "fully implemented"),
	}, lost: 2},
	{name: "assessment-first", edits: []edit{
		set("c3-28.2", "Implementation status", "not assessed"), // dated by Last updated
		set("c4-ury-asylum", "Implementation status", "not implemented"),
		set("c4-ury-asylum", "Assessed", "2025"),
		set("c4-ury-asylum", "Assessment note", "Nothing yet."),
		set("c4-phl-remedy", "Implementation status", "not implemented"), // no year
		set("c3-28.3", "Implementation status", ""),                      // status required
	}, lost: 2},
	{name: "new-rows", edits: []edit{
		// No ID, a paragraph: cycle 3's file, the ID from the paragraph.
		typed(map[string]string{"Paragraph": "28.999", "Cycle": "3", "State under review": "china", "Recommending states": "Benin",
			"Text": "Ratify the Convention on migrant workers", "Response": "Noted", "Source of position": "A/HRC/40/6/Add.1"}),
		// No ID, no paragraph, from the Philippines: their file.
		typed(map[string]string{"Cycle": "4", "State under review": "China", "Recommending states": "Philippines",
			"Text": "Protect migrant workers' rights: all of them", "Response": "pending", "Themes": "migrants; labour",
			"Implementation status": "not assessed", "Last updated": "2025-02"}),
		// An ID and a review the data lacks: a new file.
		typed(map[string]string{"ID": "c5-ury-1", "Cycle": "5", "Session": "60", "State under review": "China",
			"Recommending states": "Uruguay; Türkiye", "Text": "A cycle 5 recommendation", "Response": "supported",
			"Implementation status": "not assessed", "Assessed": "2030", "Assessment note": "Too early."}),
		// Refused: fields missing, a bad response, a status without a year.
		typed(map[string]string{"Text": "Only a text"}),
		typed(map[string]string{"Cycle": "4", "State under review": "China", "Recommending states": "Benin", "Text": "Bad", "Response": "maybe"}),
		typed(map[string]string{"Cycle": "4", "State under review": "China", "Recommending states": "Benin", "Text": "No year", "Response": "noted", "Implementation status": "not assessed"}),
		// Already in the data: an existing recommendation typed again.
		typed(map[string]string{"Cycle": "4", "State under review": "China", "Recommending states": "Uruguay",
			"Text": "Strengthen measures to guarantee the protection of asylum seekers", "Response": "pending"}),
		// The same new row twice: added once.
		typed(map[string]string{"Cycle": "4", "State under review": "China", "Recommending states": "Benin", "Text": "Twice", "Response": "noted"}),
		typed(map[string]string{"Cycle": "4", "State under review": "China", "Recommending states": "Benin", "Text": "Twice", "Response": "noted"}),
	}, lost: 3},
	{name: "new-row-invalid", edits: []edit{
		typed(map[string]string{"Cycle": "4", "State under review": "Atlantis", "Recommending states": "Phillipines; Benin",
			"Text": "Typos", "Response": "noted", "Action category": "7"}),
		typed(map[string]string{"Cycle": "12", "State under review": "China", "Recommending states": "Benin", "Text": "More",
			"Response": "noted", "Implementation status": "done", "Assessed": "2024"}),
		typed(map[string]string{"Cycle": "4", "State under review": "China", "Recommending states": "Benin", "Text": "Evidence",
			"Response": "noted", "Implementation status": "not assessed", "Assessed": "soon", "Evidence": "ev-one"}),
		typed(map[string]string{"Cycle": "4", "State under review": "China", "Recommending states": "Benin", "Text": "Evidence",
			"Response": "noted", "Implementation status": "not assessed", "Assessed": "2024", "Evidence": "ev-one; ev-nope"}),
	}, lost: 4},
	{name: "new-row-id-taken", edits: []edit{
		// The data got this ID since the build, with other values.
		typed(map[string]string{"ID": "c4-new", "Cycle": "4", "State under review": "China", "Recommending states": "Benin", "Text": "Ours", "Response": "noted"}),
		// A generated ID that is taken gets a suffix.
		typed(map[string]string{"Paragraph": "28.1", "Cycle": "3", "State under review": "China", "Recommending states": "Benin", "Text": "Another 28.1", "Response": "noted"}),
	}, yaml: func(t *testing.T, dir string) {
		appendTo(t, dir, "china-cycle4.yaml", "\n  - id: c4-new\n    from: [Benin]\n    text: Theirs\n    response: noted\n")
	}, lost: 1},
}

func TestPlan(t *testing.T) {
	for _, c := range planCases {
		t.Run(c.name, func(t *testing.T) {
			dir := fixture(t)
			ws := load(t, dir)
			wb, _, err := xlsx.Write(ws, xlsx.Options{})
			if err != nil {
				t.Fatal(err)
			}
			wb = applyEdits(t, wb, c.edits)
			if c.yaml != nil {
				c.yaml(t, dir)
				ws = load(t, dir)
			}
			files, rep, err := Plan(ws, wb)
			if err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join("testdata", "plan", c.name+".golden"), []byte(describe(dir, files, rep)))
			if err := Check(dir, files); err != nil {
				t.Fatalf("the plan does not load: %v", err)
			}

			// Written, the plan is done: the same workbook syncs again to
			// nothing new, and a rebuild loses only what was not synced.
			for p, data := range files {
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			after := load(t, dir)
			again, rep2, err := Plan(after, wb)
			if err != nil {
				t.Fatal(err)
			}
			if len(again) > 0 || len(rep2.Changes)+len(rep2.Added) > 0 {
				t.Errorf("syncing the same workbook again plans more:\n%s", describe(dir, again, rep2))
			}
			if len(rep2.Present) < len(rep.Added)+len(rep.Present) {
				t.Errorf("%d typed rows now in the data, want at least %d", len(rep2.Present), len(rep.Added)+len(rep.Present))
			}
			checkUnsynced(t, wb, after, c.lost)
		})
	}
}

// checkUnsynced checks that a rebuild after the sync would lose only the
// edits sync could not write.
func checkUnsynced(t *testing.T, wb []byte, ws *workspace.Workspace, want int) {
	t.Helper()
	edits, _, err := xlsx.Edits(wb)
	if err != nil {
		t.Fatal(err)
	}
	if left := Unsynced(edits, ws.Recommendations); len(left) != want {
		t.Errorf("a rebuild would lose %d edits, want %d: %+v", len(left), want, left)
	}
}

func replaceIn(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, workspace.RecommendationsDir, file)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", file, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func appendTo(t *testing.T, dir, file, text string) {
	t.Helper()
	p := filepath.Join(dir, workspace.RecommendationsDir, file)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, append(b, text...), 0o644); err != nil {
		t.Fatal(err)
	}
}
