package pdf

import (
	"fmt"
	"strings"

	"github.com/upr-tools/submit/internal/layout"
)

// The cover page: title, the review's lines, every organisation with its
// acronym, description, founding year, contact and website, then the date
// and the word count, its numbers grouped as the document's language groups
// them, in the wording of Options.Text. It has no running header and no
// page number.

const coverDrop = 20.0 // mm the title stands below the top margin

func (b *builder) cover(cv Cover, lang string, words Text) []*box {
	left, width := b.geo.left, b.geo.right-b.geo.left
	text := func(s string, st textStyle, link string, keep bool) {
		in := []layout.Inline{{Text: s, Link: link}}
		ls := b.m.lines(in, st, width)
		start := len(b.boxes)
		b.textLines(ls, left, ctx{})
		for _, bx := range b.boxes[start:] {
			bx.keep = bx.keep || keep
		}
	}
	title := textStyle{size: 22, lead: 1.15, style: layout.Bold, align: alignLeft}
	big := textStyle{size: 13, lead: 1.3, align: alignLeft}
	small := textStyle{size: 11, lead: 1.3, align: alignLeft}
	name := small
	name.style = layout.Bold
	name.size = 12

	if t := strings.TrimSpace(cv.Title); t != "" {
		text(t, title, "", true)
	}
	b.space(10)
	for _, l := range cv.Lines {
		text(l, big, "", false)
		b.space(2)
	}
	b.space(22)
	b.hrule(left, width, 0.4)
	b.space(14)
	for _, o := range cv.Organisations {
		head := strings.TrimSpace(o.Name)
		if a := strings.TrimSpace(o.Acronym); a != "" {
			head += " (" + a + ")"
		}
		var rest []func(keep bool)
		if d := strings.TrimSpace(o.Description); d != "" {
			rest = append(rest, func(k bool) { text(d, small, "", k) })
		}
		if o.Founded > 0 {
			rest = append(rest, func(k bool) { text(fmt.Sprintf(words.Founded, o.Founded), small, "", k) })
		}
		if ct := strings.TrimSpace(o.Contact); ct != "" {
			rest = append(rest, func(k bool) { text(ct, small, "", k) })
		}
		if w := strings.TrimSpace(o.Website); w != "" {
			rest = append(rest, func(k bool) { text(w, small, webURL(w), k) })
		}
		// An organisation's entry stays on one page.
		text(head, name, "", len(rest) > 0)
		b.space(1)
		for i, f := range rest {
			f(i < len(rest)-1)
		}
		b.space(12)
	}
	b.space(10)
	b.hrule(left, width, 0.4)
	b.space(10)
	if d := strings.TrimSpace(cv.Date); d != "" {
		text(d, small, "", true)
	}
	has := func(r rune) bool { return b.m.fonts.has(serif, r) }
	count := fmt.Sprintf(words.WordCountNoLimit, formatCount(lang, cv.Words, has))
	if cv.WordLimit > 0 {
		count = fmt.Sprintf(words.WordCount, formatCount(lang, cv.Words, has), formatCount(lang, cv.WordLimit, has))
	}
	text(count, small, "", false)
	return b.boxes
}

// webURL makes a website written without a scheme ("example.org") a link.
func webURL(s string) string {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "mailto:") {
		return s
	}
	return "https://" + s
}

// hrule adds a thin horizontal line.
func (b *builder) hrule(x, w, lw float64) {
	h := 1.0
	b.add(&box{h: h, paint: func(p *painter, y float64) {
		p.f.SetDrawColor(ruleGrey, ruleGrey, ruleGrey)
		p.f.SetLineWidth(lw)
		p.f.Line(x, y+h/2, x+w, y+h/2)
	}})
}
