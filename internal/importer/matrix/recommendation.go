package matrix

import (
	"bytes"
	"strings"
)

// recCell is what a Recommendation cell says.
type recCell struct {
	paragraph string      // "28.212"
	text      string      // see joinSegments
	from      []stateName // every recommending state, in order, once
	source    string      // "A/HRC/40/6/Add.1, para. 2"
	report    string      // "A/HRC/40/6"
}

// parseRecCell reads a Recommendation cell: the paragraph number first,
// then one text or a cluster of texts each ending with its recommending
// states in parentheses, and maybe a "Source of position: …" line. It
// returns what it found and, when the cell cannot be a recommendation,
// what is wrong (empty when it can).
func parseRecCell(paras []string) (recCell, string) {
	var rc recCell
	var body []string
	for _, l := range lines(paras) {
		// The source line is its own paragraph, but a converted document
		// can run it on after the text.
		if i := indexFold(l, "source of position"); i >= 0 {
			src, rep := parseSource(l[i:])
			if rc.source == "" {
				rc.source, rc.report = src, rep
			}
			l = strings.TrimSpace(l[:i])
		}
		if l != "" {
			body = append(body, l)
		}
	}
	text := strings.Join(body, "\n")
	num, rest, ok := paragraphNumber(text)
	if !ok {
		if text == "" {
			return rc, "the cell is empty: expected a recommendation that starts with its paragraph number, like \"28.212 Ratify … (Tunisia);\""
		}
		return rc, "expected a recommendation that starts with its paragraph number, like \"28.212\", found " + quote(text)
	}
	rc.paragraph = num
	segs := splitSegments(rest)
	rc.text = joinSegments(segs)
	rc.from = dedupe(segs)
	if rc.text == "" {
		return rc, "paragraph " + num + " has no text"
	}
	return rc, ""
}

// paragraphNumber takes the paragraph number off the start of a text:
// "28.212 Continue…" and the cycle 2 matrix's "186.28. Continue…".
func paragraphNumber(s string) (num, rest string, ok bool) {
	i := digits(s, 0)
	if i == 0 || i > 4 || i >= len(s) || s[i] != '.' {
		return "", "", false
	}
	j := digits(s, i+1)
	if j == i+1 || j-i-1 > 4 {
		return "", "", false
	}
	num = s[:j]
	if j < len(s) && s[j] == '.' {
		j++ // "186.28."
	}
	if j < len(s) && (s[j] == '.' || (s[j] >= '0' && s[j] <= '9')) {
		return "", "", false // "1.2.3" is not a paragraph number
	}
	return num, strings.TrimSpace(s[j:]), true
}

func digits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// segment is one text of a cluster with the parenthesised groups that
// end it, as written, and the states they name.
type segment struct {
	text   string
	groups []string
	states []stateName
}

// span is a top-level parenthesised group: s[start] is '(' and s[end-1]
// its ')'.
type span struct{ start, end int }

func topGroups(s string) []span {
	var out []span
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			if depth == 0 {
				start = i
			}
			depth++
		case ')':
			if depth > 0 {
				depth--
				if depth == 0 {
					out = append(out, span{start, i + 1})
				}
			}
		}
	}
	return out
}

// splitSegments cuts a recommendation's text after each run of
// parenthesised groups that names states and ends a text: it is followed
// by ";", ".", a line break or the end. Groups inside a text ("(No. 29)",
// "(ILO) Forced Labour Convention") never end one, and groups that do not
// name states ("(the Paris Principles) (Niger)") stay in the text: see
// groupStates.
func splitSegments(body string) []segment {
	gs := topGroups(body)
	var segs []segment
	prev := 0
	for i := 0; i < len(gs); {
		j := i
		for j+1 < len(gs) && strings.TrimSpace(body[gs[j].end:gs[j+1].start]) == "" {
			j++
		}
		after, ends := terminator(body, gs[j].end)
		k := j // groups k+1..j name states
		var names [][]stateName
		if ends {
			for ; k >= i; k-- {
				g := gs[k]
				last := k == len(gs)-1 && strings.Trim(body[g.end:], " ;.,\n") == ""
				ns, ok := groupStates(body[g.start+1:g.end-1], last)
				if !ok {
					break
				}
				names = append(names, ns)
			}
		}
		if k < j {
			seg := segment{text: trimText(body[prev:gs[k+1].start])}
			for n := k + 1; n <= j; n++ {
				seg.groups = append(seg.groups, oneLine(body[gs[n].start+1:gs[n].end-1]))
				seg.states = append(seg.states, names[j-n]...)
			}
			segs = appendSegment(segs, seg)
			prev = after
		}
		i = j + 1
	}
	if tail := trimText(body[prev:]); tail != "" {
		segs = append(segs, segment{text: tail})
	}
	return segs
}

// terminator reports whether a group ending at i ends a text, and where
// the next text starts.
func terminator(s string, i int) (int, bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i == len(s) {
		return i, true
	}
	switch s[i] {
	case ';', '.', '\n':
		return i + 1, true
	}
	return i, false
}

// appendSegment adds seg, or when it has no text of its own ("(Algeria);
// (Cabo Verde)") gives its states to the text before.
func appendSegment(segs []segment, seg segment) []segment {
	if seg.text == "" && len(segs) > 0 {
		last := &segs[len(segs)-1]
		last.groups = append(last.groups, seg.groups...)
		last.states = append(last.states, seg.states...)
		return segs
	}
	return append(segs, seg)
}

// trimText makes one line of a text and drops the list punctuation
// around it.
func trimText(s string) string {
	return strings.Trim(oneLine(s), " ;,")
}

// joinSegments gives a record's Text: a single text without its states
// (they are in From), or every text of a cluster followed by its own
// states in parentheses, as written, joined with "; " the way Working
// Group reports write clusters.
func joinSegments(segs []segment) string {
	if len(segs) == 0 {
		return ""
	}
	if len(segs) == 1 {
		return segs[0].text
	}
	parts := make([]string, 0, len(segs))
	for _, s := range segs {
		p := s.text
		for _, g := range s.groups {
			p += " (" + g + ")"
		}
		parts = append(parts, strings.TrimSpace(p))
	}
	return strings.Join(parts, "; ")
}

// dedupe lists the states of all segments in order, each once.
func dedupe(segs []segment) []stateName {
	var out []stateName
	seen := map[string]bool{}
	for _, s := range segs {
		for _, n := range s.states {
			if !seen[n.name()] {
				seen[n.name()] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// indexFold is strings.Index ignoring ASCII case; sub is lower case.
// (strings.ToLower could change the length of s, and so the index.)
func indexFold(s, sub string) int {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return bytes.Index(b, []byte(sub))
}
