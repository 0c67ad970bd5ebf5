package wgreport

import (
	"testing"

	"github.com/upr-tools/submit/internal/importer/wgreport/pdftext"
)

func TestSession(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"established in accordance with Human Rights Council resolution 5/1, held its thirty-fourth session from 4 to 15 November 2019", 34},
		{"held its twentieth session from 27 October", 20},
		{"held its seventh session from 8 to 19 February", 7},
		{"held its forty-fifth session", 45},
		{"held its 34th session", 34},
		{"held its first session", 1},
		{"held its twelfth\nsession", 12},
		{"held its thirty-twentieth session", 0},
		{"held its session", 0},
		{"Forty-third session", 0}, // the Council's session, not the Working Group's
	}
	for _, tt := range tests {
		if got := session(tt.text); got != tt.want {
			t.Errorf("session(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestTitleState(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Universal periodic review\n\n  Report of the Working Group on the Universal Periodic\n  Review*\n\n  Slovenia\n", "Slovenia"},
		{"Report of the Working Group on the Universal Periodic Review*\n\nCôte d’Ivoire\n", "Côte d’Ivoire"},
		{"Report of the Working Group on the Universal Periodic\nReview\n", ""},
		{"Summary of Stakeholders' submissions on Slovenia\n", ""},
	}
	for _, tt := range tests {
		if got := titleState(pdftext.Lines([]byte(tt.text))); got != tt.want {
			t.Errorf("titleState(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
