package render

import (
	"fmt"
	"text/template"

	"github.com/Masterminds/sprig/v3"
)

// sprigAllowed are the Sprig functions templates may use: text, lists,
// dictionaries, arithmetic and logic. Left out on purpose: anything reading
// the environment (env, expandenv), the clock (now, date…), randomness
// (rand*, uuid, shuffle), crypto and encodings of secrets, the network
// (getHostByName), and keys and values, which list a map in random order:
// a submission must be the same on every machine and every build. Sprig's
// quote is left out too: the domain function quote replaces it.
var sprigAllowed = []string{
	// strings
	"trim", "trimAll", "trimPrefix", "trimSuffix", "upper", "lower", "title", "untitle",
	"repeat", "substr", "nospace", "trunc", "abbrev", "abbrevboth", "initials", "wrap",
	"wrapWith", "contains", "hasPrefix", "hasSuffix", "squote", "cat", "indent",
	"nindent", "replace", "plural", "snakecase", "camelcase", "kebabcase", "swapcase",
	"toString", "toStrings", "join", "splitList", "split", "splitn", "sortAlpha",
	"regexMatch", "regexFindAll", "regexFind", "regexReplaceAll", "regexReplaceAllLiteral", "regexSplit",
	// lists
	"list", "first", "last", "rest", "initial", "append", "prepend", "concat", "reverse",
	"uniq", "without", "has", "compact", "slice", "chunk",
	// dictionaries
	"dict", "get", "set", "unset", "hasKey", "pluck", "pick", "omit", "dig",
	// numbers
	"add", "add1", "sub", "mul", "div", "mod", "max", "min", "floor", "ceil", "round",
	"atoi", "int", "int64", "float64", "seq", "until", "untilStep", "addf", "subf", "mulf", "divf", "maxf", "minf",
	// logic and types
	"default", "empty", "coalesce", "all", "any", "ternary", "kindOf", "kindIs", "typeOf", "typeIs", "deepEqual",
	"toJson", "toPrettyJson",
}

// sprigFuncs returns the allowed Sprig functions. It fails if Sprig no longer
// has one of them, so an upgrade cannot silently shrink what templates can use.
func sprigFuncs() (template.FuncMap, error) {
	all := sprig.TxtFuncMap()
	out := template.FuncMap{}
	for _, name := range sprigAllowed {
		fn, ok := all[name]
		if !ok {
			return nil, fmt.Errorf("sprig has no function %q", name)
		}
		out[name] = fn
	}
	return out, nil
}
