package workspace

import (
	"fmt"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/upr-tools/submit/internal/diag"
	"github.com/upr-tools/submit/internal/states"
)

// Languages a submission may be written in: the UN's official languages
// that the embedded fonts can print. Arabic and Chinese need fonts and
// shaping that are not there yet.
var Languages = []string{"en", "fr", "es", "ru"}

// OutputKinds are the files build can make.
var OutputKinds = []string{"pdf", "xlsx"}

var (
	paragraphRE = regexp.MustCompile(`^\d+\.\d+$`)
	sdgRE       = regexp.MustCompile(`^(\d{1,2})(\.[0-9a-z]{1,2})?$`)
)

// validate checks what the decoder cannot: vocabularies, references between
// files, state names and derived figures. Names are set to their canonical
// forms as a side effect, so "Turkey" reads "Türkiye" everywhere after.
func validate(ws *Workspace, p *diag.List) {
	v := validator{ws: ws, p: p}
	if ws.Submission != nil {
		v.submission(ws.Submission)
	}
	ws.evidence = map[string]*Evidence{}
	for _, e := range ws.Evidence {
		v.evidence(e)
	}
	ws.statistics = map[string]*Statistic{}
	for _, s := range ws.Statistics {
		v.statisticIndex(s)
	}
	for _, s := range ws.Statistics {
		v.statistic(s)
	}
	compute(ws, p)
	ids := map[string]*Recommendation{}
	for _, r := range ws.Recommendations {
		if r.ID != "" {
			if first, dup := ids[r.ID]; dup {
				p.Add(r.Keys["id"], "duplicate recommendation id %q (first used at %s): give each recommendation its own id", r.ID, first.Keys["id"])
			} else {
				ids[r.ID] = r
			}
		}
		v.recommendation(r)
	}
}

type validator struct {
	ws *Workspace
	p  *diag.List
	// near, when set, keeps the submission's theme each theme found is
	// close to ("" for none): imported data repeats a few dozen themes
	// that are not the submission's 100,000 times.
	near map[string]string
}

// at is the position of key in keys, or of the whole item when key is absent.
func at(pos diag.Pos, keys Keys, key string) diag.Pos {
	if p, ok := keys[key]; ok {
		return p
	}
	return pos
}

func (v *validator) oneOf(pos diag.Pos, what, got string, allowed []string) {
	if got != "" && !slices.Contains(allowed, got) {
		v.p.Add(pos, "%s %q is not one of: %s", what, got, strings.Join(allowed, ", "))
	}
}

// state checks a state name and returns its canonical form.
func (v *validator) state(pos diag.Pos, what, name string) string {
	if name == "" {
		return name
	}
	if canonical, ok := states.Canonical(name); ok {
		return canonical
	}
	msg := fmt.Sprintf("%s %q is not a UN member or observer state", what, name)
	if sug := states.Suggest(name); len(sug) > 0 {
		msg += fmt.Sprintf(" (did you mean %s?)", quoteList(sug))
	} else {
		msg += ": use the UN short name, e.g. \"Türkiye\", \"Republic of Korea\""
	}
	v.p.Add(pos, "%s", msg)
	return name
}

// recommendingState checks a recommending state's name. Data imported
// from the wild keeps names it cannot match as written ("(Unknown)" in
// UPR Info's export), and "submit import" lists them: so an unknown name
// is a problem only when it is close to a state's name, where it is
// surely a typo.
func (v *validator) recommendingState(pos diag.Pos, name string) string {
	if canonical, ok := states.Canonical(name); ok {
		return canonical
	}
	if len(states.Suggest(name)) == 0 {
		return name
	}
	return v.state(pos, "recommending state", name)
}

func quoteList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, " or ")
}

func (v *validator) url(pos diag.Pos, what, raw string) {
	if raw == "" {
		return
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		v.p.Add(pos, "%s %q is not a web address: write it in full, starting with https://", what, raw)
	}
}

