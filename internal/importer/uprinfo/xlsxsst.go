package uprinfo

import "fmt"

// richText reads a string item: a shared string <si> or a cell's inline
// <is>. Its text is that of its <t> (the last, if several) followed by
// that of each rich-text run <r><t>, as excelize reads it; phonetic runs
// and formatting are left out. xml:space changes nothing: the text is
// kept as written.
type richText struct {
	plain, runs, run []byte
}

func (rt *richText) reset() { rt.plain, rt.runs = rt.plain[:0], rt.runs[:0] }

// read reads the item whose start tag x read last. Reading a second item
// without a reset adds its runs, as excelize does for a cell with two <is>.
func (rt *richText) read(x *xmlScanner) error {
	if x.empty {
		return nil
	}
	for {
		tok, err := x.next()
		if err != nil {
			return err
		}
		switch {
		case tok == tokEnd:
			return nil
		case tok != tokStart:
		case x.is("t"):
			if rt.plain, err = x.appendContent(rt.plain[:0]); err != nil {
				return err
			}
		case x.is("r"):
			if err := rt.readRun(x); err != nil {
				return err
			}
		default:
			if err := x.skip(); err != nil {
				return err
			}
		}
	}
}

// readRun reads a run <r>: its <t>, the last if several.
func (rt *richText) readRun(x *xmlScanner) error {
	if x.empty {
		return nil
	}
	hasT := false
	for {
		tok, err := x.next()
		if err != nil {
			return err
		}
		switch {
		case tok == tokEnd:
			if hasT {
				rt.runs = append(rt.runs, rt.run...)
			}
			return nil
		case tok != tokStart:
		case x.is("t"):
			hasT = true
			if rt.run, err = x.appendContent(rt.run[:0]); err != nil {
				return err
			}
		default:
			if err := x.skip(); err != nil {
				return err
			}
		}
	}
}

// appendTo appends the item's text, Excel's _xHHHH_ escapes replaced.
func (rt *richText) appendTo(dst []byte) []byte {
	if len(rt.runs) == 0 {
		return appendUnescaped(dst, rt.plain)
	}
	// An escape may span the end of one part and the start of the next.
	rt.plain = append(rt.plain, rt.runs...)
	return appendUnescaped(dst, rt.plain)
}

// readSharedStrings reads the shared strings part, the texts that cells
// of type "s" give by their index. All the strings share one allocation.
func readSharedStrings(part string, data []byte) ([]string, error) {
	x, err := newXMLScanner(part, data)
	if err != nil {
		return nil, err
	}
	if err := findRoot(x, "sst"); err != nil {
		return nil, err
	}
	var (
		buf  = make([]byte, 0, len(data)) // the texts are shorter than their XML
		ends []int
		rt   richText
	)
	for empty := x.empty; !empty; {
		tok, err := x.next()
		if err != nil {
			return nil, err
		}
		if tok == tokEnd {
			break
		}
		if tok != tokStart {
			continue
		}
		if !x.is("si") {
			if err := x.skip(); err != nil {
				return nil, err
			}
			continue
		}
		rt.reset()
		if err := rt.read(x); err != nil {
			return nil, err
		}
		buf = rt.appendTo(buf)
		ends = append(ends, len(buf))
	}
	all, start := string(buf), 0
	strs := make([]string, len(ends))
	for i, end := range ends {
		strs[i], start = all[start:end], end
	}
	return strs, nil
}

// findRoot reads up to the part's root element, which must be local.
func findRoot(x *xmlScanner, local string) error {
	for {
		tok, err := x.next()
		if err != nil {
			return err
		}
		switch tok {
		case tokEOF:
			return fmt.Errorf("%s is empty: expected <%s>", x.part, local)
		case tokStart:
			if !x.is(local) {
				return fmt.Errorf("%s holds <%s>, not <%s>", x.part, x.name, local)
			}
			return nil
		}
	}
}
