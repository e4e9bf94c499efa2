"""The Excel report after issue 12: honest labels, formulas that follow filters, separate
charts, a previous-period sheet, a legible printout, named fonts and Warta's metadata."""

from __future__ import annotations

import zipfile

from openpyxl import load_workbook

from core.demo import DEMO_PROFILE, fill_demo
from core.report import month_report
from exporters.xlsx_report import POST_MAIN, XlsxReport

CHAR_CM = 0.19  # one column-width unit of Arial 10, about 7 px at 96 dpi


def _workbook(data, tmp_path):
    path = XlsxReport(data).export(tmp_path / "laporan.xlsx")
    return path, load_workbook(path)


def test_checklist_ticks_and_skipped_findings_are_reported_separately(demo_report,
                                                                      tmp_path) -> None:
    _, wb = _workbook(demo_report, tmp_path)
    labels = {c.value for ws in wb for row in ws.iter_rows() for c in row
              if isinstance(c.value, str)}
    assert not any("sesuai checklist" in t.casefold() for t in labels)
    assert not any("galat" in t.casefold() for t in labels)
    summary = wb["Ringkasan"]
    figures = {summary.cell(r, 1).value: summary.cell(r, 2).value for r in range(6, 20)}
    assert figures["Butir daftar periksa yang dicentang"] == 0  # nobody ticked in the demo
    assert figures["Konten terbit tanpa melewati temuan pemeriksaan"] == 18
    assert figures["Konten terbit dengan temuan pemeriksaan yang dilewati"] == 0


def test_totals_are_subtotal_formulas(demo_report, tmp_path) -> None:
    _, wb = _workbook(demo_report, tmp_path)
    ws = wb["Unggahan"]
    headers = [c.value for c in ws[1]]
    last = len(demo_report.rows) + 1
    reach = ws.cell(last + 1, headers.index("Jangkauan") + 1)
    letter = reach.column_letter
    assert reach.value == f"=SUBTOTAL(109,{letter}2:{letter}{last})"
    assert ws.cell(last + 1, 1).value == f"=SUBTOTAL(103,A2:A{last})"
    platforms = wb["Metrik per Platform"]
    jumlah = next(r for r in range(2, platforms.max_row + 1)
                  if platforms.cell(r, 1).value == "Jumlah")
    assert str(platforms.cell(jumlah, 2).value).startswith("=SUBTOTAL(109,B2:B")
    summary = wb["Ringkasan"]
    row = next(r for r in range(1, summary.max_row + 1) if summary.cell(r, 1).value == "Jumlah")
    assert str(summary.cell(row, 3).value).startswith("=SUBTOTAL(109,C")


def test_previous_period_sheet(store, tmp_path) -> None:
    fill_demo(store, 2025, 10, seed=5)
    data = month_report(store, 2025, 11)
    _, wb = _workbook(data, tmp_path)
    ws = wb["Perbandingan"]
    rows = {ws.cell(r, 1).value: r for r in range(5, 12)}
    r = rows["Jangkauan"]
    assert ws.cell(r, 2).value == data.previous.totals.sums["reach"]
    assert ws.cell(r, 3).value == data.totals.sums["reach"]
    assert ws.cell(r, 4).value == f'=IF(OR(B{r}="",C{r}=""),"",C{r}-B{r})'
    assert ws.cell(r, 5).value == f'=IF(OR(B{r}="",B{r}=0),"",(C{r}-B{r})/B{r})'
    assert "Oktober 2025" in ws.cell(2, 1).value


def test_posts_sheet_prints_legibly(demo_report, tmp_path) -> None:
    _, wb = _workbook(demo_report, tmp_path)
    ws = wb["Unggahan"]
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    assert ws.print_area == f"'Unggahan'!$A$1:$J${ws.max_row}"
    assert [c.value for c in ws[1]][:len(POST_MAIN)] == POST_MAIN
    printed_cm = sum(ws.column_dimensions[chr(65 + i)].width for i in range(len(POST_MAIN))) \
        * CHAR_CM
    usable_cm = 29.7 - 2 * ws.page_margins.left * 2.54
    scale = min(1.0, usable_cm / printed_cm)  # fitToWidth shrinks to this
    assert ws.page_setup.fitToWidth == 1 and ws.cell(2, 5).font.size * scale >= 8
    for i, text in enumerate(POST_MAIN):
        width = ws.column_dimensions[chr(65 + i)].width
        assert max(len(w) for w in text.split()) + 1 <= width, text  # header not clipped


def test_every_font_is_named_and_metadata_is_warta_s(demo_report, tmp_path) -> None:
    path, wb = _workbook(demo_report, tmp_path)
    used = {c.font.name for ws in wb for row in ws.iter_rows() for c in row
            if c.value is not None}
    assert used == {"Arial"}
    props = wb.properties
    assert props.creator == DEMO_PROFILE.pic_name == props.lastModifiedBy
    assert props.language == "id-ID" and props.title.endswith("November 2025")
    with zipfile.ZipFile(path) as z:
        app = z.read("docProps/app.xml").decode()
    assert "<Application>Warta</Application>" in app and "openpyxl" not in app.casefold()
