package importer

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/upr-tools/submit/internal/workspace"
	"github.com/upr-tools/submit/internal/yamledit"
)

// implementedWording is what the data says of a recommendation the state
// accepted and considers already implemented or in the process of
// implementation: the state's claim, not an assessment.
const implementedWording = "Supported; the State considers it already implemented or in the process of implementation"

// PlanPositions sets the responses of recommendations already in the data
// from the state's addendum. report is the Working Group report the
// addendum answers (A/HRC/43/15 for A/HRC/43/15/Add.1): recommendations
// are found by that report and their paragraph number. Paragraphs the
// data lacks are listed in the summary's NotFound, not added.
func PlanPositions(ws *workspace.Workspace, positions []Position, report string) (*Changes, *Summary, error) {
	m := newMerge(ws)
	byPara := map[string]*workspace.Recommendation{}
	for _, r := range ws.Recommendations {
		if r.Paragraph != "" && strings.EqualFold(strings.TrimSpace(r.Report), report) {
			byPara[r.Paragraph] = r
		}
	}
	if len(byPara) == 0 && len(positions) > 0 {
		return nil, nil, fmt.Errorf("no recommendation in the data has report %q and a paragraph number: import the Working Group report (submit import wg-report) or the matrix first", report)
	}
	prefix := listPrefix(byPara)
	for _, p := range positions {
		if !strings.Contains(p.Paragraph, ".") && prefix != "" {
			// A first-cycle addendum numbers its answers 1, 2, 3 … as the
			// report's single list paragraph (111) numbers them.
			p.Paragraph = prefix + "." + p.Paragraph
		}
		m.sum.Read++
		m.sum.Responses[p.Response]++
		r := byPara[p.Paragraph]
		if r == nil {
			m.sum.NotFound = append(m.sum.NotFound, fmt.Sprintf("%s: %s of %s is not in the data", p.Pos, p.Paragraph, report))
			continue
		}
		changed := false
		set := func(field, have, want string) {
			if want != "" && want != have {
				m.edit(r, field, yamledit.Text(want), have)
				changed = true
			}
		}
		set("response", r.Response, p.Response)
		set("response_source", r.ResponseSource, p.Source)
		if p.Implemented {
			set("response_wording", r.ResponseWording, implementedWording)
		}
		if !changed {
			m.sum.Unchanged++
		}
	}
	if err := m.applyEdits(); err != nil {
		return nil, nil, err
	}
	m.sum.Files = slices.Sorted(maps.Keys(m.files))
	return &Changes{Files: m.files}, m.sum, nil
}

// listPrefix is the paragraph that numbers every recommendation of the
// report ("111" for 111.1 … 111.97), or "" when there are several.
func listPrefix(byPara map[string]*workspace.Recommendation) string {
	prefix := ""
	for para := range byPara {
		head, _, ok := strings.Cut(para, ".")
		if !ok || (prefix != "" && head != prefix) {
			return ""
		}
		prefix = head
	}
	return prefix
}
