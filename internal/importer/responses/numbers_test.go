package responses

import (
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	tests := []struct{ item, want, err string }{
		{"122.1", "122.1", ""},
		{"122.17-18", "122.17 122.18", ""},
		{"122.34- 35", "122.34 122.35", ""},
		{"122.14– 15", "122.14 122.15", ""},
		{"122.62-66", "122.62 122.63 122.64 122.65 122.66", ""},
		{"122.5–122.7", "122.5 122.6 122.7", ""},
		{"150 – 152", "150 151 152", ""},
		{"6–8", "6 7 8", ""},
		{"122.01", "122.1", ""},
		{"122.4-4", "122.4", ""},
		{"122.9-4", "", `range "122.9-4" runs backwards`},
		{"121.5-122.3", "", `range "121.5-122.3" runs across paragraphs`},
		{"5-122.3", "", `range "5-122.3" runs across paragraphs`},
		{"1-9999", "", `range "1-9999" holds more than 999 recommendations`},
		{"122.x", "", `"122.x" is not a recommendation number or range`},
	}
	for _, tt := range tests {
		got, err := expand(tt.item)
		if strings.Join(got, " ") != tt.want || (err == nil) != (tt.err == "") || err != nil && err.Error() != tt.err {
			t.Errorf("expand(%q) = %q, %v; want %q, %s", tt.item, got, err, tt.want, tt.err)
		}
	}
}