func (v *validator) submission(s *Submission) {
	s.State = v.state(at(s.Pos, s.Keys, "state"), "state under review", s.State)
	v.oneOf(at(s.Pos, s.Keys, "kind"), "kind", s.Kind, []string{"individual", "joint"})
	if s.Language == "" {
		s.Language = "en"
	}
	switch {
	case s.Language == "ar" || s.Language == "zh":
		v.p.Add(at(s.Pos, s.Keys, "language"), "language %q cannot be laid out yet: the embedded fonts have no %s script; write the submission in one of: %s",
			s.Language, map[string]string{"ar": "Arabic", "zh": "Chinese"}[s.Language], strings.Join(Languages, ", "))
	default:
		v.oneOf(at(s.Pos, s.Keys, "language"), "language", s.Language, Languages)
	}
	if _, ok := s.Keys["cycle"]; ok && s.Cycle < 1 {
		v.p.Add(s.Keys["cycle"], "cycle must be 1 or more, found %d", s.Cycle)
	}
	if _, ok := s.Keys["session"]; ok && s.Session < 1 {
		v.p.Add(s.Keys["session"], "session must be 1 or more, found %d", s.Session)
	}
	if s.WordLimit < 0 {
		v.p.Add(s.Keys["word_limit"], "word_limit must be positive, found %d", s.WordLimit)
	}
	if s.Kind == "joint" && len(s.Organisations) == 1 {
		v.p.Add(at(s.Pos, s.Keys, "organisations"), "a joint submission lists every submitting organisation, found one: add the others or write kind: individual")
	}
	if s.Kind == "individual" && len(s.Organisations) > 1 {
		v.p.Add(at(s.Pos, s.Keys, "kind"), "an individual submission has one organisation, found %d: write kind: joint", len(s.Organisations))
	}
	acronyms := map[string]bool{}
	for _, o := range s.Organisations {
		if o.Acronym != "" && acronyms[o.Acronym] {
			v.p.Add(o.Keys["acronym"], "acronym %q is used by two organisations", o.Acronym)
		}
		acronyms[o.Acronym] = true
		if _, ok := o.Keys["founded"]; ok && (o.Founded < 1800 || (s.Date.Year > 0 && o.Founded > s.Date.Year)) {
			v.p.Add(o.Keys["founded"], "founded %d is not a plausible founding year", o.Founded)
		}
		v.url(at(o.Pos, o.Keys, "website"), "website", o.Website)
		if e := o.Contact.Email; e != "" && !strings.Contains(e, "@") {
			v.p.Add(o.Contact.Keys["email"], "email %q is not an e-mail address", e)
		}
	}
	if s.Paper == "" {
		s.Paper = "a4"
	}
	v.oneOf(at(s.Pos, s.Keys, "paper"), "paper", s.Paper, []string{"a4", "letter"})
	if f := s.Font; f != nil {
		for _, key := range []string{"regular", "bold", "italic", "bold_italic"} {
			v.fontFile(at(f.Pos, f.Keys, key), map[string]string{"regular": f.Regular, "bold": f.Bold, "italic": f.Italic, "bold_italic": f.BoldItalic}[key])
		}
	}
	files := map[string]bool{}
	for _, o := range s.Outputs {
		v.oneOf(at(o.Pos, o.Keys, "kind"), "output kind", o.Kind, OutputKinds)
		switch {
		case o.File == "":
		case o.File != filepath.Base(o.File) || strings.HasPrefix(o.File, "."):
			v.p.Add(o.Keys["file"], "output file %q must be a plain file name: outputs are written to output/", o.File)
		case files[o.File]:
			v.p.Add(o.Keys["file"], "output file %q is listed twice", o.File)
		case slices.Contains(OutputKinds, o.Kind) && filepath.Ext(o.File) != "."+o.Kind:
			v.p.Add(o.Keys["file"], "output file %q should end in .%s", o.File, o.Kind)
		}
		files[o.File] = true
		switch {
		case o.Kind == "pdf" && o.Template == "":
			v.p.Add(o.Pos, "a pdf output needs a template: the name of a file in templates/")
		case o.Template != "" && !slices.Contains(v.ws.Templates, filepath.Join(TemplatesDir, o.Template)):
			v.p.Add(o.Keys["template"], "template %q is not in templates/ (found: %s)", o.Template, strings.Join(v.ws.Templates, ", "))
		case strings.HasPrefix(o.Template, "_"):
			v.p.Add(o.Keys["template"], "template %q is a partial (its name starts with _): name a main template", o.Template)
		}
		switch {
		case o.Annex == "":
		case o.Kind != "pdf":
			v.p.Add(o.Keys["annex"], "only a pdf output has an annex")
		case !slices.Contains(v.ws.Templates, filepath.Join(TemplatesDir, o.Annex)):
			v.p.Add(o.Keys["annex"], "annex template %q is not in templates/ (found: %s)", o.Annex, strings.Join(v.ws.Templates, ", "))
		}
	}
}

