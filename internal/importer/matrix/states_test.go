package matrix

import (
	"slices"
	"testing"
)

func TestLooksLikeState(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Narnia", true},
		{"Unknown", true},
		{"Republic of Utopia", true},
		{"Côte d’Ivoiry", true},
		{"Paris Principles", true},
		{"the Paris Principles", false},
		{"CEDAW", false},
		{"ILO", false},
		{"No. 29", false},
		{"2016–2020", false},
		{"see above", false},
		{"", false},
		{"()", false},
		{"A Very Long Name With Far Too Many Words To Be A State", false},
	}
	for _, tt := range tests {
		if got := looksLikeState(tt.in); got != tt.want {
			t.Errorf("looksLikeState(%q) = %v", tt.in, got)
		}
	}
}

func TestResolve(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sierra Le one", "Sierra Leone"},
		{"Bolivia (Plurinational S tate of)", "Bolivia (Plurinational State of)"},
		{"Un ited King dom", "United Kingdom of Great Britain and Northern Ireland"},
		{"Bolivarian Republic of Venezuela", "Venezuela (Bolivarian Republic of)"},
		{"Narnia", ""},
		{"a b c d e f g h i j k l m n", ""},
	}
	for _, tt := range tests {
		if got, ok := resolve(tt.in); got != tt.want || ok != (tt.want != "") {
			t.Errorf("resolve(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestStatesCell(t *testing.T) {
	tests := []struct {
		paras []string
		want  []stateName
	}{
		{[]string{"France", "Lithuania"}, []stateName{{"France", "France"}, {"Lithuania", "Lithuania"}}},
		{[]string{"Ukraine; Slovakia"}, []stateName{{"Ukraine", "Ukraine"}, {"Slovakia", "Slovakia"}}},
		{[]string{"Iran, Islamic Republic of\n- (Maldives)"}, []stateName{{"Iran, Islamic Republic of", "Iran (Islamic Republic of)"}, {"Maldives", "Maldives"}}},
		{[]string{"Chile, Peru"}, []stateName{{"Chile", "Chile"}, {"Peru", "Peru"}}},
		{[]string{"Narnia", "the EU", ""}, []stateName{{written: "Narnia"}, {written: "the EU"}}},
	}
	for _, tt := range tests {
		if got := statesCell(tt.paras); !slices.Equal(got, tt.want) {
			t.Errorf("statesCell(%q) = %q, want %q", tt.paras, got, tt.want)
		}
	}
}
