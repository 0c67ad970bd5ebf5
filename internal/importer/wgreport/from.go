package wgreport

import (
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/states"
)

// group is a parenthesised part of a recommendation, "(France)" or
// "(Iran (Islamic Republic of))": text[start:end], parentheses included.
type group struct {
	start, end int
	inner      string
}

// groups returns the outermost parenthesised parts of text, in order. An
// unclosed parenthesis ends nothing: its text stays plain.
func groups(text string) []group {
	var out []group
	depth, start := 0, 0
	for i, r := range text {
		switch r {
		case '(':
			if depth == 0 {
				start = i
			}
			depth++
		case ')':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				out = append(out, group{start, i + 1, text[start+1 : i]})
			}
		}
	}
	return out
}

// names resolves a group's states: the whole group as one name first
// ("Venezuela (Bolivarian Republic of)"), else each part between commas
// at the top level ("Senegal, Sierra Leone, Peru"). all is false when a
// part does not resolve; that part is kept as written.
func names(inner string) (canon, unmatched []string, all bool) {
	inner = strings.Join(strings.Fields(inner), " ")
	if c, ok := states.Canonical(inner); ok {
		return []string{c}, nil, true
	}
	all = true
	for _, part := range splitTop(inner) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if c, ok := states.Canonical(part); ok {
			canon = append(canon, c)
		} else {
			canon = append(canon, part)
			unmatched = append(unmatched, part)
			all = false
		}
	}
	return canon, unmatched, all && len(canon) > 0
}

// splitTop splits s at the commas outside parentheses.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// attribution splits a recommendation into its text and its recommending
// states.
//
// The group that ends the text names states, resolved or not; so do the
// groups just before it, "(France) (Lithuania)", when all their names
// resolve ("Convention, 1993 (No. 174) (Argentina)"). A group inside the text names
// states only when every name in it resolves: "(ICRMW)" and "(No. 29)"
// are text. Such inner groups make the number a cluster of several texts,
// each with its states ("… (Ukraine); Increase efforts … (Slovakia)"):
// the text then keeps every group, the last included, so that each part
// still says who recommended it. A single text loses its final groups.
// from lists every state once, in the order of the text.
func attribution(text string) (body string, from, unmatched []string) {
	gs := groups(text)
	end := len(strings.TrimRight(text, " "))
	first := len(gs) // index of the first final group
	for first > 0 && strings.TrimSpace(text[gs[first-1].end:end]) == "" {
		if _, _, all := names(gs[first-1].inner); !all && first < len(gs) {
			break // "(No. 174) (Argentina)": only the last group must be states
		}
		first--
		end = gs[first].start
	}
	cluster := false
	add := func(list *[]string, names []string) {
		for _, n := range names {
			if !slices.Contains(*list, n) {
				*list = append(*list, n)
			}
		}
	}
	for i, g := range gs {
		canon, un, all := names(g.inner)
		switch {
		case i >= first:
			add(&from, canon)
			add(&unmatched, un)
		case all:
			add(&from, canon)
			cluster = true
		}
	}
	if cluster || first == len(gs) {
		return text, from, unmatched
	}
	return strings.TrimSpace(text[:gs[first].start]), from, unmatched
}
