#!/usr/bin/env python3
"""Reads the first sheet of an .xlsx file that LibreOffice converted from an exported CSV, and
prints its cells as JSON, for the spreadsheet tests (Tests/CLITests/CSVSpreadsheetTests.swift):

    {"rows": [[{"value": "Łukasz", "type": "s"}, {"value": "=1+1", "type": "f"}, ...], ...]}

`type` is the cell's type in the file as openpyxl reports it: "s" text, "n" number, "f" formula
(LibreOffice evaluated the cell), "d" date, "b" boolean; `value` is the text, the formula, or
the number written with repr(). Empty cells at the end of a row are left out.

Run with Debian's python3 and python3-openpyxl (meson-helpers/install-deps.sh installs both).
"""
import json
import sys

import openpyxl


def cell(c):
    value = c.value
    if value is None:
        return {"value": "", "type": "empty"}
    return {"value": value if isinstance(value, str) else repr(value), "type": c.data_type}


def main():
    sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        cells = [cell(c) for c in row]
        while cells and cells[-1]["type"] == "empty":
            cells.pop()
        rows.append(cells)
    json.dump({"rows": rows}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
