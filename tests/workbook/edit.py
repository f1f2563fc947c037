"""What an editor does in a spreadsheet program, done by openpyxl: in the exported plan, change
indicator 1's 2025 target (4.5 to 5) and add a published result for it (2024: 3.2). The result is
test data, marked so in its source; it is never shipped.

Usage: python3 tests/workbook/edit.py <plan.xlsx> <edited.xlsx>
"""
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])

indicators = workbook["主要目标"]
headers = [cell.value for cell in indicators[2]]
row = next(row for row in indicators.iter_rows(min_row=3) if row[0].value == 1)
assert row[headers.index("目标值")].value == 4.5, "indicator 1's target is 4.5 in the plan"
row[headers.index("目标值")].value = 5

results = workbook["公开结果"]
results.append([1, 2024, 3.2, "2025-01-20", "示例公报（测试数据，非真实发布）", None])

workbook.save(sys.argv[2])
