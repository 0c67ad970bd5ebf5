package pdf_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/pdf"
)

func ExampleRender() {
	doc := &layout.Document{
		Blocks: []layout.Block{
			layout.Heading{Level: 1, Text: []layout.Inline{{Text: "I. Introduction"}}},
			layout.Paragraph{Number: 1, Text: []layout.Inline{
				{Text: "Türkiye supported recommendation "},
				{Text: "28.212", Style: layout.Code},
				{Text: "."},
				{Footnote: 1},
			}},
		},
		Footnotes: []layout.Footnote{{Number: 1, Text: []layout.Inline{{Text: "A/HRC/40/6, para. 28.212."}}}},
	}
	data, res, err := pdf.Render(doc, pdf.Options{
		Meta:    pdf.Meta{Title: "Freedom of expression in Türkiye", Language: "en"},
		Cover:   pdf.Cover{Title: "Freedom of expression in Türkiye", Date: "14 March 2025", Words: 9, WordLimit: 2815},
		Created: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
		Header:  "JS1",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s, %d pages\n", data[:8], res.Pages)
	// Output: %PDF-1.3, 2 pages
}

// Characters the embedded fonts cannot print stop Render before anything is
// laid out, with the text around the first of them.
func ExampleMissingGlyphError() {
	doc := &layout.Document{Blocks: []layout.Block{
		layout.Paragraph{Number: 1, Text: []layout.Inline{{Text: "The delegation of China (中国) said that the recommendation was noted."}}},
	}}
	_, _, err := pdf.Render(doc, pdf.Options{})
	var mg *pdf.MissingGlyphError
	if errors.As(err, &mg) {
		fmt.Printf("%q in %s\n", mg.Chars, mg.Font)
	}
	fmt.Println(err)
	// Output:
	// ['中' '国'] in Liberation Serif
	// the font Liberation Serif has no glyph for 中 (U+4E2D), 国 (U+56FD) in “… delegation of China (中国) said that the …”: use a font that covers this script (a font setting is planned) or remove the characters
}
