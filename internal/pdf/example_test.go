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
	// the font Liberation Serif has no glyph for 中 (U+4E2D), 国 (U+56FD) in “… delegation of China (中国) said that the …”: use a font that covers this script (the font setting of submission.yaml) or remove the characters
}

// A font collection cannot be embedded: Render says so, and what to do,
// before reading further.
func ExampleFontError() {
	collection := []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10")
	_, _, err := pdf.Render(&layout.Document{}, pdf.Options{
		Fonts: &pdf.Fonts{Name: "NotoSansCJK-Regular.ttc", Regular: collection},
	})
	var fe *pdf.FontError
	if errors.As(err, &fe) {
		fmt.Println(fe.Font)
	}
	fmt.Println(err)
	// Output:
	// NotoSansCJK-Regular.ttc
	// font NotoSansCJK-Regular.ttc is a font collection (.ttc), which cannot be embedded: extract one font to a .ttf file (for example with fonttools) or use a .ttf font
}

// Text in a script that needs shaping is refused, with the text around it.
func ExampleScriptError() {
	doc := &layout.Document{Blocks: []layout.Block{
		layout.Paragraph{Number: 1, Text: []layout.Inline{{Text: "The delegation quoted the constitution: حرية التعبير مكفولة."}}},
	}}
	_, _, err := pdf.Render(doc, pdf.Options{})
	fmt.Println(err)
	// Output:
	// the text “… the constitution: حرية التعبير مكفولة.” is in Arabic script, which this PDF writer cannot lay out (it needs right-to-left shaping): write it in transliteration, or leave the text out
}

// The annex follows the body on a page of its own; paragraph references
// link to the paragraph; the fixed wording is in the document's language.
func ExampleRender_annex() {
	doc := &layout.Document{Blocks: []layout.Block{
		layout.Paragraph{Number: 1, Text: []layout.Inline{{Text: "Voir le paragraphe "}, {Text: "2", Para: 2}, {Text: "."}}},
		layout.Paragraph{Number: 2, Text: []layout.Inline{{Text: "La Türkiye a accepté la recommandation 28.212."}}},
	}}
	annex := &layout.Document{Blocks: []layout.Block{
		layout.Heading{Level: 1, Text: []layout.Inline{{Text: "Annexe : recommandations"}}},
	}}
	_, res, err := pdf.Render(doc, pdf.Options{
		Meta:  pdf.Meta{Language: "fr"},
		Cover: pdf.Cover{Title: "Liberté d'expression", Words: 2075, WordLimit: 2815},
		Annex: annex,
		Text:  pdf.Text{Founded: "Fondée en %d", WordCount: "Nombre de mots : %s (limite %s)", Page: "Page %d sur %d"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d pages, annex from page %d\n", res.Pages, res.AnnexStart)
	// Output: 3 pages, annex from page 3
}
