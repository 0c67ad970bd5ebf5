package responses

import (
	"testing"

	"github.com/upr-tools/submit/internal/workspace"
)

// The cycle 1 answers, in the State's words.
func TestAnswer(t *testing.T) {
	tests := []struct {
		text        string
		response    string
		implemented bool
		clear       bool
	}{
		{"Slovenia accepts the recommendation.", workspace.Supported, false, true},
		{"Slovenia accepts the recommendation and has already implemented it to a great extent.", workspace.Supported, true, true},
		{"Slovenia accepts the recommendation and has always acted accordingly.", workspace.Supported, true, true},
		{"Slovenia accepts these recommendations as freedom of religion is one of its constitutional principles and it has, and always will, strive for its full implementation.", workspace.Supported, false, true},
		{"Slovenia cannot, at this point in time, make a definitive statement. Slovenia already guarantees most of the rights", workspace.Noted, false, true},
		{"Slovenia cannot accept the recommendation for the following reasons:", workspace.Noted, false, true},
		{"Slovenia does not accept this recommendation, as it is incomprehensible and contrary.", workspace.Noted, false, true},
		{"Slovenia accepts the recommendation regarding free legal aid and notes that it already acts accordingly. Slovenia cannot accept the recommendation on specialised family courts.", workspace.PartiallySupported, false, true},
		{"The Slovenian Government accepts the recommendations on ratifying the 1993 Convention (No. 174). However, at this point in time, it cannot make a definitive statement regarding potential ratification of the 1962 ILO Convention (No. 118).", workspace.PartiallySupported, false, true},
		{"Slovenia agrees with the importance of the 1995 Programme of Measures for Assisting the Roma", workspace.Noted, false, false},
	}
	for _, tt := range tests {
		response, implemented, clear := answer(tt.text)
		if response != tt.response || implemented != tt.implemented || clear != tt.clear {
			t.Errorf("answer(%q) = %q, %v, %v; want %q, %v, %v", tt.text, response, implemented, clear, tt.response, tt.implemented, tt.clear)
		}
	}
}
