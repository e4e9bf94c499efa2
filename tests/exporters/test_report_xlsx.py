"""The Excel report read back with openpyxl: typed cells, links, table, text never formula."""

from __future__ import annotations

import datetime as dt
import zipfile

from openpyxl import load_workbook

from core.report import month_report
from exporters.xlsx_report import XlsxReport


def test_sheets_and_native_charts(demo_report, tmp_path) -> None:
    path = XlsxReport(demo_report).export(tmp_path / "laporan.xlsx")
    wb = load_workbook(path)
    # issue 12: a Perbandingan sheet (previous period) joins the workbook; issue 14:
    # the checklist sheet is named in Indonesian
    assert wb.sheetnames == ["Ringkasan", "Perbandingan", "Unggahan", "Metrik per Platform",
                             "Pengikut", "Daftar Periksa"]
    with zipfile.ZipFile(path) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 3  # issue 12: reach and interactions each get their own chart
    assert sum("<barChart>" in c for c in charts) == 2 and any("<pieChart>" in c
                                                               for c in charts)
    summary = wb["Ringkasan"]
    figures = {summary.cell(r, 1).value: summary.cell(r, 2) for r in range(6, 16)}
    assert figures["Jangkauan"].value == 142948 and figures["Jangkauan"].number_format == "#,##0"
    assert figures["Tingkat keterlibatan"].number_format == "0.0%"
    assert abs(figures["Tingkat keterlibatan"].value - demo_report.totals.engagement) < 1e-9


def test_posts_sheet_has_real_dates_numbers_links_and_a_filter_table(demo_report,
                                                                       tmp_path) -> None:
    wb = load_workbook(XlsxReport(demo_report).export(tmp_path / "laporan.xlsx"))
    ws = wb["Unggahan"]
    headers = [c.value for c in ws[1]]
    # issue 12: the printed columns come first (Kegiatan and Lokasi moved to the end) and
    # a SUBTOTAL row follows the table
    assert headers[:6] == ["No", "Tanggal", "Platform", "Kategori", "Judul", "Tautan"]
    assert ws.max_row == len(demo_report.rows) + 2
    date_cell, reach_cell = ws.cell(2, 2), ws.cell(2, headers.index("Jangkauan") + 1)
    assert isinstance(date_cell.value, dt.datetime) and date_cell.number_format == "dd/mm/yyyy"
    assert date_cell.value.date() == demo_report.rows[0].date
    assert isinstance(reach_cell.value, int) and reach_cell.number_format == "#,##0"
    link = ws.cell(2, headers.index("Tautan") + 1)
    assert link.hyperlink.target == demo_report.rows[0].url == link.value
    assert ws.freeze_panes == "C2"
    assert list(ws.tables) == ["Unggahan"]
    assert ws.tables["Unggahan"].ref == f"A1:{ws.cell(1, len(headers)).column_letter}" \
                                        f"{len(demo_report.rows) + 1}"
    assert ws.column_dimensions["E"].width >= 40
    missing = next(r for r in demo_report.rows if not r.has_metrics)
    assert ws.cell(missing.no + 1, headers.index("Jangkauan") + 1).value is None


def test_formula_like_text_stays_text(store, hard_cases, tmp_path) -> None:
    hard_cases(store, 60)
    data = month_report(store, 2025, 11)
    wb = load_workbook(XlsxReport(data).export(tmp_path / "laporan.xlsx"))
    ws = wb["Unggahan"]
    titles = [ws.cell(r, 5) for r in range(2, ws.max_row + 1)]
    nasty = [c for c in titles if "HYPERLINK" in str(c.value)]
    assert nasty and all(c.data_type == "s" for c in nasty)
    assert nasty[0].value.startswith("Rapat Koordinasi") and "🇮🇩🎉" in nasty[0].value
    checklist = wb["Daftar Periksa"]
    cells = [c for row in checklist.iter_rows() for c in row if isinstance(c.value, str)]
    formula_like = [c for c in cells if c.value.startswith(("=", "+"))]
    assert {c.value.strip() for c in formula_like} >= {"=SUM(A1)\nEjaan", "+62 sudah dicek"}
    assert all(c.data_type == "s" and c.quotePrefix for c in formula_like)
    captions = [ws.cell(r, ws.max_column).value or "" for r in range(2, ws.max_row + 1)]
    assert max(len(c) for c in captions) == 5000
