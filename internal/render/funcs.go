package render

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/template"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/upr-tools/submit/internal/layout"
	"github.com/upr-tools/submit/internal/workspace"
)

// Func documents one domain function. Its examples run as tests against
// the workspace in testdata/ws, and docs/templates.md is generated from them.
type Func struct {
	Name     string
	Args     string // how it is called
	Doc      string
	Examples []Example
	bind     func(st *state) any
}

// Example is a template snippet and the Markdown it gives.
type Example struct {
	Template, Output string
}

// Funcs lists the domain functions, in the order the documentation shows them.
func Funcs() []Func { return domainFuncs }

var domainFuncs = []Func{
	{
		Name: "cite", Args: `cite "EVIDENCE-ID"`,
		Doc: "A footnote giving the source of an evidence item. Each call makes a new footnote.",
		Examples: []Example{{
			`Claimants wait for years.{{cite "usm-delays"}}`,
			"Claimants wait for years.[^submit-1]\n\n[^submit-1]: Jane Doe, *Waiting*, Example Press, 3 March 2023, p. 12, <https://example.org/waiting>.\n",
		}},
		bind: func(st *state) any { return st.cite },
	},
	{
		Name: "quote", Args: `quote "EVIDENCE-ID"`,
		Doc: "A block quote of an evidence quotation, with its source as a footnote. Put it on a line of its own.",
		Examples: []Example{{
			`{{quote "usm-delays"}}`,
			"\n> Most claimants wait more than 3 years \\*before\\* a decision.[^submit-1]\n\n\n[^submit-1]: Jane Doe, *Waiting*, Example Press, 3 March 2023, p. 12, <https://example.org/waiting>.\n",
		}},
		bind: func(st *state) any { return st.quote },
	},
	{
		Name: "evidence", Args: `evidence "EVIDENCE-ID"`,
		Doc:      "The evidence item itself, to use its fields (.Text, .Source.Title, .Issues).",
		Examples: []Example{{`{{(evidence "usm-delays").Source.Publisher}}`, "Example Press"}},
		bind:     func(st *state) any { return st.evidence },
	},
	{
		Name: "stat", Args: `stat "STATISTIC-ID"`,
		Doc: "A statistic's value, formatted by the submission's language, with its unit and a footnote " +
			"saying what it counts and its source. Derived figures are computed and cite their inputs.",
		Examples: []Example{
			{
				`{{stat "claims"}}`,
				"22,744 people[^submit-1]\n\n[^submit-1]: People who sought protection, March 2014 to July 2023 (as of July 2023). Source: *Statistics*, Immigration Department, 2023.\n",
			},
			{
				`{{stat "rate"}}`,
				"1.3%[^submit-1]\n\n[^submit-1]: Share recognised (as of July 2023). Calculated from: people recognised (301); people who sought protection (22,744). Source: *Statistics*, Immigration Department, 2023.\n",
			},
		},
		bind: func(st *state) any { return st.stat },
	},
	{
		Name: "value", Args: `value "STATISTIC-ID"`,
		Doc:      "A statistic's value and unit, without a footnote (for a figure already cited).",
		Examples: []Example{{`{{value "recognised"}} of {{value "claims"}}`, "301 people of 22,744 people"}},
		bind:     func(st *state) any { return st.value },
	},
	{
		Name: "statistic", Args: `statistic "STATISTIC-ID"`,
		Doc:      "The statistic itself, to use its fields (.Value, .Unit, .Counts).",
		Examples: []Example{{`{{(statistic "claims").Counts}}`, "people who sought protection"}},
		bind:     func(st *state) any { return st.statistic },
	},
	{
		Name: "underReview", Args: `underReview "STATE" LIST`,
		Doc:      "The recommendations of LIST made to a state under review (any name or alias of the state).",
		Examples: []Example{{`{{len (underReview "China" .Recommendations)}}`, "3"}},
		bind: func(st *state) any {
			return filterState(func(r *workspace.Recommendation) []string { return []string{r.StateUnderReview} })
		},
	},
	{
		Name: "fromState", Args: `fromState "STATE" LIST`,
		Doc:      "The recommendations of LIST made by a recommending state (alone or with others).",
		Examples: []Example{{`{{range fromState "Turkey" .Recommendations}}{{.ID}} {{end}}`, "r2 "}},
		bind:     func(st *state) any { return filterState(func(r *workspace.Recommendation) []string { return r.From }) },
	},
	{
		Name: "withTheme", Args: `withTheme "THEME" LIST`,
		Doc: "The recommendations of LIST that carry a theme (exact, ignoring case). A theme that no " +
			"recommendation carries and that is not one of the submission's themes is an error: it is a typo.",
		Examples: []Example{{`{{range .Recommendations | withTheme "asylum"}}{{.ID}} {{end}}`, "r1 r3 "}},
		bind: func(st *state) any {
			return func(theme string, list []*workspace.Recommendation) ([]*workspace.Recommendation, error) {
				if !st.knownTheme(theme) {
					return nil, fmt.Errorf("no recommendation has the theme %q, and it is not one of the submission's themes: check its spelling", theme)
				}
				return filter(list, func(r *workspace.Recommendation) bool {
					return slices.ContainsFunc(r.Themes, func(t string) bool { return strings.EqualFold(t, theme) })
				}), nil
			}
		},
	},
	{
		Name: "withAnyTheme", Args: `withAnyTheme THEMES LIST`,
		Doc:      "The recommendations of LIST that carry at least one of THEMES (a list, such as .Submission.Themes), each once.",
		Examples: []Example{{`{{range .Recommendations | withAnyTheme (list "asylum" "treaties")}}{{.ID}} {{end}}`, "r1 r2 r3 "}},
		bind: func(st *state) any {
			return func(themes any, list []*workspace.Recommendation) ([]*workspace.Recommendation, error) {
				items, err := stringList(themes)
				if err != nil {
					return nil, fmt.Errorf("withAnyTheme takes a list of themes: %w", err)
				}
				var want []string
				for _, s := range items {
					if !st.knownTheme(s) {
						return nil, fmt.Errorf("no recommendation has the theme %q, and it is not one of the submission's themes: check its spelling", s)
					}
					want = append(want, s)
				}
				return filter(list, func(r *workspace.Recommendation) bool {
					return slices.ContainsFunc(r.Themes, func(t string) bool {
						return slices.ContainsFunc(want, func(w string) bool { return strings.EqualFold(t, w) })
					})
				}), nil
			}
		},
	},
	{
		Name: "withResponse", Args: `withResponse "RESPONSE" LIST`,
		Doc:      "The recommendations of LIST with a response: supported, partially supported, noted or pending.",
		Examples: []Example{{`{{len (.Recommendations | withResponse "noted")}}`, "1"}},
		bind: func(st *state) any {
			return func(resp string, list []*workspace.Recommendation) ([]*workspace.Recommendation, error) {
				if !slices.Contains(workspace.ResponseValues, resp) {
					return nil, fmt.Errorf("response %q is not one of: %s", resp, strings.Join(workspace.ResponseValues, ", "))
				}
				return filter(list, func(r *workspace.Recommendation) bool { return r.Response == resp }), nil
			}
		},
	},
	{
		Name: "inCycle", Args: `inCycle N LIST`,
		Doc:      "The recommendations of LIST made in a review cycle.",
		Examples: []Example{{`{{range .Recommendations | inCycle 3}}{{.ID}} {{end}}`, "r1 r2 "}},
		bind: func(st *state) any {
			return func(cycle any, list []*workspace.Recommendation) ([]*workspace.Recommendation, error) {
				c, err := toInt(cycle)
				if err != nil {
					return nil, fmt.Errorf("cycle %v is not a number", cycle)
				}
				return filter(list, func(r *workspace.Recommendation) bool { return r.Cycle == c }), nil
			}
		},
	},
	{
		Name: "recRef", Args: `recRef RECOMMENDATION`,
		Doc: "A recommendation's reference as reports write it: paragraph number and recommending states. " +
			"Without a known paragraph number, just the states.",
		Examples: []Example{{`{{range .Recommendations}}{{recRef .}}; {{end}}`, "28.212 (Tunisia); 28.7 (Türkiye, Uruguay); (Republic of Korea); "}},
		bind:     func(st *state) any { return recRef },
	},
	{
		Name: "recommendingStates", Args: `recommendingStates LIST`,
		Doc:      "The states that made the recommendations of LIST, each once, sorted.",
		Examples: []Example{{`{{join ", " (recommendingStates .Recommendations)}}`, "Republic of Korea, Tunisia, Türkiye, Uruguay"}},
		bind:     func(st *state) any { return recommendingStates },
	},
	{
		Name: "percent", Args: `percent PART TOTAL`,
		Doc:      "PART as a percentage of TOTAL with one decimal, by the submission's language; \"–\" when TOTAL is 0.",
		Examples: []Example{{`{{percent (len (.Recommendations | withResponse "supported")) (len .Recommendations)}}`, "33.3%"}},
		bind: func(st *state) any {
			return func(part, total any) (string, error) {
				p, err1 := toFloat(part)
				t, err2 := toFloat(total)
				if err1 != nil || err2 != nil {
					return "", fmt.Errorf("percent takes two numbers, got %v and %v", part, total)
				}
				if t == 0 {
					return "–", nil
				}
				return st.f.withUnit(st.f.number(p/t*100, 1), "%"), nil
			}
		},
	},
	{
		Name: "number", Args: `number X [DECIMALS]`,
		Doc:      "A number grouped by thousands as the submission's language writes it.",
		Examples: []Example{{`{{number 22744}} {{number 0.3957 2}}`, "22,744 0.40"}},
		bind: func(st *state) any {
			return func(x any, decimals ...int) (string, error) {
				f, err := toFloat(x)
				if err != nil {
					return "", fmt.Errorf("number: %v is not a number", x)
				}
				d := 0
				if len(decimals) > 0 {
					d = decimals[0]
				}
				return st.f.number(f, d), nil
			}
		},
	},
	{
		Name: "date", Args: `date DATE`,
		Doc:      "A date written out in the submission's language: \"23 January 2024\", \"June 2023\".",
		Examples: []Example{{`{{date .Submission.ReviewDate}}`, "23 January 2024"}},
		bind:     func(st *state) any { return st.f.date },
	},
	{
		Name: "ordinal", Args: `ordinal N`,
		Doc:      "An ordinal number as the submission's language writes it: \"4th\" (English), \"4e\" (French), \"4.º\" (Spanish).",
		Examples: []Example{{`the {{ordinal .Submission.Cycle}} cycle`, "the 4th cycle"}},
		bind: func(st *state) any {
			return func(n any) (string, error) {
				i, err := toInt(n)
				if err != nil {
					return "", fmt.Errorf("ordinal: %v is not a whole number", n)
				}
				return st.f.ordinal(i), nil
			}
		},
	},
	{
		Name: "capfirst", Args: `capfirst TEXT`,
		Doc:      "TEXT with its first letter in upper case, to start a sentence or a table cell with a data field.",
		Examples: []Example{{`{{capfirst (statistic "claims").Counts}}`, "People who sought protection"}},
		bind:     func(st *state) any { return upperFirst },
	},
	{
		Name: "label", Args: `label "NAME"`,
		Doc: "Names the numbered paragraph it stands in, so that other text can refer to it with paraRef. " +
			"Prints nothing. Names are letters, digits, \"-\", \"_\" and \".\".",
		Examples: []Example{{`The procedure is flawed.{{label "usm-flaws"}}`, "The procedure is flawed.[](label:usm-flaws)"}},
		bind: func(st *state) any {
			return func(name string) (string, error) {
				if !layout.ValidLabel(name) {
					return "", fmt.Errorf("label %q: use letters, digits, \"-\", \"_\" and \".\"", name)
				}
				return "[](label:" + name + ")", nil
			}
		},
	},
	{
		Name: "paraRef", Args: `paraRef "NAME"`,
		Doc: "The number of the paragraph labelled NAME, linked to it in the PDF: write \"see para. {{paraRef \"usm-flaws\"}}\". " +
			"It stays right when paragraphs are added or moved.",
		Examples: []Example{{`(see para. {{paraRef "usm-flaws"}})`, "(see para. [](ref:usm-flaws))"}},
		bind: func(st *state) any {
			return func(name string) (string, error) {
				if !layout.ValidLabel(name) {
					return "", fmt.Errorf("label %q: use letters, digits, \"-\", \"_\" and \".\"", name)
				}
				return "[](ref:" + name + ")", nil
			}
		},
	},
	{
		Name: "response", Args: `response RESPONSE`,
		Doc:      "A response's name in the submission's language: \"Supported\", \"Acceptée\", \"Aceptada\".",
		Examples: []Example{{`{{range .Recommendations}}{{response .Response}}; {{end}}`, "Supported; Noted; Pending; "}},
		bind:     func(st *state) any { return st.words.Response },
	},
	{
		Name: "status", Args: `status STATUS`,
		Doc:      "An implementation status's name in the submission's language: \"Partially implemented\".",
		Examples: []Example{{`{{status "partially implemented"}}`, "Partially implemented"}},
		bind:     func(st *state) any { return st.words.Status },
	},
	{
		Name: "tr", Args: `tr "KEY"`,
		Doc: "A fixed phrase in the submission's language, for headings a template shares across languages: " +
			"annex, annex-previous-cycle, recommendation, recommending-states, response, status, assessment, para, none-recorded.",
		Examples: []Example{{`## {{tr "annex"}}: {{tr "annex-previous-cycle"}}`, "## Annex: Recommendations of the previous cycle"}},
		bind:     func(st *state) any { return st.words.Tr },
	},
	{
		Name: "md", Args: `md TEXT`,
		Doc: "Escapes data text so Markdown shows it as written (an asterisk stays an asterisk). " +
			"Use it on any field that is printed into the text.",
		Examples: []Example{{`{{md "Use *all* [means]"}}`, `Use \*all\* \[means\]`}},
		bind:     func(st *state) any { return layout.Escape },
	},
}

// funcMap gives Sprig's allowed functions and the domain functions bound to
// st. With st nil the domain functions are placeholders, enough for parsing.
func funcMap(st *state) (template.FuncMap, error) {
	fm, err := sprigFuncs()
	if err != nil {
		return nil, err
	}
	if st == nil {
		st = newState(&workspace.Workspace{})
	}
	for _, f := range domainFuncs {
		fm[f.Name] = f.bind(st)
	}
	return fm, nil
}

// FuncNames lists every function a template can call, sorted.
func FuncNames() []string {
	fm, _ := funcMap(nil)
	return slices.Sorted(maps.Keys(fm))
}

func filter(list []*workspace.Recommendation, keep func(*workspace.Recommendation) bool) []*workspace.Recommendation {
	var out []*workspace.Recommendation
	for _, r := range list {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}

func recRef(r *workspace.Recommendation) string {
	states := "(" + strings.Join(r.From, ", ") + ")"
	if r.Paragraph == "" {
		return layout.Escape(states)
	}
	return layout.Escape(r.Paragraph + " " + states)
}

func recommendingStates(list []*workspace.Recommendation) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range list {
		for _, s := range r.From {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	collate.New(language.English).SortStrings(out)
	return out
}
