#!/usr/bin/env python3
"""Write the workbook benchmark's rows with XlsxWriter, for bench/xlsx.sh.

    python3 bench/xlsxwriter.py ROWS.jsonl OUT.xlsx

ROWS.jsonl is what "go run ./bench/trackgen DIR" writes as DIR/rows.jsonl:
the header, then one JSON array per recommendation, as the Recommendations
sheet of "submit build" shows it. Each row becomes one sheet row, in
constant_memory mode (rows are flushed as they are written, as XlsxWriter
advises for large files): text cells as strings (never formulas, like
submit's), numbers as numbers, the date column as dates, blank cells left
out. The header is bold.
"""

import json
import os
import sys

# This script has the module's name: keep its own folder out of the import
# path, or "import xlsxwriter" would import this file.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import xlsxwriter  # noqa: E402 (after the path fix above)

DATE_COLUMN = "Last updated"


def main(rows_path, out_path):
    wb = xlsxwriter.Workbook(out_path, {"constant_memory": True})
    ws = wb.add_worksheet("Recommendations")
    bold = wb.add_format({"bold": True})
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    with open(rows_path, encoding="utf-8") as f:
        header = json.loads(f.readline())
        for col, name in enumerate(header):
            ws.write_string(0, col, name, bold)
        date_col = header.index(DATE_COLUMN)
        for row, line in enumerate(f, start=1):
            for col, value in enumerate(json.loads(line)):
                if value is None:
                    continue
                if isinstance(value, str):
                    ws.write_string(row, col, value)
                elif col == date_col:
                    ws.write_number(row, col, value, day)
                else:
                    ws.write_number(row, col, value)
    wb.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python3 bench/xlsxwriter.py ROWS.jsonl OUT.xlsx")
    main(sys.argv[1], sys.argv[2])
