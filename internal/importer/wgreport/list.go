package wgreport

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/importer/wgreport/pdftext"
	"github.com/upr-tools/submit/internal/workspace"
)

var (
	// The section's heading; the table of contents repeats it with dots
	// and page numbers, and the heading may carry a footnote mark.
	headingRE = regexp.MustCompile(`^(?:[IVX]{1,4}\.\s*)?Conclusions and(?:/or)? recommendations\**$`)
	// What follows the section: the next section or the annex.
	sectionEndRE = regexp.MustCompile(`^(?:[IVX]{1,4}\.\s+\S|Annex(?:es)?\b)`)
	// A paragraph of the report, "121. The recommendations…", or in
	// cycle 1 a recommendation numbered within it, "1. To examine…".
	paraRE = regexp.MustCompile(`^(\d{1,3})\.\s+(\S.*)$`)
	// A recommendation numbered within its paragraph, "121.1 Ratify…".
	recRE = regexp.MustCompile(`^(\d{1,3})\.(\d{1,3})\s+(\S.*)$`)
)

// block is a paragraph of the section, or one of its recommendations,
// with its lines (the number taken off the first).
type block struct {
	lead  int    // the paragraph number: 121
	para  string // the recommendation's number, "121.1"; "" for the paragraph itself
	lines []pdftext.Line
}

// findSection returns the index of the section's heading line, or -1.
func findSection(lines []pdftext.Line) int {
	for i, l := range lines {
		if headingRE.MatchString(strings.TrimSpace(l.Text)) {
			return i
		}
	}
	return -1
}

// blocks cuts the section into paragraphs and recommendations. The
// recommendations are "121.1"… in cycles 2 and 3, and in cycle 1 plain
// "1.", "2."… inside paragraph 111: those must follow each other, so that
// a line of text that happens to begin with a number is not taken for
// one. A paragraph numbered one more than the current one ("122." after
// "121.") starts the next paragraph, unless it is the next plain number
// and does not read like a paragraph of the section.
func blocks(lines []pdftext.Line) []block {
	var out []block
	lead, serial := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l.Text)
		if t == "" {
			continue
		}
		if sectionEndRE.MatchString(t) {
			break
		}
		if m := recRE.FindStringSubmatch(t); m != nil && lead > 0 && atoi(m[1]) == lead {
			out = append(out, block{lead: lead, para: m[1] + "." + m[2], lines: []pdftext.Line{{N: l.N, Text: m[3]}}})
			continue
		}
		if m := paraRE.FindStringSubmatch(t); m != nil {
			n := atoi(m[1])
			switch {
			case lead == 0 || n == lead+1 && (n != serial+1 || leadWording(m[2]) != ""):
				lead, serial = n, 0
				out = append(out, block{lead: n, lines: []pdftext.Line{{N: l.N, Text: m[2]}}})
				continue
			case n == serial+1:
				serial = n
				out = append(out, block{lead: lead, para: strconv.Itoa(lead) + "." + m[1], lines: []pdftext.Line{{N: l.N, Text: m[2]}}})
				continue
			}
		}
		if len(out) == 0 {
			// Text before the first paragraph: the caller reports it.
			out = append(out, block{lines: []pdftext.Line{l}})
			break
		}
		last := &out[len(out)-1]
		last.lines = append(last.lines, l)
	}
	return out
}

// The wordings of the paragraphs that introduce the recommendations,
// checked in this order: "did not enjoy the support" contains "enjoy the
// support".
var leadWordings = []struct {
	re       *regexp.Regexp
	response string
}{
	{regexp.MustCompile(`(?i)\b(did|do|does) not (enjoy|have|receive) the support|\bnot (been )?supported\b|\bnoted\b|\brejected\b`), workspace.Noted},
	{regexp.MustCompile(`(?i)\benjoys? the support|\b(are|were|have been) (supported|accepted)\b`), workspace.Supported},
	{regexp.MustCompile(`(?i)\bwill (be examined|examine|provide responses)\b`), workspace.Pending},
	{regexp.MustCompile(`(?i)\ball conclusions and(/or)? recommendations\b`), endOfList},
}

// endOfList is the wording of the paragraph that closes the section.
const endOfList = "end"

// leadWording classifies the paragraph that introduces a list: the
// response of its recommendations, "end" for the closing paragraph ("All
// conclusions and/or recommendations … reflect the position …"), or ""
// when it is none of them.
func leadWording(text string) string {
	for _, w := range leadWordings {
		if w.re.MatchString(text) {
			return w.response
		}
	}
	return ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
