package xlsx

import (
	"fmt"

	"github.com/upr-tools/submit/internal/workspace"
)

// fixture is a small workspace that touches every column: several
// recommending states, a paragraph that looks like a number, an
// implementation history out of order, and text that looks like formulas.
func fixture() *workspace.Workspace {
	return &workspace.Workspace{
		Submission: &workspace.Submission{
			Title: "Joint submission on Slovenia and China",
			Date:  workspace.Date{Year: 2024, Month: 3, Day: 14},
		},
		Recommendations: []*workspace.Recommendation{
			{
				ID: "svn3-121.9", Paragraph: "121.9", Cycle: 3, Session: 34, Report: "A/HRC/43/15",
				StateUnderReview: "Slovenia", From: []string{"Egypt"},
				Text:           "Increase governmental efforts to combat racism, intolerance and hate speech",
				Response:       workspace.Supported,
				ResponseSource: "A/HRC/43/15, para. 121",
				Themes:         []string{"racial discrimination"}, SDGs: []string{"16"}, ActionCategory: 4,
				Lead: "Ministry of Justice", Notes: "=follow up after the mid-term report", Updated: workspace.Date{Year: 2024, Month: 5, Day: 2},
				Implementation: []workspace.Assessment{
					{Year: 2024, Status: "partially implemented", Note: "Action plan adopted;\nno budget.", Evidence: []string{"hate-speech-report", "ombud-2023"}},
					{Year: 2021, Status: "not implemented"},
				},
			},
			{
				ID: "chn3-28.10", Paragraph: "28.10", Cycle: 3, Session: 31, Report: "A/HRC/40/6",
				StateUnderReview: "China", From: []string{"Benin", "Estonia"},
				Text:            "Ratify the International Covenant on Civil and Political Rights",
				Response:        workspace.Noted,
				ResponseWording: "China is making preparations for ratification.",
				ResponseSource:  "A/HRC/40/6/Add.1, para. 3",
				Themes:          []string{"international instruments", "civil and political rights"},
				AffectedGroups:  []string{"women", "girls"},
				Updated:         workspace.Date{Year: 2024, Month: 6}, // a month only
			},
			{
				ID: "svn3-122.2", Paragraph: "122.2", Cycle: 3, Session: 34, Report: "A/HRC/43/15",
				StateUnderReview: "Slovenia", From: []string{"Bangladesh", "Egypt"},
				Text:     "Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
				Response: workspace.Noted, ActionCategory: 5,
			},
			{
				ID: "chn3-28.212", Paragraph: "28.212", Cycle: 3, Session: 31,
				StateUnderReview: "China", From: []string{"Türkiye"},
				Text:            `=HYPERLINK("http://example.com/x","click me")`,
				Response:        workspace.PartiallySupported,
				ResponseWording: "-1+2 parts accepted",
				Themes:          []string{"+themes"},
				Implementation: []workspace.Assessment{
					{Year: 2022, Status: "not assessed", Note: "@SUM(1,2)"},
				},
			},
			{
				ID: "svn3-pending", Cycle: 3, StateUnderReview: "Slovenia",
				From:     []string{"Turkmenistan", "Egypt", " Egypt "},
				Text:     "Consider a national human rights institution with a broad mandate",
				Response: workspace.Pending,
			},
		},
	}
}

// generated returns a workspace of n recommendations, for the benchmark
// and the determinism test.
func generated(n int) *workspace.Workspace {
	states := []string{"Egypt", "Benin", "Estonia", "Türkiye", "Brazil", "Canada", "Japan", "Uruguay"}
	ws := fixture()
	ws.Recommendations = nil
	for i := range n {
		ws.Recommendations = append(ws.Recommendations, &workspace.Recommendation{
			ID: fmt.Sprintf("gen-%d", i), Paragraph: fmt.Sprintf("28.%d", i%400+1), Cycle: 3, Session: 31,
			Report: "A/HRC/40/6", StateUnderReview: "China",
			From:     []string{states[i%len(states)], states[(i*7+3)%len(states)]},
			Text:     fmt.Sprintf("Recommendation number %d: take measures to guarantee the rights at stake, and report on progress.", i),
			Response: workspace.ResponseValues[i%len(workspace.ResponseValues)],
			Themes:   []string{"theme " + fmt.Sprint(i%13)}, ActionCategory: i%5 + 1,
			Implementation: []workspace.Assessment{
				{Year: 2021, Status: "not implemented"},
				{Year: 2023, Status: "partially implemented", Note: "Some progress.", Evidence: []string{fmt.Sprintf("ev-%d", i%50)}},
			},
		})
	}
	return ws
}
