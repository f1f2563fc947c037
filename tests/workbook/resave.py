"""Loads a workbook with openpyxl and saves it again: the workbook as another program writes it.

Usage: python3 tests/workbook/resave.py <in.xlsx> <out.xlsx>
"""
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
workbook.save(sys.argv[2])
