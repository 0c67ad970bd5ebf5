package yamledit

import (
	"cmp"
	"slices"
)

// Edit is one change for SetFields: field of the recommendation whose id
// is ID set to Value (or removed).
type Edit struct {
	ID    string
	Field string
	Value Value
}

// SetFields makes several edits to src, with SetField's guarantees for
// each: every other byte unchanged, and the result read back with each
// edited field holding its value and everything else as before. errs[i]
// is edit i's error, when it could not be made; the others are made.
//
// Edit by edit, each would parse and check the whole file again: an
// import that updates every recommendation of the UPR record would take
// minutes. So the edits are first made at once from one parse, in each
// one's preferred style, and checked once. Should that fail the check,
// they are made one at a time with SetField, each in the first style
// that reads back right.
func SetFields(src []byte, edits []Edit) (out []byte, errs []error) {
	if out, ok := setAll(src, edits); ok {
		return out, make([]error, len(edits))
	}
	return oneByOne(src, edits)
}

// oneByOne makes the edits with SetField, each on the result of the one
// before.
func oneByOne(src []byte, edits []Edit) ([]byte, []error) {
	errs := make([]error, len(edits))
	out := src
	for i, e := range edits {
		next, err := SetField(out, e.ID, e.Field, e.Value)
		if err != nil {
			errs[i] = err
			continue
		}
		out = next
	}
	return out, errs
}

// setAll makes every edit from one parse of src and checks the result;
// ok is false when any edit cannot be made so, or the result does not
// read back as it should.
func setAll(src []byte, edits []Edit) ([]byte, bool) {
	s, err := parse(src)
	if err != nil {
		return nil, false
	}
	byID := make(map[string]int, len(s.recs.Content))
	for i, item := range s.recs.Content {
		if v := lookup(item, "id"); v != nil {
			if _, dup := byID[v.Value]; dup {
				return nil, false // SetField says which
			}
			byID[v.Value] = i
		}
	}
	type planned struct {
		change
		fieldEdit
	}
	var changes []planned
	type target struct {
		rec   int
		field string
	}
	seen := map[target]bool{}
	for _, e := range edits {
		rec, ok := byID[e.ID]
		if checkEdit(e.Field, e.Value) != nil || !ok || seen[target{rec, e.Field}] {
			return nil, false
		}
		seen[target{rec, e.Field}] = true
		p := path{rec: rec}
		cs, err := s.changesFor(p, e.Field, e.Value)
		if err != nil {
			return nil, false
		}
		if cs != nil {
			changes = append(changes, planned{cs[0], fieldEdit{p, e.Field, e.Value}})
		}
	}
	if len(changes) == 0 {
		return src, true
	}
	// In file order; fields added to one recommendation go in at the same
	// place, in the order of the edits, as one after the other would.
	slices.SortStableFunc(changes, func(a, b planned) int { return cmp.Compare(a.from, b.from) })
	out := make([]byte, 0, len(src))
	at := 0
	checks := make([]fieldEdit, len(changes))
	for i, c := range changes {
		if c.from < at || c.to < c.from {
			return nil, false // overlapping changes: one at a time
		}
		out = append(out, src[at:c.from]...)
		out = append(out, c.repl...)
		at = c.to
		checks[i] = c.fieldEdit
	}
	out = append(out, src[at:]...)
	if verify(s, out, checks...) != nil {
		return nil, false
	}
	return out, true
}
