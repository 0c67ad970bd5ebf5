package layout_test

import (
	"errors"
	"fmt"

	"github.com/upr-tools/submit/internal/layout"
)

func ExampleFromMarkdown() {
	src := "## II. Refugees and asylum\n\n" +
		"Detention is routine.[^1] See *Annual report* &amp; " + layout.Escape("28.212 (Türkiye) *") + ".\n\n" +
		"[^1]: Ministry of Interior, 2022.\n"
	doc, err := layout.FromMarkdown([]byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(layout.Dump(doc))
	n := layout.Words(doc)
	fmt.Printf("words: %d (body %d, footnotes %d)\n", n.Total(), n.Body, n.Footnotes)
	// Output:
	// heading 2 #ii-refugees-and-asylum
	//   "II. Refugees and asylum"
	// paragraph 1
	//   "Detention is routine."
	//   footnote 1
	//   " See "
	//   italic "Annual report"
	//   " & 28.212 (Türkiye) *."
	// footnotes
	//   footnote 1
	//     "Ministry of Interior, 2022."
	// words: 16 (body 12, footnotes 4)
}

// Templates label a paragraph and refer to it by name; the number is filled
// in once the whole body is numbered, so it stays right when paragraphs move.
func ExampleFromMarkdown_paragraphReferences() {
	src := "Detention is routine (see para. [](ref:budget)).[](label:usm)\n\n" +
		"No budget was allocated.[](label:budget)\n"
	doc, err := layout.FromMarkdown([]byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(layout.Dump(doc))

	_, err = layout.FromMarkdown([]byte("See para. [](ref:budget).\n"))
	var re *layout.RefError
	if errors.As(err, &re) {
		fmt.Printf("%s: %v\n", re.Label, err)
	}
	// Output:
	// paragraph 1 label=usm
	//   "Detention is routine (see para. "
	//   ref->2 "2"
	//   ")."
	// paragraph 2 label=budget
	//   "No budget was allocated."
	// budget: reference to paragraph label "budget", which no paragraph has: add {{label "budget"}} to the paragraph it means
}
