// Package uprinfo reads the UPR Info database's export of recommendations
// (https://upr-info.org): a CSV file, or the same table as an .xlsx
// workbook, with the columns To, To-Rgrp, To-Org, Text, From, From-Rgrp,
// From-Org, Response, Action, Issue and Session.
//
// What the export looks like and what Parse does about it:
//
//   - Encoding: valid UTF-8 (a BOM is dropped) is read as UTF-8; anything
//     else is Mac Roman or Windows-1252, whichever reads more plausibly
//     (see decode). UTF-16 and the old binary .xls are refused with a clear
//     error. Line ends may be CR (old Mac), LF or CRLF, even mixed; quoted
//     fields may hold line breaks (read as LF). Fields are separated by
//     commas, or by semicolons or tabs (as Excel saves CSV in a European
//     locale), whichever gives the header.
//   - The header row is found by its names, in any order, case, spacing or
//     punctuation ("from rgrp" is From-Rgrp); up to ten rows (a title,
//     notes) may precede it. To, Text, From, Response and Session are
//     required; Action and Issue are read when present; the regional group
//     and organisation columns are not needed (internal/states knows them)
//     and other columns are ignored.
//   - One Record per data row, in source order; blank rows are skipped.
//     Rows are not deduplicated: the export repeats a clustered
//     recommendation once per recommending state and holds exact duplicate
//     rows (one pair in the 2015 sample), and merging them is the
//     workspace's business.
//   - Text is trimmed of surrounding whitespace and otherwise kept as
//     written, the export's " - " (its stand-in for ";") included: it
//     cannot be told from a real dash. Texts are not HTML-decoded: the
//     export writes "(" and quotes literally in them and no text of the
//     sample holds an entity, so a "&amp;" in a text was meant.
//   - State names (To, From) and issues are database labels, which the
//     export sometimes writes as HTML entities ("&#40;Unknown&#41;"): they
//     are decoded, then resolved through internal/states. A name that does
//     not resolve, such as "(Unknown)", is kept as written and listed in
//     Record.Unmatched.
//   - Response: Accepted or Supported → supported, Noted → noted,
//     Partially accepted/supported → partially supported, Pending →
//     pending, blank → "" (unknown); any other value is a problem and the
//     response is left unknown.
//   - Action: UPR Info's action category 1–5; blank is 0; anything else is
//     a problem. Session: the Working Group session, which also gives the
//     cycle (importer.CycleOf); blank is 0.
//   - Issue: UPR Info's issues, separated by commas: none of the 54 issue
//     names in the sample has a comma of its own ("Asylum-seekers -
//     refugees").
//   - A workbook: its first sheet, read by the package's own streaming
//     reader of the sheet's XML (xlsxrows.go and the files it uses), which
//     gives what excelize's GetRows gives with raw values: a number as
//     written ("5", "5.0"), not as formatted; cells and rows at the places
//     their references say, so Record.Pos is the sheet's row. A workbook
//     whose parts are missing or damaged is refused with an error saying
//     so; damage inside the sheet's rows ends the reading there, with a
//     problem at that row. No part may unzip to more than 128 MB.
//
// Problems in the data (a field that is not what the export writes, a
// row that is not valid CSV) do not stop the parse: Parse returns the
// records it could read together with a diag.List of every problem, each
// with its file, line and column (an .xlsx cell also by name, "I12").
// A source that is not a UPR Info export at all gives no records.
package uprinfo
