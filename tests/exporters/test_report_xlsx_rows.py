"""The Excel report's long sheets (Unggahan, Daftar Periksa) are written as XML rows,
not a styled openpyxl cell each. Read back, they are what the cell-by-cell code made:
same values, number formats, fonts, wrapping, quote prefixes, links and tables."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from core.model import METRIC_LABELS
from core.report import month_report
from exporters.base import clean_text, is_web_link
from exporters.xlsx_cells import DATE, INT, LINK_FONT, PCT, put
from exporters.xlsx_report import POST_MAIN, POST_REST_METRICS, XlsxReport

WRAP = Alignment(wrap_text=True, vertical="top")


def _old_posts(ws: Worksheet, data) -> None:
    """Unggahan's rows as XlsxReport._posts wrote them with put(), cell by cell."""
    headers = [*POST_MAIN, *[METRIC_LABELS[m] for m in POST_REST_METRICS], "Kegiatan",
               "Lokasi", "Keterangan Unggahan"]
    col = {name: i for i, name in enumerate(headers, 1)}
    for r, row in enumerate(data.rows, 2):
        put(ws, r, 1, row.no)
        put(ws, r, 2, row.date, DATE)
        put(ws, r, 3, row.platform_name)
        put(ws, r, 4, row.category)
        put(ws, r, 5, row.title).alignment = WRAP
        url = clean_text(row.url).strip()
        cell = put(ws, r, col["Tautan"], url)
        if is_web_link(url):
            cell.hyperlink = url
            cell.font = LINK_FONT
        cell.alignment = WRAP
        put(ws, r, col["Jangkauan"], row.metrics.get("reach"), INT)
        put(ws, r, col["Tayangan"], row.metrics.get("impressions"), INT)
        put(ws, r, col["Interaksi"], row.interactions, INT)
        put(ws, r, col["Keterlibatan"], row.engagement, PCT)
        for metric in POST_REST_METRICS:
            put(ws, r, col[METRIC_LABELS[metric]], row.metrics.get(metric), INT)
        put(ws, r, col["Kegiatan"], row.activity)
        put(ws, r, col["Lokasi"], row.location)
        put(ws, r, col["Keterangan Unggahan"], row.text)


def _old_checklist(ws: Worksheet, data) -> None:
    for r, c in enumerate(data.compliance, 6):
        put(ws, r, 1, r - 5)
        put(ws, r, 2, c.date, DATE)
        put(ws, r, 3, c.title)
        put(ws, r, 4, c.ticks, INT)
        put(ws, r, 5, "Ya" if c.overridden else "Tidak")
        put(ws, r, 6, "\n".join(c.skipped))
        put(ws, r, 7, "\n".join(c.reasons))
        put(ws, r, 8, c.decided_by)
        try:
            decided = dt.datetime.fromisoformat(c.decided_at) if c.decided_at else None
        except ValueError:
            decided = None
        put(ws, r, 9, decided if decided else c.decided_at,
            "dd/mm/yyyy hh:mm" if decided else None)
        for column in (6, 7):
            ws.cell(row=r, column=column).alignment = WRAP


def _look(cell: Cell) -> tuple:
    font = cell.font
    return (cell.value, cell.number_format, font.name, font.size, font.b, font.u,
            font.color.rgb if font.color else None, cell.alignment.wrap_text,
            cell.alignment.vertical, cell.quotePrefix,
            cell.hyperlink.target if cell.hyperlink else None)


def _read_back(ws: Worksheet, rows: range, columns: int) -> list[list[tuple]]:
    return [[_look(ws.cell(r, c)) for c in range(1, columns + 1)] for r in rows]


def test_long_sheets_read_back_as_the_cell_by_cell_code_wrote_them(store, hard_cases,
                                                                  tmp_path):
    hard_cases(store, 60)  # formula-like text, control characters, long captions, links
    data = month_report(store, 2025, 11)
    assert data.rows and data.compliance
    new = load_workbook(XlsxReport(data).export(tmp_path / "baru.xlsx"))
    old = Workbook()
    _old_posts(old.active, data)
    _old_checklist(checks := old.create_sheet("Daftar Periksa"), data)
    old.save(tmp_path / "lama.xlsx")
    old = load_workbook(tmp_path / "lama.xlsx")
    posts = range(2, len(data.rows) + 2)
    width = len(POST_MAIN) + len(POST_REST_METRICS) + 3
    assert _read_back(new["Unggahan"], posts, width) == _read_back(old.active, posts, width)
    checked = range(6, len(data.compliance) + 6)
    assert _read_back(new["Daftar Periksa"], checked, 9) == \
        _read_back(old[checks.title], checked, 9)
    assert any(c.quotePrefix for row in new["Daftar Periksa"].iter_rows() for c in row)
    assert sum(c.hyperlink is not None for c in new["Unggahan"]["F"]) == \
        sum(is_web_link(r.url) for r in data.rows)


def test_tables_name_their_columns_from_the_header_row(demo_report, tmp_path):
    wb = load_workbook(XlsxReport(demo_report).export(tmp_path / "laporan.xlsx"))
    for ws, name, head in ((wb["Unggahan"], "Unggahan", 1),
                           (wb["Daftar Periksa"], "DaftarPeriksa", 5)):
        table = ws.tables[name]
        assert [c.name for c in table.tableColumns] == [c.value for c in ws[head]
                                                        if c.value is not None]
        assert table.autoFilter.ref == table.ref


def test_row_cells_unstyled_empties_are_left_out_and_styles_kept():
    from exporters.xlsx_stream import rows_xml

    xml = rows_xml([[("a&b", ""), (None, ""), (None, "4"), (3, ""), (dt.date(1900, 3, 1), "7"),
                     (True, "")]], 5)
    assert xml == ('<row r="5"><c r="A5" t="inlineStr"><is><t xml:space="preserve">a&amp;b'
                   '</t></is></c><c r="C5" s="4"/><c r="D5" t="n"><v>3</v></c>'
                   '<c r="E5" s="7" t="n"><v>61</v></c><c r="F5" t="b"><v>1</v></c></row>')
