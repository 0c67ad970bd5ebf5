package pdf

import (
	"fmt"
	"strconv"
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
	pages  int // total, for the footer
	color  [3]int
}

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
	p.f.SetFont(faces[r.face].family, faces[r.face].style, r.size)
	if r.link != "" {
		p.setColor(linkColor)
	} else {
		p.setColor([3]int{})
	}
	p.f.Text(x, base-r.rise, r.text)
}

// line prints l with its left edge at x and its top at y; each stretch of
// runs with one link becomes one clickable area.
func (p *painter) line(l line, x, y float64) {
	for _, r := range l.runs {
		p.text(r, x+r.x, y+l.base)
	}
	for i := 0; i < len(l.runs); {
		j := i
		for j+1 < len(l.runs) && l.runs[j+1].link == l.runs[i].link {
			j++
		}
		if url := l.runs[i].link; url != "" {
			x0 := x + l.runs[i].x
			p.f.LinkString(x0, y, x+l.runs[j].x+l.runs[j].w-x0, l.h, url)
		}
		i = j + 1
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
			p.f.SetFont(faces[serif].family, "", bodySize) // Bookmark encodes for the current font
			p.f.Bookmark(b.outline, b.level, pl.y)
		}
		for _, lb := range b.labels {
			x := lb.x
			if lb.right {
				x -= lb.run.w
			}
			p.text(lb.run, x, pl.y+b.base)
		}
		if b.paint != nil {
			b.paint(p, pl.y)
		}
	}
	p.notes(pg.notes)
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
		p.f.SetFont(faces[serif].family, "", size)
		p.f.Text(p.geo.left, base, text)
		p.f.SetDrawColor(ruleGrey, ruleGrey, ruleGrey)
		p.f.SetLineWidth(0.2)
		p.f.Line(p.geo.left, base+2.2, p.geo.right, base+2.2)
	}
	footer := "Page " + strconv.Itoa(p.f.PageNo()) + " of " + strconv.Itoa(p.pages)
	w := p.m.width(serif, headerSize, footer)
	p.f.SetFont(faces[serif].family, "", headerSize)
	p.f.Text((p.geo.left+p.geo.right-w)/2, p.geo.bottom+12, footer)
	p.setColor([3]int{})
}
