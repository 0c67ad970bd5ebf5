package pdf

import (
	"github.com/upr-tools/submit/internal/layout"
)

// printed calls fn with every piece of the caller's text Render prints, in
// reading order: the cover, the running header, the fixed wording, the body
// and its footnotes, the annex and its footnotes. style is what the writer
// adds to the runs' own styles (bold in headings and table headers). The
// document information (title, author…) is not printed and not visited.
func printed(doc *layout.Document, opts Options, words Text, fn func(in []layout.Inline, style layout.Style)) {
	text := func(s string, style layout.Style) {
		fn([]layout.Inline{{Text: s}}, style)
	}
	cv := opts.Cover
	text(cv.Title, layout.Bold)
	for _, l := range cv.Lines {
		text(l, 0)
	}
	for _, o := range cv.Organisations {
		text(o.Name, layout.Bold)
		text(o.Acronym, layout.Bold)
		text(o.Description, 0)
		text(o.Contact, 0)
		text(o.Website, 0)
	}
	text(cv.Date, 0)
	text(opts.Header, 0)
	for _, s := range []string{words.Founded, words.WordCount, words.WordCountNoLimit, words.Page} {
		text(s, 0)
	}
	for _, d := range []*layout.Document{doc, opts.Annex} {
		if d == nil {
			continue
		}
		printedBlocks(d.Blocks, fn)
		for _, fn0 := range d.Footnotes {
			fn(fn0.Text, 0)
		}
	}
}

// printedBlocks visits blocks with the styles blocks.go and table.go add.
func printedBlocks(bs []layout.Block, fn func(in []layout.Inline, style layout.Style)) {
	for _, bl := range bs {
		switch v := bl.(type) {
		case layout.Heading:
			fn(v.Text, headingEmphasis(v.Level))
		case layout.Paragraph:
			fn(v.Text, 0)
		case layout.List:
			for _, it := range v.Items {
				printedBlocks(it.Blocks, fn)
			}
		case layout.Quote:
			printedBlocks(v.Blocks, fn)
		case layout.Table:
			for _, c := range v.Header {
				fn(c, layout.Bold)
			}
			for _, r := range v.Rows {
				for _, c := range r {
					fn(c, 0)
				}
			}
		}
	}
}
