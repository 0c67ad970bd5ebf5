package render

import (
	"fmt"
	"strings"
)

// Reference writes docs/templates.md: how templates work and every domain
// function with its examples (which the tests run), so the two cannot drift.
func Reference() string {
	var b strings.Builder
	b.WriteString(referenceIntro)
	b.WriteString("\n## Domain functions\n")
	for _, f := range Funcs() {
		fmt.Fprintf(&b, "\n### %s\n\n`%s`\n\n%s\n", f.Name, f.Args, f.Doc)
		for _, ex := range f.Examples {
			fmt.Fprintf(&b, "\n```\n%s\n```\ngives\n```markdown\n%s\n```\n", ex.Template, strings.TrimRight(ex.Output, "\n"))
		}
	}
	b.WriteString("\n## Sprig functions\n\nThese [Sprig](https://masterminds.github.io/sprig/) functions are available; " +
		"the others are left out because they read the environment, the clock, random numbers or the network, " +
		"which would make a submission differ from one machine or day to the next:\n\n")
	b.WriteString("`" + strings.Join(sprigAllowed, "`, `") + "`.\n")
	return b.String()
}

const referenceIntro = `# Templates

<!-- Generated from internal/render (go test ./internal/render -update); edit there. -->

A workspace's ` + "`templates/`" + ` folder holds Go [text/template](https://pkg.go.dev/text/template)
files that produce Markdown (CommonMark with tables and footnotes). ` + "`submission.yaml`" + `
names, for each PDF output, the template that makes its body.

- **What a template sees.** ` + "`.Submission`" + ` (submission.yaml: ` + "`.Submission.Title`" + `,
  ` + "`.Submission.State`" + `, ` + "`.Submission.Organisations`" + ` …), ` + "`.Recommendations`" + `,
  ` + "`.Evidence`" + ` and ` + "`.Statistics`" + ` (every item of the workspace; field names are those of
  the YAML in CamelCase: ` + "`response_source`" + ` is ` + "`.ResponseSource`" + `). See
  [data-model.md](data-model.md).
- **Partials.** A file whose name starts with ` + "`_`" + `, such as ` + "`_recommendations.md.tmpl`" + `,
  is a partial: include it with ` + "`{{template \"recommendations\" VALUE}}`" + `.
- **Strictness.** A field or key that does not exist is an error (` + "`missingkey=error`" + `),
  not an empty string. Every error names the template file, line and column.
- **Numbered paragraphs.** In the PDF every top-level paragraph is numbered 1, 2, 3 … through
  the document; headings, list items, quotes and tables are not. Leave a blank line between
  paragraphs.
- **Footnotes.** ` + "`cite`" + `, ` + "`quote`" + ` and ` + "`stat`" + ` make footnotes; you may also write
  Markdown footnotes (` + "`[^label]`" + ` and ` + "`[^label]: text`" + `). They are numbered in reading order.
- **Data in text.** Wrap data you print with ` + "`md`" + ` so that characters such as ` + "`*`" + ` or ` + "`[`" + `
  in a recommendation's text print as they are.
`
