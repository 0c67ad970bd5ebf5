package states

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Türkiye", "turkiye"},
		{"  Côte  d’Ivoire ", "cote divoire"},
		{"Cote d'Ivoire", "cote divoire"},
		{"Iran (Islamic Republic of)", "iran islamic republic of"},
		{"Iran, Islamic Republic of", "iran islamic republic of"},
		{"Bosnia & Herzegovina", "bosnia and herzegovina"},
		{"Bosnia&Herzegovina", "bosnia and herzegovina"},
		{"The Gambia", "gambia"},
		{"the the Gambia", "gambia"},
		{"St. Kitts & Nevis", "saint kitts and nevis"},
		{"Guinea-Bissau", "guinea bissau"},
		{"U.S.A.", "usa"},
		{"Timor\u00a0Leste", "timor leste"},
		{"ISTANBUL", "istanbul"},
		{"\xff\xfe", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
