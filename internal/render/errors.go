package render

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/upr-tools/submit/internal/diag"
)

var (
	// template: NAME:LINE: MESSAGE (parse errors give no column)
	// template: NAME:LINE:COL: executing "NAME" at <ACTION>: MESSAGE
	tmplErrRE = regexp.MustCompile(`^template: ([^:]+):(\d+):(?:(\d+):)? (.*)$`)
	execRE    = regexp.MustCompile(`^executing "[^"]*" at <(.*?)>: (.*)$`)
	undefRE   = regexp.MustCompile(`function "([^"]+)" not defined`)
)

// problem turns a text/template error into a Problem that names the
// template file, line and column. sources maps template names to their
// file (as shown to the user) and text, to find columns parse errors omit.
func problem(err error, sources map[string]source) *diag.Problem {
	msg := err.Error()
	m := tmplErrRE.FindStringSubmatch(msg)
	if m == nil {
		return &diag.Problem{Msg: msg}
	}
	src, ok := sources[m[1]]
	if !ok {
		return &diag.Problem{Msg: msg}
	}
	line, _ := strconv.Atoi(m[2])
	pos := diag.Pos{File: src.file, Line: line}
	text := m[4]
	if m[3] != "" {
		col, _ := strconv.Atoi(m[3])
		pos.Col = col + 1 // text/template counts bytes from 0
	}
	if e := execRE.FindStringSubmatch(text); e != nil {
		text = e[1] + ": " + strings.TrimPrefix(e[2], "error calling "+firstWord(e[1])+": ")
	}
	if u := undefRE.FindStringSubmatch(text); u != nil {
		if pos.Col == 0 {
			pos.Col = columnOf(src.text, line, u[1])
		}
		text += ": check its spelling; docs/templates.md lists the functions templates can use"
	}
	if pos.Col == 0 {
		text = locateParseError(&pos, src.text, text)
	}
	return &diag.Problem{Pos: pos, Msg: text}
}

var (
	actionWordRE = regexp.MustCompile(`\{\{(\w+)\}\}`)                    // unexpected {{end}}
	badCharRE    = regexp.MustCompile(`bad character U\+[0-9A-F]+ '(.)'`) // bad character U+007D '}'
	openerRE     = regexp.MustCompile(`\{\{-?\s*(if|range|with|define|block)\b|\{\{-?\s*end\b`)
)

// locateParseError finds the column text/template leaves out of parse
// errors, and for an unexpected end of template, the {{if}} or {{range}}
// that was never closed.
func locateParseError(pos *diag.Pos, text, msg string) string {
	switch {
	case msg == "unexpected EOF":
		var open [][]int
		for _, m := range openerRE.FindAllStringSubmatchIndex(text, -1) {
			if m[2] >= 0 {
				open = append(open, m)
			} else if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
		if len(open) > 0 {
			m := open[len(open)-1]
			pos.Line = 1 + strings.Count(text[:m[0]], "\n")
			pos.Col = m[0] - strings.LastIndex(text[:m[0]], "\n")
			return "this {{" + text[m[2]:m[3]] + "}} has no {{end}}"
		}
		pos.Col = 1
		return "the template ends inside an action: a {{ lacks its }}, or a block its {{end}}"
	case actionWordRE.MatchString(msg):
		pos.Col = columnOf(text, pos.Line, actionWordRE.FindStringSubmatch(msg)[1])
	case badCharRE.MatchString(msg):
		pos.Col = columnOf(text, pos.Line, badCharRE.FindStringSubmatch(msg)[1])
	case strings.Contains(msg, "right paren"):
		pos.Col = columnOf(text, pos.Line, ")")
	}
	if pos.Col == 0 {
		pos.Col = 1
	}
	return msg
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i]
	}
	return s
}

// columnOf finds word on a line of text (1-based), or 0. A word of letters
// must stand alone ("end" is not found in "ending").
func columnOf(text string, line int, word string) int {
	lines := strings.Split(text, "\n")
	if line < 1 || line > len(lines) {
		return 0
	}
	l := lines[line-1]
	for i := 0; i < len(l); {
		j := strings.Index(l[i:], word)
		if j < 0 {
			return 0
		}
		start, end := i+j, i+j+len(word)
		alone := !isIdent(word[0]) || ((start == 0 || !isIdent(l[start-1])) && (end == len(l) || !isIdent(l[end])))
		if alone {
			return start + 1
		}
		i = end
	}
	return 0
}

func isIdent(b byte) bool {
	return b == '_' || b == '.' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
