package tracking

// rng is SplitMix64, as in internal/benchgen: a few lines of arithmetic, so
// the generated data is the same on every Go version.
type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intn returns a number in [0, n); n must be positive.
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// chance is true p percent of the time.
func (r *rng) chance(p int) bool { return r.intn(100) < p }

func pick[T any](r *rng, list []T) T { return list[r.intn(len(list))] }
