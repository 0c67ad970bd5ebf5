package layout

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestFromMarkdownRefErrors(t *testing.T) {
	misplaced := func(name string) string {
		return `label "` + name + `" is not in a numbered paragraph: put {{label "` + name + `"}} in a body paragraph`
	}
	unknown := func(name string) string {
		return `reference to paragraph label "` + name + `", which no paragraph has: add {{label "` + name + `"}} to the paragraph it means`
	}
	tests := []struct {
		name  string
		md    string
		kinds []RefErrorKind
		msgs  []string // each error's message, in order
	}{
		{"label in heading", "# Title[](label:h)\n", []RefErrorKind{MisplacedLabel}, []string{misplaced("h")}},
		{"label in list item", "- item[](label:li)\n", []RefErrorKind{MisplacedLabel}, []string{misplaced("li")}},
		{"label in loose list item", "- a[](label:li)\n\n- b\n", []RefErrorKind{MisplacedLabel}, []string{misplaced("li")}},
		{"label in quote", "> quoted[](label:q)\n", []RefErrorKind{MisplacedLabel}, []string{misplaced("q")}},
		{"label in table", "| a |\n|---|\n| b[](label:t) |\n", []RefErrorKind{MisplacedLabel}, []string{misplaced("t")}},
		{"label in footnote", "Text.[^1]\n\n[^1]: Note.[](label:fn)\n", []RefErrorKind{MisplacedLabel}, []string{misplaced("fn")}},
		{"label alone is an empty paragraph", "[](label:alone)\n", []RefErrorKind{MisplacedLabel}, []string{misplaced("alone")}},
		{"reference to a misplaced label is not reported again", "- item[](label:li)\n\nSee [](ref:li).\n",
			[]RefErrorKind{MisplacedLabel}, []string{misplaced("li")}},
		{"duplicate label", "One.[](label:x)\n\nTwo.[](label:x)\n", []RefErrorKind{DuplicateLabel},
			[]string{`label "x" is on paragraphs 1 and 2: give each paragraph its own label`}},
		{"two labels on one paragraph", "One.[](label:x)[](label:y)\n", []RefErrorKind{SecondLabel},
			[]string{`paragraph 1 has two labels, "x" and "y": keep one and refer to it`}},
		{"unknown label, reported once", "See [](ref:nope) and [](ref:nope).\n", []RefErrorKind{UnknownLabel}, []string{unknown("nope")}},
		{"unknown label in a footnote", "Text.[^1]\n\n[^1]: See [](ref:nope).\n", []RefErrorKind{UnknownLabel}, []string{unknown("nope")}},
		{"bad label name", "One.[](label:a/b)\n", []RefErrorKind{BadName},
			[]string{`label "a/b" is not a valid name: use only letters, digits, "_", "." and "-"`}},
		{"empty label name", "One.[](label:)\n", []RefErrorKind{BadName},
			[]string{`label "" is not a valid name: use only letters, digits, "_", "." and "-"`}},
		{"bad reference name", "See [](ref:é).\n", []RefErrorKind{BadName},
			[]string{`paragraph reference "é" is not a valid name: use only letters, digits, "_", "." and "-"`}},
		{"reference with text", "One.[](label:x) See [para. 1](ref:x).\n", []RefErrorKind{LinkText},
			[]string{`paragraph reference "x" has text between its brackets: write [](ref:x), with nothing between them`}},
		{"label with text", "One [here](label:x).\n", []RefErrorKind{LinkText},
			[]string{`label "x" has text between its brackets: write [](label:x), with nothing between them`}},
		{"all errors collected in reading order",
			"# H[](label:h)\n\nSee [](ref:a) and [](ref:b).[^1]\n\n> [](label:q) q\n\n[^1]: [](ref:c)\n",
			[]RefErrorKind{MisplacedLabel, MisplacedLabel, UnknownLabel, UnknownLabel, UnknownLabel},
			[]string{misplaced("h"), misplaced("q"), unknown("a"), unknown("b"), unknown("c")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromMarkdown([]byte(tt.md))
			if err == nil {
				t.Fatalf("no error; got\n%s", Dump(doc))
			}
			if doc != nil {
				t.Errorf("a Document came back with the error:\n%s", Dump(doc))
			}
			var kinds []RefErrorKind
			var msgs []string
			for _, e := range unjoin(err) {
				var re *RefError
				if !errors.As(e, &re) {
					t.Fatalf("error %q is not a *RefError", e)
				}
				kinds = append(kinds, re.Kind)
				msgs = append(msgs, re.Error())
			}
			if !reflect.DeepEqual(kinds, tt.kinds) {
				t.Errorf("kinds %v, want %v", kinds, tt.kinds)
			}
			if !reflect.DeepEqual(msgs, tt.msgs) {
				t.Errorf("messages\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(tt.msgs, "\n"))
			}
			if err.Error() != strings.Join(tt.msgs, "\n") {
				t.Errorf("Error() = %q", err)
			}
		})
	}
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestRefErrorFields(t *testing.T) {
	_, err := FromMarkdown([]byte("See [](ref:later).\n"))
	var re *RefError
	if !errors.As(err, &re) {
		t.Fatalf("err = %v, want a *RefError", err)
	}
	want := RefError{Kind: UnknownLabel, Label: "later", Ref: true, Msg: re.Msg}
	if *re != want {
		t.Errorf("got %+v, want %+v", *re, want)
	}
}

func TestFromMarkdownRefs(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want []Inline // runs of the last block, a paragraph
	}{
		{"backward", "A.[](label:a)\n\nSee [](ref:a).", []Inline{{Text: "See "}, {Text: "1", Para: 1}, {Text: "."}}},
		{"forward", "Before.\n\n- See [](ref:b) and [](ref:b).\n\nB.[](label:b)\n\nSee [](ref:b).",
			[]Inline{{Text: "See "}, {Text: "2", Para: 2}, {Text: "."}}},
		{"own paragraph", "Here, para. [](ref:me).[](label:me)", []Inline{{Text: "Here, para. "}, {Text: "1", Para: 1}, {Text: "."}}},
		{"label between words prints nothing", "a[](label:a) b", []Inline{{Text: "a b"}}},
		{"styles apply", "A.[](label:a)\n\n***[](ref:a)***", []Inline{{Text: "1", Para: 1, Style: Bold | Italic}}},
		{"adjacent references stay apart", "A.[](label:a)\n\n[](ref:a)[](ref:a)", []Inline{{Text: "1", Para: 1}, {Text: "1", Para: 1}}},
		{"reference-style link", "A.[](label:a)\n\n[][r]\n\n[r]: ref:a", []Inline{{Text: "1", Para: 1}}},
		{"other schemes are links", "[x](labels:a)", []Inline{{Text: "x", Link: "labels:a"}}},
		{"code is literal", "`[](ref:a)`", []Inline{{Text: "[](ref:a)", Style: Code}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromMarkdown([]byte(tt.md))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc)
			p, ok := doc.Blocks[len(doc.Blocks)-1].(Paragraph)
			if !ok || !equalRuns(p.Text, tt.want) {
				t.Errorf("got\n%s\nwant last paragraph runs %+v", Dump(doc), tt.want)
			}
		})
	}
}

func TestHeadingIDLeavesOutReferences(t *testing.T) {
	doc, err := FromMarkdown([]byte("## See para. [](ref:a)\n\nA.[](label:a)\n"))
	if err != nil {
		t.Fatal(err)
	}
	if h := doc.Blocks[0].(Heading); h.ID != "see-para" || PlainText(h.Text) != "See para. 1" {
		t.Errorf("heading ID %q, text %q", h.ID, PlainText(h.Text))
	}
}

func TestValidLabel(t *testing.T) {
	for name, want := range map[string]bool{
		"usm-flaws": true, "a.b_c-9": true, "X": true,
		"": false, "a b": false, "é": false, "a/b": false, "a:b": false,
	} {
		if got := ValidLabel(name); got != want {
			t.Errorf("ValidLabel(%q) = %v", name, got)
		}
	}
}
