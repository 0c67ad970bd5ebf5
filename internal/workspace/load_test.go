package workspace_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/scaffold"
	"github.com/upr-tools/submit/internal/workspace"
)

// starter makes a fresh copy of the starter workspace (which "submit init"
// writes) in a temporary folder and returns its path.
func starter(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ws")
	if err := scaffold.Create(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestLoadStarter loads the starter workspace and compares what was read
// with a golden JSON dump.
func TestLoadStarter(t *testing.T) {
	dir := starter(t)
	ws, err := workspace.Load(dir)
	if err != nil {
		t.Fatalf("starter workspace has problems:\n%v", err)
	}
	got, err := json.MarshalIndent(struct {
		Submission      *workspace.Submission
		Recommendations []*workspace.Recommendation
		Evidence        []*workspace.Evidence
		Statistics      []*workspace.Statistic
		Templates       []string
	}{ws.Submission, ws.Recommendations, ws.Evidence, ws.Statistics, ws.Templates}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, "testdata/starter.golden.json", append(got, '\n'))
}

// edit replaces old with new in a workspace file, failing if old is absent.
func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	path := filepath.Join(dir, file)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s does not contain %q", file, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// at finds the nth occurrence (from 1) of needle in a file and gives its
// position as "path:line:col", as problems print it.
func at(t *testing.T, dir, file, needle string, nth int) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		from := 0
		for {
			j := strings.Index(line[from:], needle)
			if j < 0 {
				break
			}
			if nth--; nth == 0 {
				return fmt.Sprintf("%s:%d:%d", filepath.Join(dir, file), i+1, from+j+1)
			}
			from += j + 1
		}
	}
	t.Fatalf("%q not found in %s", needle, file)
	return ""
}

const (
	recs = "recommendations/slovenia-cycle3.yaml"
	stat = "statistics/statistics.yaml"
	sub  = "submission.yaml"
)

