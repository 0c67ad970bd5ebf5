package layout

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump writes doc as indented text, one block or run per line, for golden
// files and test failure messages:
//
//	heading 2 #ii-refugees-and-asylum
//	  "II. Refugees and asylum"
//	paragraph 1
//	  "The State "
//	  italic "should"
//	  footnote 1
//	paragraph 2 label=usm-flaws
//	  "See para. "
//	  ref->1 "1"
//
// Text is quoted with Go syntax; a run's styles, link and paragraph
// reference come before it.
func Dump(doc *Document) string {
	var d dumper
	if doc == nil {
		return "<nil>\n"
	}
	d.blocks(doc.Blocks, 0)
	if len(doc.Footnotes) > 0 {
		d.line(0, "footnotes")
		for _, f := range doc.Footnotes {
			d.line(1, "footnote %d", f.Number)
			d.runs(f.Text, 2)
		}
	}
	return d.b.String()
}

type dumper struct{ b strings.Builder }

func (d *dumper) line(depth int, format string, args ...any) {
	d.b.WriteString(strings.Repeat("  ", depth))
	fmt.Fprintf(&d.b, format, args...)
	d.b.WriteByte('\n')
}

func (d *dumper) blocks(blocks []Block, depth int) {
	for _, b := range blocks {
		d.block(b, depth)
	}
}

func (d *dumper) block(b Block, depth int) {
	switch b := b.(type) {
	case Heading:
		d.line(depth, "heading %d #%s", b.Level, b.ID)
		d.runs(b.Text, depth+1)
	case Paragraph:
		head := "paragraph"
		if b.Number > 0 {
			head += " " + strconv.Itoa(b.Number)
		}
		if b.Label != "" {
			head += " label=" + b.Label
		}
		d.line(depth, "%s", head)
		d.runs(b.Text, depth+1)
	case List:
		if b.Ordered {
			d.line(depth, "list ordered start=%d", b.Start)
		} else {
			d.line(depth, "list bullet")
		}
		for _, item := range b.Items {
			d.line(depth+1, "item")
			d.blocks(item.Blocks, depth+2)
		}
	case Quote:
		d.line(depth, "quote")
		d.blocks(b.Blocks, depth+1)
	case Table:
		names := make([]string, len(b.Align))
		for i, a := range b.Align {
			names[i] = a.String()
		}
		d.line(depth, "table align=%s", strings.Join(names, ","))
		d.row("header", b.Header, depth+1)
		for _, r := range b.Rows {
			d.row("row", r, depth+1)
		}
	case Rule:
		d.line(depth, "rule")
	default:
		d.line(depth, "unknown block %T", b)
	}
}

func (d *dumper) row(name string, cells [][]Inline, depth int) {
	d.line(depth, "%s", name)
	for i, c := range cells {
		d.line(depth+1, "cell %d", i+1)
		d.runs(c, depth+2)
	}
}

func (d *dumper) runs(runs []Inline, depth int) {
	for _, r := range runs {
		switch {
		case r.Footnote > 0:
			d.line(depth, "footnote %d", r.Footnote)
		case r.Break:
			d.line(depth, "break")
		default:
			var attrs []string
			if s := r.Style.String(); s != "" {
				attrs = append(attrs, s)
			}
			if r.Link != "" {
				attrs = append(attrs, "link="+r.Link)
			}
			if r.Para != 0 {
				attrs = append(attrs, "ref->"+strconv.Itoa(r.Para))
			}
			attrs = append(attrs, strconv.Quote(r.Text))
			d.line(depth, "%s", strings.Join(attrs, " "))
		}
	}
}

// String names the styles in s, "bold+italic+code", or "" for plain text.
func (s Style) String() string {
	var names []string
	for _, st := range []struct {
		bit  Style
		name string
	}{{Bold, "bold"}, {Italic, "italic"}, {Code, "code"}} {
		if s&st.bit != 0 {
			names = append(names, st.name)
		}
	}
	return strings.Join(names, "+")
}

// String names the alignment: "none", "left", "center" or "right".
func (a Align) String() string {
	switch a {
	case AlignLeft:
		return "left"
	case AlignCenter:
		return "center"
	case AlignRight:
		return "right"
	}
	return "none"
}
