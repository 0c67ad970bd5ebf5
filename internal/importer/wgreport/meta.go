package wgreport

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/importer/wgreport/pdftext"
)

// titleState returns the state under review as the cover names it, or "":
// the line below the title "Report of the Working Group on the Universal
// Periodic Review*", which the PDF often breaks before "Review*".
func titleState(lines []pdftext.Line) string {
	var head []string
	for _, l := range lines[:min(len(lines), 60)] {
		if t := strings.TrimSpace(l.Text); t != "" {
			head = append(head, strings.TrimRight(t, "*"))
		}
	}
	for i, t := range head {
		if !strings.Contains(strings.ToLower(t), "working group on the universal periodic") {
			continue
		}
		next := i + 1
		if !strings.HasSuffix(strings.ToLower(t), "review") && next < len(head) && strings.EqualFold(head[next], "review") {
			next++
		}
		if next < len(head) {
			return head[next]
		}
		return ""
	}
	return ""
}

// sessionRE finds the Working Group session in the introduction:
// "held its thirty-fourth session", "held its 34th session".
var sessionRE = regexp.MustCompile(`(?i)held its\s+([a-z]+(?:[- ][a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+session`)

// session returns the Working Group session the report gives, or 0.
func session(text string) int {
	m := sessionRE.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	w := strings.ToLower(m[1])
	if n, err := strconv.Atoi(strings.TrimRight(w, "stndrh")); err == nil {
		return n
	}
	return ordinal(w)
}

var (
	ordinalUnits = map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
		"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
		"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
		"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
	}
	tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
)

// ordinal reads an English ordinal in words, "seventh" or "thirty-fourth";
// 0 when it is not one.
func ordinal(w string) int {
	w = strings.ReplaceAll(w, " ", "-")
	if n, ok := ordinalUnits[w]; ok {
		return n
	}
	t, u, ok := strings.Cut(w, "-")
	if !ok || tens[t] == 0 || ordinalUnits[u] == 0 || ordinalUnits[u] > 9 {
		return 0
	}
	return tens[t] + ordinalUnits[u]
}
