// Package matrix reads OHCHR's matrices and thematic lists of UPR
// recommendations (.docx): the `ohchr-matrix` import format.
//
// Three table layouts are recognised by their header row (see layout):
// the cycle 2–3 matrix, the variant with a "Recommending state/s" column,
// and the cycle 4 thematic list. "Theme: …" rows (one cell spanning the
// table) head groups and are skipped; so are empty rows and the header
// repeated on a later page. A table without a header right after the
// matrix continues it. Cells merged across columns (gridSpan) and rows
// (vMerge) are read on the table grid.
//
// What Parse makes of a row:
//
//   - Paragraph: the number that starts the Recommendation cell, "28.212"
//     (the cycle 2 matrix writes "186.28.": the last dot is dropped).
//     A matrix that lists a paragraph again (under a second theme) gives
//     one record, with the themes of both rows.
//   - Text and From: a text ends with its recommending states in
//     parentheses, "(Maldives) (Portugal)". Only parenthesised groups at
//     the end of a text (before ";", ".", a line break or the end of the
//     cell) are states, and only those that resolve through
//     internal/states, "(Unknown)", or read like a state's name and are
//     the last thing in the cell or close to a known name: "(No. 29)",
//     "(CEDAW)" or "(the Paris Principles) (Niger)" keep their
//     parentheses in the text. A cluster of texts, each with its own
//     states, keeps every text with its states as written, joined with
//     "; " ("Ratify the ICCPR (Spain); Ratify the ICCPR (France)"); a
//     single text loses its states. From lists every state of the row in
//     order, once, by canonical name; words that the conversion to Word
//     split ("Sierra Le one") still resolve. Names that do not resolve
//     are kept as written and listed in Unmatched. A "Recommending
//     state/s" column adds its states (one a line) after those of the
//     text.
//   - Response: Supported → supported, Noted → noted, Supported/Noted or
//     Partially supported → partially supported, Pending or Under
//     consideration → pending; an empty cell is unknown (""); anything
//     else is a problem.
//   - ResponseSource and Report: the line "Source of position: A/HRC/40/6/
//     Add.1 - Para. 2" becomes "A/HRC/40/6/Add.1, para. 2" and the report
//     A/HRC/40/6; the line is not part of the text.
//   - Themes, AffectedGroups, SDGs: the themes column as listed (coded
//     themes keep their code, "A12 Acceptance of international norms");
//     its "Affected persons:" or "Groups of Persons:" sub-list gives the
//     affected groups; SDG entries ("S16 SDG 16 - peace…", or the
//     "Relevant SDGs" column's "16 - PEACE…") give the goal's number,
//     "16".
//   - Assessment: the assessment column, one line a paragraph.
//
// Text is normalised: "&amp;" and other character references written as
// text are decoded, every kind of space becomes one plain space,
// invisible characters go; typographic quotes are kept. Tracked
// insertions count, deletions do not.
//
// The state under review, cycle, session and report come from Options,
// else from the document: OHCHR's page header "UPR of China (3rd Cycle –
// 31st session)", or a title paragraph saying "UPR of <state>" or only a
// state's name, "4th cycle", "48th session"; the report from each row's
// source line, else from an A/HRC symbol in the title.
package matrix
