package pdf

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/upr-tools/submit/internal/layout"
)

// Our own line breaker: fpdf's MultiCell sets a whole cell in one font, and
// a paragraph mixes bold, italic, code, links and footnote marks.

type align uint8

const (
	alignJustify align = iota
	alignLeft
	alignCenter
	alignRight
)

// textStyle says how a block's text is set.
type textStyle struct {
	size  float64      // pt
	lead  float64      // line height as a multiple of size
	style layout.Style // added to every run, e.g. Bold in headings
	align align
}

// run is a piece of text in one font; x is its offset in its line (mm).
type run struct {
	text string
	face face
	font uint8   // index in the fontSet: the font of face that prints text
	size float64 // pt
	rise float64 // mm the baseline is raised (footnote marks)
	link string
	note int // footnote number when the run is a reference mark
	para int // body paragraph the run refers to (and links to)
	x, w float64
}

// word is what lies between two spaces: one or more runs.
type word struct {
	runs  []run
	w     float64
	space float64 // width of a space after the word
	brk   bool    // a hard line break, not a word
	// hyph: the word ends with a hyphen and the next follows without a
	// space ("anti-" "terrorism"): a line may end here, the gap does not
	// stretch.
	hyph bool
	// tight: the next word follows without a space, as between two
	// Chinese characters: a line may end here, and the gap stretches like
	// a space when the line is justified.
	tight bool
}

// line is a set line of text.
type line struct {
	runs  []run
	h     float64 // line height (mm)
	base  float64 // from the top of the line to the baseline (mm)
	notes []int   // footnotes referenced on the line
}

// Liberation Serif's ascent and descent as fractions of the em, used to
// centre the type in its line.
const ascent, descent = 0.891, 0.216

func lineMetrics(st textStyle) (h, base float64) {
	h = st.size * st.lead * ptMM
	base = (h-(ascent+descent)*st.size*ptMM)/2 + ascent*st.size*ptMM
	return h, base
}

// words splits inline runs into words, measuring each piece in the font
// that prints it. A footnote mark sticks to the word before it, even across
// a space, so it never starts a line. Words are also cut after a hyphen
// between letters, and where CJK text allows a line to end (cjk.go).
func (m *metrics) words(in []layout.Inline, st textStyle) []word {
	var out []word
	var cur word
	var prev rune // last rune added to cur
	flush := func() {
		if len(cur.runs) > 0 {
			out = append(out, cur)
		}
		cur, prev = word{}, 0
	}
	for _, il := range in {
		switch {
		case il.Break:
			flush()
			out = append(out, word{brk: true})
		case il.Footnote > 0:
			mark := m.mark(il.Footnote, st)
			if len(cur.runs) == 0 && len(out) > 0 && !out[len(out)-1].brk {
				last := &out[len(out)-1]
				last.runs = append(last.runs, mark...)
				last.w += markWidth(mark)
			} else {
				cur.runs = append(cur.runs, mark...)
				cur.w += markWidth(mark)
			}
		default:
			fc := faceOf(il.Style | st.style)
			size := st.size
			if fc == mono {
				size *= codeScale
			}
			link := strings.TrimSpace(il.Link)
			text := clean(il.Text)
			open, from := -1, 0 // the run that text[from:] extends, if any
			for i, r := range text {
				if isSpace(r) {
					// The gap after a word is a space of the font it was
					// typed in: after `code`, usually a serif one.
					flush()
					open = -1
					if n := len(out); n > 0 && !out[n-1].brk {
						out[n-1].space = m.runeWidth(m.fonts.pick(fc, ' '), size, ' ')
					}
					continue
				}
				if prev != 0 && cjkBreak(prev, r) {
					cur.tight = true
					flush()
					open = -1
				}
				if prev == '-' && unicode.IsLetter(r) && open == len(cur.runs)-1 && open >= 0 && fc != mono && link == "" {
					head := text[from:i]
					before, _ := utf8.DecodeLastRuneInString(head[:len(head)-1])
					if len(head) > 2 && unicode.IsLetter(before) {
						cur.hyph = true
						flush()
						open = -1
					}
				}
				prev = r
				fi := m.fonts.pick(fc, r)
				w := m.runeWidth(fi, size, r)
				end := i + utf8.RuneLen(r)
				if open >= 0 && open == len(cur.runs)-1 && cur.runs[open].font == fi {
					cur.runs[open].text = text[from:end]
					cur.runs[open].w += w
				} else {
					open, from = len(cur.runs), i
					cur.runs = append(cur.runs, run{text: text[i:end], face: fc, font: fi, size: size, link: link, para: max(il.Para, 0), w: w})
				}
				cur.w += w
			}
		}
	}
	flush()
	for i := range out {
		if out[i].space == 0 && !out[i].brk && !out[i].hyph && !out[i].tight {
			out[i].space = m.runeWidth(m.fonts.pick(faceOf(st.style), ' '), st.size, ' ')
		}
	}
	return out
}

