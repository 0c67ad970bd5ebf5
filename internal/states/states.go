// Package states knows the UN member and observer states: canonical short
// names, ISO 3166 codes, regional groups and the aliases sources use.
//
// The data lives in states.csv (embedded); edit it there, and run the
// package's tests, which reject two states sharing a normalised alias.
package states

import "strings"

// The UN regional groups, as State.Group spells them.
const (
	GroupAfrica = "African States"
	GroupAsia   = "Asia-Pacific States"
	GroupEEG    = "Eastern European States"
	GroupGRULAC = "Latin American and Caribbean States"
	GroupWEOG   = "Western European and other States"
)

// Groups lists the five UN regional groups in the UN's order.
var Groups = []string{GroupAfrica, GroupAsia, GroupEEG, GroupGRULAC, GroupWEOG}

// State is a UN member or observer state.
type State struct {
	Name     string   // official short name, e.g. "Türkiye"
	ISO3     string   // ISO 3166-1 alpha-3, e.g. "TUR"
	ISO2     string   // ISO 3166-1 alpha-2
	Group    string   // UN regional group, e.g. "Western European and other States"; "" if none
	Observer bool     // non-member observer state (Holy See, State of Palestine)
	Aliases  []string // other names seen in sources: "Turkey", "Turkiye"
}

// GroupShort returns the regional group as UPR Info abbreviates it: Africa,
// Asia, EEG, GRULAC or WEOG; "" for a state outside the groups (Holy See).
func (s State) GroupShort() string {
	switch s.Group {
	case GroupAfrica:
		return "Africa"
	case GroupAsia:
		return "Asia"
	case GroupEEG:
		return "EEG"
	case GroupGRULAC:
		return "GRULAC"
	case GroupWEOG:
		return "WEOG"
	}
	return ""
}

// Lookup finds a state by its name or an alias, ignoring case, spacing,
// apostrophe style, accents, "&" for "and", "St" for "Saint" and a leading
// "the". ok is false for an unknown name.
func Lookup(name string) (s State, ok bool) {
	ix := index()
	i, ok := ix.find(name)
	if !ok {
		return State{}, false
	}
	return ix.states[i].clone(), true
}

// Canonical returns the official short name for a name or alias, e.g.
// "Türkiye" for "Turkey". ok is false for an unknown name. It is Lookup
// without the copy, for the loader's hundreds of thousands of names.
func Canonical(name string) (string, bool) {
	ix := index()
	i, ok := ix.find(name)
	if !ok {
		return "", false
	}
	return ix.states[i].Name, true
}

// ByISO finds a state by its ISO 3166-1 alpha-2 or alpha-3 code, in any
// case ("tr", "TUR"), as used in document symbols like A/HRC/WG.6/8/TUR/3.
func ByISO(code string) (State, bool) {
	ix := index()
	i, ok := ix.byISO[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return State{}, false
	}
	return ix.states[i].clone(), true
}

// All returns every state, sorted by name (accents ignored, so "Côte
// d'Ivoire" comes after "Costa Rica").
func All() []State {
	ix := index()
	out := make([]State, len(ix.states))
	for i, s := range ix.states {
		out[i] = s.clone()
	}
	return out
}

// clone copies the aliases so that callers cannot change the shared index.
func (s State) clone() State {
	s.Aliases = append([]string(nil), s.Aliases...)
	return s
}
