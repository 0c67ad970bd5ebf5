// Package importer turns the UPR data that exists in the wild (UPR Info
// database exports, OHCHR matrices, Working Group reports and the state's
// responses) into the workspace's recommendations. The parsers live in
// sub-packages, one per format, and give Records; this package merges
// them into the YAML files of a workspace and reports what it did.
package importer

import "github.com/upr-tools/submit/internal/diag"

// Record is one recommendation as a source gives it, before it is merged
// into a workspace. Names of states are canonical (states.Canonical) where
// they resolve, else kept as written and listed in Unmatched.
type Record struct {
	Pos diag.Pos // where the record starts in its source: file and line (or row)

	StateUnderReview string
	Cycle            int    // 1–4; from the session where the source gives only that
	Session          int    // Working Group session; 0 unknown
	Paragraph        string // "28.212"; "" when the source has none (UPR Info)
	Report           string // the Working Group report's symbol, A/HRC/40/6; "" unknown
	From             []string
	Text             string
	Response         string // workspace vocabulary (supported, noted…); "" unknown
	ResponseSource   string // A/HRC/40/6/Add.1, para. 3
	Themes           []string
	AffectedGroups   []string
	SDGs             []string
	ActionCategory   int    // UPR Info's 1–5; 0 unknown
	Assessment       string // a matrix's comments on the level of implementation

	// Unmatched lists the state names of this record that did not resolve.
	Unmatched []string
}

// Position is a state's response to one recommendation, as its addendum
// (…/Add.1) lists them: it sets the response of a recommendation already
// imported.
type Position struct {
	Pos       diag.Pos
	Paragraph string // "122.17"
	Response  string // supported or noted
	// Implemented is true for the addendum's "accepted and considered
	// already implemented or in the process of implementation".
	Implemented bool
	Source      string // A/HRC/43/15/Add.1, para. 4
}

// CycleOf returns the UPR cycle of a Working Group session: sessions 1–12
// were the first cycle (2008–2011), 13–26 the second, 27–40 the third and
// 41–54 the fourth; 0 for a session outside them.
func CycleOf(session int) int {
	switch {
	case session < 1:
		return 0
	case session <= 12:
		return 1
	case session <= 26:
		return 2
	case session <= 40:
		return 3
	case session <= 54:
		return 4
	}
	return 0
}
