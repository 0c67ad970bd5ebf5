package tracking

// The vocabulary of the generated recommendations: phrases in the style of
// UPR reports ("Take measures to…", "Ratify…"), combined at random. They read
// like recommendations, not as real ones.
var (
	openings = []string{
		"Take all necessary measures to", "Continue its efforts to", "Redouble its efforts to",
		"Adopt legislation and policies to", "Consider measures to", "Ensure that the authorities",
		"Strengthen the capacity of national institutions to", "Take concrete steps to",
		"Intensify its efforts to", "Develop a comprehensive strategy to",
	}
	actions = []string{
		"combat discrimination against", "guarantee access to justice for", "protect the rights of",
		"ensure access to education for", "improve the living conditions of", "end violence against",
		"guarantee the right to health of", "promote the social inclusion of", "prevent the arbitrary detention of",
		"ensure adequate housing for", "eliminate child labour among", "provide legal aid to",
	}
	people = []string{
		"women and girls", "children", "persons with disabilities", "migrants and refugees", "older persons",
		"indigenous peoples", "members of minorities", "human rights defenders", "journalists",
		"persons deprived of their liberty", "rural communities", "asylum seekers", "victims of trafficking",
		"lesbian, gay, bisexual, transgender and intersex persons", "domestic workers",
	}
	extensions = []string{
		"in line with its international obligations", "in consultation with civil society",
		"including through adequate budget allocations", "and ensure the effective implementation of existing laws",
		"with particular attention to rural areas", "and collect disaggregated data to monitor progress",
		"and bring its legislation into line with the Convention", "by establishing an independent monitoring mechanism",
		"and ensure that perpetrators are brought to justice", "and raise public awareness of these rights",
		"in accordance with the Paris Principles", "and provide training for law enforcement officials",
	}
	instruments = []string{
		"the Optional Protocol to the Convention against Torture", "the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
		"the Second Optional Protocol to the International Covenant on Civil and Political Rights",
		"the Convention on the Rights of Persons with Disabilities", "the International Convention for the Protection of All Persons from Enforced Disappearance",
		"ILO Convention No. 189 on domestic workers", "the Rome Statute of the International Criminal Court",
	}
	wordings = []string{
		"The recommendation is supported and is already being implemented.",
		"The Government notes the recommendation; the matter is under review by the competent ministry.",
		"Supported in part: the State accepts the first part of the recommendation, but not the reference to legislation.",
		"The State cannot support this recommendation, as it is inconsistent with the Constitution.",
		"The recommendation will be considered in the preparation of the next national action plan on human rights.",
	}
	notes = []string{
		"A national action plan was adopted, but no budget has been allocated to it.",
		"The draft law is pending before Parliament since the last review.",
		"Civil society reports no change in practice; the authorities published no data.",
		"A pilot programme started in two regions and was evaluated by the national human rights institution.",
		"The legislation was amended; implementing regulations are still missing.",
		"The ministry announced a review, without a timetable.",
	}
	themes = []string{
		"access to justice", "administration of justice", "business and human rights", "civil society",
		"corruption", "death penalty", "detention", "education", "elections", "enforced disappearances",
		"environment", "freedom of expression", "freedom of religion", "health", "housing",
		"human rights defenders", "human rights education", "indigenous peoples", "international instruments",
		"labour", "migrants", "minorities", "national human rights institution", "poverty",
		"racial discrimination", "rights of persons with disabilities", "rights of the child", "torture",
		"trafficking in persons", "women's rights",
	}
	affected = []string{
		"women", "girls", "children", "persons with disabilities", "migrants", "refugees", "older persons",
		"indigenous peoples", "minorities", "human rights defenders", "detainees", "rural populations",
	}
	sdgs    = []string{"1", "3", "4", "5", "5.2", "8", "8.7", "10", "10.7", "16", "16.3", "16.9", "16.10", "17"}
	leads   = []string{"Ministry of Justice", "Ministry of Foreign Affairs", "Ministry of Health", "Ombudsperson", "Ministry of Education"}
	trackin = []string{"Follow up at the mid-term report.", "Ask the ministry for data.", "Raised at the pre-session; no answer yet."}
)
