package layout

import (
	"fmt"
	"strings"
	"testing"
)

// benchDocument builds a submission-sized body: about 6,000 words in 6
// sections, 72 footnotes and a 60-row table.
func benchDocument() []byte {
	var b strings.Builder
	note := 0
	for s := 1; s <= 6; s++ {
		fmt.Fprintf(&b, "## %d. Section on *theme* %d\n\n", s, s)
		for p := 0; p < 12; p++ {
			note++
			b.WriteString("The State should **continue** its efforts to guarantee the rights of ")
			b.WriteString("asylum seekers, refugees and stateless persons, in line with recommendation ")
			fmt.Fprintf(&b, "28.%d (Côte d'Ivoire) and the `Aliens Act`, see [the report](https://example.org/r/%d) ", 100+p, p)
			b.WriteString("and www.ohchr.org for details; it reported 22,744 cases &amp; more.[^n")
			fmt.Fprintf(&b, "%d] Civil society observed that implementation remained partial. ", note)
			b.WriteString("The Government has not yet adopted the implementing regulations that the law requires, ")
			b.WriteString("and no budget was allocated in 2023.\n\n")
		}
		b.WriteString("- first point of the list\n- second point, *emphasised*\n  - nested point\n\n")
		b.WriteString("> A quoted excerpt of evidence from the field.\n\n")
	}
	b.WriteString("| Recommendation | State | Position | Assessment |\n|:--|:--|:-:|--:|\n")
	for r := 1; r <= 60; r++ {
		fmt.Fprintf(&b, "| 28.%d Ratify the Convention | Türkiye | **Supported** | partially |\n", r)
	}
	b.WriteString("\n")
	for n := note; n >= 1; n-- { // definitions in reverse order
		fmt.Fprintf(&b, "[^n%d]: Ministry of Interior, *Annual report %d*, p. %d.\n", n, 2000+n, n)
	}
	return []byte(b.String())
}

func TestBenchDocument(t *testing.T) {
	doc, err := FromMarkdown(benchDocument())
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	c := Words(doc)
	if c.Total() < 5500 || c.Total() > 6500 || len(doc.Footnotes) != 72 {
		t.Errorf("benchmark document has %d words and %d footnotes, want about 6,000 and 72",
			c.Total(), len(doc.Footnotes))
	}
}

func BenchmarkFromMarkdown(b *testing.B) {
	src := benchDocument()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := FromMarkdown(src); err != nil {
			b.Fatal(err)
		}
	}
}
