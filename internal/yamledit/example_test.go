package yamledit_test

import (
	"fmt"

	"github.com/upr-tools/submit/internal/yamledit"
)

func ExampleSetField() {
	src := []byte(`recommendations:
  - id: c4-kor-refugee-law
    from: [Republic of Korea]
    response: pending   # supported | noted | pending

  # next one
  - id: c4-ury-asylum-seekers
    response: pending
`)
	out, err := yamledit.SetField(src, "c4-kor-refugee-law", "response", yamledit.Text("noted"))
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err = yamledit.SetField(out, "c4-kor-refugee-law", "themes", yamledit.List("refugees", "yes"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(out))
	// Output:
	// recommendations:
	//   - id: c4-kor-refugee-law
	//     from: [Republic of Korea]
	//     response: noted     # supported | noted | pending
	//     themes: [refugees, "yes"]
	//
	//   # next one
	//   - id: c4-ury-asylum-seekers
	//     response: pending
}

func ExampleAppendRecommendation() {
	src := []byte(`defaults:
  state_under_review: China
  cycle: 4

recommendations:
  - id: c4-kor-refugee-law   # ours
    from: [Republic of Korea]
    text: "Consider adopting a national refugee law"
    response: pending
`)
	out, err := yamledit.AppendRecommendation(src, []yamledit.Field{
		{Key: "id", Value: yamledit.Text("c4-ben-1")},
		{Key: "cycle", Value: yamledit.Int(4)},                            // the default: left out
		{Key: "state_under_review", Value: yamledit.Text("China")},        // the default: left out
		{Key: "from", Value: yamledit.List("Benin")},                      // flow list, like the others
		{Key: "text", Value: yamledit.Text("Ratify the Convention: now")}, // double quotes, like the others
		{Key: "response", Value: yamledit.Text("noted")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(out))
	// Output:
	// defaults:
	//   state_under_review: China
	//   cycle: 4
	//
	// recommendations:
	//   - id: c4-kor-refugee-law   # ours
	//     from: [Republic of Korea]
	//     text: "Consider adopting a national refugee law"
	//     response: pending
	//
	//   - id: c4-ben-1
	//     from: [Benin]
	//     text: "Ratify the Convention: now"
	//     response: noted
}

func ExampleAppendItem() {
	src := []byte(`recommendations:
  - id: c4-ury-asylum
    text: Strengthen measures
    implementation:
      - year: 2024
        status: not assessed   # too early
`)
	out, err := yamledit.AppendItem(src, "c4-ury-asylum", "implementation", []yamledit.Field{
		{Key: "year", Value: yamledit.Int(2025)},
		{Key: "status", Value: yamledit.Text("not implemented")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err = yamledit.SetItemField(out, "c4-ury-asylum", "implementation", 1, "note", yamledit.Text("No change."))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(out))
	// Output:
	// recommendations:
	//   - id: c4-ury-asylum
	//     text: Strengthen measures
	//     implementation:
	//       - year: 2024
	//         status: not assessed   # too early
	//       - year: 2025
	//         status: not implemented
	//         note: No change.
}
