package responses

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// item is one entry of a list of recommendations: "122.1", "122.17-18",
// "122.62-66" broken across lines ("122.62-\n66"), "122.34- 35", "14–16",
// "150 – 152", "122.5–122.9".
const item = `\d{1,4}(?:\.\d{1,4})?(?:\s*[-–—−]\s*\d{1,4}(?:\.\d{1,4})?)?`

var (
	itemRE  = regexp.MustCompile(item)
	partsRE = regexp.MustCompile(`^(?:(\d+)\.)?(\d+)(?:\s*[-–—−]\s*(?:(\d+)\.)?(\d+))?$`)
)

// maxRange bounds a range so that a typo ("122.1-1000") cannot make
// thousands of positions; no report has that many recommendations.
const maxRange = 999

// expand returns the recommendation numbers of a list item: "122.17-18"
// gives 122.17 and 122.18, "6–13" gives 6 to 13. A range whose ends do
// not make sense is an error, for a warning: it is not guessed at.
func expand(s string) ([]string, error) {
	m := partsRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return nil, fmt.Errorf("%q is not a recommendation number or range", s)
	}
	para, from, toPara, to := m[1], num(m[2]), m[3], m[4]
	prefix := ""
	if para != "" {
		prefix = strconv.Itoa(num(para)) + "."
	}
	if to == "" {
		return []string{prefix + strconv.Itoa(from)}, nil
	}
	if toPara != "" && (para == "" || num(toPara) != num(para)) {
		return nil, fmt.Errorf("range %q runs across paragraphs", s)
	}
	end := num(to)
	switch {
	case end < from:
		return nil, fmt.Errorf("range %q runs backwards", s)
	case end-from >= maxRange:
		return nil, fmt.Errorf("range %q holds more than %d recommendations", s, maxRange)
	}
	out := make([]string, 0, end-from+1)
	for n := from; n <= end; n++ {
		out = append(out, prefix+strconv.Itoa(n))
	}
	return out, nil
}

// num reads at most four digits (the regular expressions say so).
func num(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
