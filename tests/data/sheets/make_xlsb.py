"""Writes meltwater.xlsb, the binary Excel workbook tests/test_reading_sheets.py reads: the MELTWATER export of that
test file saved as .xlsb. Nothing presslens installs writes .xlsb, so the workbook is kept here, made once with
pyxlsbwriter (PyPI, 0.1.0):

    pip install --target /tmp/xlsbw pyxlsbwriter==0.1.0
    PYTHONPATH=/tmp/xlsbw:tests python tests/data/sheets/make_xlsb.py
"""

from pathlib import Path

from pyxlsbwriter import XlsbWriter

from test_reading_sheets import MELTWATER

with XlsbWriter(str(Path(__file__).with_name("meltwater.xlsb"))) as book:
    for title, rows in MELTWATER.items():
        width = max(len(row) for row in rows)  # (its rows must be as wide as each other: empty cells pad them)
        book.add_sheet(title)
        book.write_sheet([list(row) + [None] * (width - len(row)) for row in rows])
