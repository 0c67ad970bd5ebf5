// Package yamledit changes one field of one recommendation in a YAML file
// while leaving every other byte alone, so that edits written back from the
// tracking workbook keep the file's comments, key order and formatting.
package yamledit

import (
	"fmt"
	"strconv"
	"strings"
)

type valueKind int

const (
	kindText valueKind = iota
	kindInt
	kindDate
	kindList
	kindRemove
)

// Value is what SetField writes: a text, a whole number, a date, a list of
// texts, or the removal of the field. Build one with Text, Int, Date, List
// or Remove.
type Value struct {
	kind valueKind
	text string
	num  int
	list []string
}

// Text is a string value, quoted in the output only when YAML needs it.
func Text(s string) Value { return Value{kind: kindText, text: s} }

// Int is a whole number (cycle, session, action_category).
func Int(n int) Value { return Value{kind: kindInt, num: n} }

// Date is a date written as YYYY, YYYY-MM or YYYY-MM-DD (see
// workspace.Date); it is written unquoted when it has that form.
func Date(s string) Value { return Value{kind: kindDate, text: s} }

// List is a list of texts (from, themes, affected_groups, sdgs).
func List(items ...string) Value {
	return Value{kind: kindList, list: append([]string{}, items...)}
}

// Remove deletes the field.
func Remove() Value { return Value{kind: kindRemove} }

// IsRemove reports whether v is Remove().
func (v Value) IsRemove() bool { return v.kind == kindRemove }

// String shows the value for messages.
func (v Value) String() string {
	switch v.kind {
	case kindInt:
		return strconv.Itoa(v.num)
	case kindList:
		q := make([]string, len(v.list))
		for i, s := range v.list {
			q[i] = strconv.Quote(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	case kindRemove:
		return "(removed)"
	}
	return strconv.Quote(v.text)
}

// check rejects values YAML cannot hold at all.
func (v Value) check() error {
	for _, s := range append([]string{v.text}, v.list...) {
		if err := checkText(s); err != nil {
			return err
		}
	}
	if v.kind == kindDate && !isPlainDate(v.text) {
		return fmt.Errorf("%q is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", v.text)
	}
	return nil
}
