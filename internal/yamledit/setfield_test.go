package yamledit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
	"go.yaml.in/yaml/v4"
)

// editCases run on testdata/recs.yaml; each output is testdata/NAME.golden.
var editCases = []struct {
	name, id, field string
	value           Value
}{
	{"plain", "r-plain", "response", Text("supported")},
	{"plain-needs-quotes", "r-plain", "response", Text("noted: see below")},
	{"plain-number-like", "r-plain", "paragraph", Text("28.212")},
	{"double-quoted", "r-plain", "text", Text(`Respect "the principle" of non-refoulement`)},
	{"single-quoted", "r-plain", "response_source", Text("A/HRC/40/6/Add.1, China's para. 3")},
	{"block", "r-block", "text", Text("Strengthen measures to guarantee the protection of asylum seekers, refugees and victims of trafficking, and their non-refoulement in all cases")},
	{"block-with-comment", "r-plain", "notes", Text("Assessed in 2025: partly done.")},
	{"block-to-quoted", "r-plain", "notes", Text("  leading spaces need quotes")},
	{"flow-list", "r-plain", "themes", List("migrants", "refugees, asylum seekers", "yes")},
	{"block-list", "r-plain", "affected_groups", List("children", "#hashtag")},
	{"block-list-empty", "r-plain", "affected_groups", List()},
	{"empty-value", "r-plain", "lead", Text("Security Bureau")},
	{"int", "r-plain", "action_category", Int(5)},
	{"add", "r-block", "notes", Text("Follow up in 2026")},
	{"add-long", "r-block", "notes", Text("A note long enough to go past the eighty columns of the line, so it goes in a folded block")},
	{"add-multiline", "r-block", "notes", Text("First line\nSecond line")},
	{"add-date", "r-block", "updated", Date("2025-03-01")},
	{"add-control", "r-block", "notes", Text("bell\a and tab\t")},
	{"remove", "r-plain", "response", Remove()},
	{"remove-block", "r-plain", "implementation", Remove()},
	{"remove-first", "r-block", "id", Remove()},
	{"remove-absent", "r-block", "lead", Remove()},
	{"last-change", "r-last", "sdgs", List("10.7")},
	{"last-add", "r-last", "response", Text("noted")},
	{"last-remove", "r-last", "sdgs", Remove()},
}

func TestSetField(t *testing.T) {
	src, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range editCases {
		t.Run(c.name, func(t *testing.T) {
			out, err := SetField(src, c.id, c.field, c.value)
			if err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join("testdata", c.name+".golden"), out)
			checkReadBack(t, out, c.id, c.field, c.value)
			if c.field != "id" {
				checkOtherLines(t, src, out, c.field)
			}
		})
	}
}

// checkReadBack decodes out independently of the package and compares the
// field with what was written.
func checkReadBack(t *testing.T, out []byte, id, field string, v Value) {
	t.Helper()
	var doc struct {
		Recommendations []map[string]any `yaml:"recommendations"`
	}
	if err := yaml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("the output does not parse: %v", err)
	}
	for _, r := range doc.Recommendations {
		if field == "id" || r["id"] != id {
			continue
		}
		got, present := r[field]
		switch v.kind {
		case kindRemove:
			if present {
				t.Errorf("%s is still there: %v", field, got)
			}
		case kindText:
			if got != v.text {
				t.Errorf("%s reads back as %#v, want %q", field, got, v.text)
			}
		case kindInt:
			if got != v.num {
				t.Errorf("%s reads back as %#v, want %d", field, got, v.num)
			}
		case kindList:
			items, _ := got.([]any)
			if len(items) != len(v.list) {
				t.Fatalf("%s reads back as %#v, want %q", field, got, v.list)
			}
			for i := range items {
				if items[i] != v.list[i] {
					t.Errorf("%s[%d] reads back as %#v, want %q", field, i, items[i], v.list[i])
				}
			}
		}
	}
}

