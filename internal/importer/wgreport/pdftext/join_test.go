package pdftext

import (
	"strings"
	"testing"
)

// lines numbers the lines of s from 1.
func lines(s string) []Line {
	var out []Line
	for i, t := range strings.Split(s, "\n") {
		out = append(out, Line{N: i + 1, Text: t})
	}
	return out
}

func TestKeepHyphen(t *testing.T) {
	// The document's other lines: what it writes whole.
	words := Vocabulary(lines("the principle of non-refoulement and discrimination\n" +
		"awareness-raising campaigns, self-assessment, antidiscrimination laws\n" +
		"nondiscrimination and interministerial bodies, a multiple approach"))
	tests := []struct {
		a, b string
		want bool
		why  string
	}{
		{"non", "refoulement", true, "written hyphenated elsewhere"},
		{"awareness", "raising", true, "written hyphenated elsewhere"},
		{"discrimi", "nation", false, "the joined word is in the text: a line-break hyphen"},
		{"multi", "ple", false, "the joined word is in the text, multi- is not a listed prefix"},
		{"non", "discrimination", true, "non- is a prefix, even though nondiscrimination is in the text"},
		{"anti", "discrimination", true, "anti- is a prefix"},
		{"inter", "ministerial", false, "interministerial is in the text"},
		{"decision", "making", true, "neither form elsewhere: UN documents do not hyphenate words, keep it"},
		{"Inter", "Ministerial", true, "a capital after the hyphen"},
		{"mid", "January", true, "a capital after the hyphen"},
		{"", "66", true, "not letters: 122.62-66"},
		{"same", "", true, "not letters"},
	}
	for _, tt := range tests {
		if got := words.KeepHyphen(tt.a, tt.b); got != tt.want {
			t.Errorf("KeepHyphen(%q, %q) = %v, want %v: %s", tt.a, tt.b, got, tt.want, tt.why)
		}
	}
}

func TestJoin(t *testing.T) {
	words := Vocabulary(lines("protection against discrimination"))
	tests := []struct {
		name, text, want string
		lineAt           map[int]int // offset in the result → source line
	}{
		{"spaces collapse, blank lines skipped", "  Take the necessary measures to effectively                fight   against\n\n\n   discrimination (Belgium);",
			"Take the necessary measures to effectively fight against discrimination (Belgium);", map[int]int{0: 1, 55: 1, 57: 4}},
		{"a real compound stays", "the principle of non-\nrefoulement (Cyprus);", "the principle of non-refoulement (Cyprus);", map[int]int{20: 1, 21: 2}},
		{"a line-break hyphen goes", "combat discrimi-\nnation", "combat discrimination", nil},
		{"a broken range runs on", "122.56-57, 122.60, 122.62-\n66, 122.68-71", "122.56-57, 122.60, 122.62-66, 122.68-71", nil},
		{"an en dash too", "for the Period 2017–\n2021.", "for the Period 2017–2021.", nil},
		{"a spaced dash keeps its space", "122.150 –\n152", "122.150 – 152", nil},
		{"a soft hyphen always goes", "discri\u00ad\nmination and pro\u00adtection \u00ad now", "discrimination and protection now", nil},
		{"a lone hyphen", "-\nx", "-x", nil},
		{"nothing", "\n \n", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := words.Join(lines(tt.text))
			if p.Text != tt.want {
				t.Errorf("Join = %q, want %q", p.Text, tt.want)
			}
			for off, line := range tt.lineAt {
				if got := p.LineAt(off); got != line {
					t.Errorf("LineAt(%d) = %d, want %d", off, got, line)
				}
			}
		})
	}
}
