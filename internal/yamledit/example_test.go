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