// checkOtherLines checks that the input lines that changed are only the
// field's own: its key line and lines indented deeper than it.
func checkOtherLines(t *testing.T, src, out []byte, field string) {
	t.Helper()
	in, got := strings.Split(string(src), "\n"), strings.Split(string(out), "\n")
	pre := 0
	for pre < len(in) && pre < len(got) && in[pre] == got[pre] {
		pre++
	}
	suf := 0
	for suf < len(in)-pre && suf < len(got)-pre && in[len(in)-1-suf] == got[len(got)-1-suf] {
		suf++
	}
	changed := in[pre : len(in)-suf]
	if len(changed) == 0 {
		return
	}
	// The field's key line is the first changed line or, when only its
	// value's lines changed, the nearest less indented line above them.
	key := pre
	if !strings.HasPrefix(strings.TrimLeft(in[pre], " -"), field+":") {
		ind := indentOf([]byte(in[pre]))
		for key = pre - 1; key > 0; key-- {
			l := strings.TrimSpace(in[key])
			if l != "" && !strings.HasPrefix(l, "#") && indentOf([]byte(in[key])) < ind {
				break
			}
		}
	}
	if key < 0 || !strings.HasPrefix(strings.TrimLeft(in[key], " -"), field+":") {
		t.Fatalf("line %d changed but is not part of %s", pre+1, field)
	}
	indent := indentOf([]byte(in[key]))
	for i, l := range changed {
		if pre+i != key && strings.TrimSpace(l) != "" && indentOf([]byte(l)) <= indent {
			t.Errorf("line %d changed but is not part of %s: %q", pre+i+1, field, l)
		}
	}
}

func TestSetFieldErrors(t *testing.T) {
	src, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dup, err := os.ReadFile("testdata/dup.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name        string
		src         []byte
		id, field   string
		value       Value
		wantInError string
	}{
		{"missing id", src, "r-nope", "response", Text("noted"), `no recommendation has id "r-nope"`},
		{"duplicate id", dup, "a", "text", Text("x"), `id "a" appears twice (lines 2 and 4)`},
		{"bad field name", src, "r-plain", "a: b", Text("x"), "not a field name"},
		{"invalid UTF-8", src, "r-plain", "notes", Text("\xff"), "not valid UTF-8"},
		{"bad date", src, "r-plain", "updated", Date("March 2025"), "not a date"},
		{"not YAML", []byte("recommendations: [\n"), "a", "text", Text("x"), "not valid YAML"},
		{"no list", []byte("defaults: {}\n"), "a", "text", Text("x"), "no recommendations: list"},
		{"flow item", []byte("recommendations:\n  - {id: a, text: b}\n"), "a", "text", Text("x"), "{...} form"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := SetField(c.src, c.id, c.field, c.value)
			if err == nil {
				t.Fatalf("no error; output:\n%s", out)
			}
			if !strings.Contains(err.Error(), c.wantInError) {
				t.Errorf("error %q does not say %q", err, c.wantInError)
			}
		})
	}
}

// TestCRLF checks that a file with Windows line ends keeps them.
func TestCRLF(t *testing.T) {
	src := []byte("recommendations:\r\n  - id: a\r\n    text: one\r\n  - id: b\r\n    text: two")
	for _, c := range []struct {
		id, field string
		v         Value
		want      string
	}{
		{"a", "notes", Text("x\ny"), "recommendations:\r\n  - id: a\r\n    text: one\r\n    notes: |-\r\n      x\r\n      y\r\n  - id: b\r\n    text: two"},
		{"a", "text", List("p", "q"), "recommendations:\r\n  - id: a\r\n    text: [p, q]\r\n  - id: b\r\n    text: two"},
		{"b", "text", Remove(), "recommendations:\r\n  - id: a\r\n    text: one\r\n  - id: b"},
	} {
		out, err := SetField(src, c.id, c.field, c.v)
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != c.want {
			t.Errorf("%s %s: got %q, want %q", c.id, c.field, out, c.want)
		}
	}
}

// TestDocumentEnd checks edits of the last recommendation when something
// follows the list: another top-level key, or another document.
func TestDocumentEnd(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"key after", "recommendations:\n  - id: a\n    text: one\n\n# about other\nother: x\n",
			"recommendations:\n  - id: a\n    text: one\n    notes: fine\n\n# about other\nother: x\n"},
		{"document after", "recommendations:\n  - id: a\n    text: one\n---\nother: x\n",
			"recommendations:\n  - id: a\n    text: one\n    notes: fine\n---\nother: x\n"},
		{"comment at end", "recommendations:\n  - id: a\n    text: one\n  # the end\n",
			"recommendations:\n  - id: a\n    text: one\n    notes: fine\n  # the end\n"},
	} {
		out, err := SetField([]byte(c.src), "a", "notes", Text("fine"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if string(out) != c.want {
			t.Errorf("%s: got %q, want %q", c.name, out, c.want)
		}
	}
}
