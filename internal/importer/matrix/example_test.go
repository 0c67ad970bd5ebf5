package matrix_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/upr-tools/submit/internal/importer/matrix"
)

// A cycle 4 thematic list: each row gives a record with its recommending
// states, the position and where the State gave it, themes, groups of
// persons and SDGs. The state under review, cycle and session come from
// the document's title.
func ExampleParse() {
	data, err := os.ReadFile("testdata/thematic-list.docx")
	if err != nil {
		fmt.Println(err)
		return
	}
	recs, err := matrix.Parse("thematic-list.docx", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range recs[:2] {
		fmt.Printf("%s %s (%s, cycle %d, session %d, %s)\n", r.Pos, r.Paragraph, r.StateUnderReview, r.Cycle, r.Session, r.Report)
		fmt.Printf("  %s\n  from %s: %s (%s)\n", r.Text, strings.Join(r.From, ", "), r.Response, r.ResponseSource)
		fmt.Printf("  themes %q\n  groups %q\n  SDGs %s\n", r.Themes, r.AffectedGroups, strings.Join(r.SDGs, " "))
	}
	// Output:
	// thematic-list.docx:3 140.7 (Slovenia, cycle 4, session 48, A/HRC/59/15)
	//   Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights
	//   from Maldives, Portugal: supported (A/HRC/59/15/Add.1, para. 3)
	//   themes ["Ratification of & accession to international instruments" "Economic, social & cultural rights - general measures of implementation"]
	//   groups ["Public officials"]
	//   SDGs 1 2 3 4 5 6 7 8
	// thematic-list.docx:4 140.11 (Slovenia, cycle 4, session 48, A/HRC/59/15)
	//   Accede to the 1961 Convention on the Reduction of Statelessness, in line with the pledge announced during the 2023 Global Refugee Forum
	//   from North Macedonia: supported (A/HRC/59/15/Add.1, para. 4)
	//   themes ["Ratification of & accession to international instruments" "Refugees & asylum seekers"]
	//   groups ["Refugees & asylum seekers" "Public officials" "Stateless persons"]
	//   SDGs 10
}

// The command passes what the workspace knows; a cluster of texts keeps
// each text with its own states, and From lists every state once.
func ExampleOptions_Parse() {
	data, err := os.ReadFile("testdata/matrix-cycle3.docx")
	if err != nil {
		fmt.Println(err)
		return
	}
	recs, err := matrix.Options{State: "China", Cycle: 3, Session: 31}.Parse("matrix-cycle3.docx", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	r := recs[1]
	fmt.Println(r.Paragraph, r.Response)
	fmt.Println(r.Text)
	fmt.Println(strings.Join(r.From, ", "))
	// Output:
	// 28.4 supported
	// Continue working towards ratification of the International Covenant on Civil and Political Rights by the earliest possible date (New Zealand); Accelerate the ratification of the International Covenant on Civil and Political Rights (Uruguay) (Mali)
	// New Zealand, Uruguay, Mali
}