// fontFile checks a font path: a TrueType file inside the workspace.
func (v *validator) fontFile(pos diag.Pos, rel string) {
	if rel == "" {
		return
	}
	if filepath.IsAbs(rel) || strings.HasPrefix(filepath.Clean(rel), "..") {
		v.p.Add(pos, "font %q must be a path inside the workspace (e.g. fonts/NotoSerifSC-Regular.ttf), so that the workspace builds the same anywhere", rel)
		return
	}
	switch strings.ToLower(filepath.Ext(rel)) {
	case ".ttf":
	case ".ttc", ".otc":
		v.p.Add(pos, "font %q is a font collection, which cannot be embedded: extract one font to a .ttf file or use a .ttf font", rel)
		return
	case ".otf":
		v.p.Add(pos, "font %q is an OpenType (.otf) font: use its TrueType (.ttf) version", rel)
		return
	default:
		v.p.Add(pos, "font %q is not a TrueType font: give a .ttf file", rel)
		return
	}
	if _, err := os.Stat(filepath.Join(v.ws.Dir, rel)); err != nil {
		v.p.Add(pos, "font file %q is not in the workspace: copy the .ttf file there", rel)
	}
}

func (v *validator) evidence(e *Evidence) {
	if e.ID != "" {
		if first, dup := v.ws.evidence[e.ID]; dup {
			v.p.Add(e.Keys["id"], "duplicate evidence id %q (first used at %s)", e.ID, first.Keys["id"])
		} else {
			v.ws.evidence[e.ID] = e
		}
	}
	if e.Kind == "" {
		e.Kind = "quotation"
	}
	v.oneOf(at(e.Pos, e.Keys, "kind"), "evidence kind", e.Kind, []string{"quotation", "paraphrase"})
	v.themes(e.Pos, e.Keys, "issues", e.Issues)
	v.source(&e.Source)
}

func (v *validator) source(s *Source) {
	v.url(at(s.Pos, s.Keys, "url"), "source url", s.URL)
	if sub := v.ws.Submission; sub != nil && !sub.Date.IsZero() && sub.Date.Before(s.Date) && !s.Date.Contains(sub.Date) {
		v.p.Add(at(s.Pos, s.Keys, "date"), "source dated %s is newer than the submission (%s): a submission cannot cite what was published after it",
			s.Date, sub.Date)
	}
}

func (v *validator) statisticIndex(s *Statistic) {
	if s.ID == "" {
		return
	}
	if first, dup := v.ws.statistics[s.ID]; dup {
		v.p.Add(s.Keys["id"], "duplicate statistic id %q (first used at %s)", s.ID, first.Keys["id"])
		return
	}
	v.ws.statistics[s.ID] = s
}

// Operators of derived statistics and how many inputs each takes (0: two or more).
var deriveOps = map[string]int{"percent": 2, "ratio": 2, "difference": 2, "sum": 0}

