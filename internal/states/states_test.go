package states

import (
	"slices"
	"testing"
)

// TestIndexHasNoProblems is where a bad edit of states.csv fails loudly:
// a parse error, a duplicate ISO code, or two states sharing a normalised
// name or alias (Lookup would silently pick one of them).
func TestIndexHasNoProblems(t *testing.T) {
	for _, err := range index().errs {
		t.Error(err)
	}
}

func TestBuildIndexReportsClash(t *testing.T) {
	ix := buildIndex([]State{
		{Name: "Niger", ISO3: "NER", ISO2: "NE", Group: GroupAfrica},
		{Name: "Nigeria", ISO3: "NGA", ISO2: "NE", Group: GroupAfrica, Aliases: []string{"NIGER"}},
	}, nil)
	if len(ix.errs) != 2 {
		t.Fatalf("want 2 problems (ISO2 NE, alias NIGER), got %d: %v", len(ix.errs), ix.errs)
	}
}

func TestParseStatesRejectsBadRows(t *testing.T) {
	head := "name,iso3,iso2,group,observer,aliases\n"
	for name, data := range map[string]string{
		"no header":    "Niger,NER,NE,African States,false,\n",
		"bad observer": head + "Niger,NER,NE,African States,maybe,\n",
		"bad iso":      head + "Niger,NE,NER,African States,false,\n",
		"bad group":    head + "Niger,NER,NE,Africa,false,\n",
		"no group":     head + "Niger,NER,NE,,false,\n",
		"empty alias":  head + "Niger,NER,NE,African States,false,a||b\n",
		"short row":    head + "Niger,NER,NE\n",
	} {
		if _, err := parseStates(data); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

func TestCounts(t *testing.T) {
	members, observers := 0, 0
	perGroup := map[string]int{}
	for _, s := range All() {
		if s.Observer {
			observers++
			continue
		}
		members++
		perGroup[s.Group]++
	}
	if members != 193 || observers != 2 {
		t.Errorf("got %d members and %d observers, want 193 and 2", members, observers)
	}
	// UN regional groups of member states; the United States sits with WEOG.
	want := map[string]int{GroupAfrica: 54, GroupAsia: 54, GroupEEG: 23, GroupGRULAC: 33, GroupWEOG: 29}
	for g, n := range want {
		if perGroup[g] != n {
			t.Errorf("group %q: %d members, want %d", g, perGroup[g], n)
		}
	}
}

func TestUniqueCodesAndNames(t *testing.T) {
	seen := map[string]string{}
	for _, s := range All() {
		for _, key := range []string{"name:" + s.Name, "iso3:" + s.ISO3, "iso2:" + s.ISO2} {
			if other, dup := seen[key]; dup {
				t.Errorf("%s shared by %s and %s", key, other, s.Name)
			}
			seen[key] = s.Name
		}
	}
}

func TestAllSortedAndCopied(t *testing.T) {
	all := All()
	if !slices.IsSortedFunc(all, func(a, b State) int { return compareStrings(normalize(a.Name), normalize(b.Name)) }) {
		t.Error("All is not sorted by folded name")
	}
	i := slices.IndexFunc(all, func(s State) bool { return s.Name == "Costa Rica" })
	if i < 0 || all[i+1].Name != "Côte d'Ivoire" {
		t.Errorf("want Côte d'Ivoire right after Costa Rica")
	}
	tr, _ := Lookup("Türkiye")
	tr.Aliases[0] = "changed"
	if again, _ := Lookup("Türkiye"); again.Aliases[0] == "changed" {
		t.Error("Lookup returns the index's alias slice: callers can change it")
	}
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for not found
	}{
		{"Türkiye", "Türkiye"},
		{"Turkey", "Türkiye"},
		{"Turkiye", "Türkiye"},
		{"TURKEY", "Türkiye"},
		{"  turkey  ", "Türkiye"},
		{"DPR Korea", "Democratic People's Republic of Korea"},
		{"Democratic People’s Republic of Korea", "Democratic People's Republic of Korea"},
		{"North Korea", "Democratic People's Republic of Korea"},
		{"South Korea", "Republic of Korea"},
		{"Korea, Republic of", "Republic of Korea"},
		{"Macedonia FYR", "North Macedonia"},
		{"The former Yugoslav Republic of Macedonia", "North Macedonia"},
		{"Islamic Republic of Iran", "Iran (Islamic Republic of)"},
		{"Iran, Islamic Republic of", "Iran (Islamic Republic of)"},
		{"Iran", "Iran (Islamic Republic of)"},
		{"Kingdom of the Netherlands", "Kingdom of the Netherlands"},
		{"Netherlands (Kingdom of the)", "Kingdom of the Netherlands"},
		{"the Netherlands", "Kingdom of the Netherlands"},
		{"Cote d'Ivoire", "Côte d'Ivoire"},
		{"Côte d’Ivoire", "Côte d'Ivoire"},
		{"Côte dʼIvoire", "Côte d'Ivoire"},
		{"COTE D`IVOIRE", "Côte d'Ivoire"},
		{"Bosnia & Herzegovina", "Bosnia and Herzegovina"},
		{"Bosnia  and\tHerzegovina", "Bosnia and Herzegovina"},
		{"St Vincent & the Grenadines", "Saint Vincent and the Grenadines"},
		{"St. Lucia", "Saint Lucia"},
		{"Guinea Bissau", "Guinea-Bissau"},
		{"Sao Tome & Principe", "Sao Tome and Principe"},
		{"São Tomé and Príncipe", "Sao Tome and Principe"},
		{"Czech Republic", "Czechia"},
		{"Swaziland", "Eswatini"},
		{"Cape Verde", "Cabo Verde"},
		{"Burma", "Myanmar"},
		{"USA", "United States of America"},
		{"U.S.A.", "United States of America"},
		{"United States", "United States of America"},
		{"UK", "United Kingdom of Great Britain and Northern Ireland"},
		{"United Kingdom", "United Kingdom of Great Britain and Northern Ireland"},
		{"Russia", "Russian Federation"},
		{"Syria", "Syrian Arab Republic"},
		{"Laos", "Lao People's Democratic Republic"},
		{"Vietnam", "Viet Nam"},
		{"Tanzania", "United Republic of Tanzania"},
		{"Bolivia", "Bolivia (Plurinational State of)"},
		{"Venezuela", "Venezuela (Bolivarian Republic of)"},
		{"Moldova", "Republic of Moldova"},
		{"Micronesia", "Micronesia (Federated States of)"},
		{"Democratic Republic of Congo", "Democratic Republic of the Congo"},
		{"Republic of Congo", "Congo"},
		{"Congo", "Congo"},
		{"Libyan Arab Jamahiriya", "Libya"},
		{"Palestine", "State of Palestine"},
		{"Vatican", "Holy See"},
		{"Holy See", "Holy See"},
		{"Niger", "Niger"},
		{"Nigeria", "Nigeria"},
		{"Sudan", "Sudan"},
		{"South Sudan", "South Sudan"},
		{"Dominica", "Dominica"},
		{"Dominican Republic", "Dominican Republic"},
		{"", ""},
		{"   ", ""},
		{"the", ""},
		{"Korea", ""},
		{"Republic of Iran", ""},
		{"(Unknown)", ""},
		{"Atlantis", ""},
		{"European Union", ""},
	}
	for _, tt := range tests {
		s, ok := Lookup(tt.in)
		if got := s.Name; ok != (tt.want != "") || got != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
		name, ok2 := Canonical(tt.in)
		if name != s.Name || ok2 != ok {
			t.Errorf("Canonical(%q) = %q, %v; Lookup gave %q, %v", tt.in, name, ok2, s.Name, ok)
		}
	}
}

func TestEveryNameAndAliasFindsItsState(t *testing.T) {
	for _, s := range All() {
		for _, name := range append([]string{s.Name}, s.Aliases...) {
			if got, ok := Lookup(name); !ok || got.ISO3 != s.ISO3 {
				t.Errorf("Lookup(%q) = %q, %v; want %q", name, got.Name, ok, s.Name)
			}
		}
	}
}

func TestByISO(t *testing.T) {
	tests := []struct{ in, want string }{
		{"TUR", "Türkiye"},
		{"tr", "Türkiye"},
		{" nld ", "Kingdom of the Netherlands"},
		{"PSE", "State of Palestine"},
		{"VA", "Holy See"},
		{"XX", ""},
		{"", ""},
	}
	for _, tt := range tests {
		s, ok := ByISO(tt.in)
		if s.Name != tt.want || ok != (tt.want != "") {
			t.Errorf("ByISO(%q) = %q, %v; want %q", tt.in, s.Name, ok, tt.want)
		}
	}
}

func TestGroupShort(t *testing.T) {
	tests := []struct{ state, want string }{
		{"Tunisia", "Africa"},
		{"Kiribati", "Asia"},
		{"State of Palestine", "Asia"},
		{"Ukraine", "EEG"},
		{"Brazil", "GRULAC"},
		{"United States of America", "WEOG"},
		{"Türkiye", "WEOG"},
		{"Israel", "WEOG"},
		{"Holy See", ""},
	}
	for _, tt := range tests {
		s, ok := Lookup(tt.state)
		if !ok {
			t.Fatalf("Lookup(%q) failed", tt.state)
		}
		if got := s.GroupShort(); got != tt.want {
			t.Errorf("%s: GroupShort() = %q, want %q", tt.state, got, tt.want)
		}
	}
}
