"""Breaks an exported workbook as an editor might: an unknown department in task 5's 牵头单位 (E7)
and a formula saved without its result in indicator 2's 目标值 (J4).

Usage: python3 tests/workbook/break.py <plan.xlsx> <broken.xlsx>
"""
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
workbook["重点任务"]["E7"] = "区外交部"
workbook["主要目标"]["J4"] = "=50+10"
workbook.save(sys.argv[2])
