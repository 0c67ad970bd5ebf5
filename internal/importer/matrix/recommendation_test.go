package matrix

import (
	"slices"
	"testing"
)

func TestParseRecCell(t *testing.T) {
	tests := []struct {
		name      string
		paras     []string
		para      string
		text      string
		from      []string // canonical, or as written when it does not resolve
		unmatched []string
		source    string
		report    string
	}{
		{
			name:  "one text, one state",
			paras: []string{"28.212 Continue its legislative reforms (Tunisia);", "Source of position: A/HRC/40/6/Add.1 - Para. 2"},
			para:  "28.212", text: "Continue its legislative reforms", from: []string{"Tunisia"},
			source: "A/HRC/40/6/Add.1, para. 2", report: "A/HRC/40/6",
		},
		{
			name:  "several states for one text",
			paras: []string{"140.7 Ratify the OP-ICESCR (Maldives) (Portugal);"},
			para:  "140.7", text: "Ratify the OP-ICESCR", from: []string{"Maldives", "Portugal"},
		},
		{
			name:  "cluster of texts, a state twice",
			paras: []string{"28.4 Ratify the ICCPR (New Zealand); Accelerate ratification (Uruguay) (Mali); Ratify it soon (Mali)."},
			para:  "28.4", text: "Ratify the ICCPR (New Zealand); Accelerate ratification (Uruguay) (Mali); Ratify it soon (Mali)",
			from: []string{"New Zealand", "Uruguay", "Mali"},
		},
		{
			name:  "cluster over paragraphs without semicolons",
			paras: []string{"28.4 Ratify the ICCPR (New Zealand)", "Accelerate ratification (Uruguay)"},
			para:  "28.4", text: "Ratify the ICCPR (New Zealand); Accelerate ratification (Uruguay)",
			from: []string{"New Zealand", "Uruguay"},
		},
		{
			name:  "parentheses of the text are not states",
			paras: []string{"28.19 Ratify the International Labour Organization (ILO) Forced Labour Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);"},
			para:  "28.19", text: "Ratify the International Labour Organization (ILO) Forced Labour Convention, 1930 (No. 29)",
			from: []string{"United Kingdom of Great Britain and Northern Ireland"},
		},
		{
			name:  "an acronym, a period and a phrase before the states",
			paras: []string{"28.1 Ratify the Convention (CEDAW) (2016–2020) (the Paris Principles) (Paris Principles) (Niger)"},
			para:  "28.1", text: "Ratify the Convention (CEDAW) (2016–2020) (the Paris Principles) (Paris Principles)",
			from: []string{"Niger"},
		},
		{
			name:  "state names with parentheses and split words",
			paras: []string{"186.198. Undertake efforts (Bolivia (Plurinational S tate of)); Ratify OP-CAT (Sierra Le one) ;"},
			para:  "186.198", text: "Undertake efforts (Bolivia (Plurinational S tate of)); Ratify OP-CAT (Sierra Le one)",
			from: []string{"Bolivia (Plurinational State of)", "Sierra Leone"},
		},
		{
			name:  "aliases resolve to the canonical name",
			paras: []string{"28.7 Ratify it (Turkey) (Czech Republic) (Côte d’Ivoire)"},
			para:  "28.7", text: "Ratify it", from: []string{"Türkiye", "Czechia", "Côte d'Ivoire"},
		},
		{
			name:  "states as a list in one group, and a group after a semicolon",
			paras: []string{"28.8 Ratify it (Maldives, Portugal); (Algeria);"},
			para:  "28.8", text: "Ratify it", from: []string{"Maldives", "Portugal", "Algeria"},
		},
		{
			name:  "unknown states are kept and listed",
			paras: []string{"28.9 Ratify it (Unknown) (Portgual) (Narnia)"},
			para:  "28.9", text: "Ratify it", from: []string{"Unknown", "Portgual", "Narnia"},
			unmatched: []string{"Unknown", "Portgual", "Narnia"},
		},
		{
			name:  "a name-like group before a semicolon is text unless close to a state",
			paras: []string{"28.10 Act under the (Paris Principles); Ratify it (Chile)"},
			para:  "28.10", text: "Act under the (Paris Principles); Ratify it", from: []string{"Chile"},
		},
		{
			name:  "no state",
			paras: []string{"28.11 Ratify the Convention (CEDAW)"},
			para:  "28.11", text: "Ratify the Convention (CEDAW)",
		},
		{
			name:  "text after the last state",
			paras: []string{"28.12 Ratify it (Chile); and report on it"},
			para:  "28.12", text: "Ratify it (Chile); and report on it", from: []string{"Chile"},
		},
		{
			name:  "source of position on the same line, &amp; decoded, tab after the number",
			paras: []string{"140.1\tProtect migrants &amp;amp; refugees (Egypt); Source of Position: A/HRC/59/15/Add.1 - Para.5"},
			para:  "140.1", text: "Protect migrants & refugees", from: []string{"Egypt"},
			source: "A/HRC/59/15/Add.1, para. 5", report: "A/HRC/59/15",
		},
		{
			name:  "source without an addendum",
			paras: []string{"121.1 Ratify CED (France) (Lithuania);", "Source of Position: A/HRC/43/15 - Para 121"},
			para:  "121.1", text: "Ratify CED", from: []string{"France", "Lithuania"},
			source: "A/HRC/43/15, para. 121", report: "A/HRC/43/15",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := make([]string, len(tt.paras))
			for i, p := range tt.paras {
				paras[i] = cleanText(p)
			}
			rc, msg := parseRecCell(paras)
			if msg != "" {
				t.Fatalf("problem: %s", msg)
			}
			var from, unmatched []string
			for _, n := range rc.from {
				from = append(from, n.name())
				if n.canonical == "" {
					unmatched = append(unmatched, n.written)
				}
			}
			if rc.paragraph != tt.para || rc.text != tt.text || !slices.Equal(from, tt.from) || !slices.Equal(unmatched, tt.unmatched) {
				t.Errorf("got %s %q from %q unmatched %q\nwant %s %q from %q unmatched %q",
					rc.paragraph, rc.text, from, unmatched, tt.para, tt.text, tt.from, tt.unmatched)
			}
			if rc.source != tt.source || rc.report != tt.report {
				t.Errorf("source %q report %q, want %q %q", rc.source, rc.report, tt.source, tt.report)
			}
		})
	}
}