func (v *validator) statistic(s *Statistic) {
	switch {
	case s.Value != nil && s.Derive != nil:
		v.p.Add(s.Keys["derive"], "statistic %q has both a value and derive: a derived figure is computed, remove its value", s.ID)
	case s.Value == nil && s.Derive == nil && !s.Keys.Failed("value") && !s.Keys.Failed("derive"):
		v.p.Add(s.Pos, "statistic %q needs a value, or derive: to compute it from other statistics", s.ID)
	case s.Value != nil && s.Source == nil:
		v.p.Add(s.Pos, "statistic %q needs a source: where does the figure come from?", s.ID)
	case s.Derive != nil && s.Source != nil:
		v.p.Add(s.Keys["source"], "derived statistic %q cites its inputs' sources: remove source", s.ID)
	}
	if s.Decimals != nil && (*s.Decimals < 0 || *s.Decimals > 6) {
		v.p.Add(s.Keys["decimals"], "decimals must be between 0 and 6, found %d", *s.Decimals)
	}
	if s.Source != nil {
		v.source(s.Source)
	}
	d := s.Derive
	if d == nil {
		return
	}
	want, known := deriveOps[d.Op]
	if d.Op != "" && !known {
		v.p.Add(d.Keys["op"], "derive op %q is not one of: percent, ratio, sum, difference", d.Op)
	}
	switch {
	case known && want > 0 && len(d.Of) != want:
		v.p.Add(at(d.Pos, d.Keys, "of"), "derive op %s takes %d statistics (numerator, denominator), found %d", d.Op, want, len(d.Of))
	case known && want == 0 && len(d.Of) < 2:
		v.p.Add(at(d.Pos, d.Keys, "of"), "derive op %s takes two or more statistics, found %d", d.Op, len(d.Of))
	}
	for i, id := range d.Of {
		in := v.ws.statistics[id]
		if in == nil {
			v.p.Add(at(d.Pos, d.Keys, fmt.Sprintf("of[%d]", i)), "no statistic with id %q", id)
			continue
		}
		s.Inputs = append(s.Inputs, in)
	}
}

// MaxCellText is the most characters a workbook cell holds (Excel's limit).
const MaxCellText = 32767

func (v *validator) recommendation(r *Recommendation) {
	for key, text := range map[string]string{"text": r.Text, "response_wording": r.ResponseWording, "notes": r.Notes} {
		if n := utf8.RuneCountInString(text); n > MaxCellText {
			v.p.Add(at(r.Pos, r.Keys, key), "%s has %d characters, more than a workbook cell holds (%d): shorten it", key, n, MaxCellText)
		}
	}
	if r.Paragraph != "" && !paragraphRE.MatchString(r.Paragraph) {
		v.p.Add(r.Keys["paragraph"], "paragraph %q is not a report paragraph number like \"28.212\" (leave it out when unknown; quote it so 28.10 stays 28.10)", r.Paragraph)
	}
	if _, ok := r.Keys["cycle"]; ok && (r.Cycle < 1 || r.Cycle > 9) {
		v.p.Add(r.Keys["cycle"], "cycle must be between 1 and 9, found %d", r.Cycle)
	}
	r.StateUnderReview = v.state(at(r.Pos, r.Keys, "state_under_review"), "state under review", r.StateUnderReview)
	for i, name := range r.From {
		r.From[i] = v.recommendingState(at(r.Pos, r.Keys, fmt.Sprintf("from[%d]", i)), name)
	}
	v.oneOf(at(r.Pos, r.Keys, "response"), "response", r.Response, ResponseValues)
	if _, ok := r.Keys["action_category"]; ok && (r.ActionCategory < 1 || r.ActionCategory > 5) {
		v.p.Add(r.Keys["action_category"], "action_category must be 1 to 5 (UPR Info's scale), found %d", r.ActionCategory)
	}
	v.themes(r.Pos, r.Keys, "themes", r.Themes)
	for i, sdg := range r.SDGs {
		m := sdgRE.FindStringSubmatch(sdg)
		if goal, _ := strconv.Atoi(safeIndex(m, 1)); m == nil || goal < 1 || goal > 17 {
			v.p.Add(at(r.Pos, r.Keys, fmt.Sprintf("sdgs[%d]", i)), "SDG %q is not a goal (1–17) or target (\"16.3\")", sdg)
		}
	}
	for _, a := range r.Implementation {
		v.oneOf(at(a.Pos, a.Keys, "status"), "implementation status", a.Status, StatusValues)
		if n := utf8.RuneCountInString(a.Note); n > MaxCellText {
			v.p.Add(at(a.Pos, a.Keys, "note"), "note has %d characters, more than a workbook cell holds (%d): shorten it", n, MaxCellText)
		}
		if _, ok := a.Keys["year"]; ok && (a.Year < 2008 || a.Year > 2100) {
			v.p.Add(a.Keys["year"], "year %d is outside the UPR's years (2008 on)", a.Year)
		}
		for i, id := range a.Evidence {
			if v.ws.evidence[id] == nil {
				v.p.Add(at(a.Pos, a.Keys, fmt.Sprintf("evidence[%d]", i)), "no evidence with id %q", id)
			}
		}
	}
}

