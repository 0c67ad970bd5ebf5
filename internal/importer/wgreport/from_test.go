package wgreport

import (
	"slices"
	"testing"
)

func TestAttribution(t *testing.T) {
	tests := []struct {
		name, text, body string
		from, unmatched  []string
	}{
		{"one state", "Ratify the Convention (Slovakia)", "Ratify the Convention", []string{"Slovakia"}, nil},
		{"several groups", "Ratify the Convention (France) (Lithuania)", "Ratify the Convention", []string{"France", "Lithuania"}, nil},
		{"report form of a name", "Pursue policies (Islamic Republic of Iran)", "Pursue policies", []string{"Iran (Islamic Republic of)"}, nil},
		{"nested parentheses, commas", "Ratify ICRMW (Senegal, Sierra Leone, Venezuela (Bolivarian Republic of), Peru)", "Ratify ICRMW",
			[]string{"Senegal", "Sierra Leone", "Venezuela (Bolivarian Republic of)", "Peru"}, nil},
		{"text in parentheses stays", "Ratify the Convention (ICRMW) (Iran (Islamic Republic of))", "Ratify the Convention (ICRMW)", []string{"Iran (Islamic Republic of)"}, nil},
		{"a number before the states", "Ratify the Convention, 1993 (No. 174) (Argentina)", "Ratify the Convention, 1993 (No. 174)", []string{"Argentina"}, nil},
		{"unknown state kept", "Ratify the Convention (Narnia)", "Ratify the Convention", []string{"Narnia"}, []string{"Narnia"}},
		{"one of several unknown", "Ratify it (Spain, Narnia)", "Ratify it", []string{"Spain", "Narnia"}, []string{"Narnia"}},
		{"cluster keeps every text with its states",
			"Complete the ratification (Ukraine); Increase efforts towards ratification (Slovakia)",
			"Complete the ratification (Ukraine); Increase efforts towards ratification (Slovakia)", []string{"Ukraine", "Slovakia"}, nil},
		{"cycle 1 cluster, states repeated at the end",
			"To ratify (Spain)/consider ratifying (Argentina) the Convention (Spain, Argentina)",
			"To ratify (Spain)/consider ratifying (Argentina) the Convention (Spain, Argentina)", []string{"Spain", "Argentina"}, nil},
		{"no states", "Ratify the Convention", "Ratify the Convention", nil, nil},
		{"unclosed parenthesis", "Ratify the Convention (France", "Ratify the Convention (France", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, from, unmatched := attribution(tt.text)
			if body != tt.body || !slices.Equal(from, tt.from) || !slices.Equal(unmatched, tt.unmatched) {
				t.Errorf("attribution(%q) =\n %q %q %q\nwant\n %q %q %q", tt.text, body, from, unmatched, tt.body, tt.from, tt.unmatched)
			}
		})
	}
}
