package pdf

// The paginator decides page breaks before anything is drawn, so the number
// of pages is known when the pages are painted.

const eps = 1e-6

// placed is a box at its place on a page.
type placed struct {
	b   *box
	y   float64 // top of the box
	gap float64 // space actually left above it
}

// page is the plan of one page: its boxes and the lines of its notes area.
type page struct {
	boxes []placed
	notes []noteLine
}

// noteLine is one line of a footnote; the first line of a note carries its
// number.
type noteLine struct {
	line
	n     int
	first bool
}

// areaH is the height of a notes area holding ls: a separator and the lines.
func areaH(ls []noteLine) float64 {
	if len(ls) == 0 {
		return 0
	}
	h := noteSep * ptMM
	for i, l := range ls {
		h += l.h
		if i > 0 && l.first {
			h += noteGap * ptMM
		}
	}
	return h
}

type paginator struct {
	top, bottom float64            // body area (mm)
	notes       map[int][]noteLine // the set lines of every footnote
	pages       []*page
	cur         *page
	y           float64
	seen        map[int]bool // notes placed or carried
	carry       []noteLine   // lines of a note continued on the next page
}

func newPaginator(top, bottom float64, notes map[int][]noteLine) *paginator {
	return &paginator{top: top, bottom: bottom, notes: notes, seen: map[int]bool{}}
}

// paginate lays boxes out on pages. It never backtracks: a group of boxes
// tied by keep goes on the current page if it fits there with the notes it
// references, otherwise on a new page.
func (p *paginator) paginate(boxes []*box) []*page {
	boxes = append([]*box(nil), boxes...) // split rows are written back
	p.newPage(false)
	for i := 0; i < len(boxes); {
		j := i
		for j < len(boxes)-1 && boxes[j].keep {
			j++
		}
		group := boxes[i : j+1]
		if take, ok := p.fit(group); ok {
			p.place(group, take)
			i = j + 1
			continue
		}
		b := boxes[i]
		// A row taller than half a page is cut where it stands rather
		// than leave a large hole.
		splitHere := !p.empty() && j == i && b.split != nil && b.h > (p.bottom-p.top)/2
		if !p.empty() && !splitHere {
			p.newPage(false)
			continue
		}
		if j > i { // the group is taller than a page: give up the keep
			if take, ok := p.fit(group[:1]); ok {
				p.place(group[:1], take)
				i++
				continue
			}
		}
		if b.split != nil {
			if head, tail, ok := b.split(p.room(b)); ok {
				boxes[i] = tail
				if take, ok := p.fit([]*box{head}); ok {
					p.place([]*box{head}, take)
				} else {
					p.placeForced(head)
				}
				continue
			}
			if splitHere {
				p.newPage(false)
				continue
			}
		}
		p.placeForced(b)
		i++
	}
	for len(p.carry) > 0 {
		p.newPage(true)
	}
	return p.pages
}

func (p *paginator) empty() bool { return len(p.cur.boxes) == 0 }

// newPage starts a page. Lines of a note carried from the page before go
// first in its notes area; unless this page is only for notes, they take at
// most half of it so that the body goes on.
func (p *paginator) newPage(notesOnly bool) {
	p.cur = &page{}
	p.pages = append(p.pages, p.cur)
	p.y = p.top
	limit := (p.bottom - p.top) / 2
	if notesOnly {
		limit = p.bottom - p.top
	}
	n := 0
	for n < len(p.carry) && (n == 0 || areaH(p.carry[:n+1]) <= limit+eps) {
		n++
	}
	p.cur.notes = append(p.cur.notes, p.carry[:n]...)
	p.carry = append([]noteLine(nil), p.carry[n:]...)
}

// need is the height group takes on this page and the note lines it brings.
func (p *paginator) need(group []*box) (h float64, lines []noteLine) {
	if p.empty() && group[0].header != nil {
		h += group[0].header.h
	}
	for i, b := range group {
		if i > 0 || !p.empty() || group[0].header != nil {
			h += b.before
		}
		h += b.h
	}
	added := map[int]bool{}
	for _, b := range group {
		for _, n := range b.notes {
			if !p.seen[n] && !added[n] {
				added[n] = true
				lines = append(lines, p.notes[n]...)
			}
		}
	}
	return h, lines
}

// fit reports whether group goes on this page, and how many of its new note
// lines go with it. A long last note (four lines or more) may be split, at
// least two lines here and two on the next page; other notes stay whole.
func (p *paginator) fit(group []*box) (take int, ok bool) {
	h, lines := p.need(group)
	room := p.bottom - p.y - h
	if room < -eps {
		return 0, false
	}
	if len(lines) > 0 && len(p.carry) > 0 {
		return 0, false // notes would land after the carried ones
	}
	all := append(append([]noteLine(nil), p.cur.notes...), lines...)
	if areaH(all) <= room+eps {
		return len(lines), true
	}
	last := len(lines) - 1
	for last > 0 && !lines[last].first {
		last--
	}
	if len(lines)-last < 4 {
		return 0, false
	}
	for k := len(lines) - 2; k >= last+2; k-- {
		if areaH(all[:len(p.cur.notes)+k]) <= room+eps {
			return k, true
		}
	}
	return 0, false
}

// room is the height left for b on this page, for cutting it.
func (p *paginator) room(b *box) float64 {
	r := p.bottom - p.y - areaH(p.cur.notes)
	if !p.empty() {
		r -= b.before
	} else if b.header != nil {
		r -= b.header.h
	}
	return r
}

func (p *paginator) place(group []*box, take int) {
	_, lines := p.need(group)
	for _, b := range group {
		p.put(b)
	}
	p.cur.notes = append(p.cur.notes, lines[:take]...)
	p.carry = append(p.carry, lines[take:]...)
	if len(p.carry) > 0 {
		p.newPage(false) // the notes area now fills this page
	}
}

// placeForced puts b on an empty page whatever its size; the notes that do
// not fit are carried to the next page, as are all of them when the page
// still owes the rest of an earlier note.
func (p *paginator) placeForced(b *box) {
	_, lines := p.need([]*box{b})
	p.put(b)
	take := 0
	for len(p.carry) == 0 && take < len(lines) && areaH(append(append([]noteLine(nil), p.cur.notes...), lines[:take+1]...)) <= p.bottom-p.y+eps {
		take++
	}
	p.cur.notes = append(p.cur.notes, lines[:take]...)
	p.carry = append(p.carry, lines[take:]...)
	if len(p.carry) > 0 {
		p.newPage(false)
	}
}

func (p *paginator) put(b *box) {
	if p.empty() && b.header != nil {
		p.cur.boxes = append(p.cur.boxes, placed{b: b.header, y: p.y})
		p.y += b.header.h
	}
	gap := b.before
	if p.empty() {
		gap = 0
	}
	p.y += gap
	p.cur.boxes = append(p.cur.boxes, placed{b: b, y: p.y, gap: gap})
	p.y += b.h
	for _, n := range b.notes {
		p.seen[n] = true
	}
}
