"""Confirms an importer's draft as an editor would: reads its 待核对 sheet, checks that every row names
a sheet of the workbook (or 全文) and gives a reason, and saves the workbook without that sheet.

Usage: python3 tests/workbook/confirm.py <draft.xlsx> <confirmed.xlsx>
"""
import sys

import openpyxl

REVIEW = "待核对"

workbook = openpyxl.load_workbook(sys.argv[1])
if REVIEW not in workbook.sheetnames:
    sys.exit(f"no {REVIEW} sheet in {workbook.sheetnames}")
rows = [row for row in workbook[REVIEW].iter_rows(min_row=3, values_only=True) if row[0]]
if not rows:
    sys.exit(f"{REVIEW} lists nothing")
for row in rows:
    cell, reason = row[0], row[1]
    sheet = cell.split("!")[0]
    if cell != "全文" and sheet not in workbook.sheetnames:
        sys.exit(f"{cell}: no sheet {sheet}")
    if not reason:
        sys.exit(f"{cell}: no reason")
del workbook[REVIEW]
workbook.save(sys.argv[2])
print(f"confirmed {len(rows)} rows; sheets: {', '.join(workbook.sheetnames)}")
