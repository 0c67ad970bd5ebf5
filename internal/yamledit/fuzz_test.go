package yamledit

import (
	"os"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// FuzzSetField writes arbitrary texts into fields of every style and checks
// that the result parses and reads back as the text.
func FuzzSetField(f *testing.F) {
	src, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "yes", "28.10", "- a", "a: b", "a #b", " x ", "a\nb", "a\n\nb\n", "\x00\u2028\uFEFF", "'\"\\", "[a, b]", "#", "null", "2024-01-01"} {
		f.Add(s, uint8(0))
	}
	fields := []struct{ id, field string }{
		{"r-plain", "response"},        // plain, comment after
		{"r-plain", "text"},            // double-quoted
		{"r-plain", "response_source"}, // single-quoted
		{"r-plain", "notes"},           // >- block with a comment
		{"r-plain", "lead"},            // empty
		{"r-block", "notes"},           // absent
		{"r-last", "sdgs"},             // flow list at the end of the file
		{"r-plain", "affected_groups"}, // block list
	}
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		c := fields[int(which)%len(fields)]
		v := Text(s)
		if c.field == "sdgs" || c.field == "affected_groups" {
			v = List(s, s+"x")
		}
		out, err := SetField(src, c.id, c.field, v)
		if !utf8.ValidString(s) {
			if err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Recommendations []map[string]any `yaml:"recommendations"`
		}
		if err := yaml.Unmarshal(out, &doc); err != nil {
			t.Fatalf("output does not parse: %v\n%s", err, out)
		}
		for _, r := range doc.Recommendations {
			if r["id"] != c.id {
				continue
			}
			if v.kind == kindText && r[c.field] != s {
				t.Fatalf("%s reads back as %#v, want %q", c.field, r[c.field], s)
			}
			if items, _ := r[c.field].([]any); v.kind == kindList && (len(items) != 2 || items[0] != s || items[1] != s+"x") {
				t.Fatalf("%s reads back as %#v, want %q", c.field, r[c.field], v.list)
			}
		}
	})
}

// FuzzSetFieldSource edits arbitrary files: SetField must never panic, and
// whatever it returns must parse with the new value in place.
func FuzzSetFieldSource(f *testing.F) {
	for _, name := range []string{"testdata/recs.yaml", "testdata/dup.yaml", "../../recommendations/china-cycle3.yaml"} {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, "r-plain", "notes", "a note", false)
		f.Add(src, "c3-28.174", "from", "Benin", true)
	}
	f.Add([]byte("recommendations:\n- id: a\n  text: |+\n    x\n\n  # c\n"), "a", "text", "y", false)
	f.Add([]byte("recommendations:\n  -\n    id: a\n    from: &x [a]\n  - id: b\n    from: *x\n"), "a", "from", "y", true)
	f.Fuzz(func(t *testing.T, src []byte, id, field, text string, list bool) {
		v := Text(text)
		if list {
			v = List(text)
		}
		out, err := SetField(src, id, field, v)
		if err != nil {
			return
		}
		var doc struct {
			Recommendations []map[string]any `yaml:"recommendations"`
		}
		if err := yaml.Unmarshal(out, &doc); err != nil {
			t.Fatalf("output does not parse: %v\n%s", err, out)
		}
	})
}

// FuzzAppend appends items holding arbitrary texts to the test file: each
// must read back as written, defaults applied.
func FuzzAppend(f *testing.F) {
	src, err := os.ReadFile("testdata/recs.yaml")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "yes", "28.10", "- a", "a: b", "a #b", " x ", "a\nb", "a\n\nb\n", "\x00\u2028\uFEFF", "'\"\\", "[a, b]", "#", "null", "=1+2", "China"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fields := []Field{{"id", Text("n-" + s)}, {"text", Text(s)}, {"state_under_review", Text(s)}, {"from", List(s, s+"x")}}
		out, err := AppendRecommendation(src, fields)
		if !utf8.ValidString(s) {
			if err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		checkReadBackAll(t, out, "n-"+s, fields)
		note := []Field{{"year", Int(2025)}, {"note", Text(s)}}
		for _, id := range []string{"r-plain", "r-block", "r-last", "n-" + s} {
			if _, err := AppendItem(out, id, "implementation", note); err != nil {
				t.Fatalf("%s: %v", id, err)
			}
		}
	})
}

// FuzzAppendSource appends to arbitrary files: never a panic, and whatever
// is returned parses with one more recommendation.
func FuzzAppendSource(f *testing.F) {
	for _, name := range []string{"testdata/recs.yaml", "testdata/dup.yaml", "../../recommendations/china-cycle4.yaml"} {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, "r-plain")
	}
	f.Add([]byte("recommendations:\n- id: a\n  implementation:\n  -\n    year: 1\n"), "a")
	f.Add([]byte("defaults: {cycle: 1}\nrecommendations: []\n---\nx: 1\n"), "a")
	f.Fuzz(func(t *testing.T, src []byte, id string) {
		if out, err := AppendRecommendation(src, []Field{{"id", Text("zz-new")}, {"text", Text("x")}}); err == nil {
			var doc struct {
				Recommendations []any `yaml:"recommendations"`
			}
			err := yaml.Unmarshal(out, &doc)
			var last map[string]any
			if n := len(doc.Recommendations); n > 0 {
				last, _ = doc.Recommendations[n-1].(map[string]any)
			}
			if err != nil || last["id"] != "zz-new" {
				t.Fatalf("output does not read back: %v\n%s", err, out)
			}
		}
		if out, err := AppendItem(src, id, "implementation", []Field{{"year", Int(2025)}}); err == nil {
			if err := yaml.Unmarshal(out, new(any)); err != nil {
				t.Fatalf("output does not parse: %v\n%s", err, out)
			}
		}
		_, _ = SetItemField(src, id, "implementation", 0, "status", Text("x"))
	})
}