func TestLoadProblems(t *testing.T) {
	tests := []struct {
		name string
		// edits are applied in order: file, old, new
		edits [][3]string
		// want lists the problems: a needle found in a file (its nth
		// occurrence) gives the position, then the message.
		want []struct {
			file, needle string
			nth          int
			msg          string
		}
	}{
		{
			name:  "misspelled field",
			edits: [][3]string{{recs, "    response: noted\n    response_source: A/HRC/43/15/Add.1, para. 5\n    themes: [statelessness]", "    respnse: noted\n    response_source: A/HRC/43/15/Add.1, para. 5\n    themes: [statelessness]"}},
			want: []struct {
				file, needle string
				nth          int
				msg          string
			}{
				{recs, "respnse", 1, `recommendation: unknown field "respnse" (did you mean "response"?)`},
			},
		},
		{
			name:  "missing evidence id",
			edits: [][3]string{{recs, "evidence: [hate-speech-report]", "evidence: [hate-speach-report]"}},
			want: []struct {
				file, needle string
				nth          int
				msg          string
			}{{recs, "hate-speach-report", 1, `no evidence with id "hate-speach-report"`}},
		},
		{
			name:  "unknown state",
			edits: [][3]string{{recs, "from: [Uruguay]", "from: [Urugay]"}},
			want: []struct {
				file, needle string
				nth          int
				msg          string
			}{{recs, "Urugay", 1, `recommending state "Urugay" is not a UN member or observer state (did you mean "Uruguay"?)`}},
		},
		{
			name:  "yaml syntax error",
			edits: [][3]string{{recs, "from: [Uruguay]", "from: [Uruguay"}},
			want: []struct {
				file, needle string
				nth          int
				msg          string
			}{{recs, ": Consider ratifying", 1, `YAML syntax error: did not find expected ',' or ']'`}},
		},
		{
			name:  "wrong type",
			edits: [][3]string{{recs, "  cycle: 3", "  cycle: three"}},
			want: []struct {
				file, needle string
				nth          int
				msg          string
			}{{recs, "three", 1, `recommendation.cycle: expected a whole number, found "three"`}},
		},
		{
			name:  "duplicate id and bad response",
			edits: [][3]string{{recs, "id: svn3-122.5", "id: svn3-121.9"}, {recs, "response: noted", "response: rejected"}},
			want: []struct {
				file, needle string
				nth          int
				msg          string
			}{
				{recs, "svn3-121.9", 2, `duplicate recommendation id "svn3-121.9" (first used at ` + "FIRST" + `): give each recommendation its own id`},
				{recs, "rejected", 1, `response "rejected" is not one of: supported, partially supported, noted, pending`},
			},
		},
		{
			name:  "derived statistic with a missing input",
			edits: [][3]string{{stat, "of: [complaints-prosecuted, complaints-total]", "of: [complaints-prosecuted, complaints-totl]"}},
			want: []struct {
				file, needle string
				nth          int
				msg          string
			}{{stat, "complaints-totl", 1, `no statistic with id "complaints-totl"`}},
		},
		{
			name:  "state under review in submission",
			edits: [][3]string{{sub, "state: Slovenia", "state: Slovenija"}},
			want: []struct {
				file, needle string
				nth          int
				msg          string
			}{{sub, "Slovenija", 1, `state under review "Slovenija" is not a UN member or observer state (did you mean "Slovenia" or "Slovakia"?)`}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := starter(t)
			for _, e := range tc.edits {
				edit(t, dir, e[0], e[1], e[2])
			}
			_, err := workspace.Load(dir)
			var got []string
			if list, ok := err.(diag.List); ok {
				for _, p := range list {
					got = append(got, p.Error())
				}
			} else if err != nil {
				t.Fatalf("Load: %T %v, want a diag.List", err, err)
			}
			var want []string
			for _, w := range tc.want {
				msg := strings.Replace(w.msg, "FIRST", at(t, dir, w.file, w.needle, 1), 1)
				want = append(want, at(t, dir, w.file, w.needle, w.nth)+": "+msg)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestLoadAliasesAndDefaults(t *testing.T) {
	dir := starter(t)
	edit(t, dir, recs, "from: [Bangladesh, Egypt]", "from: [Bangladesh, Turkey]")
	ws, err := workspace.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := ws.Recommendations[2]
	if got := strings.Join(r.From, ", "); got != "Bangladesh, Türkiye" {
		t.Errorf("from = %q, want the canonical name Türkiye", got)
	}
	if r.StateUnderReview != "Slovenia" || r.Cycle != 3 || r.Report != "A/HRC/43/15" {
		t.Errorf("defaults not applied: %+v", r)
	}
	rate := ws.StatisticByID("prosecution-rate")
	if rate.Value == nil || fmt.Sprintf("%.2f", *rate.Value) != "7.50" {
		t.Errorf("prosecution-rate = %v, want 9/120 = 7.50%%", rate.Value)
	}
}

func TestLoadNoWorkspace(t *testing.T) {
	_, err := workspace.Load(t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "submit init") {
		t.Errorf("Load of an empty folder: %v, want advice to run submit init", err)
	}
}

func TestLoadMoreProblems(t *testing.T) {
	tests := []struct {
		name, file, old, new string
		want                 string // the whole message, after "file:line:col: "
		needle               string // where it points
	}{
		{"repeated top-level key", recs, "recommendations:\n", "recommendations: []\nrecommendations:\n",
			`"recommendations" is given twice (first at line 12): merge the two lists, or the first would be lost`, "\nrecommendations:"},
		{"derive with one input", stat, "of: [complaints-prosecuted, complaints-total]", "of: [complaints-prosecuted]",
			"derive op percent takes 2 statistics (numerator, denominator), found 1", "[complaints-prosecuted]"},
		{"typo in defaults", recs, "  state_under_review: Slovenia", "  state_under_reveiw: Slovenia",
			`defaults: unknown field "state_under_reveiw" (did you mean "state_under_review"?)`, "state_under_reveiw"},
		{"language without a font", sub, "language: en", "language: zh",
			`language "zh" cannot be laid out yet: the embedded fonts have no Chinese script; write the submission in one of: en, fr, es, ru`, "zh"},
		{"tab indentation", recs, "  - id: svn3-122.5", "\t- id: svn3-122.5",
			"YAML syntax error: a tab indents this line: YAML is indented with spaces only", "\t- id"},
		{"misspelt theme", recs, "themes: [statelessness]", "themes: [statelesness]",
			`theme "statelesness" is not one of the submission's themes (did you mean "statelessness"?)`, "statelesness"},
		{"not UTF-8", stat, "counts: complaints of hate speech received", "counts: complaints \xe9 received",
			"the file is not UTF-8 text (byte 0xE9): save it as UTF-8", "\xe9"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := starter(t)
			edit(t, dir, tc.file, tc.old, tc.new)
			_, err := workspace.Load(dir)
			needle, nth := tc.needle, 1
			if strings.HasPrefix(needle, "\n") {
				needle, nth = needle[1:], 2 // the second occurrence
			}
			want := at(t, dir, tc.file, needle, nth) + ": " + tc.want
			if err == nil || err.Error() != want {
				t.Errorf("got:\n%v\nwant:\n%s", err, want)
			}
		})
	}
}
