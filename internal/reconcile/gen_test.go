package reconcile

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// gen writes random but valid workspaces: texts with accents, quotes,
// apostrophes, a leading "=" or "-", "#", ": " and line breaks; lists of
// one or more items; optional fields present or absent; several
// recommendations files, with and without defaults, in several styles.
type gen struct {
	r   *rand.Rand
	ids map[string]bool
}

func newGen(seed uint64) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, 0x5eed)), ids: map[string]bool{}}
}

var (
	genWords   = []string{"ensure", "refugees", "Côte", "d'Ivoire", "Türkiye", "naïve", "“quoted”", `"x"`, "it's", "#1", "a:b", "50%", "=SUM(A1)", "-dash", "yes", "null", "28.10", "[x]", "{y}", "&", "*", "|", ">", "@home", "`tick`", "中文", "Ελλάδα", "sauté", "end."}
	genStates  = []string{"China", "Uruguay", "Republic of Korea", "Côte d'Ivoire", "Türkiye", "Philippines", "Benin", "Viet Nam"}
	genSDGs    = []string{"16", "10.7", "5.2", "8.a", "3"}
	genStatus  = []string{"fully implemented", "partially implemented", "not implemented", "not assessed"}
	genAnswers = []string{"supported", "partially supported", "noted", "pending"}
	genEv      = []string{"ev-one", "ev-two", "ev-three"}
)

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }
func pick[T any](g *gen, list []T) T { return list[g.r.IntN(len(list))] }

// text is a random one-line text, trimmed; lines asks for line breaks too.
func (g *gen) text(lines bool) string {
	n := 1 + g.r.IntN(12)
	words := make([]string, n)
	for i := range words {
		words[i] = pick(g, genWords)
	}
	s := strings.Join(words, " ")
	if lines && g.chance(0.3) {
		s += "\n" + g.text(false)
	}
	return s
}

// item is a list item: no ";" (the workbook's separator), trimmed.
func (g *gen) item() string {
	for {
		if s := strings.ReplaceAll(g.text(false), ";", ""); strings.TrimSpace(s) == s && s != "" {
			return s
		}
	}
}

func (g *gen) list(of func() string) []string {
	n := 1 + g.r.IntN(3)
	out := make([]string, n)
	for i := range out {
		out[i] = of()
	}
	return out
}

func (g *gen) states() []string {
	return g.list(func() string { return pick(g, genStates) })
}

func (g *gen) id() string {
	for {
		id := fmt.Sprintf("c%d-%d.%d", 1+g.r.IntN(4), 20+g.r.IntN(20), g.r.IntN(400))
		if g.chance(0.3) {
			id = "rec-" + strconv.Itoa(g.r.IntN(1000)) + "-ü"
		}
		if !g.ids[id] {
			g.ids[id] = true
			return id
		}
	}
}

func (g *gen) date() string {
	d := strconv.Itoa(2015 + g.r.IntN(9))
	if g.chance(0.6) {
		d += fmt.Sprintf("-%02d", 1+g.r.IntN(12))
		if g.chance(0.5) {
			d += fmt.Sprintf("-%02d", 1+g.r.IntN(28))
		}
	}
	return d
}

// scalar writes a text in a random style that holds it: double quotes
// always do; plain, single quotes and blocks only where they are safe.
func (g *gen) scalar(s, indent string) string {
	safe := !strings.ContainsAny(s, "\n\t") && strings.TrimSpace(s) == s
	plain := safe && s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == ' ' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && r != '“' && r != '”')
	}) < 0 && s != "yes" && s != "null"
	switch k := g.r.IntN(4); {
	case k == 0 && plain:
		return s
	case k == 1 && safe && s != "":
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	case k == 2 && s != "" && !strings.Contains(s, "  ") && safe:
		return ">-\n" + indent + s
	case k == 3 && s != "" && strings.Contains(s, "\n"):
		return "|-\n" + indent + strings.ReplaceAll(s, "\n", "\n"+indent)
	}
	return strconv.Quote(s)
}

