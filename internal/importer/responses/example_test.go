package responses_test

import (
	"fmt"

	"github.com/upr-tools/submit/internal/importer/responses"
)

func ExampleParse() {
	// From A/HRC/43/15/Add.1, as pdftotext gives it: lists broken across
	// lines, ranges with and without spaces.
	text := `              United Nations                                          A/HRC/43/15/Add.1

            2.     On 12 November, Slovenia received 215 recommendations from UN member states,
            of which 58 were immediately supported. With this document, Slovenia sets out its
            position and rationale on the remaining 157 recommendations, of which 124 are now
            supported and 33 noted.

            Accepted recommendations that Slovenia considers already
            implemented or in the process of implementation
            4.     The Government accepts the following recommendations 122.11, 122.14-16,
            122.34- 35, 122.91-
            92. Slovenia considers that they are already implemented.

            Noted recommendations
            5.    For the time being, the Government notes recommendations 122.2-4, 122.13.
`
	positions, add, err := responses.Parse("Add1.txt", []byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s answers %s: %+v\n", add.Symbol, add.Report, add.Stated)
	for _, p := range positions {
		fmt.Println(p.Pos, p.Paragraph, p.Response, p.Implemented, p.Source)
	}
	// Output:
	// A/HRC/43/15/Add.1 answers A/HRC/43/15: {Total:215 SupportedAtReview:58 Supported:124 Noted:33}
	// Add1.txt:10 122.11 supported true A/HRC/43/15/Add.1, para. 4
	// Add1.txt:10 122.14 supported true A/HRC/43/15/Add.1, para. 4
	// Add1.txt:10 122.15 supported true A/HRC/43/15/Add.1, para. 4
	// Add1.txt:10 122.16 supported true A/HRC/43/15/Add.1, para. 4
	// Add1.txt:11 122.34 supported true A/HRC/43/15/Add.1, para. 4
	// Add1.txt:11 122.35 supported true A/HRC/43/15/Add.1, para. 4
	// Add1.txt:11 122.91 supported true A/HRC/43/15/Add.1, para. 4
	// Add1.txt:11 122.92 supported true A/HRC/43/15/Add.1, para. 4
	// Add1.txt:15 122.2 noted false A/HRC/43/15/Add.1, para. 5
	// Add1.txt:15 122.3 noted false A/HRC/43/15/Add.1, para. 5
	// Add1.txt:15 122.4 noted false A/HRC/43/15/Add.1, para. 5
	// Add1.txt:15 122.13 noted false A/HRC/43/15/Add.1, para. 5
}
