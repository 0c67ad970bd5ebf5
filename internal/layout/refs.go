package layout

import (
	"fmt"
	"strconv"
	"strings"

	gast "github.com/yuin/goldmark/ast"
)

// Templates label a paragraph with [](label:NAME) and refer to it with
// [](ref:NAME). Numbers are known only once the whole body is read, and a
// reference may point forward, so a reference is first a pending run (Para
// == pendingRef, Text == NAME) and resolveRefs fills in the number at the end.
const (
	labelScheme = "label:"
	refScheme   = "ref:"
	pendingRef  = -1
)

// RefErrorKind says what is wrong with a paragraph label or reference.
type RefErrorKind int

const (
	// BadName: NAME is not made of letters, digits, "_", "." and "-".
	BadName RefErrorKind = iota + 1
	// LinkText: the link has text between its brackets.
	LinkText
	// MisplacedLabel: a label outside a numbered body paragraph.
	MisplacedLabel
	// DuplicateLabel: the same label on two paragraphs.
	DuplicateLabel
	// SecondLabel: a paragraph with two different labels.
	SecondLabel
	// UnknownLabel: a reference to a label no paragraph has.
	UnknownLabel
)

// RefError is a problem with a paragraph label or reference. FromMarkdown
// joins every one it finds (errors.Join); errors.As finds the first, and
// the joined error's Unwrap() []error lists them all.
type RefError struct {
	Kind  RefErrorKind
	Label string // NAME as written
	Ref   bool   // the problem is at a [](ref:NAME), not at a [](label:NAME)
	Msg   string
}

func (e *RefError) Error() string { return e.Msg }

// ValidLabel reports whether name can be a paragraph label: one or more of
// A–Z, a–z, 0–9, "_", "." and "-".
func ValidLabel(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !isASCIIAlnum(c) && c != '_' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// refs holds what the converter learns about labels and references.
type refs struct {
	labels    map[string]int  // label → paragraph number
	misplaced map[string]bool // labels reported as misplaced: a reference to one is not reported again
	found     []string        // labels met in the block being converted
	errs      []error
}

func newRefs() refs {
	return refs{labels: map[string]int{}, misplaced: map[string]bool{}}
}

func (r *refs) fail(kind RefErrorKind, name string, ref bool, format string, args ...any) {
	r.errs = append(r.errs, &RefError{Kind: kind, Label: name, Ref: ref, Msg: fmt.Sprintf(format, args...)})
}

// refLink handles a link to label:NAME or ref:NAME and reports whether n
// was one; other links are left to the caller.
func (c *converter) refLink(n *gast.Link, sp span, out *[]Inline) bool {
	dest := string(n.Destination)
	name, isLabel := strings.CutPrefix(dest, labelScheme)
	ref := false
	if !isLabel {
		if name, ref = strings.CutPrefix(dest, refScheme); !ref {
			return false
		}
	}
	what, write := "label", "[](label:"+name+")"
	if ref {
		what, write = "paragraph reference", "[](ref:"+name+")"
	}
	switch {
	case !ValidLabel(name):
		c.refs.fail(BadName, name, ref, "%s %q is not a valid name: use only letters, digits, \"_\", \".\" and \"-\"", what, name)
	case !emptyLinkText(n, c.src):
		c.refs.fail(LinkText, name, ref, "%s %q has text between its brackets: write %s, with nothing between them", what, name, write)
	case ref:
		*out = append(*out, Inline{Text: name, Style: sp.style, Para: pendingRef})
	default:
		c.refs.found = append(c.refs.found, name)
	}
	return true
}

// emptyLinkText reports whether a link has no text but spaces.
func emptyLinkText(n gast.Node, src []byte) bool {
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		t, ok := ch.(*gast.Text)
		if !ok {
			return false
		}
		for _, b := range t.Value(src) {
			if b != ' ' && b != '\t' && b != '\n' {
				return false
			}
		}
	}
	return true
}

// takeLabels returns the labels met since the last call.
func (c *converter) takeLabels() []string {
	l := c.refs.found
	c.refs.found = nil
	return l
}

// misplacedLabels reports labels met outside a numbered paragraph.
func (c *converter) misplacedLabels(names []string) {
	for _, name := range names {
		c.refs.misplaced[name] = true
		c.refs.fail(MisplacedLabel, name, false,
			"label %q is not in a numbered paragraph: put {{label %q}} in a body paragraph", name, name)
	}
}

// setLabels gives paragraph num the labels met in it and returns its Label.
func (c *converter) setLabels(num int, names []string) string {
	first := ""
	for _, name := range names {
		if other, ok := c.refs.labels[name]; ok && other != num {
			c.refs.fail(DuplicateLabel, name, false,
				"label %q is on paragraphs %d and %d: give each paragraph its own label", name, other, num)
			continue
		}
		switch {
		case first == "":
			first = name
		case name != first:
			c.refs.fail(SecondLabel, name, false,
				"paragraph %d has two labels, %q and %q: keep one and refer to it", num, first, name)
		}
		// A second label still resolves, so that references to it do not
		// report a missing label on top of the real problem.
		c.refs.labels[name] = num
	}
	return first
}

// resolveRefs gives every pending reference its paragraph number, and
// reports each unknown label once.
func (c *converter) resolveRefs(doc *Document) {
	reported := map[string]bool{}
	resolve := func(runs []Inline) {
		for i := range runs {
			r := &runs[i]
			if r.Para != pendingRef {
				continue
			}
			name := r.Text
			num, ok := c.refs.labels[name]
			if !ok {
				if !reported[name] && !c.refs.misplaced[name] {
					c.refs.fail(UnknownLabel, name, true,
						"reference to paragraph label %q, which no paragraph has: add {{label %q}} to the paragraph it means", name, name)
				}
				reported[name] = true
				continue
			}
			r.Text, r.Para = strconv.Itoa(num), num
		}
	}
	forEachRuns(doc.Blocks, resolve)
	for _, f := range doc.Footnotes {
		resolve(f.Text)
	}
}

// forEachRuns calls f on every run list of the blocks, in reading order.
// Runs are shared with the blocks, so f may change them in place.
func forEachRuns(blocks []Block, f func([]Inline)) {
	for _, b := range blocks {
		switch b := b.(type) {
		case Heading:
			f(b.Text)
		case Paragraph:
			f(b.Text)
		case List:
			for _, it := range b.Items {
				forEachRuns(it.Blocks, f)
			}
		case Quote:
			forEachRuns(b.Blocks, f)
		case Table:
			for _, c := range b.Header {
				f(c)
			}
			for _, r := range b.Rows {
				for _, c := range r {
					f(c)
				}
			}
		}
	}
}