// mark is the raised, smaller number that refers to footnote n: one run,
// unless the number's digits come from different fonts.
func (m *metrics) mark(n int, st textStyle) []run {
	fc := serif
	if st.style&layout.Bold != 0 {
		fc = serifBold
	}
	size := st.size * markScale
	rs, _ := m.plainRuns(fc, size, strconv.Itoa(n))
	for i := range rs {
		rs[i].rise, rs[i].note = st.size*markRise*ptMM, n
	}
	return rs
}

func markWidth(rs []run) float64 {
	w := 0.0
	for _, r := range rs {
		w += r.w
	}
	return w
}

// lines breaks inline text into lines of the given width (mm). Justified
// text is broken where the spaces stretch least over the whole paragraph;
// other text, and text holding a word wider than a line, is filled greedily.
// Full lines are justified when st.align says so; the last line and lines
// ended by a hard break are not. A word wider than a line (a long URL) is
// cut between characters, preferably after a slash or similar.
func (m *metrics) lines(in []layout.Inline, st textStyle, width float64) []line {
	h, base := lineMetrics(st)
	var out []line
	var seg []word
	for _, t := range m.words(in, st) {
		if !t.brk {
			seg = append(seg, t)
			continue
		}
		if len(seg) == 0 {
			out = append(out, line{h: h, base: base})
		}
		out = m.fill(out, seg, st, width, h, base)
		seg = nil
	}
	return m.fill(out, seg, st, width, h, base)
}

// fill sets the words between two hard breaks.
func (m *metrics) fill(out []line, ws []word, st textStyle, width, h, base float64) []line {
	if len(ws) == 0 {
		return out
	}
	if st.align == alignJustify {
		if breaks, ok := bestBreaks(ws, width); ok {
			i := 0
			for _, j := range breaks {
				out = append(out, setLine(ws[i:j], natural(ws[i:j]), width, st.align, j < len(ws), h, base))
				i = j
			}
			return out
		}
	}
	var cur []word
	curW := 0.0
	end := func(full bool) {
		out = append(out, setLine(cur, curW, width, st.align, full, h, base))
		cur, curW = nil, 0
	}
	for _, w := range ws {
		for {
			gap := 0.0
			if len(cur) > 0 {
				gap = cur[len(cur)-1].space
			}
			if curW+gap+w.w <= width+1e-9 {
				cur = append(cur, w)
				curW += gap + w.w
				break
			}
			room := width - curW - gap
			if w.w > width && (len(cur) == 0 || room >= width/5) {
				head, tail, ok := m.split(w, room, len(cur) == 0)
				if ok {
					cur = append(cur, head)
					curW += gap + head.w
					end(true)
					w = tail
					continue
				}
			}
			if len(cur) == 0 { // one character wider than the line
				cur, curW = append(cur, w), w.w
				break
			}
			end(true)
		}
	}
	if len(cur) > 0 {
		end(false)
	}
	return out
}

// natural is the width of words set with plain spaces.
func natural(ws []word) float64 {
	w := 0.0
	for i, x := range ws {
		if i > 0 {
			w += ws[i-1].space
		}
		w += x.w
	}
	return w
}

// bestBreaks chooses line ends (indices after the last word of each line)
// minimising, over the paragraph, the squared badness of each line as in
// TeX: how far its spaces stretch, cubed. The last line costs nothing. It
// fails when a word is wider than the line.
func bestBreaks(ws []word, width float64) ([]int, bool) {
	n := len(ws)
	const inf = 1e300
	cost := make([]float64, n+1)
	from := make([]int, n+1)
	for j := 1; j <= n; j++ {
		cost[j] = inf
		w := 0.0
		for i := j - 1; i >= 0; i-- {
			if ws[i].w > width+1e-9 {
				return nil, false
			}
			if i < j-1 {
				w += ws[i].space
			}
			w += ws[i].w
			if w > width+1e-9 && i < j-1 {
				break
			}
			if cost[i] == inf {
				continue
			}
			bad := 0.0
			if j < n {
				gaps := float64(stretchable(ws[i:j]))
				space := max(ws[i].space, 0.5)
				if gaps == 0 {
					gaps = 0.5 // a lone word cannot be justified: costly
				}
				r := (width - w) / (gaps * space)
				bad = 100 * r * r * r
				if ws[j-1].hyph {
					bad += 50 // rather break at a space
				}
			}
			if c := cost[i] + (10+bad)*(10+bad); c < cost[j] {
				cost[j], from[j] = c, i
			}
		}
	}
	var breaks []int
	for j := n; j > 0; j = from[j] {
		breaks = append(breaks, j)
	}
	for a, b := 0, len(breaks)-1; a < b; a, b = a+1, b-1 {
		breaks[a], breaks[b] = breaks[b], breaks[a]
	}
	return breaks, true
}

