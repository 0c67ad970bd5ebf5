package workspace

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v4"

	"github.com/upr-tools/submit/internal/diag"
)

// decoder fills model structs from YAML nodes, recording every problem with
// its position instead of stopping at the first (yaml's own Decode reports
// lines without columns and stops early).
type decoder struct {
	file     string
	problems *diag.List
	// meantByDefault holds the recommendation fields that a misspelt key
	// of the file's defaults was probably meant to be: their absence is
	// already reported once, at the defaults.
	meantByDefault map[string]bool
	// names keeps the names built for messages ("recommendation.from[1]")
	// and Keys ("from[1]"): a file of recommendations repeats the same few
	// thousand times, and building each anew is much of the decoding.
	names map[nameKey]string
	// texts, when set, keeps one copy of each short text (a state's name,
	// a response, a theme), shared by every field that holds it: the whole
	// UPR record repeats a few hundred of them 100,000 times.
	texts map[string]string
	// spare, when set, holds Keys maps let go after validation, to fill
	// again rather than allocate (see readRecommendations).
	spare *[]Keys
}

// newKeys returns an empty Keys map, a spare one if there is one.
func (d *decoder) newKeys(size int) Keys {
	if d.spare != nil && len(*d.spare) > 0 {
		k := (*d.spare)[len(*d.spare)-1]
		*d.spare = (*d.spare)[:len(*d.spare)-1]
		clear(k)
		return k
	}
	return make(Keys, size)
}

// maxShared is the length up to which texts are shared: names and codes,
// not sentences.
const maxShared = 48

// unshared are the fields whose values differ from one item to the next:
// keeping them would only fill the map.
var unshared = map[string]bool{"recommendation.id": true, "recommendation.paragraph": true}

// text returns s, or the copy of it already kept; what names the field.
func (d *decoder) text(s, what string) string {
	if d.texts == nil || len(s) > maxShared || unshared[what] {
		return s
	}
	if t, ok := d.texts[s]; ok {
		return t
	}
	d.texts[s] = s
	return s
}

type nameKey struct {
	parent, key string
	index       int // -1 for parent.key; else parent[index] (key unused)
}

// child names parent.key, or parent[index] when index >= 0, as messages
// and Keys spell them.
func (d *decoder) child(parent, key string, index int) string {
	k := nameKey{parent, key, index}
	if s, ok := d.names[k]; ok {
		return s
	}
	var s string
	if index >= 0 {
		s = parent + "[" + strconv.Itoa(index) + "]"
	} else {
		s = parent + "." + key
	}
	if d.names == nil {
		d.names = map[nameKey]string{}
	}
	d.names[k] = s
	return s
}

// parseYAML reads one YAML document into a node tree. An empty file gives nil.
func parseYAML(file string, src []byte, problems *diag.List) *yaml.Node {
	if line, col, b, bad := diag.InvalidUTF8(src); bad {
		// Exports from spreadsheets and older tools are often Windows-1252
		// or Mac Roman; the YAML parser would only say "invalid octet".
		problems.Add(diag.Pos{File: file, Line: line, Col: col},
			"the file is not UTF-8 text (byte 0x%02X): save it as UTF-8", b)
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		var le *yaml.LoadError
		if errors.As(err, &le) {
			pos := diag.Pos{File: file, Line: le.Mark.Line, Col: le.Mark.Column}
			if line, col, ok := tabIndent(src, le.Mark.Line); ok {
				problems.Add(diag.Pos{File: file, Line: line, Col: col},
					"YAML syntax error: a tab indents this line: YAML is indented with spaces only")
				return nil
			}
			problems.Add(pos, "YAML syntax error: %s", le.Message)
			return nil
		}
		problems.Add(diag.Pos{File: file}, "YAML syntax error: %v", err)
		return nil
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil
	}
	return doc.Content[0]
}

