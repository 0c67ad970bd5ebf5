package reconcile

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/states"
	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/yamledit"
)

// newRow is a typed row read as a recommendation.
type newRow struct {
	review     review
	session    int
	cycle      int
	paragraph  string
	text       string
	from       []string
	fields     []yamledit.Field // in the data model's order, the id aside
	assessment []yamledit.Field // the first assessment, when the row gives one
}

// readRow reads a typed row's cells as a new recommendation, or says what
// is missing or wrong.
func readRow(cells map[string]string) (row newRow, problems []string) {
	var missing []string
	for _, c := range columns[1:] { // the ID is the caller's
		raw := strings.TrimSpace(cells[c.header])
		if raw == "" {
			if c.required {
				missing = append(missing, c.header)
			}
			continue
		}
		raw = canonicalCell(c.header, raw)
		v, err := toValue(c.kind, raw)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", c.header, err))
			continue
		}
		switch c.key {
		case "state_under_review":
			row.review.state = raw
			problems = append(problems, stateProblems(c.header, []string{raw})...)
		case "from":
			row.from = splitList(raw)
			problems = append(problems, stateProblems(c.header, row.from)...)
		case "action_category":
			if n, _ := strconv.Atoi(raw); n < 1 || n > 5 {
				problems = append(problems, fmt.Sprintf("%s: %s is not 1 to 5 (UPR Info's scale)", c.header, raw))
			}
		case "cycle":
			row.cycle, _ = strconv.Atoi(raw)
			row.review.cycle = row.cycle
			if row.cycle < 1 || row.cycle > 9 {
				problems = append(problems, fmt.Sprintf("%s: %d is not a UPR cycle (1 to 9)", c.header, row.cycle))
			}
		case "session":
			row.session, _ = strconv.Atoi(raw)
		case "response":
			if v, err = vocabulary(c.header, raw, workspace.ResponseValues); err != nil {
				problems = append(problems, err.Error())
			}
		case "paragraph":
			row.paragraph = raw
		case "text":
			row.text = raw
		}
		row.fields = append(row.fields, yamledit.Field{Key: c.key, Value: v})
	}
	if len(missing) > 0 {
		problems = append([]string{"it needs " + strings.Join(missing, ", ")}, problems...)
	}
	a, err := readAssessment(cells)
	if err != nil {
		problems = append(problems, err.Error())
	}
	row.assessment = a
	return row, problems
}

// readAssessment reads a typed row's assessment columns as its first
// assessment: none when they are blank. The year is Assessed, or else the
// year of Last updated.
func readAssessment(cells map[string]string) ([]yamledit.Field, error) {
	blank := true
	for _, c := range assessment {
		blank = blank && strings.TrimSpace(cells[c.header]) == ""
	}
	if blank {
		return nil, nil
	}
	status := strings.TrimSpace(cells[statusColumn])
	if status == "" {
		return nil, fmt.Errorf("an assessment needs an %s", statusColumn)
	}
	sv, err := vocabulary(statusColumn, status, workspace.StatusValues)
	if err != nil {
		return nil, err
	}
	year := 0
	if s := strings.TrimSpace(cells[yearColumn]); s != "" {
		if year, err = strconv.Atoi(s); err != nil {
			return nil, fmt.Errorf("%s: %q is not a year", yearColumn, s)
		}
	} else if d, err := workspace.ParseDate(normal(date, cells[updatedColumn])); err == nil {
		year = d.Year
	}
	if year == 0 {
		return nil, fmt.Errorf("the assessment needs a year: fill in %s (or %s)", yearColumn, updatedColumn)
	}
	fields := []yamledit.Field{{Key: "year", Value: yamledit.Int(year)}, {Key: "status", Value: sv}}
	for _, c := range assessment[2:] {
		v, err := toValue(c.kind, cells[c.header])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.header, err)
		}
		if !v.IsRemove() {
			fields = append(fields, yamledit.Field{Key: c.key, Value: v})
		}
	}
	return fields, nil
}

// vocabulary reads a cell that must be one of values, in any case.
func vocabulary(header, s string, values []string) (yamledit.Value, error) {
	if w, ok := word(s, values); ok {
		return yamledit.Text(w), nil
	}
	return yamledit.Value{}, fmt.Errorf("%s %q is not one of: %s", header, s, strings.Join(values, ", "))
}

// word returns the word of values that s is, in any case.
func word(s string, values []string) (string, bool) {
	for _, v := range values {
		if strings.EqualFold(v, strings.TrimSpace(s)) {
			return v, true
		}
	}
	return s, false
}

// stateProblems reports the names that are not UN member or observer
// states, with the nearest names when there are some.
func stateProblems(header string, names []string) []string {
	var out []string
	for _, n := range names {
		if _, ok := states.Lookup(n); ok {
			continue
		}
		msg := fmt.Sprintf("%s: %q is not a UN member or observer state", header, n)
		if sug := states.Suggest(n); len(sug) > 0 {
			msg += fmt.Sprintf(" (did you mean %q?)", sug[0])
		}
		out = append(out, msg)
	}
	return out
}
