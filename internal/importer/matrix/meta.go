package matrix

import (
	"regexp"
	"strconv"
	"strings"
)

// meta is what the document says of the review outside its table.
type meta struct {
	state          string // canonical
	cycle, session int
	report         string
}

var (
	// "UPR of China (3rd Cycle – 31st session)": the page header of
	// OHCHR's matrices.
	uprOf        = regexp.MustCompile(`(?i)\b(?:UPR|universal periodic review)\s+of\s+(?:the\s+)?([^(–—,;:\n]+?)\s*(?:\(|[–—,;:]|\s-\s|$)`)
	ordinalCycle = regexp.MustCompile(`(?i)\b([1-9])\s*(?:st|nd|rd|th)\s+cycle\b|\bcycle\s+([1-9])\b`)
	ordinalSess  = regexp.MustCompile(`(?i)\b([1-9][0-9]?)\s*(?:st|nd|rd|th)\s+session\b|\bsession\s+([1-9][0-9]?)\b`)
	symbol       = regexp.MustCompile(`\bA/HRC/[0-9]{1,3}/[0-9]{1,4}(?:/Add\.[0-9]+)?\b`)
	reviewWords  = regexp.MustCompile(`(?i)\b(?:UPR|universal periodic review|cycle|working group)\b`)
)

// detectMeta reads the state under review, the cycle, the Working Group
// session and the report's symbol from the page headers and the
// paragraphs outside the table (a title), in that order: each from the
// first line that gives it. A state is taken from "UPR of <state>" or a
// line that is a state's name and nothing else; the cycle and session
// from "3rd cycle", "31st session" on a line that speaks of the UPR, so
// that a Human Rights Council session is not taken for the Working
// Group's; the report from an A/HRC symbol.
func detectMeta(d *docx) meta {
	var ls []string
	for _, h := range d.headers {
		ls = append(ls, partLines(h)...)
	}
	ls = append(ls, lines(d.body.paras)...)
	var m meta
	for _, l := range ls {
		if m.state == "" {
			if sm := uprOf.FindStringSubmatch(l); sm != nil {
				m.state, _ = resolve(strings.TrimSpace(sm[1]))
			}
		}
		if m.state == "" {
			m.state, _ = resolve(l)
		}
		if reviewWords.MatchString(l) {
			if m.cycle == 0 {
				m.cycle = firstNumber(ordinalCycle.FindStringSubmatch(l))
			}
			if m.session == 0 {
				m.session = firstNumber(ordinalSess.FindStringSubmatch(l))
			}
		}
		if m.report == "" {
			m.report = reportOf(symbol.FindString(l))
		}
	}
	return m
}

// partLines is every line of a part, its tables' cells included (a page
// header is often a table).
func partLines(p *part) []string {
	out := lines(p.paras)
	for _, t := range p.tables {
		for _, r := range t.rows {
			for _, c := range r.cells {
				out = append(out, lines(c.paras)...)
			}
		}
	}
	return out
}

// firstNumber is the first non-empty submatch as a number, 0 if none.
func firstNumber(sm []string) int {
	for _, s := range sm[min(1, len(sm)):] {
		if n, err := strconv.Atoi(s); err == nil {
			return n
		}
	}
	return 0
}
