package matrix

import (
	"regexp"
	"strings"
)

// sourceLine is the "Source of position:" line of a recommendation:
// "A/HRC/40/6/Add.1 - Para. 2", "A/HRC/59/15/Add.1 - Para.3", or in the
// cycle 2 matrix the report's own paragraph, "A/HRC/25/5/Add.1 - Para.
// 186.28.".
var sourceLine = regexp.MustCompile(`(?i)^source of position\s*:?\s*(.*)$`)

var symbolPara = regexp.MustCompile(`(?i)^(A/HRC/[A-Za-z0-9./]+?)\.?\s*(?:[-–—,;:]\s*)?(?:paras?\.?|paragraphs?)\s*([0-9][0-9A-Za-z.,\s\-–]*?)[.\s]*$`)

// addendum matches the part of a symbol that names an addendum or
// corrigendum: what is left is the Working Group report.
var addendum = regexp.MustCompile(`(?i)/(?:Add|Corr|Rev)\.[0-9].*$`)

var reportSymbol = regexp.MustCompile(`^A/HRC/[0-9]{1,3}/[0-9]{1,4}$`)

// parseSource reads a source line into the record's ResponseSource
// ("A/HRC/40/6/Add.1, para. 2") and the Working Group report it answers
// ("A/HRC/40/6"). A line it cannot read is kept as written, with no
// report.
func parseSource(l string) (source, report string) {
	m := sourceLine.FindStringSubmatch(oneLine(l))
	if m == nil {
		return "", ""
	}
	rest := strings.TrimSpace(m[1])
	sm := symbolPara.FindStringSubmatch(rest)
	if sm == nil {
		first, _, _ := strings.Cut(rest, " ")
		return strings.TrimRight(rest, " ."), reportOf(first)
	}
	sym := sm[1]
	return sym + ", para. " + strings.TrimSpace(sm[2]), reportOf(sym)
}

// reportOf is the Working Group report of a document symbol: the symbol
// without its /Add.1; "" when it is not an A/HRC report symbol.
func reportOf(sym string) string {
	r := addendum.ReplaceAllString(strings.TrimRight(sym, ".,;"), "")
	if !reportSymbol.MatchString(r) {
		return ""
	}
	return r
}
