package workers_test

import (
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/upr-tools/submit/internal/workers"
)

func TestEach(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000} {
		seen := make([]atomic.Int32, n)
		workers.Each(n, func(i int) { seen[i].Add(1) })
		for i := range seen {
			if c := seen[i].Load(); c != 1 {
				t.Errorf("n=%d: %d called %d times", n, i, c)
			}
		}
	}
}

func ExampleEach() {
	words := []string{"Chad", "Chile", "China"}
	lengths := make([]int, len(words))
	workers.Each(len(words), func(i int) { lengths[i] = len(words[i]) })
	fmt.Println(lengths)
	// Output: [4 5 5]
}