func (g *gen) flow(items []string) string {
	q := make([]string, len(items))
	for i, it := range items {
		q[i] = strconv.Quote(it)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// comment is sometimes a comment after a value.
func (g *gen) comment() string {
	if g.chance(0.2) {
		return "   # " + pick(g, []string{"ours", "check", "see the report: para. 3"})
	}
	return ""
}

// defaults are a file's: state and cycle, sometimes more.
type defaults struct {
	state    string
	cycle    int
	from     []string
	response string
}

func (g *gen) recsFile(n int) string {
	var b strings.Builder
	b.WriteString("# Generated recommendations.\n\n")
	var d *defaults
	if g.chance(0.6) {
		d = &defaults{state: pick(g, genStates), cycle: 1 + g.r.IntN(4)}
		fmt.Fprintf(&b, "defaults:\n  state_under_review: %s\n  cycle: %d%s\n", strconv.Quote(d.state), d.cycle, g.comment())
		if g.chance(0.4) {
			d.from = g.states()
			fmt.Fprintf(&b, "  from: %s\n", g.flow(d.from))
		}
		if g.chance(0.4) {
			d.response = pick(g, genAnswers)
			fmt.Fprintf(&b, "  response: %s\n", d.response)
		}
		b.WriteString("\n")
	}
	b.WriteString("recommendations:\n")
	blank := g.chance(0.5)
	for i := range n {
		if i > 0 && blank {
			b.WriteString("\n")
		}
		if g.chance(0.2) {
			b.WriteString("  # a comment between items\n")
		}
		g.rec(&b, d)
	}
	return b.String()
}

// rec writes one recommendation; fields the defaults give are left out
// or overridden at random.
func (g *gen) rec(b *strings.Builder, d *defaults) {
	const in = "    "
	field := func(key, value string) { fmt.Fprintf(b, "%s%s: %s%s\n", in, key, value, g.comment()) }
	fmt.Fprintf(b, "  - id: %s\n", strconv.Quote(g.id()))
	if g.chance(0.5) {
		field("paragraph", strconv.Quote(fmt.Sprintf("%d.%d", 20+g.r.IntN(20), 1+g.r.IntN(300))))
	}
	if d == nil || g.chance(0.1) {
		field("cycle", strconv.Itoa(1+g.r.IntN(4)))
		field("state_under_review", strconv.Quote(pick(g, genStates)))
	}
	if g.chance(0.4) {
		field("session", strconv.Itoa(1+g.r.IntN(50)))
	}
	if g.chance(0.3) {
		field("report", g.scalar("A/HRC/"+strconv.Itoa(g.r.IntN(60))+"/6", in+"  "))
	}
	if d == nil || d.from == nil || g.chance(0.2) {
		if g.chance(0.5) {
			field("from", g.flow(g.states()))
		} else {
			fmt.Fprintf(b, "%sfrom:\n", in)
			for _, s := range g.states() {
				fmt.Fprintf(b, "%s  - %s\n", in, strconv.Quote(s))
			}
		}
	}
	field("text", g.scalar(g.text(true), in+"  "))
	if d == nil || d.response == "" || g.chance(0.2) {
		field("response", pick(g, genAnswers))
	}
	optional := []struct {
		key  string
		make func() string
	}{
		{"response_wording", func() string { return g.scalar(g.text(false), in+"  ") }},
		{"response_source", func() string { return g.scalar(g.text(false), in+"  ") }},
		{"themes", func() string { return g.flow(g.list(g.item)) }},
		{"affected_groups", func() string { return g.flow(g.list(g.item)) }},
		{"sdgs", func() string { return g.flow(g.list(func() string { return pick(g, genSDGs) })) }},
		{"action_category", func() string { return strconv.Itoa(1 + g.r.IntN(5)) }},
		{"lead", func() string { return g.scalar(g.text(false), in+"  ") }},
		{"notes", func() string { return g.scalar(g.text(true), in+"  ") }},
		{"updated", g.date},
	}
	for _, o := range optional {
		if g.chance(0.4) {
			field(o.key, o.make())
		}
	}
	if g.chance(0.5) {
		fmt.Fprintf(b, "%simplementation:%s\n", in, g.comment())
		for range 1 + g.r.IntN(3) {
			fmt.Fprintf(b, "%s  - year: %d\n", in, 2015+g.r.IntN(12))
			fmt.Fprintf(b, "%s    status: %s%s\n", in, pick(g, genStatus), g.comment())
			if g.chance(0.5) {
				fmt.Fprintf(b, "%s    note: %s\n", in, g.scalar(g.text(true), in+"      "))
			}
			if g.chance(0.3) {
				fmt.Fprintf(b, "%s    evidence: [%s]\n", in, pick(g, genEv))
			}
		}
	}
}

// workspace writes a random workspace into a new folder and returns it.
func (g *gen) workspace(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"submission.yaml": `title: Generated
state: China
cycle: 4
session: 45
kind: individual
date: 2030-01-01
organisations:
  - name: Example
    acronym: EX
    description: A fictional organisation.
outputs:
  - kind: xlsx
    file: recommendations.xlsx
`,
		"evidence/e.yaml": "evidence:\n" + func() string {
			var b strings.Builder
			for _, id := range genEv {
				fmt.Fprintf(&b, "  - id: %s\n    text: Something.\n    source:\n      title: A report\n", id)
			}
			return b.String()
		}(),
	}
	for i := range 1 + g.r.IntN(3) {
		files[fmt.Sprintf("recommendations/r%d.yaml", i)] = g.recsFile(1 + g.r.IntN(5))
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
