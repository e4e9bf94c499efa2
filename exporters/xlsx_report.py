"""The monthly report as an Excel workbook (openpyxl) for people who keep working on it.

Sheets: Ringkasan (key figures, native bar and pie charts), Unggahan (one row per
published variant as an Excel table with filters), Metrik per Platform, Pengikut and
Daftar Periksa (the checklist). Dates are real dates and numbers real numbers. Text is
always written as text: a title such as "=HYPERLINK(...)" or "+62 ..." never becomes a
formula.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from core.model import METRIC_FIELDS, METRIC_LABELS
from core.platforms import platform_name
from core.report import ENGAGEMENT_FORMULA, Totals
from core.report_files import ReportFormat
from core.report_format import format_nip, format_optional_date
from exporters.base import Exporter, clean_text, is_web_link

INT = "#,##0"
PCT = "0.0%"
DATE = "dd/mm/yyyy"
EXCEL_CELL_LIMIT = 32_767
HEADER_FILL = PatternFill("solid", fgColor="0B6E4F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
THIN = Side(style="thin", color="D8DEDB")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FORMULA_START = ("=", "+", "-", "@")


def put(ws: Worksheet, row: int, col: int, value: object, fmt: str | None = None) -> Cell:
    """Write one cell; text stays text (never a formula), numbers and dates stay typed."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = clean_text(value)
        if len(text) > EXCEL_CELL_LIMIT:
            text = text[: EXCEL_CELL_LIMIT - 1] + "\u2026"
        cell.value = text
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    else:
        cell.value = value
    if fmt:
        cell.number_format = fmt
    return cell


