package benchgen

// The fixed facts of the generated workspace: who submits, which sources,
// which figures. Everything here is invented; web addresses are under
// example.org, which cannot belong to anyone.

const (
	stateUnderReview = "Portugal"
	cycle            = 4
	session          = 46
	previousCycle    = 3
	previousSession  = 33
	reviewDate       = "2024-05-06"
	submissionDate   = "2023-10-16" // after every source's date
)

var themes = []string{"access to justice", "detention", "rights of the child", "migrants", "housing"}

type organisation struct {
	name, acronym, description, contact, email, site string
	founded                                          int
}

var organisations = []organisation{
	{"Example Association for Legal Aid", "EALA",
		"A fictional organisation generated for a benchmark. It gives free legal advice to people who cannot afford a lawyer.",
		"Inês Conceição", "office@legal-aid.example.org", "https://legal-aid.example.org", 1998},
	{"Example Children's Rights Network", "ECRN",
		"A fictional organisation generated for a benchmark. It brings together schools, youth workers and families.",
		"Zoë Müller", "info@childrens-rights.example.org", "https://childrens-rights.example.org", 2007},
	{"Example Housing Forum", "EHF",
		"A fictional organisation generated for a benchmark. It supports tenants and people without a home.",
		"João Brandão", "contact@housing-forum.example.org", "https://housing-forum.example.org", 2012},
}

type source struct {
	author, title, publisher, date, url string
}

var sources = []source{
	{"Inês Conceição", "Waiting for a decision: residence procedures in practice", "Example Centre for Social Studies", "2022-11", "https://example.org/reports/waiting-for-a-decision"},
	{"João Brandão and Zoë Müller", "Detention without end? Immigration detention 2019–2022", "Example Detention Observatory", "2023-02", "https://example.org/detention/2019-2022"},
	{"", "Annual report 2022", "Example National Human Rights Institution", "2023-05", "https://example.org/nhri/annual-report-2022"},
	{"María José Núñez", "Children first: education and care for migrant children", "Example Children's Rights Network", "2023-03-14", ""},
	{"", "Legal aid statistics 2022", "Example Statistics Office", "2023-04", "https://example.org/statistics/legal-aid-2022"},
	{"François Lefèvre", "Housing exclusion in medium-sized towns", "Example Housing Forum", "2022-09-30", "https://example.org/housing/medium-sized-towns"},
	{"Łucja Nowak", "Seasonal work and labour inspection", "Example Labour Rights Centre", "2023-06", "https://example.org/labour/seasonal-work"},
}

// interviews is the source of the witnesses' quotations.
var interviews = source{"", "[Interviews conducted by the coalition, 2022–2023]", "Example Association for Legal Aid", "2023-07", ""}

// statSpec is one figure and the sentence that cites it (%s is the figure).
type statSpec struct {
	id, theme, counts, unit, period, asOf string
	sub                                   int // 0 or 1: which subsection of the theme cites it
	value                                 float64
	decimals                              int // -1: the tool's default
	source                                int // index in sources
	op                                    string
	of                                    []string
	frame                                 string
}

