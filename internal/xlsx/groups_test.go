package xlsx

import "testing"

func TestRegionalGroups(t *testing.T) {
	for _, c := range []struct {
		name string
		from []string
		want string
	}{
		{"none", nil, ""},
		{"one", []string{"Egypt"}, "Africa"},
		{"in the states' order", []string{"Türkiye", "Brazil", "Japan", "Estonia", "Benin"}, "WEOG; GRULAC; Asia; EEG; Africa"},
		{"alias and spacing", []string{" Turkey ", "", "  "}, "WEOG"},
		{"duplicates kept, as in the states column", []string{"Egypt", "Egypt"}, "Africa; Africa"},
		{"unknown keeps its place", []string{"Atlantis", "Egypt"}, unknownGroup + "; Africa"},
		{"outside the groups", []string{"Holy See"}, noGroup},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := regionalGroups(c.from); got != c.want {
				t.Errorf("regionalGroups(%q) = %q, want %q", c.from, got, c.want)
			}
		})
	}
}
