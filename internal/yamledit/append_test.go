package yamledit

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
	"go.yaml.in/yaml/v4"
)

// newRec is a recommendation as sync adds it from a workbook row: the
// state under review and cycle equal recs.yaml's defaults, the rest not.
var newRec = []Field{
	{"id", Text("r-new")},
	{"paragraph", Text("28.10")},
	{"cycle", Int(4)},
	{"state_under_review", Text("China")},
	{"from", List("Côte d'Ivoire", "Benin")},
	{"text", Text("Adopt a refugee law: one that follows the 1951 Convention, and \"sets up\" an independent procedure with legal aid")},
	{"response", Text("noted")},
	{"themes", List("refugees, asylum seekers", "yes")},
	{"updated", Date("2025-03")},
}

func TestAppendRecommendation(t *testing.T) {
	recs, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, src string
		fields    []Field
	}{
		{"append-rec", string(recs), newRec},
		{"append-rec-crlf", "recommendations:\r\n  - id: a\r\n    text: one\r\n", newRec[:3]},
		{"append-rec-empty-list", "defaults:\n  cycle: 4\n\nrecommendations:   # none yet\n", newRec},
		{"append-rec-flow-empty", "recommendations: []\n# end\n", newRec[:3]},
		{"append-rec-no-list", "# header\n\ndefaults:\n  state_under_review: China\n  from: Benin   # one state\n", newRec},
		{"append-rec-tight", "recommendations:\n- id: a\n  text: one\n- id: b\n  text: |-\n    two\n    lines\n", newRec[:6]},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := AppendRecommendation([]byte(c.src), c.fields)
			if err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join("testdata", c.name+".golden"), out)
			if !strings.HasPrefix(string(out), strings.TrimRight(c.src, "\r\n")) && !strings.Contains(c.src, "[]") && !strings.Contains(c.src, "# none") {
				t.Errorf("the text before the new recommendation changed")
			}
			checkReadBackAll(t, out, "r-new", c.fields)
		})
	}
}

// checkReadBackAll decodes out independently, defaults applied as the
// loader does, and compares the recommendation with the fields.
func checkReadBackAll(t *testing.T, out []byte, id string, fields []Field) {
	t.Helper()
	var doc struct {
		Defaults        map[string]any   `yaml:"defaults"`
		Recommendations []map[string]any `yaml:"recommendations"`
	}
	if err := yaml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("the output does not parse: %v", err)
	}
	var rec map[string]any
	for _, r := range doc.Recommendations {
		if r["id"] == id {
			rec = r
		}
	}
	if rec == nil {
		t.Fatalf("no recommendation %q in the output", id)
	}
	for _, f := range fields {
		got, ok := rec[f.Key]
		if !ok {
			got = doc.Defaults[f.Key]
		}
		if s, one := got.(string); one && f.Value.kind == kindList {
			got = []any{s} // a single text is a list of one
		}
		if !sameValue(got, f.Value) {
			t.Errorf("%s reads back as %#v, want %s", f.Key, got, f.Value)
		}
	}
}

// sameValue compares a decoded value with a Value.
func sameValue(got any, v Value) bool {
	switch v.kind {
	case kindText, kindDate:
		return got == v.text
	case kindInt:
		return got == v.num
	case kindList:
		items, _ := got.([]any)
		return slices.EqualFunc(items, v.list, func(a any, b string) bool { return a == b })
	}
	return false
}

func TestAppendItem(t *testing.T) {
	src, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	assessment := []Field{{"year", Int(2025)}, {"status", Text("partially implemented")}, {"note", Text("A draft law was tabled: see the Legislative Council's papers of March 2025, which set out the screening procedure")}}
	for _, c := range []struct{ name, src, id string }{
		{"append-item", string(src), "r-plain"},          // after an item with a comment
		{"append-item-new-list", string(src), "r-block"}, // no list yet
		{"append-item-eof", string(src), "r-last"},       // at the end of the file, no newline
		{"append-item-null", "recommendations:\n  - id: a\n    implementation:   # none yet\n    lead: x\n", "a"},
		{"append-item-flush", "recommendations:\n- id: a\n  implementation:\n  - year: 2024\n    status: not assessed\n\n  - year: 2024\n    status: not implemented\n", "a"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := AppendItem([]byte(c.src), c.id, "implementation", assessment)
			if err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join("testdata", c.name+".golden"), out)
			var doc struct {
				Recommendations []struct {
					ID             string           `yaml:"id"`
					Implementation []map[string]any `yaml:"implementation"`
				} `yaml:"recommendations"`
			}
			if err := yaml.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			for _, r := range doc.Recommendations {
				if r.ID != c.id {
					continue
				}
				last := r.Implementation[len(r.Implementation)-1]
				if last["year"] != 2025 || last["status"] != "partially implemented" || last["note"] != assessment[2].Value.text || len(last) != 3 {
					t.Errorf("the new assessment reads back as %v", last)
				}
			}
		})
	}
}

