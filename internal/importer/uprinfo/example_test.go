package uprinfo_test

import (
	"fmt"

	"github.com/upr-tools/submit/internal/importer/uprinfo"
)

// A UPR Info export as the database wrote it: Mac Roman (0x8E is é), CR
// line ends, stray spaces, UPR Info's short names and an entity for an
// unknown recommending state.
func ExampleParse() {
	src := "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r" +
		"Cote d'Ivoire,Africa,,Ratify the Rome Statute ,DPR Korea,Asia,,Accepted,5,\"International instruments,Justice\",6\r" +
		"Morocco,Africa,,Support the Instance Equit\x8e - Reconciliation,&#40;Unknown&#41;,,,Noted,2,Justice,13"
	recs, err := uprinfo.Parse("export.csv", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range recs {
		fmt.Printf("%s: %s ← %q (session %d, cycle %d)\n", r.Pos, r.StateUnderReview, r.From, r.Session, r.Cycle)
		fmt.Printf("  %q %s, action %d, %q\n", r.Text, r.Response, r.ActionCategory, r.Themes)
		if len(r.Unmatched) > 0 {
			fmt.Printf("  unmatched: %q\n", r.Unmatched)
		}
	}
	// Output:
	// export.csv:2: Côte d'Ivoire ← ["Democratic People's Republic of Korea"] (session 6, cycle 1)
	//   "Ratify the Rome Statute" supported, action 5, ["International instruments" "Justice"]
	// export.csv:3: Morocco ← ["(Unknown)"] (session 13, cycle 2)
	//   "Support the Instance Equité - Reconciliation" noted, action 2, ["Justice"]
	//   unmatched: ["(Unknown)"]
}