var statSpecs = []statSpec{
	{id: "legal-aid-applications", theme: "access to justice", counts: "applications for legal aid", unit: "applications", period: "2022", value: 18420, decimals: -1, source: 4,
		frame: "In 2022 the legal aid service received %s"},
	{id: "legal-aid-refused", theme: "access to justice", counts: "applications for legal aid refused", unit: "applications", period: "2022", value: 5611, decimals: -1, source: 4,
		frame: "It refused %s, most of them for lack of documents"},
	{id: "legal-aid-refusal-rate", theme: "access to justice", counts: "share of applications for legal aid refused", unit: "%", decimals: 1, op: "percent", of: []string{"legal-aid-refused", "legal-aid-applications"},
		frame: "The refusal rate thus reached %s, the highest in a decade"},
	{id: "interpreter-requests", sub: 1, theme: "access to justice", counts: "requests for a court interpreter left unanswered", unit: "requests", period: "2022", value: 1337, decimals: -1, source: 2,
		frame: "The national human rights institution counted %s"},
	{id: "detained-2022", theme: "detention", counts: "people held in immigration detention during the year", unit: "people", period: "2022", value: 3950, decimals: -1, source: 1,
		frame: "During 2022, %s were held in immigration detention"},
	{id: "detained-over-90-days", theme: "detention", counts: "people held in immigration detention for more than 90 days", unit: "people", period: "2022", value: 611, decimals: -1, source: 1,
		frame: "Of them, %s were held for more than 90 days"},
	{id: "long-detention-share", theme: "detention", counts: "share of immigration detainees held for more than 90 days", unit: "%", decimals: 1, op: "percent", of: []string{"detained-over-90-days", "detained-2022"},
		frame: "Long detention therefore concerned %s of all detainees"},
	{id: "pretrial-detainees", sub: 1, theme: "detention", counts: "people in pre-trial detention", unit: "people", asOf: "2022-12", value: 2180, decimals: -1, source: 2,
		frame: "At the end of 2022, %s were in pre-trial detention"},
	{id: "children-out-of-school", theme: "rights of the child", counts: "children of migrant families not enrolled in school", unit: "children", asOf: "2022-10", value: 1204, decimals: -1, source: 3,
		frame: "In October 2022, %s were not enrolled in any school"},
	{id: "child-poverty-rate", theme: "rights of the child", counts: "share of children living below the poverty line", unit: "%", period: "2021", value: 18.5, decimals: 1, source: 2,
		frame: "Child poverty stood at %s"},
	{id: "children-in-care", sub: 1, theme: "rights of the child", counts: "children living in residential care", unit: "children", asOf: "2022-12", value: 6437, decimals: -1, source: 3,
		frame: "At the end of 2022, %s lived in residential care"},
	{id: "labour-inspections", sub: 1, theme: "migrants", counts: "labour inspections of farms employing seasonal workers", unit: "inspections", period: "2022", value: 1875, decimals: -1, source: 6,
		frame: "The Labour Inspectorate carried out %s in 2022"},
	{id: "labour-violations", sub: 1, theme: "migrants", counts: "labour inspections of farms that found a violation of workers' rights", unit: "inspections", period: "2022", value: 742, decimals: -1, source: 6,
		frame: "Of these, %s found at least one violation"},
	{id: "labour-violation-rate", sub: 1, theme: "migrants", counts: "share of farm inspections that found a violation", unit: "%", decimals: 1, op: "percent", of: []string{"labour-violations", "labour-inspections"},
		frame: "Violations were thus found in %s of inspections"},
	{id: "permits-pending", theme: "migrants", counts: "applications for a residence permit awaiting a decision", unit: "applications", asOf: "2023-03", value: 41300, decimals: -1, source: 0,
		frame: "In March 2023, %s were awaiting a decision"},
	{id: "homeless-north", theme: "housing", counts: "people sleeping rough in the northern districts", unit: "people", asOf: "2022-11", value: 1640, decimals: -1, source: 5,
		frame: "Outreach teams counted %s in the northern districts"},
	{id: "homeless-south", theme: "housing", counts: "people sleeping rough in the southern districts", unit: "people", asOf: "2022-11", value: 2085, decimals: -1, source: 5,
		frame: "The same count found %s in the southern districts"},
	{id: "homeless-total", theme: "housing", counts: "people sleeping rough in the districts counted", unit: "people", decimals: 0, op: "sum", of: []string{"homeless-north", "homeless-south"},
		frame: "In all, %s slept rough in the districts counted"},
	{id: "social-housing-waiting", sub: 1, theme: "housing", counts: "households waiting for social housing", unit: "households", asOf: "2023-01", value: 26540, decimals: -1, source: 5,
		frame: "In January 2023, %s were waiting for social housing"},
}

// subsections gives each theme's section its two sub-headings.
var subsections = map[string][2]string{
	"access to justice":   {"Legal aid", "Interpretation and information"},
	"detention":           {"Immigration detention", "Pre-trial detention"},
	"rights of the child": {"Education", "Children in care"},
	"migrants":            {"Residence procedures", "Seasonal workers"},
	"housing":             {"Evictions and homelessness", "Social housing"},
}
