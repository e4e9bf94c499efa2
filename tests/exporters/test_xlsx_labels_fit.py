"""No free-standing label in the PIC's monthly Excel report is cut off (tests/exporters/
xlsx_labels.py says how it is measured; the city's workbook: test_laporan_kota.py)."""

from __future__ import annotations

from openpyxl import load_workbook

from exporters.xlsx_report import XlsxReport
from tests.exporters.xlsx_labels import cut_labels, needs_fonts

pytestmark = needs_fonts


def test_monthly_workbook_labels_are_not_cut(demo_report, tmp_path) -> None:
    path = XlsxReport(demo_report).export(tmp_path / "laporan.xlsx")
    assert cut_labels(path) == []


def test_a_cut_label_is_caught(demo_report, tmp_path) -> None:
    """The measure itself: a long label beside a figure is reported."""
    path = XlsxReport(demo_report).export(tmp_path / "laporan.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    row = ws.max_row + 2
    ws.cell(row, 1, "Konten terbit tanpa melewati temuan pemeriksaan")
    ws.cell(row, 2, 18)
    ws.column_dimensions["A"].width = 6
    wb.save(path)
    assert any("Konten terbit tanpa" in line for line in cut_labels(path))
