package xlsx

import (
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
)

// column is one column of the Recommendations sheet. Exactly one of text,
// number and date is set: text cells are always stored as strings (so
// "28.10" and "=cmd…" stay as written), number cells as numbers, blank
// when 0, and dates as date serials, blank when zero.
type column struct {
	header string
	width  float64 // in characters, as Excel measures it
	wrap   bool    // long text: wrap inside the cell
	asText bool    // number format "@", so an edit keeps "28.10" as text
	text   func(*workspace.Recommendation) string
	number func(*workspace.Recommendation) int
	date   func(*workspace.Recommendation) workspace.Date
}

// list joins the items of a list field in one cell, trimmed, empty items
// left out.
func list(items []string) string {
	if len(items) == 1 {
		return strings.TrimSpace(items[0]) // most lists: no copy
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		if it = strings.TrimSpace(it); it != "" {
			out = append(out, it)
		}
	}
	return strings.Join(out, "; ")
}

// latest returns a field of the most recent assessment, or the zero value.
func latest[T any](get func(*workspace.Assessment) T) func(*workspace.Recommendation) T {
	return func(r *workspace.Recommendation) T {
		var zero T
		if a := r.Latest(); a != nil {
			return get(a)
		}
		return zero
	}
}

// columns lays out the Recommendations sheet, left to right. The widths
// keep short codes narrow and give the recommendation text the room.
var columns = []column{
	{header: "ID", width: 16, text: func(r *workspace.Recommendation) string { return r.ID }},
	{header: "Paragraph", width: 10, asText: true, text: func(r *workspace.Recommendation) string { return r.Paragraph }},
	{header: cycleHeader, width: 7, number: func(r *workspace.Recommendation) int { return r.Cycle }},
	{header: "Session", width: 8, number: func(r *workspace.Recommendation) int { return r.Session }},
	{header: "Report", width: 15, text: func(r *workspace.Recommendation) string { return r.Report }},
	{header: reviewHeader, width: 14, wrap: true, text: func(r *workspace.Recommendation) string { return r.StateUnderReview }},
	{header: statesHeader, width: 22, wrap: true, text: func(r *workspace.Recommendation) string { return list(r.From) }},
	{header: groupsHeader, width: 14, wrap: true, text: func(r *workspace.Recommendation) string { return regionalGroups(r.From) }},
	{header: "Text", width: 70, wrap: true, text: func(r *workspace.Recommendation) string { return r.Text }},
	{header: responseHeader, width: 12, wrap: true, text: func(r *workspace.Recommendation) string { return r.Response }},
	{header: "State's wording", width: 36, wrap: true, text: func(r *workspace.Recommendation) string { return r.ResponseWording }},
	{header: "Source of position", width: 22, wrap: true, text: func(r *workspace.Recommendation) string { return r.ResponseSource }},
	{header: themesHeader, width: 24, wrap: true, text: func(r *workspace.Recommendation) string { return list(r.Themes) }},
	{header: "Affected groups", width: 22, wrap: true, text: func(r *workspace.Recommendation) string { return list(r.AffectedGroups) }},
	{header: "SDGs", width: 8, wrap: true, text: func(r *workspace.Recommendation) string { return list(r.SDGs) }},
	{header: categoryHeader, width: 9, number: func(r *workspace.Recommendation) int { return r.ActionCategory }},
	{header: statusHeader, width: 16, wrap: true, text: latest(func(a *workspace.Assessment) string { return a.Status })},
	{header: "Assessed", width: 9, number: latest(func(a *workspace.Assessment) int { return a.Year })},
	{header: "Assessment note", width: 40, wrap: true, text: latest(func(a *workspace.Assessment) string { return a.Note })},
	{header: "Evidence", width: 18, wrap: true, text: latest(func(a *workspace.Assessment) string { return list(a.Evidence) })},
	{header: "Implementation history", width: 50, wrap: true, text: history},
	// The tracking fields come last, so the columns above keep their letters.
	{header: "Lead / responsible body", width: 22, wrap: true, text: func(r *workspace.Recommendation) string { return r.Lead }},
	{header: "Notes", width: 40, wrap: true, text: func(r *workspace.Recommendation) string { return r.Notes }},
	{header: updatedHeader, width: 11, date: func(r *workspace.Recommendation) workspace.Date { return r.Updated }},
}

// Headers of the columns that carry drop-down lists and colours.
const (
	responseHeader = "Response"
	statusHeader   = "Implementation status"
	categoryHeader = "Action category"
	updatedHeader  = "Last updated"
)

// Headers of the columns the summary formulas read.
const (
	statesHeader = "Recommending states"
	groupsHeader = "Regional groups"
	themesHeader = "Themes"
	reviewHeader = "State under review"
	cycleHeader  = "Cycle"
)

// columnNumber returns the 1-based position of the column with this
// header; 0 if there is none, which only a change to columns can cause.
func columnNumber(header string) int {
	for i, c := range columns {
		if c.header == header {
			return i + 1
		}
	}
	return 0
}
