package yamledit

import (
	"errors"
	"fmt"
	"strings"
)

// NewFile returns a new recommendations file: comment as "# " lines, then
// defaults: holding fields (left out when there are none), then an empty
// recommendations: list for AppendRecommendation to fill. The result is
// parsed again and must read back with exactly these defaults.
func NewFile(comment string, defaults []Field) ([]byte, error) {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(comment), "\n") {
		if l = strings.TrimSpace(l); l == "" {
			b.WriteString("#\n")
		} else {
			b.WriteString("# " + l + "\n")
		}
	}
	if len(defaults) > 0 {
		if err := checkFields(defaults); err != nil {
			return nil, fmt.Errorf("new file: %w", err)
		}
		b.WriteString("\ndefaults:\n")
		for _, f := range defaults {
			r, err := firstReadable(f, layout{field: f.Key, keyIndent: 2, listIndent: 4, blockIndent: 4})
			if err != nil {
				return nil, fmt.Errorf("new file: %w", err)
			}
			b.WriteString("  " + f.Key + ":")
			if r.head != "" {
				b.WriteString(" " + r.head)
			}
			b.WriteString(r.body + "\n")
		}
	}
	b.WriteString("\nrecommendations:\n")
	out := []byte(b.String())
	if err := checkNewFile(out, defaults); err != nil {
		return nil, fmt.Errorf("new file: %w", err)
	}
	return out, nil
}

// checkNewFile checks that a new file parses with exactly these defaults
// and an empty list.
func checkNewFile(out []byte, defaults []Field) error {
	s, err := parseDoc(out)
	if err != nil {
		return err
	}
	d := s.defaults()
	if d == nil && len(defaults) > 0 || d != nil && len(d.Content) != 2*len(defaults) {
		return errors.New("the defaults do not read back")
	}
	for _, f := range defaults {
		if err := checkField(lookup(d, f.Key), f.Value); err != nil {
			return fmt.Errorf("default %s: %w", f.Key, err)
		}
	}
	if s.recs != nil || keyIndex(s.root, "recommendations") < 0 {
		return errors.New("the recommendations list does not read back empty")
	}
	return nil
}
