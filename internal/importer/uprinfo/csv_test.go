package uprinfo

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/importer"
)

const header = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n"

// TestParseCSV covers the forms of CSV the export comes in and the
// problems a row can have: how many records, and the exact messages.
func TestParseCSV(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		records int
		errs    []string
	}{
		{name: "header only", src: header},
		{name: "columns in any order, case and spacing",
			src:     "session, TEXT ,from rgrp,Response,from,to,Extra\n4,Ratify CAT.,GRULAC,Noted,Chile,Cuba,x\n",
			records: 1},
		{name: "title rows before the header",
			src:     "UPR Info database\n\nExported 2015\n" + header + "Cuba,,,Ratify CAT.,Chile,,,Accepted,5,Torture,4\n",
			records: 1},
		{name: "semicolons, as Excel saves CSV in a European locale",
			src:     strings.ReplaceAll(header, ",", ";") + "C\xf4te d'Ivoire;;;Ratifier la CAT, enfin;Chile;;;Accepted;5;Torture;4\r\n",
			records: 1},
		{name: "tabs",
			src:     strings.ReplaceAll(header, ",", "\t") + "Cuba\t\t\tRatify CAT, now\tChile\t\t\tAccepted\t5\tTorture\t4\n",
			records: 1},
		{name: "blank rows and trailing empty fields",
			src:     header + "Cuba,,,Ratify CAT.,Chile,,,Accepted,5,Torture,4,,\n,,,,,,,,,,\n\n",
			records: 1},
		{name: "empty", errs: []string{
			"e.csv: found no rows: expected a UPR Info export, a header row (To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action, Issue, Session) and a row per recommendation"}},
		{name: "not the export",
			src:  "State,Recommendation,Recommending state,Position\nCuba,Ratify CAT.,Chile,Supported\n",
			errs: []string{`e.csv:1: not a UPR Info export: expected a header row with the columns To, Text, From, Response, Session (the export's header is To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action, Issue, Session); found "State", "Recommendation", "Recommending state", "Position" (missing To, Text, From, Response, Session)`}},
		{name: "closest row named",
			src:  "title\nTo,Text,From,Action\n",
			errs: []string{`e.csv:2: not a UPR Info export: expected a header row with the columns To, Text, From, Response, Session (the export's header is To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action, Issue, Session); found "To", "Text", "From", "Action" (missing Response, Session)`}},
		{name: "column twice",
			src:  "To,Text,From,Response,Session,text\n",
			errs: []string{"e.csv:1: the column Text appears twice (columns 2 and 6): cannot tell which one to read"}},
		{name: "bad fields keep the record",
			src:     header + "Cuba,,,Ratify CAT.,Chile,,,Rejected,7,Torture,four\n",
			records: 1,
			errs: []string{
				`e.csv:2:28: response "Rejected" is not one the export writes: expected Accepted or Noted (also Supported, Partially accepted, Pending, or blank)`,
				`e.csv:2:37: action "7" is not a UPR Info action category: expected 1 to 5, or blank`,
				`e.csv:2:47: session "four" is not a Working Group session: expected a number from 1, or blank`}},
		{name: "columns counted in characters",
			src:     header + "Côte d'Ivoire,,,Ratifiér,Chile,,,Accepted,x,Torture,4\n",
			records: 1,
			errs:    []string{`e.csv:2:43: action "x" is not a UPR Info action category: expected 1 to 5, or blank`}},
		{name: "blank cells",
			src:     header + " ,,, ,,,,Accepted,,,\n",
			records: 1,
			errs: []string{"e.csv:2:1: no state under review (To is blank)", "e.csv:2:5: no recommendation (Text is blank)",
				"e.csv:2:7: no recommending state (From is blank)"}},
		{name: "short row skipped",
			src:     header + "Cuba,,,Ratify CAT.,Chile,,,Accepted\nCuba,,,Ratify CED.,Chile,,,Accepted,5,Torture,4\n",
			records: 1,
			errs:    []string{"e.csv:2: the row has 8 fields, the header 11: a quote or a separator is probably missing or extra; the row is skipped"}},
		{name: "stray quote",
			src:     header + "Cuba,,,Ratify \"CAT\" now,Chile,,,Accepted,5,Torture,4\nCuba,,,Ratify CED.,Chile,,,Accepted,5,Torture,4\n",
			records: 1,
			errs:    []string{`e.csv:2:15: not valid CSV (row starting at line 2): bare " in non-quoted-field`}},
		{name: "UTF-16", src: "\xff\xfeT\x00o\x00",
			errs: []string{"e.csv: a UTF-16 text file: save the UPR Info export as CSV in UTF-8 (or as .xlsx)"}},
		{name: "xls", src: "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00",
			errs: []string{"e.csv: an Excel 97–2003 (.xls) or encrypted workbook: save the UPR Info export as .xlsx or CSV"}},
		{name: "binary", src: "To\nab\x00",
			errs: []string{"e.csv:2: a binary file (a NUL byte at offset 5): expected a UPR Info export, CSV or .xlsx"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := Parse("e.csv", []byte(tt.src))
			if len(recs) != tt.records {
				t.Errorf("%d records, want %d: %+v", len(recs), tt.records, recs)
			}
			var got []string
			if err != nil {
				var l diag.List
				if !errors.As(err, &l) {
					t.Fatalf("error %T is no diag.List: %v", err, err)
				}
				got = strings.Split(err.Error(), "\n")
			}
			if strings.Join(got, "\n") != strings.Join(tt.errs, "\n") {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.errs)
			}
		})
	}
}

