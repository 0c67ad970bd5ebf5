package pdf

import (
	"errors"
	"strings"
	"testing"

	"github.com/upr-tools/submit/internal/layout"
)

func TestScriptErrors(t *testing.T) {
	tests := []struct {
		name    string
		doc     func(d *layout.Document)
		opts    func(o *Options)
		script  string
		context string
		why     string
	}{
		{
			name: "Arabic in a paragraph",
			doc: func(d *layout.Document) {
				d.Blocks = append(d.Blocks, para(4, txt("The delegation of Egypt said: "), ital("حقوق الإنسان"), txt(" are universal.")))
			},
			script: "Arabic", context: "said: حقوق الإنسان are", why: "right-to-left shaping",
		},
		{
			name:   "Hebrew in a footnote",
			doc:    func(d *layout.Document) { d.Footnotes[1].Text = append(d.Footnotes[1].Text, txt(" See שלום.")) },
			script: "Hebrew", context: "See שלום.", why: "right-to-left shaping",
		},
		{
			name:   "Devanagari on the cover",
			opts:   func(o *Options) { o.Cover.Lines = append(o.Cover.Lines, "मानव अधिकार") },
			script: "Devanagari", context: "मानव अधिकार", why: "complex shaping",
		},
		{
			name: "Thai in a table",
			doc: func(d *layout.Document) {
				d.Blocks = append(d.Blocks, layout.Table{Header: cells("State", "ประเทศไทย")})
			},
			script: "Thai", context: "ประเทศไทย", why: "complex shaping",
		},
		{
			name:   "Syriac in the annex",
			opts:   func(o *Options) { o.Annex = &layout.Document{Blocks: []layout.Block{para(0, txt("ܫܠܡܐ"))}} },
			script: "Syriac", context: "ܫܠܡܐ", why: "right-to-left",
		},
		{
			name:   "first in reading order",
			doc:    func(d *layout.Document) { d.Blocks = append(d.Blocks, para(4, txt("தமிழ் and עברית"))) },
			opts:   func(o *Options) { o.Header = "JS1 ދިވެހި" },
			script: "Thaana", context: "JS1 ދިވެހި", why: "right-to-left",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, opts := sampleDoc(), sampleOptions()
			if tt.doc != nil {
				tt.doc(doc)
			}
			if tt.opts != nil {
				tt.opts(&opts)
			}
			data, _, err := Render(doc, opts)
			var se *ScriptError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v (%d bytes), want a ScriptError (not a missing glyph)", err, len(data))
			}
			if se.Script != tt.script || !strings.Contains(se.Context, tt.context) {
				t.Errorf("Script %q Context %q, want %q in %q", se.Script, se.Context, tt.script, tt.context)
			}
			msg := err.Error()
			for _, want := range []string{"the text “" + se.Context + "”", "is in " + tt.script + " script", "cannot lay out", tt.why, "write it in transliteration, or leave the text out"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q lacks %q", msg, want)
				}
			}
		})
	}
}

func TestScriptOf(t *testing.T) {
	for _, r := range "AzÉžΩЖԱ中文かなカナ한글،0" {
		if s := scriptOf(r); s != "" {
			t.Errorf("scriptOf(%q) = %q, want none", r, s)
		}
	}
	for r, want := range map[rune]string{'ب': "Arabic", 'ﻻ': "Arabic", 'א': "Hebrew", 'क': "Devanagari", 'ক': "Bengali", 'த': "Tamil", 'ก': "Thai", 'ក': "Khmer", 'က': "Myanmar", 'ߊ': "N'Ko"} {
		if got := scriptOf(r); got != want {
			t.Errorf("scriptOf(%q) = %q, want %q", r, got, want)
		}
	}
}
