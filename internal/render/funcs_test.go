package render

import (
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"

	"github.com/upr-tools/submit/internal/workspace"
)

func loadTestWorkspace(t *testing.T) *workspace.Workspace {
	t.Helper()
	ws, err := workspace.Load("testdata/ws")
	if err != nil {
		t.Fatalf("testdata/ws: %v", err)
	}
	return ws
}

// execString runs template text in the test workspace, as a file would.
func execString(t *testing.T, ws *workspace.Workspace, text string) (string, error) {
	t.Helper()
	set, err := Parse(ws)
	if err != nil {
		t.Fatal(err)
	}
	const name = "example.md.tmpl"
	set.sources[name] = source{file: "templates/" + name, text: text}
	if _, err := set.root.New(name).Parse(text); err != nil {
		return "", problem(err, set.sources)
	}
	out, err := set.Execute(name)
	return string(out), err
}

// TestFuncExamples runs every documented example of every domain function,
// so the documentation cannot drift from what the functions do.
func TestFuncExamples(t *testing.T) {
	ws := loadTestWorkspace(t)
	for _, f := range Funcs() {
		if len(f.Examples) == 0 {
			t.Errorf("%s has no example", f.Name)
		}
		for _, ex := range f.Examples {
			t.Run(f.Name, func(t *testing.T) {
				got, err := execString(t, ws, ex.Template)
				if err != nil {
					t.Fatalf("%s: %v", ex.Template, err)
				}
				if got != ex.Output {
					t.Errorf("%s\n got: %q\nwant: %q", ex.Template, got, ex.Output)
				}
			})
		}
	}
}

func TestPartial(t *testing.T) {
	ws := loadTestWorkspace(t)
	set, err := Parse(ws)
	if err != nil {
		t.Fatal(err)
	}
	out, err := set.Execute("main.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	if want := "# Main\n\nA partial for China.\n\n"; string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestTemplateErrors(t *testing.T) {
	ws := loadTestWorkspace(t)
	tests := []struct{ text, want string }{
		{"line one\n  {{nosuch 1}}", `templates/example.md.tmpl:2:5: function "nosuch" not defined: check its spelling; docs/templates.md lists the functions templates can use`},
		{"a\nb {{cite \"nope\"}}", `templates/example.md.tmpl:2:5: cite "nope": no evidence with id "nope"; known ids: usm-delays`},
		{"{{stat \"claim\"}}", `templates/example.md.tmpl:1:3: stat "claim": no statistic with id "claim" (did you mean "claims"?)`},
		{"{{.Submission.Titel}}", `templates/example.md.tmpl:1:14: .Submission.Titel: can't evaluate field Titel in type *workspace.Submission`},
		{"{{$d := dict \"a\" 1}}{{$d.b}}", `templates/example.md.tmpl:1:25: $d.b: map has no entry for key "b"`},
		{"{{quote \"usm-delays\"}} {{withResponse \"rejected\" .Recommendations}}", `templates/example.md.tmpl:1:26: withResponse "rejected" .Recommendations: response "rejected" is not one of: supported, partially supported, noted, pending`},
		{"a\n{{if .Submission}}\nb\n", `templates/example.md.tmpl:2:1: this {{if}} has no {{end}}`},
		{"x {{ 3 }} {{end}}", `templates/example.md.tmpl:1:13: unexpected {{end}}`},
		{"a\n {{len .Recommendations)}}", `templates/example.md.tmpl:2:24: unexpected right paren`},
		{"{{.Submission}", `templates/example.md.tmpl:1:14: bad character U+007D '}'`},
		{"{{len (withTheme \"asylumn\" .Recommendations)}}", `templates/example.md.tmpl:1:8: withTheme "asylumn" .Recommendations: no recommendation has the theme "asylumn", and it is not one of the submission's themes: check its spelling`},
		{"{{env \"HOME\"}}", `templates/example.md.tmpl:1:3: function "env" not defined: check its spelling; docs/templates.md lists the functions templates can use`},
	}
	for _, tc := range tests {
		_, err := execString(t, ws, tc.text)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q:\n got: %v\nwant: %s", tc.text, err, tc.want)
		}
	}
}

// TestNoUnsafeSprig checks that no function reaching the environment, the
// clock, randomness or the network is available to templates.
func TestNoUnsafeSprig(t *testing.T) {
	names := strings.Join(sprigAllowed, " ")
	for _, bad := range []string{"env", "expandenv", "now", "date", "dateInZone", "randAlpha", "randInt", "uuidv4", "getHostByName", "genPrivateKey", "sha256sum", "shuffle", "keys", "values"} {
		if strings.Contains(" "+names+" ", " "+bad+" ") {
			t.Errorf("templates can call %s", bad)
		}
	}
}

// TestReference keeps docs/templates.md in step with the functions.
func TestReference(t *testing.T) {
	testutil.Golden(t, "../../docs/templates.md", []byte(Reference()))
}

// TestExampleWorkspace renders the repository's example submission and
// compares its Markdown with a golden file.
func TestExampleWorkspace(t *testing.T) {
	ws, err := workspace.Load("../..")
	if err != nil {
		t.Fatal(err)
	}
	set, err := Parse(ws)
	if err != nil {
		t.Fatal(err)
	}
	got, err := set.Execute("submission.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, "testdata/example.md.golden", got)
}

// TestCheckRefs reports every missing id in a template, not just the first.
func TestCheckRefs(t *testing.T) {
	ws := loadTestWorkspace(t)
	set, err := Parse(ws)
	if err != nil {
		t.Fatal(err)
	}
	const name = "refs.md.tmpl"
	text := "{{cite \"usm-delays\"}} {{cite \"nope\"}}\n{{if true}}{{(statistic \"clams\").Counts}}{{end}} {{stat \"claims\"}}"
	set.sources[name] = source{file: "templates/" + name, text: text}
	if _, err := set.root.New(name).Parse(text); err != nil {
		t.Fatal(err)
	}
	want := "templates/refs.md.tmpl:1:30: cite \"nope\": no evidence with id \"nope\"; known ids: usm-delays\n" +
		"templates/refs.md.tmpl:2:25: statistic \"clams\": no statistic with id \"clams\" (did you mean \"claims\"?)"
	if err := set.CheckRefs(); err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
}

func TestCheckLabels(t *testing.T) {
	ws := loadTestWorkspace(t)
	set, err := Parse(ws)
	if err != nil {
		t.Fatal(err)
	}
	const name = "labels.md.tmpl"
	text := "A.{{label \"usm\"}}\n\nB.{{label \"usm\"}} see {{paraRef \"usn\"}} and {{paraRef \"other\"}}"
	set.sources[name] = source{file: "templates/" + name, text: text}
	if _, err := set.root.New(name).Parse(text); err != nil {
		t.Fatal(err)
	}
	want := "templates/labels.md.tmpl:3:11: label \"usm\" is used twice (first at templates/labels.md.tmpl:1:11): each paragraph needs its own\n" +
		"templates/labels.md.tmpl:3:33: paraRef \"usn\": no paragraph has this label (did you mean \"usm\"?)\n" +
		"templates/labels.md.tmpl:3:55: paraRef \"other\": no paragraph has this label: add {{label \"other\"}} to the paragraph it means"
	if err := set.CheckRefs(); err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
}
