package pdf

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/testutil"
)

// chinese is a sample of Chinese mixed with English, CJK punctuation, a
// footnote and a paragraph reference: long enough to wrap over several
// lines.
type chinese struct {
	text, see, styled, note string
}

// mixedChinese mixes traditional and simplified characters, for a font
// with both.
var mixedChinese = chinese{
	text: "中華人民共和國（中国）在第四輪普遍定期審議中收到了多項建議。" +
		"The State under review supported recommendation 28.212 on freedom of expression, " +
		"但是记者仍然因为报道而被拘留，人权捍卫者面临骚扰、监视和旅行禁令。" +
		"「言論自由」是《世界人權宣言》第十九條所保障的權利；政府應當釋放所有被任意拘留的記者。" +
		"Civil society organisations (CSOs) call on the government to 立即废除相关法律。",
	see:    "另见第",
	styled: "代码",
	note:   "联合国文件 A/HRC/40/6，第28.212段。",
}

// traditionalChinese is the same in traditional characters only, for
// bsmi00lp, which has no simplified ones.
var traditionalChinese = chinese{
	text: "中華人民共和國在第四輪普遍定期審議中收到了多項建議。" +
		"The State under review supported recommendation 28.212 on freedom of expression, " +
		"但是記者仍然因為報道而被拘留，人權捍衛者面臨騷擾、監視和旅行禁令。" +
		"「言論自由」是《世界人權宣言》第十九條所保障的權利；政府應當釋放所有被任意拘留的記者。" +
		"Civil society organisations (CSOs) call on the government to 立即廢除相關法律。",
	see:    "另見第",
	styled: "代碼",
	note:   "聯合國文件 A/HRC/40/6，第28.212段。",
}

func (zh chinese) doc() *layout.Document {
	return &layout.Document{
		Blocks: []layout.Block{
			heading(1, "一、導言 Introduction"),
			para(1, txt(zh.text), note(1), txt(zh.see), layout.Inline{Text: "2", Para: 2}, txt("段。")),
			para(2, bold("粗體 bold "), ital("斜體 italic "), code("code "+zh.styled), txt(" 完。")),
		},
		Footnotes: []layout.Footnote{{Number: 1, Text: []layout.Inline{txt(zh.note)}}},
	}
}

func TestChineseThroughCJKFont(t *testing.T) {
	for _, tt := range []struct {
		path, pkg string
		zh        chinese
	}{
		{droidFont, "fonts-droid-fallback", mixedChinese},
		{bsmiFont, "fonts-arphic-bsmi00lp", traditionalChinese},
	} {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			ttf := needFont(t, tt.path, tt.pkg)
			opts := sampleOptions()
			opts.Fonts = &Fonts{Name: filepath.Base(tt.path), Regular: ttf}
			opts.Header = "聯合提交 JS1"
			doc := tt.zh.doc()
			data, res, err := Render(doc, opts)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "zh.pdf")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			// The subset keeps the file small however large the font.
			t.Logf("%s (%d bytes): PDF of %d pages is %d bytes", filepath.Base(tt.path), len(ttf), res.Pages, len(data))
			if len(data) > 150_000 {
				t.Errorf("PDF is %d bytes: the font was not subset", len(data))
			}

			body := pdftotext(t, path, "-f", "2", "-l", "2")
			want := nospace("一、導言 Introduction" + "1." + tt.zh.text + "1" + tt.zh.see + "2段。" + "2.粗體 bold 斜體 italic code " + tt.zh.styled + " 完。")
			if got := nospace(body); !strings.Contains(got, want) {
				t.Errorf("body text, spaces removed:\n got %s\nwant %s", got, want)
			}
			if note := nospace("1 " + tt.zh.note); !strings.Contains(nospace(body), note) {
				t.Errorf("footnote %q missing from:\n%s", note, body)
			}
			if !strings.Contains(body, "聯合提交 JS1") {
				t.Errorf("running header missing from:\n%s", body)
			}
			// The paragraph wraps over several lines, none starting with
			// closing punctuation.
			n := 0
			for _, l := range strings.Split(body, "\n") {
				l = strings.TrimSpace(l)
				if l == "" {
					continue
				}
				if strings.ContainsAny(l, "中記记言") {
					n++
				}
				if r := []rune(l)[0]; strings.ContainsRune("。，、）」》；", r) {
					t.Errorf("line starts with %q: %s", r, l)
				}
			}
			if n < 4 {
				t.Errorf("the Chinese paragraph is on %d lines, want it to wrap:\n%s", n, body)
			}

			out := testutil.Run(t, testutil.Need(t, "pdffonts", "poppler-utils"), path)
			found := false
			for _, l := range strings.Split(out, "\n")[2:] {
				f := strings.Fields(l)
				if len(f) >= 7 && f[len(f)-5] != "yes" {
					t.Errorf("font not embedded: %s", l)
				}
				found = found || strings.Contains(l, "custom")
			}
			if !found {
				t.Errorf("pdffonts does not list the custom font:\n%s", out)
			}
			check := testutil.Run(t, testutil.Need(t, "qpdf", "qpdf"), "--check", path)
			if !strings.Contains(check, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", check)
			}
		})
	}
}

