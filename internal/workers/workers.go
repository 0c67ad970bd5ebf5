// Package workers runs independent pieces of work on every core.
package workers

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls f(i) for every i from 0 to n-1, on as many goroutines as
// there are cores (GOMAXPROCS), and returns when all calls have. Each i
// is taken by one call only, in no set order: f must write its result
// for i where no other call writes (results[i]).
func Each(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}