// TestLineBreaks checks line ends of every kind, line breaks inside quoted
// fields, and that Pos gives the line where each row starts.
func TestLineBreaks(t *testing.T) {
	row := func(text string) string { return "Cuba,,," + text + ",Chile,,,Accepted,5,Torture,4" }
	tests := []struct {
		name, src string
		lines     []int
		texts     []string
	}{
		{"CR", header + row("A") + "\r" + row(`"B1`+"\r"+`B2"`) + "\r" + row("C"), []int{2, 3, 5}, []string{"A", "B1\nB2", "C"}},
		{"LF", header + row("A") + "\n" + row(`"B1`+"\n"+`B2"`) + "\n" + row("C") + "\n", []int{2, 3, 5}, []string{"A", "B1\nB2", "C"}},
		{"CRLF", header + row("A") + "\r\n" + row(`"B1`+"\r\n\r\n"+`B2"`) + "\r\n" + row("C") + "\r\n", []int{2, 3, 6}, []string{"A", "B1\n\nB2", "C"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(tt.src, "\n", "\r\n", 1) // the header's line end is CRLF in all, as a mixed file would have
			if tt.name == "CR" {
				src = strings.Replace(tt.src, "\n", "\r", 1)
			}
			recs, err := Parse("l.csv", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			var lines []int
			var texts []string
			for _, r := range recs {
				lines, texts = append(lines, r.Pos.Line), append(texts, r.Text)
			}
			if strings.Join(texts, "|") != strings.Join(tt.texts, "|") || !equalInts(lines, tt.lines) {
				t.Errorf("texts %q at lines %v, want %q at %v", texts, lines, tt.texts, tt.lines)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTooManyProblems checks that a file wrong throughout reports the
// first maxProblems and counts the rest.
func TestTooManyProblems(t *testing.T) {
	src := header + strings.Repeat("Cuba,,,Ratify CAT.,Chile,,,Accepted,9,Torture,4\n", maxProblems+5)
	recs, err := Parse("m.csv", []byte(src))
	var l diag.List
	if !errors.As(err, &l) || len(l) != maxProblems+1 || l[maxProblems].Msg != "5 more problems not shown" {
		t.Errorf("got %d problems, the last %v", len(l), l[len(l)-1])
	}
	if len(recs) != maxProblems+5 {
		t.Errorf("%d records, want %d", len(recs), maxProblems+5)
	}
}

// TestInputUnchanged checks that Parse leaves the caller's bytes alone,
// whatever it has to normalise.
func TestInputUnchanged(t *testing.T) {
	for _, src := range []string{
		header + "Cuba,,,A,Chile,,,Accepted,5,Torture,4\r\n",
		strings.ReplaceAll(header, "\n", "\r") + "Cuba,,,Equit\x8e,Chile,,,Accepted,5,Torture,4\r",
		"\uFEFF" + header + "Cuba,,,\"A\rB\",Chile,,,Accepted,5,Torture,4\r",
	} {
		data := []byte(src)
		if _, err := Parse("u.csv", data); err != nil {
			t.Fatal(err)
		}
		if string(data) != src {
			t.Errorf("Parse changed its input %q into %q", src, data)
		}
	}
}

// TestColumnsByName checks that columns are read by their header, not
// their place, and that the separators other than a comma work.
func TestColumnsByName(t *testing.T) {
	want := []importer.Record{{Pos: diag.Pos{File: "c.csv", Line: 3}, StateUnderReview: "Côte d'Ivoire",
		From: []string{"Chile"}, Text: "Ratify CAT, now", Response: "noted", Session: 14, Cycle: 2}}
	for _, src := range []string{
		"Exported 2015\n session, TEXT ,from rgrp,Response,from,to,Extra\n14,\"Ratify CAT, now \",GRULAC,Noted,Chile,Cote d'Ivoire,x\n",
		"Exported 2015\r\nSession;Text;From;Response;To\r\n14;Ratify CAT, now;Chile;noted;C\xf4te d'Ivoire\r\n",
		"Exported 2015\nSession\tText\tFrom\tResponse\tTo\n14\tRatify CAT, now\tChile\tNOTED\tCôte d'Ivoire\n",
	} {
		recs, err := Parse("c.csv", []byte(src))
		if err != nil || !reflect.DeepEqual(recs, want) {
			t.Errorf("Parse(%q) =\n%+v, %v\nwant %+v", src, recs, err, want)
		}
	}
}