// tabIndent finds a tab in the indentation of the lines up to the one where
// the parser stopped: YAML forbids tabs there, and the parser's own message
// ("found character that cannot start any token") does not say so.
func tabIndent(src []byte, upTo int) (line, col int, ok bool) {
	for i, l := range strings.Split(string(src), "\n") {
		if i+1 > upTo {
			break
		}
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if j := strings.IndexByte(indent, '\t'); j >= 0 && strings.TrimSpace(l) != "" {
			return i + 1, j + 1, true
		}
	}
	return 0, 0, false
}

func (d *decoder) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{File: d.file, Line: n.Line, Col: n.Column}
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.problems.Add(d.pos(n), format, args...)
}

var (
	posType  = reflect.TypeFor[diag.Pos]()
	keysType = reflect.TypeFor[Keys]()
	dateType = reflect.TypeFor[Date]()

	recommendationType = reflect.TypeFor[Recommendation]()
)

// decode stores n into v. what names the thing for messages ("recommendation").
func (d *decoder) decode(n *yaml.Node, v reflect.Value, what string) {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if isNull(n) {
		return // an empty value is a missing one; required checks catch it
	}
	switch {
	case v.Type() == dateType:
		if !d.scalar(n, what, "a date (YYYY, YYYY-MM or YYYY-MM-DD)") {
			return
		}
		date, err := ParseDate(n.Value)
		if err != nil {
			d.errorf(n, "%s: %v", what, err)
			return
		}
		v.Set(reflect.ValueOf(date))
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		// Set the pointer only when its value decoded: a figure that failed
		// to parse must not go on as a zero and cause false problems later.
		before := len(*d.problems)
		elem := reflect.New(v.Type().Elem())
		d.decode(n, elem.Elem(), what)
		if len(*d.problems) == before || v.Type().Elem().Kind() == reflect.Struct {
			v.Set(elem)
		}
	case reflect.Struct:
		d.decodeStruct(n, v, what)
	case reflect.Slice:
		d.decodeSlice(n, v, what)
	case reflect.String:
		if d.scalar(n, what, "text") {
			v.SetString(d.text(strings.TrimSpace(n.Value), what))
		}
	case reflect.Int:
		if !d.scalar(n, what, "a whole number") {
			return
		}
		i, err := strconv.Atoi(n.Value)
		if err != nil || n.Tag != "!!int" {
			d.errorf(n, "%s: expected a whole number, found %q", what, n.Value)
			return
		}
		v.SetInt(int64(i))
	case reflect.Float64:
		if !d.scalar(n, what, "a number") {
			return
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if err != nil || (n.Tag != "!!int" && n.Tag != "!!float") {
			d.errorf(n, "%s: expected a number (write 22744, not \"22,744\"), found %q", what, n.Value)
			return
		}
		v.SetFloat(f)
	default:
		panic(fmt.Sprintf("workspace: no decoder for %s", v.Type()))
	}
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// scalar checks that n is a single value.
func (d *decoder) scalar(n *yaml.Node, what, expected string) bool {
	if n.Kind == yaml.ScalarNode {
		return true
	}
	d.errorf(n, "%s: expected %s, found %s", what, expected, kindName(n))
	return false
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping (key: value lines)"
	case yaml.SequenceNode:
		return "a list"
	}
	return fmt.Sprintf("%q", n.Value)
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, what string) {
	elemType := v.Type().Elem()
	items := n.Content
	if n.Kind != yaml.SequenceNode {
		// A single text stands for a list of one: "from: Tunisia".
		if n.Kind != yaml.ScalarNode || elemType.Kind() != reflect.String {
			d.errorf(n, "%s: expected a list, found %s", what, kindName(n))
			return
		}
		items = []*yaml.Node{n}
	}
	out := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, item := range items {
		d.decode(item, out.Index(i), d.child(what, "", i))
	}
	v.Set(out)
}

// field describes one YAML key of a model struct.
type field struct {
	key      string
	index    int
	required bool
}

// structInfo is what decoding needs to know of a model struct, worked out
// once per type: reflection on every item is slow at 100,000 items.
type structInfo struct {
	fields    []field
	byKey     map[string]int // index in fields
	pos, keys int            // field index of Pos and Keys, or -1
}

var structInfos sync.Map // reflect.Type → *structInfo

func infoOf(t reflect.Type) *structInfo {
	if si, ok := structInfos.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{fields: fieldsOf(t), byKey: map[string]int{}, pos: -1, keys: -1}
	for i, f := range si.fields {
		si.byKey[f.key] = i
	}
	if f, ok := t.FieldByName("Pos"); ok && f.Type == posType && len(f.Index) == 1 {
		si.pos = f.Index[0]
	}
	if f, ok := t.FieldByName("Keys"); ok && f.Type == keysType && len(f.Index) == 1 {
		si.keys = f.Index[0]
	}
	structInfos.Store(t, si)
	return si
}

func fieldsOf(t reflect.Type) []field {
	var fs []field
	for i := range t.NumField() {
		f := t.Field(i)
		key := f.Tag.Get("yaml")
		if key == "" || key == "-" {
			continue
		}
		fs = append(fs, field{key: key, index: i, required: f.Tag.Get("required") == "true"})
	}
	return fs
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, what string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: expected a mapping (key: value lines), found %s", what, kindName(n))
		return
	}
	si := infoOf(v.Type())
	fs := si.fields
	size := 0 // Keys' size, so the map is made once at its size
	for i := 0; i+1 < len(n.Content); i += 2 {
		size++
		if val := n.Content[i+1]; val.Kind == yaml.SequenceNode {
			size += len(val.Content)
		}
	}
	keys := d.newKeys(size)
	var failed, meant map[string]bool // keys whose values did not decode; keys an unknown key was probably meant to be
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if _, dup := keys[k.Value]; dup {
			d.errorf(k, "%s: %q is given twice", what, k.Value)
			continue
		}
		idx, known := si.byKey[k.Value]
		if !known {
			hint, near := suggestKey(k.Value, fs)
			d.errorf(k, "%s: unknown field %q%s", what, k.Value, hint)
			if near != "" {
				if meant == nil {
					meant = map[string]bool{}
				}
				meant[near] = true
			}
			continue
		}
		keys[k.Value] = d.pos(val)
		if val.Kind == yaml.SequenceNode {
			for j, item := range val.Content {
				keys[d.child(k.Value, "", j)] = d.pos(item)
			}
		}
		if isNull(val) {
			continue
		}
		before := len(*d.problems)
		d.decode(val, v.Field(fs[idx].index), d.child(what, k.Value, -1))
		if len(*d.problems) > before {
			if failed == nil {
				failed = map[string]bool{}
			}
			failed[k.Value] = true
		}
	}
	for _, f := range fs {
		if failed[f.key] {
			// Already reported: mark it so that later checks of its zero
			// value do not report it again (see Keys.Failed).
			delete(keys, f.key)
			keys[failedPrefix+f.key] = diag.Pos{}
			continue
		}
		if meant[f.key] || (d.meantByDefault[f.key] && v.Type() == recommendationType) {
			continue // "unknown field titel (did you mean title?)" says it all
		}
		if _, ok := keys[f.key]; f.required && (!ok || v.Field(f.index).IsZero()) {
			if ok && v.Field(f.index).Kind() == reflect.Int {
				continue // an explicit 0 was given; range checks judge it
			}
			d.errorf(n, "%s: missing required field %q", what, f.key)
		}
	}
	if si.pos >= 0 {
		v.Field(si.pos).Set(reflect.ValueOf(d.pos(n)))
	}
	if si.keys >= 0 {
		v.Field(si.keys).Set(reflect.ValueOf(keys))
	}
}

// suggestKey names the closest known key, or lists them all; near is the
// closest key, if one is close.
func suggestKey(got string, fs []field) (hint, near string) {
	var all []string
	for _, f := range fs {
		all = append(all, f.key)
	}
	if best, ok := diag.Closest(strings.ToLower(got), all, 2); ok {
		return fmt.Sprintf(" (did you mean %q?)", best), best
	}
	return "; expected one of: " + strings.Join(all, ", "), ""
}
