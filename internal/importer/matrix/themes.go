package matrix

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// themeLists is what the themes and SDG columns say of a recommendation.
type themeLists struct {
	themes, groups, sdgs []string
}

// subList is a heading inside a themes cell that starts a sub-list:
// "Affected persons:" (cycles 2–3), "Groups of Persons:" (cycle 4),
// "SDGs:".
type subList int

const (
	inThemes subList = iota
	inGroups
	inSDGs
)

var subListHeading = regexp.MustCompile(`(?i)^(affected persons|persons affected|affected groups|groups? of persons|sdgs?|relevant sdgs|sustainable development goals|human rights themes|themes?|rights)\s*:\s*(.*)$`)

func headingKind(h string) subList {
	h = strings.ToLower(h)
	switch {
	case strings.Contains(h, "person") || strings.Contains(h, "group"):
		return inGroups
	case strings.Contains(h, "sdg") || strings.Contains(h, "development"):
		return inSDGs
	}
	return inThemes
}

// sdgEntry matches the ways the lists name a goal: "S16 SDG 16 - peace,
// justice…" (the coded list of cycles 2–3), "SDG 16", "Goal 16".
var sdgEntry = regexp.MustCompile(`(?i)^(?:S[0-9]{1,2}\s+)?(?:SDG|goal)\s*([0-9]{1,2})\b`)

// bareSDG is an entry of an SDG list: "16 - PEACE, JUSTICE AND STRONG
// INSTITUTIONS". Only read as a goal where a goal is expected, since a
// theme can start with a number ("2030 Agenda & other voluntary
// commitments").
var bareSDG = regexp.MustCompile(`^([0-9]{1,2})(?:\s*[-–—:.]|\s*$)`)

// sdgNumber reads a goal's number, 1 to 17; bare allows a number alone.
func sdgNumber(item string, bare bool) (string, bool) {
	m := sdgEntry.FindStringSubmatch(item)
	if m == nil && bare {
		m = bareSDG.FindStringSubmatch(item)
	}
	if m == nil {
		return "", false
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n < 1 || n > 17 {
		return "", false
	}
	return strconv.Itoa(n), true
}

// addThemes reads a themes cell: themes as listed, coded ones with their
// code ("A12 Acceptance of international norms"), SDG entries as the
// goal's number, and the "Affected persons:" or "Groups of Persons:"
// sub-list as affected groups. It returns the entries of an SDG sub-list
// that name no goal.
func (t *themeLists) addThemes(paras []string) (bad []string) {
	mode := inThemes
	for _, l := range lines(paras) {
		if m := subListHeading.FindStringSubmatch(l); m != nil {
			mode = headingKind(m[1])
			if l = strings.TrimSpace(m[2]); l == "" {
				continue
			}
		}
		item := trimBullet(l)
		if item == "" {
			continue
		}
		if n, ok := sdgNumber(item, mode == inSDGs); ok {
			t.sdgs = appendNew(t.sdgs, n)
			continue
		}
		switch mode {
		case inGroups:
			t.groups = appendNew(t.groups, item)
		case inSDGs:
			bad = append(bad, item)
		default:
			t.themes = appendNew(t.themes, item)
		}
	}
	return bad
}

// addSDGs reads a "Relevant SDGs" cell: one goal an entry. It returns the
// entries that name no goal.
func (t *themeLists) addSDGs(paras []string) (bad []string) {
	for _, l := range lines(paras) {
		if m := subListHeading.FindStringSubmatch(l); m != nil {
			if l = strings.TrimSpace(m[2]); l == "" {
				continue
			}
		}
		item := trimBullet(l)
		if item == "" {
			continue
		}
		if n, ok := sdgNumber(item, true); ok {
			t.sdgs = appendNew(t.sdgs, n)
		} else {
			bad = append(bad, item)
		}
	}
	return bad
}

// merge adds the entries of o not yet listed: a recommendation that a
// matrix lists under two themes gets the themes of both rows.
func (t *themeLists) merge(o themeLists) {
	for _, s := range o.themes {
		t.themes = appendNew(t.themes, s)
	}
	for _, s := range o.groups {
		t.groups = appendNew(t.groups, s)
	}
	for _, s := range o.sdgs {
		t.sdgs = appendNew(t.sdgs, s)
	}
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// trimBullet drops a list item's bullet: "- general", "• Children".
func trimBullet(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimLeft(s, "-–—•·▪◦*")
		if t == s {
			return s
		}
		s = strings.TrimSpace(t)
	}
}