// setLine places the words of one line. full says the line was ended by the
// width (not by a hard break or the end of the text), so it may be justified.
func setLine(ws []word, natural, width float64, a align, full bool, h, base float64) line {
	l := line{h: h, base: base}
	extra, x := 0.0, 0.0
	switch gaps := stretchable(ws); {
	case a == alignJustify && full && gaps > 0 && natural < width:
		extra = (width - natural) / float64(gaps)
	case a == alignCenter:
		x = max(0, (width-natural)/2)
	case a == alignRight:
		x = max(0, width-natural)
	}
	for i, w := range ws {
		for j, r := range w.runs {
			r.x = x
			x += r.w
			if r.note > 0 && (len(l.notes) == 0 || l.notes[len(l.notes)-1] != r.note) {
				l.notes = append(l.notes, r.note)
			}
			// Unjustified words in one font go out as one string with real
			// spaces: smaller files and text extraction as typed.
			if n := len(l.runs); j == 0 && i > 0 && n > 0 && mergeable(l.runs[n-1], r) && (extra == 0 || ws[i-1].hyph) {
				prev := &l.runs[n-1]
				if !ws[i-1].hyph && !ws[i-1].tight {
					prev.text += " "
				}
				prev.text += r.text
				prev.w = x - prev.x
				continue
			}
			l.runs = append(l.runs, r)
		}
		if !w.hyph {
			x += w.space + extra
		}
	}
	return l
}

// stretchable counts the spaces inside a line (not the break after a
// hyphen).
func stretchable(ws []word) int {
	n := 0
	for i := 0; i+1 < len(ws); i++ {
		if !ws[i].hyph {
			n++
		}
	}
	return n
}

func mergeable(a, b run) bool {
	return a.note == 0 && b.note == 0 && a.face == b.face && a.font == b.font && a.size == b.size && a.link == b.link && a.para == b.para
}

// breakAfter lists the characters after which a long word is best cut.
const breakAfter = "/-.?&=_#,;"

// split cuts w so that its head fits in avail (mm), preferring a cut after
// one of breakAfter in the last part of the room. force takes at least one
// character, so that a line too narrow for any character still progresses.
func (m *metrics) split(w word, avail float64, force bool) (head, tail word, ok bool) {
	type cut struct {
		run, byte int
		w, inRun  float64 // width of the head, and of its part of the cut run
	}
	var fit, nice cut
	total := 0.0
scan:
	for ri, r := range w.runs {
		inRun := 0.0
		for bi, c := range r.text {
			cw := m.runeWidth(r.font, r.size, c)
			if total+cw > avail+1e-9 {
				break scan
			}
			total += cw
			inRun += cw
			next := cut{ri, bi + utf8.RuneLen(c), total, inRun}
			fit = next
			if strings.ContainsRune(breakAfter, c) && total >= avail*0.6 {
				nice = next
			}
		}
	}
	c := fit
	if nice.w > 0 {
		c = nice
	}
	if c.w == 0 {
		if !force {
			return word{}, word{}, false
		}
		r := w.runs[0]
		first, size := utf8.DecodeRuneInString(r.text)
		cw := m.runeWidth(r.font, r.size, first)
		c = cut{0, size, cw, cw}
	}
	if c.byte == len(w.runs[c.run].text) && c.run == len(w.runs)-1 {
		return w, word{}, false // all of it fits; not a split
	}
	head.runs = append(head.runs, w.runs[:c.run]...)
	r := w.runs[c.run]
	if c.byte > 0 {
		h := r
		h.text, h.w = r.text[:c.byte], c.inRun
		head.runs = append(head.runs, h)
	}
	if c.byte < len(r.text) {
		t := r
		t.text, t.w = r.text[c.byte:], r.w-c.inRun
		tail.runs = append(tail.runs, t)
	}
	tail.runs = append(tail.runs, w.runs[c.run+1:]...)
	head.w, tail.w = c.w, w.w-c.w
	head.space, tail.space, tail.hyph, tail.tight = w.space, w.space, w.hyph, w.tight
	return head, tail, true
}
