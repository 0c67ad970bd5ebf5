package xlsx

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/upr-tools/submit/internal/states"
	"github.com/upr-tools/submit/internal/workspace"
)

// Summary sheets, in workbook order after the Recommendations sheet.
const (
	StateSheet    = "By state"
	GroupSheet    = "By group"
	ThemeSheet    = "By theme"
	CategorySheet = "By action category"
	CycleSheet    = "By cycle"
)

// breakdown is one summary sheet: a row per key (a state, a theme…), each
// counting responses with formulas over the Recommendations sheet, so the
// counts follow a coordinator's edits.
type breakdown struct {
	sheet  string
	keys   []keyColumn
	rows   []keyRow
	choose func(row int) string // the row's condition, as an array formula over the data rows
	total  tally                // every recommendation with an ID, for the totals row
}

type keyColumn struct {
	header string
	width  float64
}

// keyRow is one row: its key cells (string or int) and what the Go twin
// of its condition counts, which gives the cached values.
type keyRow struct {
	keys  []any
	tally tally
}

// breakdowns lays out the summary sheets for recs, which fill rows data
// rows of the Recommendations sheet. Each sheet's counts come from one
// pass over the recommendations, not one per row: at 100,000
// recommendations and hundreds of rows that would be most of the build.
func breakdowns(recs []*workspace.Recommendation, rows int) []breakdown {
	bds := []breakdown{
		listBreakdown(StateSheet, "Recommending state", statesHeader, rows, recs, nil),
		listBreakdown(GroupSheet, "Regional group", groupsHeader, rows, recs, groupNames()),
		listBreakdown(ThemeSheet, "Theme", themesHeader, rows, recs, nil),
		categoryBreakdown(recs, rows),
		cycleBreakdown(recs, rows),
	}
	total := count(recs, "", func(r *workspace.Recommendation) bool { return r.ID != "" })
	for i := range bds {
		bds[i].total = total
	}
	return bds
}

func from(r *workspace.Recommendation) []string { return r.From }

func themes(r *workspace.Recommendation) []string { return r.Themes }

// groups splits the Regional groups cell back into its items.
func groups(r *workspace.Recommendation) []string {
	return strings.Split(regionalGroups(r.From), "; ")
}

// groupNames are the five regional groups as the Regional groups column
// abbreviates them, in the UN's order.
func groupNames() []string {
	var out []string
	for _, g := range states.Groups {
		out = append(out, states.State{Group: g}.GroupShort())
	}
	return out
}

// listBreakdown counts by the items of a "; "-joined column, a row per
// name: the given names, or without them every item of the data, most
// recommendations first. Both sides of the search get the separator
// around them ("; Niger; " in "; Nigeria; Niger; "), so a name inside
// another (Niger, Nigeria; Sudan, South Sudan) is not counted for it.
// FIND, unlike COUNTIFS criteria, has no wildcards or operators, so names
// with "?", "*" or a leading "=" match literally.
func listBreakdown(sheet, keyHeader, column string, rows int, recs []*workspace.Recommendation, names []string) breakdown {
	items := map[string]func(*workspace.Recommendation) []string{
		statesHeader: from, groupsHeader: groups, themesHeader: themes,
	}[column]
	b := breakdown{
		sheet: sheet,
		keys:  []keyColumn{{keyHeader, 36}},
		choose: func(row int) string {
			return fmt.Sprintf(`ISNUMBER(FIND("; "&$A%d&"; ","; "&%s&"; "))`, row, dataRange(column, rows))
		},
	}
	// summarizeBy counts a recommendation once for each distinct trimmed
	// item, as the formula finds it.
	byName := map[string]tally{}
	ranked := summarizeBy(recs, items).States
	for _, t := range ranked {
		byName[t.Name] = t
	}
	if names == nil {
		for _, t := range ranked {
			names = append(names, t.Name)
		}
	}
	for _, name := range names {
		t, ok := byName[name]
		if !ok {
			t = newTally(name)
		}
		b.rows = append(b.rows, keyRow{keys: []any{name}, tally: t})
	}
	return b
}

// categoryMeaning names UPR Info's action categories (Edward McMahon's
// scale), from 1 to 5.
var categoryMeaning = []string{"minimal action", "continuing action", "considering action", "general action", "specific action"}

func categoryBreakdown(recs []*workspace.Recommendation, rows int) breakdown {
	b := breakdown{
		sheet: CategorySheet,
		keys:  []keyColumn{{categoryHeader, 10}, {"Meaning", 20}},
		choose: func(row int) string {
			return fmt.Sprintf("(%s=$A%d)", dataRange(categoryHeader, rows), row)
		},
	}
	for c := minCategory; c <= maxCategory; c++ {
		b.rows = append(b.rows, keyRow{keys: []any{c, categoryMeaning[c-minCategory]}, tally: newTally("")})
	}
	for _, r := range recs {
		if c := r.ActionCategory; minCategory <= c && c <= maxCategory {
			b.rows[c-minCategory].tally.add(r.Response)
		}
	}
	return b
}

// cycleBreakdown has a row per state under review and cycle, states in
// dictionary order, cycles in order.
func cycleBreakdown(recs []*workspace.Recommendation, rows int) breakdown {
	type pair struct {
		state string
		cycle int
	}
	seen := map[pair]*tally{}
	var pairs []pair
	for _, r := range recs {
		p := pair{r.StateUnderReview, r.Cycle}
		if p.state == "" || p.cycle == 0 {
			continue
		}
		t := seen[p]
		if t == nil {
			nt := newTally("")
			t = &nt
			seen[p] = t
			pairs = append(pairs, p)
		}
		t.add(r.Response)
	}
	col := collate.New(language.English)
	slices.SortFunc(pairs, func(a, b pair) int {
		if c := col.CompareString(a.state, b.state); c != 0 {
			return c
		}
		if c := strings.Compare(a.state, b.state); c != 0 {
			return c
		}
		return cmp.Compare(a.cycle, b.cycle)
	})
	b := breakdown{
		sheet: CycleSheet,
		keys:  []keyColumn{{reviewHeader, 24}, {cycleHeader, 8}},
		choose: func(row int) string {
			return fmt.Sprintf("(%s=$A%d)*(%s=$B%d)", dataRange(reviewHeader, rows), row, dataRange(cycleHeader, rows), row)
		},
	}
	for _, p := range pairs {
		b.rows = append(b.rows, keyRow{keys: []any{p.state, p.cycle}, tally: *seen[p]})
	}
	return b
}

// dataRange is the absolute, sheet-qualified range of one column over the
// data rows and the spare rows, like Recommendations!$J$2:$J$506: rows a
// coordinator adds below the data count too, up to spareRows of them.
// Plain ranges rather than RecommendationTable[Response], which not every
// reader resolves.
func dataRange(header string, rows int) string {
	col := columnNumber(header)
	a, _ := excelize.CoordinatesToCellName(col, 2, true)
	b, _ := excelize.CoordinatesToCellName(col, rows+1+spareRows, true)
	return RecommendationsSheet + "!" + a + ":" + b
}
