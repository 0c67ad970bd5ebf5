package matrix

import (
	"testing"

	"github.com/upr-tools/submit/internal/workspace"
)

func TestParsePosition(t *testing.T) {
	tests := []struct {
		paras []string
		want  string
		ok    bool
	}{
		{[]string{"Supported"}, workspace.Supported, true},
		{[]string{"NOTED"}, workspace.Noted, true},
		{[]string{"Supported/Noted"}, workspace.PartiallySupported, true},
		{[]string{"Supported /\nNoted"}, workspace.PartiallySupported, true},
		{[]string{"Partially supported"}, workspace.PartiallySupported, true},
		{[]string{"Supported*"}, workspace.Supported, true},
		{[]string{"Under consideration"}, workspace.Pending, true},
		{[]string{"Noted", "Source of position: A/HRC/40/6/Add.1 - Para. 5"}, workspace.Noted, true},
		{[]string{"", ""}, "", true},
		{nil, "", true},
		{[]string{"Accepted"}, "", false},
		{[]string{"Rejected"}, "", false},
		{[]string{"Supported", "Noted"}, "", false},
	}
	for _, tt := range tests {
		got, ok := parsePosition(tt.paras)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parsePosition(%q) = %q, %v; want %q, %v", tt.paras, got, ok, tt.want, tt.ok)
		}
	}
}