def _header(ws: Worksheet, row: int, headers: list[str], col: int = 1) -> None:
    for i, text in enumerate(headers):
        cell = put(ws, row, col + i, text)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _widths(ws: Worksheet, widths: list[float]) -> None:
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _print_setup(ws: Worksheet) -> None:
    """A4 landscape, one page wide, header row repeated: printing gives a usable copy."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.oddFooter.center.text = "Halaman &P dari &N"


class XlsxReport(Exporter):
    """ReportData -> .xlsx."""

    format = ReportFormat.XLSX

    def build(self) -> None:
        self.wb = Workbook()
        self.step(1, 6, "Menyusun ringkasan")
        self._summary(self.wb.active)
        self.step(2, 6, "Menyusun daftar unggahan")
        self._posts(self.wb.create_sheet("Unggahan"))
        self.step(3, 6, "Menyusun metrik per platform")
        self._platforms(self.wb.create_sheet("Metrik per Platform"))
        self._followers(self.wb.create_sheet("Pengikut"))
        self.step(4, 6, "Menyusun kepatuhan daftar periksa")
        self._checklist(self.wb.create_sheet("Daftar Periksa"))
        for ws in self.wb.worksheets:
            _print_setup(ws)
        props = self.wb.properties
        props.title = clean_text(f"Laporan Pengelolaan Media Sosial {self.data.period}")
        props.creator = clean_text(self.data.profile.pic_name) or "Warta"

    def save(self, path: Path) -> None:
        self.wb.save(str(path))

    # ---- Ringkasan ---------------------------------------------------------------------
    def _totals_row(self, ws: Worksheet, row: int, label: str, t: Totals, bold=False) -> None:
        values = [t.uploads, t.sums["reach"], t.sums["impressions"], t.interactions]
        put(ws, row, 1, label).font = BOLD if bold else Font()
        for i, v in enumerate(values, 2):
            put(ws, row, i, v, INT)
        put(ws, row, 6, t.engagement, PCT)
        for c in range(1, 7):
            ws.cell(row=row, column=c).border = BOX
            if bold:
                ws.cell(row=row, column=c).font = BOLD

    def _totals_table(self, ws: Worksheet, top: int, title: str, first_header: str,
                      items: list[tuple[str, Totals]]) -> int:
        """A titled recap table at row `top`, one row per item; returns its last item row."""
        put(ws, top, 1, title).font = BOLD
        _header(ws, top + 1, [first_header, "Unggahan", "Jangkauan", "Tayangan", "Interaksi",
                              "Keterlibatan"])
        for r, (label, totals) in enumerate(items, top + 2):
            self._totals_row(ws, r, label, totals)
        return top + 1 + len(items)

    def _summary(self, ws: Worksheet) -> None:
        d, t = self.data, self.data.totals
        ws.title = "Ringkasan"
        put(ws, 1, 1, "LAPORAN PENGELOLAAN MEDIA SOSIAL").font = TITLE_FONT
        put(ws, 2, 1, d.department).font = BOLD
        put(ws, 3, 1, f"Periode {d.period} ({format_optional_date(d.start)} s.d. "
                      f"{format_optional_date(d.end)})")
        figures = [
            ("Konten terbit", t.posts, INT),
            ("Unggahan (semua platform)", t.uploads, INT),
            ("Unggahan dengan metrik", t.with_metrics, INT),
            ("Jangkauan", t.sums["reach"], INT),
            ("Tayangan", t.sums["impressions"], INT),
            ("Interaksi (suka + komentar + dibagikan + disimpan)", t.interactions, INT),
            ("Klik tautan", t.sums["link_clicks"], INT),
            ("Tingkat keterlibatan", t.engagement, PCT),
            ("Pertumbuhan pengikut", d.follower_growth, "+#,##0;-#,##0;0"),
            ("Konten sesuai checklist", d.compliance_ratio, PCT),
        ]
        put(ws, 5, 1, "Angka utama").font = BOLD
        for i, (label, value, fmt) in enumerate(figures, 6):
            put(ws, i, 1, label)
            put(ws, i, 2, value, fmt).font = BOLD
        note_row = 6 + len(figures)
        put(ws, note_row, 1, ENGAGEMENT_FORMULA).font = Font(italic=True, size=9)

        top = note_row + 2
        platform_end = self._totals_table(
            ws, top, "Rekap per platform", "Platform",
            [(platform_name(key), totals) for key, totals in d.by_platform.items()])
        self._totals_row(ws, platform_end + 1, "Jumlah", t, bold=True)

        cat_top = platform_end + 3
        cat_end = self._totals_table(ws, cat_top, "Rekap per kategori", "Kategori",
                                     list(d.by_category.items()))
        _widths(ws, [52, 16, 16, 16, 16, 14])

        if d.by_platform:
            bar = BarChart()
            bar.type = "bar"
            bar.style = 10
            bar.title = "Jangkauan dan interaksi per platform"
            bar.y_axis.title = "Jumlah"
            bar.y_axis.numFmt = INT
            bar.y_axis.delete = False
            bar.x_axis.delete = False
            bar.x_axis.scaling.orientation = "maxMin"  # first platform on top
            for col in (3, 5):
                bar.add_data(Reference(ws, min_col=col, min_row=top + 1, max_row=platform_end),
                             titles_from_data=True)
            bar.set_categories(Reference(ws, min_col=1, min_row=top + 2, max_row=platform_end))
            bar.height, bar.width = 8, 16
            ws.add_chart(bar, "H5")
        if d.by_category:
            pie = PieChart()
            pie.title = "Unggahan per kategori"
            pie.add_data(Reference(ws, min_col=2, min_row=cat_top + 1, max_row=cat_end),
                         titles_from_data=True)
            pie.set_categories(Reference(ws, min_col=1, min_row=cat_top + 2, max_row=cat_end))
            pie.dataLabels = DataLabelList()
            pie.dataLabels.showPercent = True
            for flag in ("showVal", "showCatName", "showSerName", "showLegendKey"):
                setattr(pie.dataLabels, flag, False)
            pie.height, pie.width = 8, 16
            ws.add_chart(pie, "H23")
        ws.freeze_panes = "A5"

    # ---- Unggahan ----------------------------------------------------------------------
    def _posts(self, ws: Worksheet) -> None:
        d = self.data
        headers = ["No", "Tanggal", "Platform", "Kategori", "Judul", "Kegiatan", "Lokasi",
                   "Tautan", *[METRIC_LABELS[m] for m in METRIC_FIELDS], "Interaksi",
                   "Keterlibatan", "Keterangan Unggahan"]
        _header(ws, 1, headers)
        link_col = headers.index("Tautan") + 1
        first_metric = link_col + 1
        for r, row in enumerate(d.rows, 2):
            put(ws, r, 1, row.no)
            put(ws, r, 2, row.date, DATE)
            put(ws, r, 3, row.platform_name)
            put(ws, r, 4, row.category)
            put(ws, r, 5, row.title)
            put(ws, r, 6, row.activity)
            put(ws, r, 7, row.location)
            url = clean_text(row.url).strip()
            cell = put(ws, r, link_col, url)
            if is_web_link(url):
                cell.hyperlink = url
                cell.style = "Hyperlink"
            for i, metric in enumerate(METRIC_FIELDS):
                put(ws, r, first_metric + i, row.metrics.get(metric), INT)
            put(ws, r, first_metric + len(METRIC_FIELDS), row.interactions, INT)
            put(ws, r, first_metric + len(METRIC_FIELDS) + 1, row.engagement, PCT)
            put(ws, r, len(headers), row.text)
        last_col = get_column_letter(len(headers))
        if d.rows:
            table = Table(displayName="Unggahan", ref=f"A1:{last_col}{len(d.rows) + 1}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium7", showRowStripes=True)
            ws.add_table(table)
        else:
            put(ws, 2, 1, "Tidak ada unggahan yang terbit pada periode ini.")
        ws.freeze_panes = "C2"
        ws.print_title_rows = "1:1"
        ws.print_area = f"A1:{get_column_letter(len(headers) - 1)}{max(2, len(d.rows) + 1)}"
        _widths(ws, [6, 12, 11, 20, 45, 30, 28, 40, *[12] * len(METRIC_FIELDS), 12, 13, 60])
        ws.row_dimensions[1].height = 30

    # ---- Metrik per platform -----------------------------------------------------------
    def _platforms(self, ws: Worksheet) -> None:
        d = self.data
        headers = ["Platform", "Unggahan", "Dengan metrik", *[METRIC_LABELS[m] for m in
                                                               METRIC_FIELDS],
                   "Interaksi", "Keterlibatan", "Rata-rata jangkauan per unggahan"]
        _header(ws, 1, headers)
        rows = [(platform_name(k), v) for k, v in d.by_platform.items()]
        rows.append(("Jumlah", d.totals))
        for r, (name, t) in enumerate(rows, 2):
            put(ws, r, 1, name)
            put(ws, r, 2, t.uploads, INT)
            put(ws, r, 3, t.with_metrics, INT)
            for i, metric in enumerate(METRIC_FIELDS, 4):
                put(ws, r, i, t.sums[metric], INT)
            col = 4 + len(METRIC_FIELDS)
            put(ws, r, col, t.interactions, INT)
            put(ws, r, col + 1, t.engagement, PCT)
            average = t.sums["reach"] / t.with_metrics if t.with_metrics else None
            put(ws, r, col + 2, average, INT)
            for c in range(1, len(headers) + 1):
                ws.cell(row=r, column=c).border = BOX
                if name == "Jumlah":
                    ws.cell(row=r, column=c).font = BOLD
        _widths(ws, [16, 11, 13, *[12] * len(METRIC_FIELDS), 12, 13, 18])
        ws.row_dimensions[1].height = 30
        ws.freeze_panes = "B2"
        put(ws, len(rows) + 3, 1, ENGAGEMENT_FORMULA).font = Font(italic=True, size=9)

    def _followers(self, ws: Worksheet) -> None:
        d = self.data
        _header(ws, 1, ["Akun", "Platform", "Nama akun", "Awal periode", "Akhir periode",
                        "Pertumbuhan", "Pertumbuhan (%)"])
        for r, f in enumerate(d.followers, 2):
            put(ws, r, 1, f.account)
            put(ws, r, 2, platform_name(f.platform))
            put(ws, r, 3, f"@{f.handle}")
            put(ws, r, 4, f.start, INT)
            put(ws, r, 5, f.end, INT)
            put(ws, r, 6, f.growth, "+#,##0;-#,##0;0")
            put(ws, r, 7, f.growth_ratio, PCT)
        if not d.followers:
            put(ws, 2, 1, "Belum ada akun resmi milik sendiri di Pengaturan > Akun.")
        _widths(ws, [34, 12, 24, 14, 14, 14, 15])
        ws.freeze_panes = "A2"

    # ---- Checklist ---------------------------------------------------------------------
    def _checklist(self, ws: Worksheet) -> None:
        d = self.data
        put(ws, 1, 1, "Kepatuhan Cek Sebelum Unggah").font = TITLE_FONT
        put(ws, 2, 1, "Konten sesuai checklist")
        put(ws, 2, 2, d.compliance_ratio, PCT).font = BOLD
        put(ws, 3, 1, "Konten terbit dengan galat yang dilewati")
        put(ws, 3, 2, len(d.overridden), INT).font = BOLD
        headers = ["No", "Tanggal", "Konten", "Butir checklist dicentang", "Galat dilewati",
                   "Galat yang dilewati", "Alasan", "Diputuskan oleh", "Waktu keputusan"]
        _header(ws, 5, headers)
        for r, c in enumerate(d.compliance, 6):
            put(ws, r, 1, r - 5)
            put(ws, r, 2, c.date, DATE)
            put(ws, r, 3, c.title)
            put(ws, r, 4, c.ticks, INT)
            put(ws, r, 5, "Ya" if c.overridden else "Tidak")
            put(ws, r, 6, "\n".join(c.skipped))
            put(ws, r, 7, "\n".join(c.reasons))
            put(ws, r, 8, c.decided_by)
            decided = _datetime(c.decided_at)
            put(ws, r, 9, decided if decided else c.decided_at,
                "dd/mm/yyyy hh:mm" if decided else None)
            for col in (6, 7):
                ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True,
                                                                 vertical="top")
        if d.compliance:
            end = 5 + len(d.compliance)
            table = Table(displayName="DaftarPeriksa", ref=f"A5:I{end}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
            ws.add_table(table)
        _widths(ws, [6, 12, 45, 14, 10, 40, 45, 20, 17])
        ws.row_dimensions[5].height = 30
        ws.freeze_panes = "A6"
        sign = 7 + len(d.compliance)
        put(ws, sign, 1, f"Disusun oleh: {d.profile.pic_name}, NIP. "
                         f"{format_nip(d.profile.pic_nip)}")


def _datetime(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
