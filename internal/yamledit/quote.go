package yamledit

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// checkText rejects text that no YAML file can hold.
func checkText(s string) error {
	if !utf8.ValidString(s) {
		return errors.New("the text is not valid UTF-8: re-enter it in the workbook")
	}
	return nil
}

var (
	// Forms that some YAML reader (1.1 or 1.2) would take for a number, a
	// date or a time rather than a string.
	numberLike = regexp.MustCompile(`^[-+.]?[0-9][0-9_.:,eE+-]*$`)
	dateLike   = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}`)
	plainDate  = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
	// Words YAML 1.1 or 1.2 reads as booleans or null.
	specialWords = map[string]bool{
		"y": true, "yes": true, "n": true, "no": true, "on": true, "off": true,
		"true": true, "false": true, "null": true, "~": true,
	}
)

func isPlainDate(s string) bool { return plainDate.MatchString(s) }

// plainSafe reports whether s can be written without quotes and still read
// back as the same string; inFlow adds the restrictions of [a, b] lists.
func plainSafe(s string, inFlow bool) bool {
	if s == "" || s != strings.TrimSpace(s) || strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`") {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") ||
		strings.ContainsAny(s, "\t\n\r") || strings.Contains(s, "  ") {
		return false
	}
	if inFlow && strings.ContainsAny(s, ",[]{}") {
		return false
	}
	for _, r := range s {
		if !unicode.IsPrint(r) || r == '\uFEFF' {
			return false
		}
	}
	if specialWords[strings.ToLower(s)] || numberLike.MatchString(s) || dateLike.MatchString(s) {
		return false
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return false
	}
	if _, err := strconv.ParseFloat(strings.TrimPrefix(s, "."), 64); err == nil {
		return false // .inf, .nan
	}
	// Last word to the parser itself: it must read back as this string.
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(s), &n); err != nil || len(n.Content) != 1 {
		return false
	}
	v := n.Content[0]
	return v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value == s
}

// doubleQuoted writes s in double quotes, escaping what is not printable,
// which holds any string.
func doubleQuoted(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case unicode.IsPrint(r) && r != '\uFEFF':
			b.WriteRune(r)
		case r <= 0xFF:
			fmt.Fprintf(&b, `\x%02X`, r)
		case r <= 0xFFFF:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			fmt.Fprintf(&b, `\U%08X`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// singleQuoted writes s in single quotes, or reports false when single
// quotes cannot hold it on one line.
func singleQuoted(s string) (string, bool) {
	for _, r := range s {
		if !unicode.IsPrint(r) || r == '\uFEFF' {
			return "", false
		}
	}
	if s != strings.TrimSpace(s) {
		return "", false // folding would eat edge spaces of a wrapped line
	}
	return "'" + strings.ReplaceAll(s, "'", "''") + "'", true
}
