package pdf

// Paragraph references ("see para. 12") link to the top of the paragraph:
// its first line, on the page it starts on. The run keeps the text colour,
// as printed documents show no links; on screen it is clickable.

// targets lists the body paragraphs that have a place on a page, for
// references to link to.
func targets(pages []*page) map[int]bool {
	out := map[int]bool{}
	for _, pg := range pages {
		for _, pl := range pg.boxes {
			if pl.b.target > 0 {
				out[pl.b.target] = true
			}
		}
	}
	return out
}

// link is the fpdf link to body paragraph n; fpdf resolves it when writing
// the file, so a reference may come before its paragraph.
func (p *painter) link(n int) int {
	id, ok := p.links[n]
	if !ok {
		id = p.f.AddLink()
		p.links[n] = id
	}
	return id
}
