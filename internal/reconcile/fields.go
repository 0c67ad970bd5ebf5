package reconcile

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/yamledit"
)

// kinds of values a workbook column holds.
const (
	text = iota
	list
	whole
	date
)

// column is a workbook column sync writes into a recommendation field.
type column struct {
	header, key string
	kind        int
	required    bool
	// newOnly columns are read for new rows only: changing them on an
	// existing row would move the recommendation to another review.
	newOnly bool
}

// columns are the synced columns of the Recommendations sheet, in the
// order of the data model, which is the order of a new recommendation's
// fields. Columns not here are derived (regional groups, implementation
// history) or read as an assessment (see implementation.go).
var columns = []column{
	{header: "ID", key: "id", kind: text, newOnly: true},
	{header: "Paragraph", key: "paragraph", kind: text},
	{header: "Cycle", key: "cycle", kind: whole, required: true, newOnly: true},
	{header: "Session", key: "session", kind: whole},
	{header: "Report", key: "report", kind: text},
	{header: "State under review", key: "state_under_review", kind: text, required: true, newOnly: true},
	{header: "Recommending states", key: "from", kind: list, required: true},
	{header: "Text", key: "text", kind: text, required: true},
	{header: "Response", key: "response", kind: text, required: true},
	{header: "State's wording", key: "response_wording", kind: text},
	{header: "Source of position", key: "response_source", kind: text},
	{header: "Themes", key: "themes", kind: list},
	{header: "Affected groups", key: "affected_groups", kind: list},
	{header: "SDGs", key: "sdgs", kind: list},
	{header: "Action category", key: "action_category", kind: whole},
	{header: "Lead / responsible body", key: "lead", kind: text},
	{header: "Notes", key: "notes", kind: text},
	{header: "Last updated", key: "updated", kind: date},
}

// columnByHeader finds a synced column.
func columnByHeader(header string) (column, bool) {
	for _, c := range columns {
		if c.header == header {
			return c, true
		}
	}
	return column{}, false
}

// Headers of the columns that show the latest assessment of implementation:.
const (
	statusColumn   = "Implementation status"
	yearColumn     = "Assessed"
	noteColumn     = "Assessment note"
	evidenceColumn = "Evidence"
	updatedColumn  = "Last updated"
)

// assessment maps the assessment columns to the fields of an assessment.
var assessment = []column{
	{header: yearColumn, key: "year", kind: whole},
	{header: statusColumn, key: "status", kind: text},
	{header: noteColumn, key: "note", kind: text},
	{header: evidenceColumn, key: "evidence", kind: list},
}

func isAssessmentColumn(header string) bool {
	for _, c := range assessment {
		if c.header == header {
			return true
		}
	}
	return false
}

// midnight is the time a spreadsheet may add to a typed date.
var midnight = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})[ T]0?0:00(:00)?$`)

// toValue reads a cell as the column's kind; a blank cell is Remove.
func toValue(kind int, s string) (yamledit.Value, error) {
	s = strings.TrimSpace(s)
	switch kind {
	case list:
		items := splitList(s)
		if len(items) == 0 {
			return yamledit.Remove(), nil
		}
		return yamledit.List(items...), nil
	case whole:
		if s == "" {
			return yamledit.Remove(), nil
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			return yamledit.Value{}, fmt.Errorf("%q is not a whole number", s)
		}
		return yamledit.Int(n), nil
	case date:
		if s == "" {
			return yamledit.Remove(), nil
		}
		if m := midnight.FindStringSubmatch(s); m != nil {
			s = m[1]
		}
		if _, err := workspace.ParseDate(s); err != nil {
			return yamledit.Value{}, err
		}
		return yamledit.Date(s), nil
	}
	if s == "" {
		return yamledit.Remove(), nil
	}
	return yamledit.Text(s), nil
}

// splitList reads a list cell: items separated by ";", blanks left out.
func splitList(s string) []string {
	var items []string
	for _, it := range strings.Split(s, ";") {
		if it = strings.TrimSpace(it); it != "" {
			items = append(items, it)
		}
	}
	return items
}

// normal is a cell as the workbook would show it once synced and rebuilt,
// to compare a typed cell with the data's: trimmed, lists re-joined.
func normal(kind int, s string) string {
	s = strings.TrimSpace(s)
	switch kind {
	case list:
		return strings.Join(splitList(s), "; ")
	case date:
		if m := midnight.FindStringSubmatch(s); m != nil {
			s = m[1]
		}
		if d, err := workspace.ParseDate(s); err == nil {
			return d.String()
		}
	}
	return s
}