// themes catches a misspelt theme: one that is not among the submission's
// themes but nearly is. Other themes are fine (imported data has its own),
// but a typo would silently drop an item from its section.
func (v *validator) themes(pos diag.Pos, keys Keys, key string, themes []string) {
	if v.ws.Submission == nil || len(v.ws.Submission.Themes) == 0 {
		return
	}
	for i, t := range themes {
		near, known := v.near[t]
		if !known {
			near = v.nearTheme(t)
			if v.near != nil {
				v.near[t] = near
			}
		}
		if near != "" {
			v.p.Add(at(pos, keys, fmt.Sprintf("%s[%d]", key, i)), "theme %q is not one of the submission's themes (did you mean %q?)", t, near)
		}
	}
}

// nearTheme is the submission's theme that t misspells, or "".
func (v *validator) nearTheme(t string) string {
	if slices.ContainsFunc(v.ws.Submission.Themes, func(s string) bool { return strings.EqualFold(s, t) }) {
		return ""
	}
	near, _ := diag.Closest(strings.ToLower(t), v.ws.Submission.Themes, max(2, len(t)/8))
	return near
}

func safeIndex(ss []string, i int) string {
	if i < len(ss) {
		return ss[i]
	}
	return ""
}

// compute fills the values of derived statistics, inputs first, and reports
// cycles and divisions by zero.
func compute(ws *Workspace, p *diag.List) {
	const (
		todo = iota
		busy
		done
	)
	state := map[*Statistic]int{}
	var visit func(s *Statistic) bool
	visit = func(s *Statistic) bool {
		switch state[s] {
		case done:
			return s.Value != nil
		case busy:
			p.Add(s.Keys["derive"], "statistic %q is derived from itself (a cycle through derive: of:)", s.ID)
			return false
		}
		state[s] = busy
		defer func() { state[s] = done }()
		if s.Derive == nil {
			return s.Value != nil
		}
		want, known := deriveOps[s.Derive.Op]
		if !known || len(s.Inputs) != len(s.Derive.Of) || (want > 0 && len(s.Inputs) != want) || len(s.Inputs) < 2 {
			return false // reported by statistic()
		}
		vals := make([]float64, len(s.Inputs))
		for i, in := range s.Inputs {
			if !visit(in) {
				return false
			}
			vals[i] = *in.Value
		}
		var out float64
		switch s.Derive.Op {
		case "sum":
			for _, x := range vals {
				out += x
			}
		case "difference":
			out = vals[0] - vals[1]
		case "percent", "ratio":
			if vals[1] == 0 {
				p.Add(s.Keys["derive"], "statistic %q divides by %q, which is zero", s.ID, s.Derive.Of[1])
				return false
			}
			out = vals[0] / vals[1]
			if s.Derive.Op == "percent" {
				out *= 100
			}
		default:
			return false
		}
		if math.IsNaN(out) || math.IsInf(out, 0) {
			return false
		}
		s.Value = &out
		return true
	}
	for _, s := range ws.Statistics {
		visit(s)
	}
}
