package uprinfo

import "github.com/upr-tools/submit/internal/states"

// resolver resolves state names through internal/states, once per distinct
// name: an export names the same 200 states tens of thousands of times.
type resolver map[string]resolved

type resolved struct {
	name string
	ok   bool
}

// resolve returns the canonical name of a state, or the name as written
// and false when it does not resolve.
func (r resolver) resolve(name string) (string, bool) {
	if res, seen := r[name]; seen {
		return res.name, res.ok
	}
	res := resolved{name: name}
	if canon, ok := states.Canonical(name); ok {
		res = resolved{name: canon, ok: true}
	}
	r[name] = res
	return res.name, res.ok
}
