package layout_test

import (
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
