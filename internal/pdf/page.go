package pdf

import (
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// geometry is the page and its margins, in mm.
type geometry struct {
	w, h                     float64
	left, right, top, bottom float64
}

func pageGeometry(name string) (geometry, error) {
	var g geometry
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "a4":
		g.w, g.h = 210, 297
	case "letter":
		g.w, g.h = 215.9, 279.4
	default:
		return g, fmt.Errorf("page size %q is not supported: use \"A4\" or \"Letter\"", name)
	}
	g.left, g.right = marginMM, g.w-marginMM
	g.top, g.bottom = marginMM, g.h-marginMM
	return g, nil
}

// column is the text column: right of the hanging paragraph numbers.
func (g geometry) column() (x, w float64) {
	return g.left + indentMM, g.right - g.left - indentMM
}

// painter draws planned pages with fpdf.
type painter struct {
	f      *fpdf.Fpdf
	m      *metrics
	geo    geometry
	header string
	footer string // format of "Page N of M"
	pages  int    // total, for the footer
	color  [3]int
	// links are the fpdf link of each body paragraph that has a box
	// (targets), made when first referred to or reached.
	targets map[int]bool
	links   map[int]int
	// fontState is where each font stands: embedded when first used (or
	// early, see prepareDocument), so that a face the document never sets
	// (bold italic, mono…) costs neither loading nor a subset in the file.
	fontState []fontState
	err       error // the first font that failed to embed
	// cur is the font and size last selected: fpdf writes a font change
	// into the page even when nothing changes, once per run of text.
	cur struct {
		set  bool
		font uint8
		size float64
	}
}

// setFont selects font fi at size pt, embedding it on first use.
func (p *painter) setFont(fi uint8, size float64) {
	if p.cur.set && p.cur.font == fi && p.cur.size == size {
		return // fpdf keeps the selection from page to page
	}
	p.cur.set, p.cur.font, p.cur.size = true, fi, size
	fc := p.m.fonts.files[fi]
	if p.fontState == nil {
		p.fontState = make([]fontState, len(p.m.fonts.files))
	}
	st := p.fontState[fi]
	if st == fontNew {
		if err := loadFont(p.f, fc); err != nil && p.err == nil {
			p.err = err
		}
	}
	p.fontState[fi] = fontSelected
	p.f.SetFont(fc.family, fc.style, size)
	// Selecting the face is what surfaces a font that did not load.
	if err := p.f.Error(); st != fontSelected && err != nil && p.err == nil {
		p.err = fmt.Errorf("embedding font %s: %w", fc.name, err)
	}
}

// fontState is how far a font has got into the document.
type fontState uint8

const (
	fontNew      fontState = iota // not given to fpdf
	fontLoaded                    // given to fpdf, never selected
	fontSelected                  // selected at least once
)

func (p *painter) setColor(c [3]int) {
	if c != p.color {
		p.f.SetTextColor(c[0], c[1], c[2])
		p.color = c
	}
}

// text prints r with its left end at x and the line's baseline at base.
func (p *painter) text(r run, x, base float64) {
	if r.text == "" {
		return
	}
	p.setFont(r.font, r.size)
	if r.link != "" {
		p.setColor(linkColor)
	} else {
		p.setColor([3]int{})
	}
	p.f.Text(x, base-r.rise, r.text)
}

// line prints l with its left edge at x and its top at y; each stretch of
// runs with one link, or one paragraph reference, becomes one clickable
// area.
func (p *painter) line(l line, x, y float64) {
	for _, r := range l.runs {
		p.text(r, x+r.x, y+l.base)
	}
	for i := 0; i < len(l.runs); {
		j := i
		for j+1 < len(l.runs) && l.runs[j+1].link == l.runs[i].link && l.runs[j+1].para == l.runs[i].para {
			j++
		}
		x0 := x + l.runs[i].x
		w := x + l.runs[j].x + l.runs[j].w - x0
		switch first := l.runs[i]; {
		case first.link != "":
			p.f.LinkString(x0, y, w, l.h, first.link)
		case first.para > 0 && p.targets[first.para]:
			p.f.Link(x0, y, w, l.h, p.link(first.para))
		}
		i = j + 1
	}
}

// labels draws a box's labels on its first baseline.
func (p *painter) labels(b *box, y float64) {
	for _, lb := range b.labels {
		x := lb.x
		if lb.right {
			x -= lb.w
		}
		for _, r := range lb.runs {
			p.text(r, x+r.x, y+b.base)
		}
	}
}

// page draws one planned page; body pages get the running header, the
// footer and the notes area.
func (p *painter) page(pg *page, body bool) error {
	p.f.AddPage()
	p.f.SetTextColor(0, 0, 0)
	p.color = [3]int{}
	if body {
		p.furniture()
	}
	for _, pl := range pg.boxes {
		b := pl.b
		if len(b.rules) > 0 {
			top := pl.y
			if b.joinRules {
				top -= pl.gap
			}
			p.f.SetDrawColor(ruleGrey, ruleGrey, ruleGrey)
			p.f.SetLineWidth(0.5)
			for _, x := range b.rules {
				p.f.Line(x, top, x, pl.y+b.h)
			}
		}
		if b.outline != "" {
			p.setFont(0, bodySize) // Bookmark encodes for the current font
			p.f.Bookmark(b.outline, b.level, pl.y)
		}
		if b.target > 0 {
			p.f.SetLink(p.link(b.target), pl.y, p.f.PageNo())
		}
		p.labels(b, pl.y)
		if b.paint != nil {
			b.paint(p, pl.y)
		}
	}
	p.notes(pg.notes)
	if p.err != nil {
		return p.err
	}
	if err := p.f.Error(); err != nil {
		return fmt.Errorf("drawing page %d: %w", p.f.PageNo(), err)
	}
	return nil
}

// furniture draws the running header and the "Page N of M" footer. The
// total is known before drawing (every page is planned first), so it is
// printed as it is: fpdf's page-count alias would also replace "{nb}"
// written in the user's text.
func (p *painter) furniture() {
	p.setColor([3]int{headGrey, headGrey, headGrey})
	if p.header != "" {
		text, size := clean(p.header), headerSize
		if w := p.m.width(serif, size, text); w > p.geo.right-p.geo.left {
			size *= (p.geo.right - p.geo.left) / w // a long header shrinks to fit
		}
		base := p.geo.top - 8
		p.plain(serif, size, text, p.geo.left, base)
		p.f.SetDrawColor(ruleGrey, ruleGrey, ruleGrey)
		p.f.SetLineWidth(0.2)
		p.f.Line(p.geo.left, base+2.2, p.geo.right, base+2.2)
	}
	footer := clean(fmt.Sprintf(p.footer, p.f.PageNo(), p.pages))
	w := p.m.width(serif, headerSize, footer)
	p.plain(serif, headerSize, footer, (p.geo.left+p.geo.right-w)/2, p.geo.bottom+12)
	p.setColor([3]int{})
}

// plain prints s in face fc in the current colour, left end at x.
func (p *painter) plain(fc face, size float64, s string, x, base float64) {
	rs, _ := p.m.plainRuns(fc, size, s)
	for _, r := range rs {
		p.setFont(r.font, size)
		p.f.Text(x+r.x, base, r.text)
	}
}
