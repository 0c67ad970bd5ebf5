package states_test

import (
	"fmt"

	"github.com/upr-tools/submit/internal/states"
)

func ExampleLookup() {
	for _, name := range []string{"Turkey", "Cote d’Ivoire", "DPR Korea", "Bosnia & Herzegovina"} {
		s, ok := states.Lookup(name)
		fmt.Println(name, "→", s.Name, s.ISO3, s.GroupShort(), ok)
	}
	// Output:
	// Turkey → Türkiye TUR WEOG true
	// Cote d’Ivoire → Côte d'Ivoire CIV Africa true
	// DPR Korea → Democratic People's Republic of Korea PRK Asia true
	// Bosnia & Herzegovina → Bosnia and Herzegovina BIH EEG true
}

func ExampleSuggest() {
	if _, ok := states.Lookup("Tunisai"); !ok {
		fmt.Println("did you mean", states.Suggest("Tunisai"))
	}
	// Output: did you mean [Tunisia]
}

func ExampleCanonical() {
	name, ok := states.Canonical("Macedonia FYR")
	fmt.Println(name, ok)
	// Output: North Macedonia true
}
