package wgreport_test

import (
	"fmt"

	"github.com/upr-tools/submit/internal/importer/wgreport"
)

func ExampleParse() {
	// The end of A/HRC/43/15 as pdftotext gives it: a page footer and
	// header inside the list, state names broken across lines.
	text := `              United Nations                                      A/HRC/43/15

            Report of the Working Group on the Universal Periodic
            Review*

            Slovenia

              1.     The Working Group on the Universal Periodic Review, established in accordance
              with Human Rights Council resolution 5/1, held its thirty-fourth session from 4 to 15

II. Conclusions and/or recommendations
    121. The recommendations formulated during the interactive dialogue/listed below
    have been examined by Slovenia and enjoy the support of Slovenia:
          121.1    Ratify the International Convention for the Protection of All Persons
          from Enforced Disappearance (France) (Lithuania);

                                                                                         11
` + "\f" + `A/HRC/43/15

              121.3     Ratify and implement the International Labour Organization’s 2014
              Protocol to the Forced Labour Convention, 1930 (No. 29) (United Kingdom of
              Great Britain and Northern Ireland).
              122. The following recommendations will be examined by Slovenia, which will
              provide responses in due time:
                    122.153 Strengthen the asylum system to fully respect the principle of non-
                    refoulement (Cyprus).
123. All conclusions and/or recommendations contained in the present report reflect
the position of the submitting State(s) and/or the State under review.
`
	recs, err := wgreport.Parse("A_HRC_43_15.txt", []byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range recs {
		fmt.Printf("%s %s cycle %d: %s %q %s\n", r.Pos, r.Paragraph, r.Cycle, r.Response, r.From, r.Text)
	}
	// Output:
	// A_HRC_43_15.txt:14 121.1 cycle 3: supported ["France" "Lithuania"] Ratify the International Convention for the Protection of All Persons from Enforced Disappearance
	// A_HRC_43_15.txt:20 121.3 cycle 3: supported ["United Kingdom of Great Britain and Northern Ireland"] Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour Convention, 1930 (No. 29)
	// A_HRC_43_15.txt:25 122.153 cycle 3: pending ["Cyprus"] Strengthen the asylum system to fully respect the principle of non-refoulement
}
