// Package workspace is the data model of a submission workspace and its
// loader: submission.yaml, recommendations/, evidence/ and statistics/.
package workspace

import (
	"slices"

	"github.com/upr-tools/submit/internal/diag"
)

// Keys records where each key's value stood in the YAML source, so that
// validation can point at the exact field ("from[1]", "source.url").
type Keys map[string]diag.Pos

// failedPrefix marks, in Keys, a field whose value was given but could not
// be read (already reported).
const failedPrefix = "!"

// Failed reports whether key was given with a value that could not be read.
func (k Keys) Failed(key string) bool {
	_, ok := k[failedPrefix+key]
	return ok
}

// Workspace is everything loaded from one workspace folder.
type Workspace struct {
	Dir             string
	Submission      *Submission
	Recommendations []*Recommendation // in file order, files sorted by path
	Evidence        []*Evidence
	Statistics      []*Statistic
	Templates       []string // paths of templates/*.md.tmpl, relative to Dir

	evidence   map[string]*Evidence // by id, filled by validate
	statistics map[string]*Statistic
}

// EvidenceByID returns the evidence item with that id, or nil.
func (w *Workspace) EvidenceByID(id string) *Evidence { return w.evidence[id] }

// StatisticByID returns the statistic with that id, or nil.
func (w *Workspace) StatisticByID(id string) *Statistic { return w.statistics[id] }

// Submission is submission.yaml: what the submission is and what to build.
type Submission struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	Title         string         `yaml:"title" required:"true"`
	State         string         `yaml:"state" required:"true"` // state under review
	Cycle         int            `yaml:"cycle" required:"true"`
	Session       int            `yaml:"session" required:"true"` // Working Group session
	ReviewDate    Date           `yaml:"review_date"`
	Language      string         `yaml:"language"`             // en, fr, es; default en
	Kind          string         `yaml:"kind" required:"true"` // individual or joint
	WordLimit     int            `yaml:"word_limit"`           // default from Kind
	Date          Date           `yaml:"date" required:"true"` // date of the submission
	Themes        []string       `yaml:"themes"`               // the submission's themes
	Paper         string         `yaml:"paper"`                // a4 (default) or letter
	Font          *Font          `yaml:"font"`                 // TrueType files; default Liberation Serif
	Organisations []Organisation `yaml:"organisations" required:"true"`
	Outputs       []Output       `yaml:"outputs" required:"true"`
}

// Word limits commonly applied by OHCHR in cycles 3 and 4 (footnotes included).
const (
	IndividualWordLimit = 2815
	JointWordLimit      = 5630
)

// Limit is the word limit in force: WordLimit if set, else the kind's.
func (s *Submission) Limit() int {
	if s.WordLimit > 0 {
		return s.WordLimit
	}
	if s.Kind == "individual" {
		return IndividualWordLimit
	}
	return JointWordLimit
}

// Acronyms lists the organisations' acronyms, as OHCHR cites the submission.
func (s *Submission) Acronyms() []string {
	var out []string
	for _, o := range s.Organisations {
		out = append(out, o.Acronym)
	}
	return out
}

// Font names TrueType files in the workspace (e.g. fonts/NotoSerifSC.ttf),
// for text the default Liberation Serif cannot print, such as Chinese.
type Font struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	Regular    string `yaml:"regular" required:"true"`
	Bold       string `yaml:"bold"`
	Italic     string `yaml:"italic"`
	BoldItalic string `yaml:"bold_italic"`
}

// Organisation is one submitting organisation.
type Organisation struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	Name        string  `yaml:"name" required:"true"`
	Acronym     string  `yaml:"acronym" required:"true"`
	Description string  `yaml:"description" required:"true"`
	Founded     int     `yaml:"founded"`
	Contact     Contact `yaml:"contact"`
	Website     string  `yaml:"website"`
}

// Contact is how OHCHR can reach an organisation.
type Contact struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	Name    string `yaml:"name"`
	Email   string `yaml:"email"`
	Phone   string `yaml:"phone"`
	Address string `yaml:"address"`
}

// Output is one file that build writes under output/.
type Output struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	Kind     string `yaml:"kind" required:"true"` // pdf or xlsx
	Template string `yaml:"template"`             // for pdf: file in templates/
	Annex    string `yaml:"annex"`                // for pdf: template of the annex (not counted in the word limit)
	File     string `yaml:"file" required:"true"` // name under output/
}

// Responses a state can give, as the tool names them.
const (
	Supported          = "supported"
	Noted              = "noted"
	PartiallySupported = "partially supported"
	Pending            = "pending"
)

// ResponseValues is the response vocabulary, in display order.
var ResponseValues = []string{Supported, PartiallySupported, Noted, Pending}

