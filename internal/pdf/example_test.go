package pdf_test

import (
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
