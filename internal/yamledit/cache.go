package yamledit

import (
	"bytes"
	"sync"
)

// lastOut holds the parse of the last file an edit returned. Sync makes
// edit after edit to the same file, each starting from the one before,
// and parsing is most of an edit's cost: the next edit reuses the parse
// instead of parsing the same bytes again. Parse trees are only read,
// never changed, so sharing one is safe.
var lastOut struct {
	sync.Mutex
	s *source
}

// remember keeps s, the parse of an edit's output, for the next edit; it
// holds its own copy of the bytes, which the caller may change.
func remember(s *source) {
	c := *s
	c.src = bytes.Clone(s.src)
	lastOut.Lock()
	lastOut.s = &c
	lastOut.Unlock()
}

// parsed returns the remembered parse when src holds the same bytes.
func parsed(src []byte) *source {
	lastOut.Lock()
	defer lastOut.Unlock()
	if lastOut.s != nil && bytes.Equal(lastOut.s.src, src) {
		return lastOut.s
	}
	return nil
}
