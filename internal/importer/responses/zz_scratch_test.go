package responses

import (
	"fmt"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	for _, f := range []string{"A_HRC_14_15_Add1_cycle1_responses.txt", "A_HRC_28_15_Add1_cycle2_responses.txt", "A_HRC_43_15_Add1_cycle3_responses.txt"} {
		data, _ := os.ReadFile("/work/shared/data/ohchr/slovenia/" + f)
		ps, add, err := Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		counts := map[string]int{}
		impl := 0
		for _, p := range ps {
			counts[p.Response]++
			if p.Implemented {
				impl++
			}
			fmt.Printf("%s %s %s %v %s\n", p.Pos, p.Paragraph, p.Response, p.Implemented, p.Source)
		}
		fmt.Printf("%s %d %v impl=%d %+v\n%v\n", f, len(ps), counts, impl, *add, add.Warnings)
	}
}