func TestSetItemField(t *testing.T) {
	src, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, field string
		value       Value
	}{
		{"item-status", "status", Text("partially implemented")},
		{"item-add-note", "note", Text("Some progress: see the note")},
		{"item-remove-evidence", "evidence", Remove()},
		{"item-year", "year", Int(2025)},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := SetItemField(src, "r-plain", "implementation", 0, c.field, c.value)
			if err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join("testdata", c.name+".golden"), out)
			checkOtherLines(t, src, out, c.field)
		})
	}
}

func TestAppendErrors(t *testing.T) {
	src, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a := []Field{{"year", Int(2025)}, {"status", Text("x")}}
	for _, c := range []struct {
		name        string
		run         func() ([]byte, error)
		wantInError string
	}{
		{"rec id taken", func() ([]byte, error) { return AppendRecommendation(src, []Field{{"id", Text("r-last")}}) }, `id "r-last" is already in the file`},
		{"rec no id", func() ([]byte, error) { return AppendRecommendation(src, []Field{{"text", Text("x")}}) }, "no id"},
		{"rec field twice", func() ([]byte, error) {
			return AppendRecommendation(src, []Field{{"id", Text("n")}, {"text", Text("x")}, {"text", Text("y")}})
		}, "text is given twice"},
		{"rec removal", func() ([]byte, error) {
			return AppendRecommendation(src, []Field{{"id", Text("n")}, {"lead", Remove()}})
		}, "no field to remove"},
		{"rec bad utf-8", func() ([]byte, error) { return AppendRecommendation(src, []Field{{"id", Text("n\xff")}}) }, "not valid UTF-8"},
		{"rec not a list", func() ([]byte, error) {
			return AppendRecommendation([]byte("recommendations: none\n"), []Field{{"id", Text("n")}})
		}, "not a list"},
		{"rec flow item last", func() ([]byte, error) {
			return AppendRecommendation([]byte("recommendations:\n  - {id: a}\n"), []Field{{"id", Text("n")}})
		}, "{...} form"},
		{"item flow list", func() ([]byte, error) {
			return AppendItem([]byte("recommendations:\n  - id: a\n    implementation: [{year: 2024}]\n"), "a", "implementation", a)
		}, "not a list of"},
		{"item no rec", func() ([]byte, error) { return AppendItem(src, "nope", "implementation", a) }, `no recommendation has id "nope"`},
		{"item no fields", func() ([]byte, error) { return AppendItem(src, "r-plain", "implementation", nil) }, "no fields"},
		{"set item out of range", func() ([]byte, error) { return SetItemField(src, "r-plain", "implementation", 1, "status", Text("x")) }, "no item number 2"},
		{"set item no list", func() ([]byte, error) { return SetItemField(src, "r-block", "implementation", 0, "status", Text("x")) }, "has no implementation"},
		{"set item scalar", func() ([]byte, error) { return SetItemField(src, "r-plain", "affected_groups", 0, "status", Text("x")) }, "not a set of key: value lines"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := c.run()
			if err == nil {
				t.Fatalf("no error; output:\n%s", out)
			}
			if !strings.Contains(err.Error(), c.wantInError) {
				t.Errorf("error %q does not say %q", err, c.wantInError)
			}
		})
	}
}

func TestDefaultsFit(t *testing.T) {
	src := []byte("defaults:\n  state_under_review: China\n  cycle: 4\n  from: Philippines\n  response: pending\nrecommendations:\n")
	fit, err := DefaultsFit(src, []Field{{"cycle", Int(4)}, {"from", List("Philippines")}, {"response", Text("noted")}})
	if err != nil {
		t.Fatal(err)
	}
	want := Fit{Same: []string{"cycle", "from"}, Differ: []string{"response"}, Fill: []string{"state_under_review"}}
	if !slices.Equal(fit.Same, want.Same) || !slices.Equal(fit.Differ, want.Differ) || !slices.Equal(fit.Fill, want.Fill) {
		t.Errorf("DefaultsFit = %+v, want %+v", fit, want)
	}
}
