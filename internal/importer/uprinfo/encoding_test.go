package uprinfo

import "testing"

func TestDecode(t *testing.T) {
	tests := []struct {
		name, src, want, enc string
	}{
		{"ascii", "To,Text\r\nCuba,x", "To,Text\nCuba,x", encUTF8},
		{"utf-8 with BOM", "\uFEFFÉquité\n", "Équité\n", encUTF8},
		{"utf-8 CR only", "Côte\rd'Ivoire", "Côte\nd'Ivoire", encUTF8},
		// Mac Roman é (0x8E) is Windows-1252 Ž: the case decides, not the line ends.
		{"mac é, CRLF", "Equit\x8e - x\r\n", "Equité - x\n", encMacRoman},
		// Windows-1252 é (0xE9) is Mac Roman È.
		{"windows é, CR", "Equit\xe9 - x\r", "Equité - x\n", encWindows1252},
		{"windows Équité", "\xc9quit\xe9\r\n", "Équité\n", encWindows1252},
		{"windows Côte", "C\xf4te d'Ivoire\r\n", "Côte d'Ivoire\n", encWindows1252},
		{"mac Côte", "C\x99te d'Ivoire\n", "Côte d'Ivoire\n", encMacRoman},
		// 0x8F is Mac Roman è and nothing in Windows-1252.
		{"mac è undefined in windows", "Mis\x8fre\r\n", "Misère\n", encMacRoman},
		{"mac à", "vis-\x88-vis\n", "vis-à-vis\n", encMacRoman},
		{"mac lèse-majesté", "l\x8fse-majest\x8e\r", "lèse-majesté\n", encMacRoman},
		{"windows en dash between words", "2008 \x96 2011\n", "2008 – 2011\n", encWindows1252},
		// Windows-1252 ’ (0x92) is Mac Roman í, and “ ” are ì î: both read
		// plausibly, so the line ends decide.
		{"tie, CRLF", "women\x92s \x93rights\x94\r\n", "women’s “rights”\n", encWindows1252},
		{"tie, LF", "Guaran\x92\n", "Guaran’\n", encWindows1252},
		{"tie, CR only", "Guaran\x92\r", "Guaraní\n", encMacRoman},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := decode([]byte(tt.src))
			if string(got) != tt.want || enc != tt.enc {
				t.Errorf("decode(%q) = %q, %s; want %q, %s", tt.src, got, enc, tt.want, tt.enc)
			}
		})
	}
}

func TestNormalizeLineEnds(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a\rb\rc", "a\nb\nc"},
		{"a\r\nb\r\n", "a\nb\n"},
		{"a\nb", "a\nb"},
		{"a\r\r\nb\n\rc", "a\n\nb\n\nc"},
	}
	for _, tt := range tests {
		if got := string(normalizeLineEnds([]byte(tt.in))); got != tt.want {
			t.Errorf("normalizeLineEnds(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
