package matrix

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/upr-tools/submit/internal/testutil"
)

// The fixtures are small .docx files in testdata/, written by
// TestFixturesUpToDate under -update from the descriptions below, and
// committed so that the fuzz seeds and the example read real files. Texts
// are real recommendations (China's 2nd and 3rd cycle matrices, Slovenia's
// A/HRC/43/15 and thematic list for A/HRC/59/15) unless a comment says a
// row was adapted to show a case.
var fixtures = map[string]fxDoc{
	"matrix-cycle3.docx": matrixCycle3,
	"matrix-cycle2.docx": matrixCycle2,
	"states-column.docx": statesColumn,
	"thematic-list.docx": thematicList,
	"problems.docx":      problems,
}

const (
	source3  = "Source of position: A/HRC/40/6/Add.1 - Para. 2"
	sdg16    = "S16 SDG 16 - peace, justice and strong institutions"
	a12      = "A12 Acceptance of international norms"
	matrixH1 = "Assessment/comments on level of implementation"
)

var matrixHeader = fxRow{c("Recommendation"), c("Position"), c("Full list of themes"), c(matrixH1)}

// superscript is a run in superscript, as the page header writes "3rd".
func superscript(s string) string {
	return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>` + s + `</w:t></w:r>`
}

func run(s string) string { return `<w:r><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>` }

var matrixCycle3 = fxDoc{
	header: []string{
		"<w:p>" + run("UPR of ") + run("China") + run(" (3") + superscript("rd") + run(" Cycle – 31") + superscript("st") + run(" session)") + "</w:p>",
		"Thematic list of recommendations",
	},
	tables: [][]fxRow{{
		matrixHeader,
		wide(4, "Theme: "+a12),
		{
			c("28.212 Continue its legislative, judicial and administrative reforms to prepare for accession to the International Covenant on Economic, Social and Cultural Rights (Tunisia);", source3),
			c("Supported"),
			// "&amp;" written as text, as OHCHR's exports do.
			c(a12, "A41 Constitutional and legislative framework", "E1 Economic, social &amp; cultural rights - general measures of implementation", sdg16, "Affected persons:", "- general"),
			c("", ""),
		},
		{
			// A cluster with a tab after the number, a no-break space, a
			// deleted and an inserted word (tracked changes).
			c("<w:p>"+run("28.4")+"<w:r><w:tab/></w:r>"+run("Continue working towards ratification of the International Covenant on Civil and Political Rights by the earliest")+
				`<w:del w:id="1" w:author="OHCHR"><w:r><w:delText xml:space="preserve"> probable</w:delText></w:r></w:del>`+
				`<w:ins w:id="2" w:author="OHCHR">`+run(" possible")+`</w:ins>`+
				run(" date (New\u00a0Zealand); Accelerate the ratification of the International Covenant on Civil and Political Rights (Uruguay) (Mali);")+"</w:p>", source3),
			c("Supported"),
			c(a12, "D1 Civil & political rights - general measures of implementation", sdg16, "Affected persons:", "- general"),
			c(""),
		},
		{
			// "(the Paris Principles)" ends a text but is not a state.
			c("28.14 Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and establishing a national human rights institution in accordance with the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles) (Niger); Consider becoming a party to the International Convention on the Rights of All Migrant Workers and Members of Their Families (Philippines); Encourage China to consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families, including for the Hong Kong and Macao Special Administrative Regions (Indonesia);", source3),
			c("Noted"),
			c(a12, "A45 National Human Rights Institution (NHRI)", "G4 Migrants", sdg16, "Affected persons:", "- general", "- migrants"),
			c(""),
		},
		{
			// "(ILO)" and "(No. 29)" are parentheses of the text.
			c("28.19 Ratify the International Labour Organization (ILO) Forced Labour Convention, 1930 (No. 29) and its 20l4 Protocol (United Kingdom of Great Britain and Northern Ireland);", source3),
			c("Noted"),
			c(a12, "D27 Prohibition of slavery, trafficking", "E32 Right to just and favourable conditions of work", "S08 SDG 8 - economic growth, employment, decent work", sdg16, "Affected persons:", "- general"),
			// An assessment as a stakeholder fills it in.
			c("Convention No. 29 ratified in 2022.", "The 2014 Protocol is not ratified."),
		},
		wide(4, "Theme: F31 Children: definition; general principles; protection"),
		{
			c("28.114 Continue the implementation of the China National Plan for Child Development (2011–2020) (Iraq);", source3),
			c("Supported"),
			c("F31 Children: definition; general principles; protection", sdg16, "Affected persons:", "- children"),
			c(""),
		},
		{
			c("28.346 That the Hong Kong Special Administrative Region introduce internal legislation to implement the Convention on the Rights of the Child (Croatia).", source3),
			c("Supported"),
			c(a12, "A41 Constitutional and legislative framework", "F31 Children: definition; general principles; protection", sdg16, "Affected persons:", "- children"),
			c(""),
		},
	}},
}

func source2(para string) string {
	return "Source of position: A/HRC/25/5/Add.1 - Para. " + para + ". "
}

var matrixCycle2 = fxDoc{
	header: []string{"<w:p>" + run("UPR of China (2") + superscript("nd") + run(" Cycle – 1") + run("7") + superscript("th") + run(" session)") + "</w:p>"},
	tables: [][]fxRow{{
		matrixHeader,
		wide(4, "Theme: "+a12),
		{
			c("186.28. Continue its efforts on the ratification of other human rights instruments and relevant protocols (Mongolia);", source2("186.28")),
			c("Supported"),
			// A bullet written as a Symbol-font w:sym.
			c(a12, "B51 Right to an effective remedy", "Affected persons:", `<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/><w:t>general</w:t></w:r></w:p>`),
			c("", ""),
		},
		{
			// Ten texts, "Maldives" twice, a missing space after ";", a
			// split "Sierra Le one" and a space before the last ";".
			c("186.1. Ratify ICCPR (Albania); Ratify ICCPR and CPED (Chile); Abide by its commitment of 2009 and establish a clear timeframe in order to ratify ICCPR (Belgium);Ratify both the ICCPR and the OP-CAT (Hungary); Timely ratify the ICCPR (Japan);Ratify the ICCPR, which was signed by China in 1998 (Maldives); Accede to the First OP to the ICCPR (Maldives);Ratify the ICCPR, which it signed in 1998 (Spain); Ratify ICCPR and OP-CAT (Sierra Le one); Ratify the ICCPR (France) ;", source2("186.1")),
			c("Noted"),
			c(a12, "D32 Enforced disappearances", "D25 Prohibition of torture and cruel, inhuman or degrading treatment", "D1 Civil & political rights - general measures of implementation", "Affected persons:", "- disappeared persons", "- general"),
			c("", ""),
		},
		{
			c("186.20. Ratify the Rome Statute of the ICC and the Agreement on the Privileges and Immunities of the Court (Estonia);", source2("186.20")),
			c("Noted"),
			c(a12, "B51 Right to an effective remedy", "B11 International humanitarian law", "Affected persons:", "- general"),
			c("", ""),
		},
		wide(4, "Theme: A46 National Plans of Action on Human Rights (or specific areas)"),
		{
			c("186.34. Continue the successful implementation of the new National Human Rights Action Plan (NHRAP) for 2012-2015 through its cooperation with OHCHR (Azerbaijan);", source2("186.34")),
			c("Supported"),
			c("A46 National Plans of Action on Human Rights (or specific areas)", "A28 Cooperation with other international mechanisms and institutions", "Affected persons:", "- general"),
			c("", ""),
		},
		wide(4, "Theme: A47 Good governance"),
		{
			// A state whose name holds parentheses, split by a space.
			c("186.198. Undertake further efforts to promote the tasks of all government departments that provide public services (Bolivia (Plurinational S tate of));", source2("186.198")),
			c("Supported"),
			c("A47 Good governance", "Affected persons:", "- general"),
			c("", ""),
		},
	}},
}

// statesColumn is the layout with a "Recommending state/s" column, on
// Slovenia's third review (A/HRC/43/15). The positions of 122.1 and
// 121.11 were adapted to show "Supported/Noted" and "Partially
// supported"; the position of 121.1–121.2 is one cell merged down.
var statesColumn = fxDoc{
	title: []string{"Matrix of recommendations", "UPR of Slovenia (3rd Cycle – 34th session)"},
	tables: [][]fxRow{{
		{c("Recommendation"), c("Recommending state/s"), c("Position"), c("Full list of rights/affected persons"), c(matrixH1)},
		wide(5, "Theme: Acceptance of international norms"),
		{
			c("121.1 Ratify the International Convention for the Protection of All Persons from Enforced Disappearance;", "Source of Position: A/HRC/43/15 - Para 121"),
			c("France", "Lithuania"),
			fxCell{paras: []string{"Supported"}, merge: "restart"},
			c("- Acceptance of international norms", "- Enforced disappearances", "SDGs: ", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", "Affected persons: ", "- Disappeared persons"),
			c(""),
		},
		{
			c("121.2 Complete the process of ratification of the International Convention for the Protection of All Persons from Enforced Disappearance (Ukraine); Increase efforts towards ratification of the International Convention for the Protection of All Persons from Enforced Disappearance (Slovakia);", "Source of Position: A/HRC/43/15 - Para 121"),
			c("Ukraine; Slovakia"),
			fxCell{merge: "continue"},
			c("- Acceptance of international norms", "- Enforced disappearances", "SDGs: ", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", "Affected persons: ", "- Disappeared persons"),
			c(""),
		},
		{
			c("121.3 Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour Convention, 1930 (No. 29);", "Source of Position: A/HRC/43/15 - Para 121"),
			c("United Kingdom of Great Britain and Northern Ireland"),
			c("Supported"),
			c("- Acceptance of international norms", "- Right to work and to just &amp; favorable conditions of work &amp; labour rights", "- Prohibition of slavery, trafficking", "SDGs: ", "- 8 - DECENT WORK AND ECONOMIC GROWTH"),
			c(""),
		},
		{
			c("122.1 Complete the process of ratification of the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Senegal);", "Source of Position: A/HRC/43/15/Add.1 - Para.3"),
			c("Senegal"),
			c("Supported / Noted"),
			c("- Acceptance of international norms", "- Economic, social &amp; cultural rights - general measures of implementation"),
			c(""),
		},
		wide(5, "Theme: Equality &amp; non-discrimination"),
		{
			c("121.11 Strengthen the legislative framework in cases of racist hate speech and racially motivated violence by ensuring effective investigation and appropriate prosecution and punishment of perpetrators (Rwanda);", "Source of Position: A/HRC/43/15 - Para 121"),
			c("Rwanda"),
			c("Partially supported"),
			c("- Racial discrimination", "- Equality &amp; non-discrimination", "Affected persons: ", "- Minorities/ racial, ethnic, linguistic, religious or descent-based groups"),
			c("Hate speech provisions amended; prosecutions remain rare.", "Source: stakeholder submission, para. 12."),
		},
	}},
}

// thematicList is the cycle 4 layout, on Slovenia's fourth review
// (A/HRC/59/15). 140.79 was adapted to "Supported/Noted" and 140.236 to a
// cluster of two texts (140.236 and 140.237 are two paragraphs in the
// report).
var thematicList = fxDoc{
	title: []string{"Thematic list of recommendations", "UPR of Slovenia (4th Cycle – 48th session)"},
	tables: [][]fxRow{{
		{c("Recommendation and recommending State"), c("Position of the State under review"), c("Human rights themes and groups of persons"), c("Relevant SDGs")},
		wide(4, "Theme: Ratification of &amp; accession to international instruments"),
		{
			c("140.7 Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives) (Portugal);", "Source of Position: A/HRC/59/15/Add.1 - Para.3"),
			c("Supported"),
			c("- Ratification of &amp; accession to international instruments", "- Economic, social &amp; cultural rights - general measures of implementation", "Groups of Persons: ", "- Public officials"),
			c("- 1 - NO POVERTY", "- 2 - ZERO HUNGER", "- 3 - GOOD HEALTH AND WELL-BEING", "- 4 - QUALITY EDUCATION", "- 5 - GENDER EQUALITY", "- 6 - CLEAN WATER AND SANITATION", "- 7 - AFFORDABLE AND CLEAN ENERGY", "- 8 - DECENT WORK AND ECONOMIC GROWTH"),
		},
		{
			c("140.11 Accede to the 1961 Convention on the Reduction of Statelessness, in line with the pledge announced during the 2023 Global Refugee Forum (North Macedonia);", "Source of Position: A/HRC/59/15/Add.1 - Para.4"),
			c("Supported"),
			c("- Ratification of &amp; accession to international instruments", "- Refugees &amp; asylum seekers", "Groups of Persons: ", "- Refugees &amp; asylum seekers", "- Public officials", "- Stateless persons"),
			c("- 10 - REDUCED INEQUALITIES"),
		},
		{
			c("140.1 Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Algeria) (Cabo Verde) (Paraguay) (South Sudan) (Sri Lanka) (Togo) (Uruguay) (Bolivarian Republic of Venezuela);", "Source of Position: A/HRC/59/15/Add.1 - Para.5"),
			c("Noted"),
			c("- Ratification of &amp; accession to international instruments", "- Migrants", "Groups of Persons: ", "- Public officials", "- Migrants"),
			// Two goals in one paragraph, on two lines (w:br).
			c("- 8 - DECENT WORK AND ECONOMIC GROWTH\n- 10 - REDUCED INEQUALITIES"),
		},
		wide(4, "Theme: Equality &amp; non-discrimination"),
		{
			c("140.43 Prevent hate speech and acts of violence based on ethnicity, gender identity and sexual orientation, particularly by ensuring that perpetrators of these acts are punished accordingly (Luxembourg);", "Source of Position: A/HRC/59/15/Add.1 - Para.3"),
			c("Supported"),
			c("- Equality &amp; non-discrimination", "- Violence against women", "- Rule of law &amp; impunity", "Groups of Persons: ", "- Civil society", "- Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)", "- Women &amp; girls"),
			c("- 5 - GENDER EQUALITY", "- 10 - REDUCED INEQUALITIES", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"),
		},
		wide(4, "Theme: Human rights &amp; the environment"),
		{
			c("140.145 Increase the budget on environmental protection to improve the implementation and enforcement of environmental laws and policies ensuring the enjoyment of the right to a clean, healthy and sustainable environment (Timor-Leste);", "Source of Position: A/HRC/59/15/Add.1 - Para.4"),
			c("Supported"),
			// A theme that starts with a number is not a goal.
			c("- Human rights &amp; the environment", "- 2030 Agenda &amp; other voluntary commitments", "- Budget &amp; resources (for human rights implementation)", "Groups of Persons: ", "- Public officials"),
			c("- 3 - GOOD HEALTH AND WELL-BEING"),
		},
		wide(4, "Theme: Rights related to marriage &amp; family"),
		{
			c("140.79 Remove all exceptions to the legal minimum age of marriage at 18 for both women and men (Estonia);", "Source of Position: A/HRC/59/15/Add.1 - Para.5"),
			c("Supported/Noted"),
			c("- Rights related to marriage &amp; family", "- Children: definition; general principles; protection", "Groups of Persons: ", "- Children", "- Women &amp; girls"),
			c("- 5 - GENDER EQUALITY", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"),
		},
		wide(4, "Theme: Rights related to name, identity &amp; nationality"),
		{
			c("140.236 Ensure that obtaining a medical certificate is no longer a prerequisite imposed on individuals wishing to affirm their gender identity in official documents (Luxembourg); Modify the rules that apply to the Registry of Deaths, Births and Marriages, so that people who wish to change their gender on official documents do not need a medical certificate as a prerequisite, thus respecting the principle of self-determination (Chile);", "Source of Position: A/HRC/59/15/Add.1 - Para.5"),
			c("Noted"),
			c("- Rights related to name, identity &amp; nationality", "Groups of Persons: ", "- Public officials", "- Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)"),
			c("- 10 - REDUCED INEQUALITIES", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"),
		},
	}},
}

// problems holds the mistakes Parse reports, on rows adapted from China's
// third cycle matrix.
var problems = fxDoc{
	tables: [][]fxRow{{
		matrixHeader,
		{c("28.500 Continue its legislative, judicial and administrative reforms (Tunisia);"), c("Accepted"), c(a12), c("")},
		{c("Continue its legislative, judicial and administrative reforms (Tunisia);"), c("Supported"), c(a12), c("")},
		{c("28.501 Ratify the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)"), c("Noted"), c(a12), c("")},
		// The same paragraph under a second theme: one record, both themes.
		{c("28.212 Continue its legislative, judicial and administrative reforms (Tunisia);"), c("Supported"), c(a12), c("")},
		{c("28.212 Continue its legislative, judicial and administrative reforms (Tunisia);"), c("Supported"), c("A41 Constitutional and legislative framework", "SDGs:", "- peace and justice"), c("")},
		{c("28.213 Ratify the ICCPR (Chile);"), c("Noted"), c(a12), c("")},
		{c("28.213 Ratify the ICCPR (Peru);"), c("Noted"), c(a12), c("")},
		// States that do not resolve: kept as written, listed in Unmatched.
		{c("28.502 Ratify the ICCPR (Unknown) (Portgual) (Narnia);"), c(""), c(a12), c("")},
	}},
}

// TestFixturesUpToDate writes the fixtures under -update and otherwise
// checks that the committed files still hold what the descriptions above
// say, part by part (zip bytes may differ between Go versions).
func TestFixturesUpToDate(t *testing.T) {
	for name, d := range fixtures {
		path := filepath.Join("testdata", name)
		if testutil.Updating() {
			if err := os.WriteFile(path, buildDOCX(d), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to write it)", err)
		}
		got := unzipAll(t, data)
		for _, p := range docxParts(d) {
			if got[p[0]] != p[1] {
				t.Errorf("%s: %s differs from its description in fixtures_test.go: run go test -update", path, p[0])
			}
		}
	}
}

func unzipAll(t *testing.T, data []byte) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name, b := range testutil.Unzip(t, data) {
		out[name] = string(b)
	}
	return out
}

// TestFixtures parses each fixture and compares the records and problems
// with testdata/<name>.golden.
func TestFixtures(t *testing.T) {
	for name := range fixtures {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			recs, err := Parse(name, data)
			testutil.Golden(t, path[:len(path)-len(".docx")]+".golden", []byte(dump(recs, err)))
		})
	}
}
