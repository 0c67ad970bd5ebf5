package benchgen

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// The vocabulary is fixed and the grammar small: enough for sentences that
// read like a submission's (and hyphenate, justify and break like one), not
// for meaning. Verbs are past tense or follow a modal, so any subject fits.
var (
	actors = []string{
		"the Government", "the Ministry of Justice", "the Ministry of Health", "the immigration service",
		"the national human rights institution", "the Ombudsperson", "local authorities", "the police",
		"public prosecutors", "the courts", "school inspectors", "social services", "regional health boards",
		"Parliament", "the Labour Inspectorate", "the Ministry of Education",
	}
	pastVerbs = []string{
		"adopted", "published", "revised", "postponed", "announced", "funded", "suspended", "reviewed",
		"extended", "withdrew", "did not publish", "failed to implement", "delayed", "evaluated",
		"quietly abandoned", "only partly applied",
	}
	baseVerbs = []string{"publish", "fund", "review", "extend", "evaluate", "implement", "strengthen", "monitor"}
	objects   = []string{
		"a national action plan on human rights education", "the strategy for the integration of migrants",
		"guidelines on alternatives to detention", "the regulations on legal aid",
		"a protocol on the identification of victims of trafficking", "the budget for community health services",
		"data on the length of pre-trial detention", "the complaints procedure for people in care",
		"a pilot programme for inclusive schools", "rules on the use of force in detention centres",
		"a survey of housing conditions", "the reform of the juvenile justice system",
		"the scheme of interpreters for courts and hospitals", "the register of social housing applicants",
		"the inspection plan for seasonal agricultural work", "a code of conduct for reception centres",
	}
	adjuncts = []string{
		"after the previous review", "without consulting civil society", "despite repeated requests from our members",
		"in most regions", "for the third year in a row", "only in the capital", "in 2021", "at the end of 2022",
		"with little public debate", "under pressure from the courts", "before the elections of 2022",
		"without a budget of its own", "for a trial period of one year",
	}
	groupAdjuncts = []string{
		"in 2022", "for months", "despite repeated complaints", "in most regions", "last winter",
		"more than once", "according to our caseworkers",
	}
	modalAdjuncts = []string{
		"without further delay", "in consultation with the people concerned", "by the end of the next cycle",
		"with a clear timetable and budget", "in every region", "and report publicly on the results",
	}
	modals = []string{"should", "must", "could", "would need to"}
	groups = []string{
		"asylum seekers", "families with young children", "older persons", "children with disabilities",
		"Roma families", "migrant domestic workers", "women in rural areas", "people in pre-trial detention",
		"unaccompanied children", "seasonal farm workers", "tenants of social housing", "people without a fixed address",
	}
	places = []string{
		"Évora", "Setúbal", "Bragança", "the Algarve", "Coimbra", "the northern districts", "the islands",
		"Vila Real", "Portalegre", "the outskirts of the capital", "Guimarães", "Amadora",
	}
	experiences = []string{
		"waited months for a first hearing", "reported long delays in obtaining documents",
		"could not see a doctor without a referral", "had no access to an interpreter",
		"were housed in overcrowded reception centres", "lost their benefits after a change of address",
		"described the procedure as slow and confusing", "were rarely informed of their rights",
		"paid for legal advice they could not afford", "were turned away by the local school",
		"received letters they could not read", "were asked for documents that did not exist",
	}
	remarks = []string{
		"This is a concern we raised at the previous review.", "The situation has not improved since then.",
		"No official figures were published on this question.", "The reasons for this remain unclear.",
		"Civil society organisations were not consulted.", "The same pattern appears in every region we visited.",
		"Officials we met acknowledged the problem but described it as temporary.",
		"Several of these cases were brought to the attention of the Ombudsperson.",
	}
	counts = []string{"two", "three", "four", "five", "six", "seven", "eight", "eleven", "twelve", "fifteen", "twenty"}

	firstPerson = []string{
		"We waited eleven months for an answer", "We were moved three times in one year",
		"We could not find a school that would take our son", "We had to pay for every translation ourselves",
		"I never saw the same lawyer twice", "I asked for help at the town hall",
		"We were told to come back the next week", "My husband worked without a contract for two seasons",
	}
	firstPersonEnds = []string{
		"and nobody told us why", "and the letters were never in a language we understand",
		"and no one took our complaint seriously", "and my daughter stopped going to school",
		"and we lost the only income we had", "and the café owner kept our papers",
	}

	impVerbs = []struct {
		verb     string
		category int // UPR Info's action category for recommendations starting so
	}{
		{"Adopt", 5}, {"Strengthen", 4}, {"Ensure the full implementation of", 4}, {"Continue efforts to improve", 2},
		{"Consider revising", 3}, {"Allocate sufficient resources to", 4}, {"Take measures to evaluate", 4},
		{"Review", 4}, {"Further develop", 2},
	}
)

// sentence makes one sentence of the body's prose.
func (g *gen) sentence() string {
	r := g.r
	var s string
	switch r.intn(8) {
	case 0, 1:
		s = pick(r, actors) + " " + pick(r, pastVerbs) + " " + pick(r, objects) + " " + pick(r, adjuncts)
	case 2:
		s = "in " + itoa(r.between(2019, 2023)) + ", " + pick(r, actors) + " " + pick(r, pastVerbs) + " " + pick(r, objects)
	case 3:
		s = pick(r, actors) + " " + pick(r, modals) + " " + pick(r, baseVerbs) + " " + pick(r, objects) + " " + pick(r, modalAdjuncts)
	case 4, 5:
		s = pick(r, groups) + " in " + pick(r, places) + " " + pick(r, experiences)
		if r.intn(2) == 0 {
			s += " " + pick(r, groupAdjuncts)
		}
	case 6:
		s = "our members documented " + pick(r, counts) + " cases in which " + pick(r, groups) + " " + pick(r, experiences)
	default:
		return pick(r, remarks)
	}
	return capitalise(s) + "."
}

// quotation makes the words of a witness, in the first person.
func (g *gen) quotation() string {
	return pick(g.r, firstPerson) + ", " + pick(g.r, firstPersonEnds) + "."
}

// recommendation makes a recommendation's text and its action category.
func (g *gen) recommendation() (string, int) {
	v := pick(g.r, impVerbs)
	return v.verb + " " + pick(g.r, objects) + " " + pick(g.r, modalAdjuncts), v.category
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func itoa(n int) string { return strconv.Itoa(n) }
