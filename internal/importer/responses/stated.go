package responses

import "regexp"

// Stated is what an addendum says of its own counts, where it says them:
// so that an import can be checked against the state's word. Zero means
// not stated.
type Stated struct {
	Total int // recommendations the report made: "contains 215 recommendations"
	// SupportedAtReview were supported in the report itself, before the
	// addendum: "of which 58 were immediately supported".
	SupportedAtReview int
	Supported         int // supported by the addendum: "124 are now supported", "accepts 142 recommendations"
	Noted             int // noted by the addendum: "and 33 noted", "notes 21 recommendations"
}

var (
	totalRE    = regexp.MustCompile(`(?i)\b(?:contains|received|made)\s+(\d{1,4})\s+recommendations`)
	atReviewRE = regexp.MustCompile(`(?i)\b(\d{1,4})\s+(?:were|was|had been)\s+(?:immediately|already)\s+(?:supported|accepted)`)
	supportRE  = regexp.MustCompile(`(?i)\b(\d{1,4})\s+(?:are|were|is)\s+now\s+(?:supported|accepted)|\b(?:accepts|supports)\s+(\d{1,4})\s+recommendations`)
	notedRE    = regexp.MustCompile(`(?i)\b(\d{1,4})\s+(?:are\s+|were\s+)?(?:now\s+)?noted\b|\bnotes\s+(\d{1,4})\s+recommendations`)
)

// stated reads the counts from the addendum's opening paragraphs.
func stated(text string) Stated {
	return Stated{
		Total:             first(totalRE, text),
		SupportedAtReview: first(atReviewRE, text),
		Supported:         first(supportRE, text),
		Noted:             first(notedRE, text),
	}
}

// first returns the number of the first match of re in text, from
// whichever of its groups matched.
func first(re *regexp.Regexp, text string) int {
	m := re.FindStringSubmatch(text)
	for _, g := range m[min(1, len(m)):] {
		if g != "" {
			return num(g)
		}
	}
	return 0
}
