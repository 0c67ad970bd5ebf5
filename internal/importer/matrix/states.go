package matrix

import (
	"strings"
	"unicode"

	"github.com/upr-tools/submit/internal/states"
)

// stateName is one recommending state as the source writes it, and its
// canonical name when it resolves.
type stateName struct {
	written   string
	canonical string // "" when it does not resolve
}

func (s stateName) name() string {
	if s.canonical != "" {
		return s.canonical
	}
	return s.written
}

// resolve finds the canonical name of a state, forgiving the words that
// the matrices' PDF-to-Word conversion split with a space ("Sierra Le
// one", "Plurinational S tate of"): when the name does not resolve, it
// tries again with one, then two, of its spaces removed.
func resolve(name string) (string, bool) {
	if c, ok := states.Canonical(name); ok {
		return c, true
	}
	sp := spaceIndexes(name)
	if len(sp) > 12 {
		return "", false // not a state's name: do not try hundreds of spellings
	}
	for i := range sp {
		if c, ok := states.Canonical(name[:sp[i]] + name[sp[i]+1:]); ok {
			return c, true
		}
	}
	for i := range sp {
		for j := i + 1; j < len(sp); j++ {
			s := name[:sp[i]] + name[sp[i]+1:sp[j]] + name[sp[j]+1:]
			if c, ok := states.Canonical(s); ok {
				return c, true
			}
		}
	}
	return "", false
}

func spaceIndexes(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			out = append(out, i)
		}
	}
	return out
}

// groupStates reads the inside of a parenthesised group as recommending
// states: one name ("Bolivia (Plurinational State of)"), or several
// separated by commas, semicolons or "and" when each of them resolves
// ("Maldives, Portugal"). ok is false when the group is not a state at
// all. A group that reads like a state's name (see looksLikeState)
// without resolving gives that name with no canonical form, when it is
// "Unknown", close to a known name ("Portgual"), or the last thing in the
// cell (last): elsewhere such a group is more likely the text's own.
func groupStates(inner string, last bool) (names []stateName, ok bool) {
	inner = oneLine(inner)
	if c, ok := resolve(inner); ok {
		return []stateName{{inner, c}}, true
	}
	if parts := splitNames(inner); len(parts) > 1 {
		for _, p := range parts {
			c, ok := resolve(p)
			if !ok {
				names = nil
				break
			}
			names = append(names, stateName{p, c})
		}
		if names != nil {
			return names, true
		}
	}
	if looksLikeState(inner) && (last || strings.EqualFold(inner, "unknown") || len(states.Suggest(inner)) > 0) {
		return []stateName{{written: inner}}, true
	}
	return nil, false
}

// splitNames splits a list of names at commas, semicolons and " and ".
func splitNames(s string) []string {
	f := func(r rune) bool { return r == ',' || r == ';' }
	var out []string
	for p := range strings.FieldsFuncSeq(s, f) {
		for q := range strings.SplitSeq(p, " and ") {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}

// connectors are the lower-case words a state's name can hold.
var connectors = map[string]bool{
	"of": true, "the": true, "and": true, "de": true, "da": true, "do": true,
	"du": true, "des": true, "del": true, "la": true, "le": true, "y": true, "et": true,
}

// looksLikeState tells a parenthesised group that reads like a state's
// name ("Narnia", "Republic of Utopia", "Unknown") from the parentheses of
// the text itself: acronyms ("CEDAW", "ILO"), numbers ("No. 29",
// "2016–2020") and lower-case phrases ("the Paris Principles").
func looksLikeState(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 || len([]rune(s)) > 60 || !strings.ContainsFunc(s, unicode.IsLetter) {
		return false
	}
	for i, w := range words {
		w = strings.Trim(w, "(),.’'")
		for _, elided := range []string{"d’", "d'", "l’", "l'"} {
			w = strings.TrimPrefix(w, elided) // "d’Ivoire"
		}
		if w == "" {
			continue
		}
		rs := []rune(w)
		upper := 0
		for _, r := range rs {
			if unicode.IsDigit(r) {
				return false
			}
			if unicode.IsUpper(r) {
				upper++
			}
		}
		switch {
		case len(rs) > 1 && upper == len(rs):
			return false // an acronym
		case unicode.IsUpper(rs[0]):
		case i > 0 && connectors[w]:
		default:
			return false
		}
	}
	return true
}

// statesCell reads a "Recommending state/s" cell: one state a line, or
// names separated by semicolons (commas only when every part resolves,
// since "Iran, Islamic Republic of" is one state).
func statesCell(paras []string) []stateName {
	var out []stateName
	for _, l := range lines(paras) {
		for p := range strings.SplitSeq(l, ";") {
			p = strings.TrimSpace(strings.Trim(strings.TrimSpace(trimBullet(p)), "()"))
			if p == "" {
				continue
			}
			names, ok := groupStates(p, true)
			if !ok {
				names = []stateName{{written: p}}
			}
			out = append(out, names...)
		}
	}
	return out
}
