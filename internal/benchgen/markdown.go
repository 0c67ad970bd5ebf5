package benchgen

import (
	"fmt"

	"github.com/upr-tools/submit/internal/render"
	"github.com/upr-tools/submit/internal/workspace"
)

// Markdown renders the workspace in dir (as Write made it) to the Markdown
// that its templates produce, body then annex: the input another Markdown
// tool (pandoc) gets when the benchmark compares it with submit.
func Markdown(dir string) ([]byte, error) {
	ws, err := workspace.Load(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot load the benchmark workspace: %w", err)
	}
	set, err := render.Parse(ws)
	if err != nil {
		return nil, fmt.Errorf("cannot parse the benchmark templates: %w", err)
	}
	body, err := set.Execute(BodyTemplate)
	if err != nil {
		return nil, err
	}
	annex, err := set.Execute(AnnexTemplate)
	if err != nil {
		return nil, err
	}
	return append(append(body, '\n'), annex...), nil
}