// nospace is s without white space, for comparing text that pdftotext
// spaces its own way.
func nospace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestCJKBreak(t *testing.T) {
	tests := []struct {
		a, b rune
		want bool
	}{
		{'中', '文', true}, {'か', 'な', true}, {'한', '글', true},
		{'中', 'A', true}, {'A', '中', true}, {'5', '年', true},
		{'中', '。', false}, {'中', '，', false}, {'中', '、', false}, {'中', '）', false}, {'中', '」', false},
		{'（', '中', false}, {'「', '中', false}, {'《', '中', false},
		{'中', ',', false}, {'中', '.', false}, {'(', '中', false}, {'"', '中', false}, {'中', '"', false},
		{'。', '中', true}, {'）', '中', true}, {'中', '（', true},
		{'a', 'b', false}, {'-', 'b', false},
	}
	for _, tt := range tests {
		if got := cjkBreak(tt.a, tt.b); got != tt.want {
			t.Errorf("cjkBreak(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCJKLines(t *testing.T) {
	m := testMetrics(t)
	text := mixedChinese.text
	for _, a := range []align{alignJustify, alignLeft} {
		for _, width := range []float64{20, 45, 80, 150} {
			ls := m.lines([]layout.Inline{txt(text)}, textStyle{size: 12, lead: 1.25, align: a}, width)
			var joined strings.Builder
			for i, l := range ls {
				var s strings.Builder
				for _, r := range l.runs {
					s.WriteString(r.text)
				}
				line := []rune(s.String())
				if len(line) == 0 {
					t.Fatalf("width %v: empty line %d", width, i)
				}
				if i > 0 && strings.ContainsRune(noBreakBefore, line[0]) {
					t.Errorf("width %v: line %d starts with %q", width, i, line[0])
				}
				if i < len(ls)-1 && strings.ContainsRune(noBreakAfter, line[len(line)-1]) {
					t.Errorf("width %v: line %d ends with %q", width, i, line[len(line)-1])
				}
				if end := lineEnd(l); end > width+1e-6 {
					t.Errorf("width %v: line %d ends at %.2f", width, i, end)
				}
				if a == alignJustify && width >= 45 && i < len(ls)-1 && math.Abs(lineEnd(l)-width) > 0.01 {
					t.Errorf("width %v: justified line %d ends at %.2f", width, i, lineEnd(l))
				}
				joined.WriteString(s.String())
			}
			// Every character once, in order; spaces only where typed.
			if nospace(joined.String()) != nospace(text) {
				t.Errorf("width %v: lines join to\n%s\nwant\n%s", width, joined.String(), text)
			}
			if len(ls) < 2 {
				t.Errorf("width %v: %d line(s)", width, len(ls))
			}
		}
	}
	// Set ragged, a line of CJK is one string without inserted spaces.
	ls := m.lines([]layout.Inline{txt("中華人民共和國在第四輪普遍定期審議中收到了多項建議。")}, textStyle{size: 12, lead: 1.25, align: alignLeft}, 40)
	for _, l := range ls {
		if len(l.runs) != 1 || strings.Contains(l.runs[0].text, " ") {
			t.Errorf("ragged CJK line in %d runs: %q", len(l.runs), lineText(l))
		}
	}
}
