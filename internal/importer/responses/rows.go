package responses

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
	"github.com/upr-tools/submit/internal/importer/wgreport/pdftext"
	"github.com/upr-tools/submit/internal/workspace"
)

// The row form (cycle 1): a table whose rows answer recommendations by
// their numbers, "5., 6., 7., 8., 9.   The Slovenian Government accepts
// these recommendations…", in words: "accepts", "cannot accept", "cannot,
// at this point in time, make a definitive statement".

var (
	// A row's numbers, then its text; a trailing comma continues the
	// numbers on the next line ("40., 41., 42.," / "43., 44.").
	labelRE    = regexp.MustCompile(`^((?:\d{1,3}\.\s*,\s*)*\d{1,3}\.)(,?)(?:\s+(\S.*))?$`)
	labelNumRE = regexp.MustCompile(`\d{1,3}`)
	// A refusal, or an answer deferred, which the UPR records as noted.
	refuseRE = regexp.MustCompile(`(?i)\b(cannot|can ?not|does not|do not|is not in a position to)\s+(accept|support)|\bdefinitive statement\b|\brejects?\b`)
	// Acceptance, not preceded by a negation (refuseRE has those).
	acceptRE  = regexp.MustCompile(`(?i)\b(accepts?|supports? (the|this|these) recommendations?)\b`)
	negatedRE = regexp.MustCompile(`(?i)\b(cannot|can ?not|not)\s*$`)
	// What the row says of the recommendation being carried out already.
	// "has already been implemented", "already acts accordingly", "has
	// always acted accordingly"; not "always will strive for its
	// implementation".
	doneRE = regexp.MustCompile(`(?i)\b(already|always)\s+(been\s+|being\s+|designed\s+and\s+)?(implement\w*|act(s|ed)?\s+accordingly)`)
)

// row is one answer: its recommendation numbers, each with its line, and
// the lines of its text.
type row struct {
	nums  []pdftext.Line
	lines []pdftext.Line
}

// numbers returns the numbers of a row's label, each with its line.
func numbers(label string, n int) []pdftext.Line {
	var out []pdftext.Line
	for _, s := range labelNumRE.FindAllString(label, -1) {
		out = append(out, pdftext.Line{N: n, Text: s})
	}
	return out
}

// rows cuts the table into its rows; the text before the first is left out.
func rows(lines []pdftext.Line) []row {
	var out []row
	more := false // the last numbers ended with a comma
	for _, l := range lines {
		t := strings.TrimSpace(l.Text)
		if t == "" {
			continue
		}
		m := labelRE.FindStringSubmatch(t)
		switch {
		case m != nil && more:
			r := &out[len(out)-1]
			r.nums = append(r.nums, numbers(m[1], l.N)...)
			if m[3] != "" {
				r.lines = append(r.lines, pdftext.Line{N: l.N, Text: m[3]})
			}
		case m != nil:
			out = append(out, row{nums: numbers(m[1], l.N), lines: []pdftext.Line{{N: l.N, Text: m[3]}}})
		case len(out) > 0:
			r := &out[len(out)-1]
			r.lines = append(r.lines, l)
		}
		more = m != nil && m[2] == ","
	}
	return out
}

// answer reads a row's answer: supported, noted, or partially supported
// when it accepts a part and refuses another ("accepts the recommendation
// regarding free legal aid … cannot accept the recommendation on
// specialised family courts"). A row that does neither is noted, with a
// warning: "agrees with the importance of …" is not an acceptance.
func answer(text string) (response string, implemented, clear bool) {
	refused := refuseRE.MatchString(text)
	accepted := false
	for _, m := range acceptRE.FindAllStringIndex(text, -1) {
		if !negatedRE.MatchString(text[:m[0]]) {
			accepted = true
			break
		}
	}
	switch {
	case accepted && refused:
		return workspace.PartiallySupported, false, true
	case accepted:
		return workspace.Supported, doneRE.MatchString(text), true
	case refused:
		return workspace.Noted, false, true
	}
	return workspace.Noted, false, false
}

// fromRows reads the row form. Any numbered paragraphs look like rows,
// so the form is taken only when most of them answer in so many words
// ("accepts", "cannot accept"): a Working Group report's paragraphs do
// not, and give no positions.
func (p *parser) fromRows(lines []pdftext.Line) {
	type answered struct {
		row
		text, response     string
		implemented, clear bool
	}
	var all []answered
	clear := 0
	for _, r := range rows(lines) {
		a := answered{row: r, text: p.words.Join(r.lines).Text}
		a.response, a.implemented, a.clear = answer(a.text)
		if a.clear {
			clear++
		}
		all = append(all, a)
	}
	if len(all) < 2 || 2*clear < len(all) {
		return
	}
	for _, r := range all {
		if !r.clear {
			var nums []string
			for _, n := range r.nums {
				nums = append(nums, n.Text)
			}
			p.warn(r.nums[0].N, "the answer to %s neither accepts nor refuses it (%s): taken as noted", strings.Join(nums, ", "), pdftext.Quote(r.text))
		}
		for _, n := range r.nums {
			para := num(n.Text)
			p.add(importer.Position{Pos: diag.Pos{File: p.name, Line: n.N}, Paragraph: strconv.Itoa(para), Response: r.response, Implemented: r.implemented, Source: p.source(para)})
		}
	}
}
