package xlsx

import (
	"bytes"
	"io"
)

// readSST calls fn with each item of a shared strings part, in order: its
// text as excelize reads it (the <t> of the item and of its rich text
// runs, phonetic runs left out, _xHHHH_ escapes undone). The text is only
// valid during the call.
func readSST(r io.Reader, fn func(i int, text []byte)) error {
	s := newXMLScanner(r)
	var (
		item        []byte
		n           int
		inSI, inT   bool
		phoneticLvl int // inside <rPh>: not part of the text
	)
	for s.next() {
		switch s.kind {
		case startTag:
			switch string(s.name) {
			case "si":
				inSI, item = true, item[:0]
				if s.empty {
					fn(n, nil)
					inSI = false
					n++
				}
			case "rPh":
				if !s.empty {
					phoneticLvl++
				}
			case "t":
				inT = inSI && phoneticLvl == 0 && !s.empty
			}
		case endTag:
			switch string(s.name) {
			case "si":
				if inSI {
					fn(n, unescapeBytes(item))
					n++
				}
				inSI = false
			case "rPh":
				phoneticLvl = max(0, phoneticLvl-1)
			case "t":
				inT = false
			}
		case textToken:
			if inT {
				item = append(item, s.text...)
			}
		}
	}
	return s.scanErr()
}

// unescapeBytes undoes the _xHHHH_ escapes of a stored text.
func unescapeBytes(b []byte) []byte {
	if !bytes.Contains(b, []byte("_x")) {
		return b
	}
	return []byte(unescapeText(string(b)))
}
