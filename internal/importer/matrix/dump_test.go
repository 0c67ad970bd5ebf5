package matrix

import (
	"errors"
	"fmt"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
)

// dump prints records and problems one field a line, for golden files: a
// change in what Parse reads shows as a readable diff.
func dump(recs []importer.Record, err error) string {
	var b strings.Builder
	for _, r := range recs {
		fmt.Fprintf(&b, "%s %s\n", r.Pos, r.Paragraph)
		field := func(name, v string) {
			if v != "" {
				fmt.Fprintf(&b, "  %s: %s\n", name, v)
			}
		}
		list := func(name string, vs []string) {
			if len(vs) > 0 {
				fmt.Fprintf(&b, "  %s: %s\n", name, strings.Join(vs, " | "))
			}
		}
		field("review", fmt.Sprintf("%s, cycle %d, session %d, %s", r.StateUnderReview, r.Cycle, r.Session, r.Report))
		list("from", r.From)
		field("text", r.Text)
		field("response", r.Response)
		field("source", r.ResponseSource)
		list("themes", r.Themes)
		list("groups", r.AffectedGroups)
		list("sdgs", r.SDGs)
		field("assessment", strings.ReplaceAll(r.Assessment, "\n", " / "))
		list("unmatched", r.Unmatched)
	}
	if err != nil {
		var l diag.List
		if errors.As(err, &l) {
			for _, p := range l {
				fmt.Fprintf(&b, "problem: %s\n", p)
			}
		} else {
			fmt.Fprintf(&b, "error: %s\n", err)
		}
	}
	return b.String()
}
