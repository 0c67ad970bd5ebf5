package matrix

import (
	"slices"
	"testing"
)

func TestAddThemes(t *testing.T) {
	tests := []struct {
		name                 string
		paras                []string
		themes, groups, sdgs []string
		bad                  []string
	}{
		{
			name:   "coded list of cycles 2–3",
			paras:  []string{"A12 Acceptance of international norms", "D51 Administration of justice & fair trial", "S16 SDG 16 - peace, justice and strong institutions", "S08 SDG 8 - economic growth", "Affected persons:", "- general", "- judges, lawyers and prosecutors"},
			themes: []string{"A12 Acceptance of international norms", "D51 Administration of justice & fair trial"},
			groups: []string{"general", "judges, lawyers and prosecutors"},
			sdgs:   []string{"16", "8"},
		},
		{
			name:   "dash list with SDGs: and Affected persons: sub-lists",
			paras:  []string{"- Acceptance of international norms", "SDGs: ", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", "- peace", "Affected persons: - Disappeared persons"},
			themes: []string{"Acceptance of international norms"},
			groups: []string{"Disappeared persons"},
			sdgs:   []string{"16"},
			bad:    []string{"peace"},
		},
		{
			name:   "cycle 4 Groups of Persons, repeats once, a theme starting with a number, a colon in a theme",
			paras:  []string{"- 2030 Agenda & other voluntary commitments", "- Children: definition; general principles; protection", "- Migrants", "Groups of Persons:", "- Migrants\n- Children", "- Migrants", "• Women & girls"},
			themes: []string{"2030 Agenda & other voluntary commitments", "Children: definition; general principles; protection", "Migrants"},
			groups: []string{"Migrants", "Children", "Women & girls"},
		},
		{
			name:   "goals out of range are not goals",
			paras:  []string{"SDG 18", "SDGs:", "- 0 - nothing", "- Goal 17"},
			themes: []string{"SDG 18"}, sdgs: []string{"17"}, bad: []string{"0 - nothing"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tl themeLists
			bad := tl.addThemes(tt.paras)
			if !slices.Equal(tl.themes, tt.themes) || !slices.Equal(tl.groups, tt.groups) || !slices.Equal(tl.sdgs, tt.sdgs) || !slices.Equal(bad, tt.bad) {
				t.Errorf("got themes %q groups %q sdgs %q bad %q\nwant themes %q groups %q sdgs %q bad %q",
					tl.themes, tl.groups, tl.sdgs, bad, tt.themes, tt.groups, tt.sdgs, tt.bad)
			}
		})
	}
}

func TestAddSDGs(t *testing.T) {
	var tl themeLists
	bad := tl.addSDGs([]string{"- 1 - NO POVERTY", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\n- 5 - GENDER EQUALITY", "SDG 16", "Goal 3: health", "Relevant SDGs:", "- 99 - none", "- poverty"})
	if want := []string{"1", "16", "5", "3"}; !slices.Equal(tl.sdgs, want) {
		t.Errorf("sdgs %q, want %q", tl.sdgs, want)
	}
	if want := []string{"99 - none", "poverty"}; !slices.Equal(bad, want) {
		t.Errorf("bad %q, want %q", bad, want)
	}
}