// StatusValues is the implementation-status vocabulary (UPR Info's scale).
var StatusValues = []string{"fully implemented", "partially implemented", "not implemented", "not assessed"}

// Recommendation is one recommendation made at a review.
type Recommendation struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	ID               string       `yaml:"id" required:"true"`
	Paragraph        string       `yaml:"paragraph"` // "28.212"; empty when unknown
	Cycle            int          `yaml:"cycle" required:"true"`
	Session          int          `yaml:"session"`
	Report           string       `yaml:"report"` // A/HRC/40/6
	StateUnderReview string       `yaml:"state_under_review" required:"true"`
	From             []string     `yaml:"from" required:"true"` // recommending states
	Text             string       `yaml:"text" required:"true"`
	Response         string       `yaml:"response" required:"true"` // see ResponseValues
	ResponseWording  string       `yaml:"response_wording"`         // the state's own words
	ResponseSource   string       `yaml:"response_source"`          // A/HRC/40/6/Add.1, para. 3
	Themes           []string     `yaml:"themes"`
	AffectedGroups   []string     `yaml:"affected_groups"`
	SDGs             []string     `yaml:"sdgs"`
	ActionCategory   int          `yaml:"action_category"` // UPR Info 1–5; 0 unknown
	Lead             string       `yaml:"lead"`            // lead or responsible body, for tracking
	Notes            string       `yaml:"notes"`           // the coordinator's notes
	Updated          Date         `yaml:"updated"`         // when the tracking fields were last updated
	Implementation   []Assessment `yaml:"implementation"`
}

// Latest returns the most recent implementation assessment, or nil.
func (r *Recommendation) Latest() *Assessment {
	var best *Assessment
	for i := range r.Implementation {
		a := &r.Implementation[i]
		if best == nil || a.Year >= best.Year {
			best = a
		}
	}
	return best
}

// Assessment is one step of a recommendation's implementation history.
type Assessment struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	Year     int      `yaml:"year" required:"true"`
	Status   string   `yaml:"status" required:"true"` // see StatusValues
	Note     string   `yaml:"note"`
	Evidence []string `yaml:"evidence"` // evidence ids
}

// Evidence is an excerpt that supports the submission's arguments.
type Evidence struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	ID     string   `yaml:"id" required:"true"`
	Kind   string   `yaml:"kind"` // quotation (default) or paraphrase
	Text   string   `yaml:"text" required:"true"`
	Source Source   `yaml:"source" required:"true"`
	Issues []string `yaml:"issues"`
}

// Source is where a piece of evidence or a statistic comes from.
type Source struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	Title     string `yaml:"title" required:"true"`
	Author    string `yaml:"author"`
	Publisher string `yaml:"publisher"`
	Date      Date   `yaml:"date"`
	URL       string `yaml:"url"`
	Page      string `yaml:"page"`
}

// Statistic is a figure with its source, or one derived from other figures.
type Statistic struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	ID       string      `yaml:"id" required:"true"`
	Value    *float64    `yaml:"value"` // nil for a derived figure until computed
	Unit     string      `yaml:"unit"`  // "people", "%", "HKD"
	Counts   string      `yaml:"counts" required:"true"`
	Period   string      `yaml:"period"` // "March 2014 to July 2023"
	AsOf     Date        `yaml:"as_of"`
	Decimals *int        `yaml:"decimals"` // digits after the point; default 0, 1 for percentages
	Source   *Source     `yaml:"source"`
	Derive   *Derivation `yaml:"derive"`

	// Inputs are the statistics a derived figure was computed from.
	Inputs []*Statistic `yaml:"-" json:"-"`
}

// Derivation computes a statistic from others.
type Derivation struct {
	Pos  diag.Pos `yaml:"-" json:"-"`
	Keys Keys     `yaml:"-" json:"-"`

	Op string   `yaml:"op" required:"true"` // percent, ratio, sum, difference
	Of []string `yaml:"of" required:"true"` // statistic ids
}

// Sources returns the sources behind a statistic: its own, or for a derived
// one those of its inputs, without repeats.
func (s *Statistic) Sources() []*Source {
	if s.Source != nil {
		return []*Source{s.Source}
	}
	var out []*Source
	for _, in := range s.Inputs {
		for _, src := range in.Sources() {
			// Inputs from one publication each carry their own copy of its
			// source: compare what they say, not where they are.
			if !slices.ContainsFunc(out, src.Same) {
				out = append(out, src)
			}
		}
	}
	return out
}

// Same reports whether two sources name the same publication and page.
func (s *Source) Same(o *Source) bool {
	return s.Title == o.Title && s.Author == o.Author && s.Publisher == o.Publisher &&
		s.Date == o.Date && s.URL == o.URL && s.Page == o.Page
}
