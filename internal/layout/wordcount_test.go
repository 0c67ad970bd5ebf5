package layout

import (
	"reflect"
	"testing"
)

func TestCountWords(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"   \t\n ", 0},
		{"one", 1},
		{"22,744 persons", 2},
		{"recommendation 28.212 (Tunisia);", 3},
		{"non-refoulement", 1},
		{"l'État", 1},
		{"a – b", 2},
		{"–", 0},
		{"— … « » ( ) ;", 0},
		{"(a)", 1},
		{"Côte d'Ivoire", 2},
		{"中国", 1},
		{"2024", 1},
		{"word\u00a0word", 2}, // a no-break space separates words
	}
	for _, tt := range tests {
		if got := countWords(tt.text); got != tt.want {
			t.Errorf("countWords(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want Count
	}{
		{
			name: "empty",
			md:   "",
			want: Count{},
		},
		{
			name: "text before the first heading",
			md:   "Two words.\n\n# I. Introduction\n\nThree more words.\n",
			want: Count{Body: 7, Sections: []Section{
				{Title: "", Words: 2},
				{Title: "I. Introduction", Words: 5},
			}},
		},
		{
			name: "level-3 headings stay in their section",
			md:   "## A\n\none\n\n### B\n\ntwo\n\n## C\n\nthree\n",
			want: Count{Body: 6, Sections: []Section{
				{Title: "A", Words: 4},
				{Title: "C", Words: 2},
			}},
		},
		{
			name: "lists quotes and tables count",
			md: "- one two\n- three\n\n> four five\n\n" +
				"| Head one | Head |\n|---|---|\n| 22,744 | – |\n",
			want: Count{Body: 9, Sections: []Section{{Title: "", Words: 9}}},
		},
		{
			name: "footnotes count in the section of their first reference",
			md: "# One\n\nText.[^a] More.[^b]\n\n# Two\n\nAgain.[^a][^c]\n\n" +
				"[^a]: Note a has five words.\n[^b]: Note b.[^d]\n[^c]: Three words here.\n[^d]: Nested note, four words.\n",
			// Body: "One" "Text." "More." = 3; "Two" "Again." = 2.
			// Notes: a 5, b 2, c 3, d 4 (cited from b, so section One).
			want: Count{Body: 5, Footnotes: 14, Sections: []Section{
				{Title: "One", Words: 3 + 5 + 2 + 4},
				{Title: "Two", Words: 2 + 3},
			}},
		},
		{
			name: "marks and breaks separate words",
			md:   "end[^a]start  \nnext\n\n[^a]: n.\n",
			want: Count{Body: 3, Footnotes: 1, Sections: []Section{{Title: "", Words: 4}}},
		},
		{
			name: "a paragraph reference is one word, a label none",
			md:   "Intro text.[](label:a)\n\nSee para. [](ref:a).[^n]\n\n[^n]: Para. [](ref:a)\n",
			want: Count{Body: 5, Footnotes: 2, Sections: []Section{{Title: "", Words: 7}}},
		},
		{
			name: "code, links and emphasis are words",
			md:   "`code span` [a link](http://x.org) **bold** www.example.org\n",
			want: Count{Body: 6, Sections: []Section{{Title: "", Words: 6}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromMarkdown([]byte(tt.md))
			if err != nil {
				t.Fatal(err)
			}
			got := Words(doc)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Words = %+v, want %+v\n%s", got, tt.want, Dump(doc))
			}
			sum := 0
			for _, s := range got.Sections {
				sum += s.Words
			}
			if sum != got.Total() {
				t.Errorf("sections add up to %d, Total() = %d", sum, got.Total())
			}
		})
	}
}

func TestWordsNil(t *testing.T) {
	if got := Words(nil); !reflect.DeepEqual(got, Count{}) {
		t.Errorf("Words(nil) = %+v", got)
	}
}
