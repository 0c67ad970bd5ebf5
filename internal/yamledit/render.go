package yamledit

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// lineWidth is the line length past which a new text goes into a folded
// block rather than on the key's line.
const lineWidth = 80

// rendering is a value as written: head goes on the key's line (after the
// kept spaces, before the kept comment) and body, when not empty, holds
// the following lines, each starting with a newline.
type rendering struct{ head, body string }

// layout says where the value goes: indentation of the key, and of block
// list items and block scalar lines when the value has them.
type layout struct {
	field                   string
	keyIndent               int
	listIndent, blockIndent int
	orig                    *yaml.Node // the old value, nil when absent or empty
}

// renderings returns ways to write v, the preferred one first: the old
// value's style when it can hold v. The last one (double quotes, flow
// list) can hold anything; SetField takes the first that reads back right.
func renderings(v Value, l layout) []rendering {
	switch v.kind {
	case kindInt:
		return []rendering{{head: strconv.Itoa(v.num)}}
	case kindDate:
		return []rendering{{head: v.text}, {head: doubleQuoted(v.text)}}
	case kindList:
		return listRenderings(v.list, l)
	}
	return textRenderings(v.text, l)
}

func textRenderings(s string, l layout) []rendering {
	var out []rendering
	block := func(folded bool) {
		if b, ok := blockScalar(s, folded, strings.Repeat(" ", l.blockIndent)); ok {
			head, body, _ := strings.Cut(b, "\n")
			out = append(out, rendering{head: head, body: "\n" + body})
		}
	}
	plain := plainSafe(s, false)
	style := yaml.Style(0)
	if l.orig != nil && l.orig.Kind == yaml.ScalarNode {
		style = l.orig.Style
	}
	long := l.keyIndent+len(l.field)+2+utf8.RuneCountInString(s) > lineWidth
	switch {
	case l.orig == nil || l.orig.Kind != yaml.ScalarNode:
		switch {
		case strings.Contains(s, "\n"):
			block(false)
		case long:
			block(true)
		}
		if plain {
			out = append(out, rendering{head: s})
		}
	case style&yaml.FoldedStyle != 0:
		block(true)
	case style&yaml.LiteralStyle != 0:
		block(false)
	case style&yaml.SingleQuotedStyle != 0:
		if q, ok := singleQuoted(s); ok {
			out = append(out, rendering{head: q})
		}
	case style&yaml.DoubleQuotedStyle != 0:
	default:
		// Plain when it can be; text plain style cannot hold goes where a
		// new value would: a block when it has line breaks or is long.
		switch {
		case plain:
			out = append(out, rendering{head: s})
		case strings.Contains(s, "\n"):
			block(false)
		case long:
			block(true)
		}
	}
	return append(out, rendering{head: doubleQuoted(s)})
}

func listRenderings(items []string, l layout) []rendering {
	var out []rendering
	if l.orig != nil && l.orig.Kind == yaml.SequenceNode && l.orig.Style&yaml.FlowStyle == 0 && len(items) > 0 {
		var b strings.Builder
		for _, it := range items {
			b.WriteString("\n" + strings.Repeat(" ", l.listIndent) + "- ")
			if plainSafe(it, false) {
				b.WriteString(it)
			} else {
				b.WriteString(doubleQuoted(it))
			}
		}
		out = append(out, rendering{body: b.String()})
	}
	flow := func(safe func(string) bool) rendering {
		q := make([]string, len(items))
		for i, it := range items {
			if safe(it) {
				q[i] = it
			} else {
				q[i] = doubleQuoted(it)
			}
		}
		return rendering{head: "[" + strings.Join(q, ", ") + "]"}
	}
	return append(out,
		flow(func(s string) bool { return plainSafe(s, true) }),
		flow(func(string) bool { return false }))
}