func TestParseRecCellProblems(t *testing.T) {
	tests := []struct {
		paras []string
		want  string
	}{
		{nil, `the cell is empty: expected a recommendation that starts with its paragraph number, like "28.212 Ratify … (Tunisia);"`},
		{[]string{"Source of position: A/HRC/40/6/Add.1 - Para. 2"}, `the cell is empty: expected a recommendation that starts with its paragraph number, like "28.212 Ratify … (Tunisia);"`},
		{[]string{"Ratify the ICCPR (Chile);"}, `expected a recommendation that starts with its paragraph number, like "28.212", found "Ratify the ICCPR (Chile);"`},
		{[]string{"28.212"}, `paragraph 28.212 has no text`},
		{[]string{"28.212 (Chile);"}, `paragraph 28.212 has no text`},
	}
	for _, tt := range tests {
		if _, msg := parseRecCell(tt.paras); msg != tt.want {
			t.Errorf("%q: %s\nwant %s", tt.paras, msg, tt.want)
		}
	}
}

func TestParagraphNumber(t *testing.T) {
	tests := []struct{ in, num, rest string }{
		{"28.212 Continue", "28.212", "Continue"},
		{"186.28. Continue", "186.28", "Continue"},
		{"140.1", "140.1", ""},
		{"28.212Continue", "28.212", "Continue"},
		{"1.2.3 Continue", "", ""},
		{"28. Continue", "", ""},
		{"28.12345 x", "", ""},
		{"12345.1 x", "", ""},
		{"Continue", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		num, rest, ok := paragraphNumber(tt.in)
		if num != tt.num || rest != tt.rest || ok != (tt.num != "") {
			t.Errorf("paragraphNumber(%q) = %q, %q, %v; want %q, %q", tt.in, num, rest, ok, tt.num, tt.rest)
		}
	}
}

func TestParseSource(t *testing.T) {
	tests := []struct{ in, source, report string }{
		{"Source of position: A/HRC/40/6/Add.1 - Para. 2", "A/HRC/40/6/Add.1, para. 2", "A/HRC/40/6"},
		{"Source of position: A/HRC/25/5/Add.1 - Para. 186.28. ", "A/HRC/25/5/Add.1, para. 186.28", "A/HRC/25/5"},
		{"Source of Position: A/HRC/59/15/Add.1 - Para.3", "A/HRC/59/15/Add.1, para. 3", "A/HRC/59/15"},
		{"SOURCE OF POSITION A/HRC/43/15 – para 121", "A/HRC/43/15, para. 121", "A/HRC/43/15"},
		{"Source of position: A/HRC/40/6/Add.1/Corr.1, paras. 2-3", "A/HRC/40/6/Add.1/Corr.1, para. 2-3", "A/HRC/40/6"},
		{"Source of position: A/HRC/40/6/Add.1", "A/HRC/40/6/Add.1", "A/HRC/40/6"},
		{"Source of position: oral statement", "oral statement", ""},
		{"Source of position:", "", ""},
		{"Position: supported", "", ""},
	}
	for _, tt := range tests {
		source, report := parseSource(tt.in)
		if source != tt.source || report != tt.report {
			t.Errorf("parseSource(%q) = %q, %q; want %q, %q", tt.in, source, report, tt.source, tt.report)
		}
	}
}
