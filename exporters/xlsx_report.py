"""The monthly report as an Excel workbook (openpyxl) for people who keep working on it.

Sheets: Ringkasan (key figures, native charts: reach and interactions each on its own
axis, uploads per category), Perbandingan (this period beside the previous one, with
formulas), Unggahan (one row per published upload as an Excel table with filters, totals
as SUBTOTAL so a filter changes them, printable on A4 landscape), Metrik per Platform,
Pengikut and Daftar Periksa (ticked checklist items and skipped findings, separately).
Dates are real dates and numbers real numbers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.model import METRIC_FIELDS, METRIC_LABELS
from core.platforms import platform_name
from core.report import ENGAGEMENT_FORMULA, Totals
from core.report_files import ReportFormat
from core.report_format import format_nip, format_optional_date, format_percent
from exporters.base import APPLICATION, LANGUAGE, Exporter, app_xml, clean_text, is_web_link
from exporters.xlsx_cells import (
    BOLD,
    BOX,
    DATE,
    INT,
    LINK_FONT,
    NOTE_FONT,
    PCT,
    SIGNED,
    TITLE_FONT,
    StyleIds,
    add_table,
    formula,
    header,
    print_setup,
    put,
    text_cell,
    widths,
)
from exporters.xlsx_stream import SheetRows, save_workbook

# Unggahan: the columns a reader needs come first, so they are one printable block
POST_MAIN = ["No", "Tanggal", "Platform", "Kategori", "Judul", "Tautan", "Jangkauan",
             "Tayangan", "Interaksi", "Keterlibatan"]
POST_REST_METRICS = tuple(m for m in METRIC_FIELDS if METRIC_LABELS[m] not in POST_MAIN)
POST_WIDTHS = [5, 11, 10, 18, 40, 24, 11, 10, 11, 14]


class XlsxReport(Exporter):
    """ReportData -> .xlsx."""

    format = ReportFormat.XLSX

    def build(self) -> None:
        self.wb = Workbook()
        # sheet number -> its body rows, written by save() as XML, see _post_rows
        self.spliced: dict[int, SheetRows] = {}
        self.step(1, 6, "Menyusun ringkasan")
        self._summary(self.wb.active)
        self._comparison(self.wb.create_sheet("Perbandingan"))
        self.step(2, 6, "Menyusun daftar unggahan")
        self._posts(self.wb.create_sheet("Unggahan"))
        self.step(3, 6, "Menyusun metrik per platform")
        self._platforms(self.wb.create_sheet("Metrik per Platform"))
        self._followers(self.wb.create_sheet("Pengikut"))
        self.step(4, 6, "Menyusun kepatuhan daftar periksa")
        self._checklist(self.wb.create_sheet("Daftar Periksa"))
        for ws in self.wb.worksheets:
            print_setup(ws)
        self._properties()

    def _properties(self) -> None:
        """Title, author = the PIC, now, id-ID; docProps/app.xml is rewritten in save()."""
        d = self.data
        props = self.wb.properties
        author = clean_text(d.profile.pic_name) or APPLICATION
        props.title = clean_text(f"Laporan Pengelolaan Media Sosial {d.period}")
        props.creator = props.lastModifiedBy = author
        props.subject = clean_text(f"Laporan media sosial {d.department}")
        props.keywords = "laporan; media sosial"
        props.category = "Laporan"
        props.language = LANGUAGE
        props.created = props.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None,
                                                                          microsecond=0)

    def save(self, path: Path) -> None:
        """openpyxl names itself as the application; Warta's app.xml replaces that."""
        save_workbook(self.wb, path, self.spliced,
                      {"docProps/app.xml": app_xml(clean_text(self.data.department))})

    # ---- Ringkasan ---------------------------------------------------------------------
    def _totals_row(self, ws: Worksheet, row: int, label: str, t: Totals) -> None:
        values = [t.uploads, t.sums["reach"], t.sums["impressions"], t.interactions]
        put(ws, row, 1, label)
        for i, v in enumerate(values, 2):
            put(ws, row, i, v, INT)
        put(ws, row, 6, t.engagement, PCT)
        for c in range(1, 7):
            ws.cell(row=row, column=c).border = BOX

    def _sum_row(self, ws: Worksheet, row: int, first: int, last: int, t: Totals) -> None:
        """'Jumlah' as SUBTOTAL formulas over the rows above (engagement from the data:
        it only counts uploads whose reach is known)."""
        put(ws, row, 1, "Jumlah").font = BOLD
        for col in range(2, 6):
            letter = get_column_letter(col)
            formula(ws, row, col, f"SUBTOTAL(109,{letter}{first}:{letter}{last})", INT,
                    bold=True)
        put(ws, row, 6, t.engagement, PCT).font = BOLD
        for c in range(1, 7):
            ws.cell(row=row, column=c).border = BOX

    def _totals_table(self, ws: Worksheet, top: int, title: str, first_header: str,
                      items: list[tuple[str, Totals]]) -> int:
        """A titled recap table at row `top`, one row per item; returns its last item row."""
        put(ws, top, 1, title).font = BOLD
        header(ws, top + 1, [first_header, "Unggahan", "Jangkauan", "Tayangan", "Interaksi",
                             "Keterlibatan"])
        for r, (label, totals) in enumerate(items, top + 2):
            self._totals_row(ws, r, label, totals)
        return top + 1 + len(items)

    def _figures(self) -> list[tuple[str, object, str]]:
        d, t = self.data, self.data.totals
        clean = len(d.compliance) - len(d.overridden)
        return [
            ("Konten terbit", t.posts, INT),
            ("Unggahan (semua platform)", t.uploads, INT),
            ("Unggahan dengan metrik", t.with_metrics, INT),
            ("Jangkauan", t.sums["reach"], INT),
            ("Tayangan", t.sums["impressions"], INT),
            ("Interaksi (suka + komentar + dibagikan + disimpan)", t.interactions, INT),
            ("Klik tautan", t.sums["link_clicks"], INT),
            ("Tingkat keterlibatan", t.engagement, PCT),
            ("Pertumbuhan pengikut", d.follower_growth, SIGNED),
            ("Konten terbit tanpa melewati temuan pemeriksaan", clean, INT),
            ("Konten terbit dengan temuan pemeriksaan yang dilewati", len(d.overridden), INT),
            ("Butir daftar periksa yang dicentang", sum(c.ticks for c in d.compliance), INT),
        ]

    def _summary(self, ws: Worksheet) -> None:
        d, t = self.data, self.data.totals
        ws.title = "Ringkasan"
        put(ws, 1, 1, "LAPORAN PENGELOLAAN MEDIA SOSIAL").font = TITLE_FONT
        put(ws, 2, 1, d.department).font = BOLD
        put(ws, 3, 1, f"Periode {d.period} ({format_optional_date(d.start)} s.d. "
                      f"{format_optional_date(d.end)})")
        figures = self._figures()
        put(ws, 5, 1, "Angka utama").font = BOLD
        for i, (label, value, fmt) in enumerate(figures, 6):
            put(ws, i, 1, label)
            put(ws, i, 2, value, fmt).font = BOLD
        note_row = 6 + len(figures)
        put(ws, note_row, 1, ENGAGEMENT_FORMULA).font = NOTE_FONT

        top = note_row + 2
        platform_end = self._totals_table(
            ws, top, "Rekap per platform", "Platform",
            [(platform_name(key), totals) for key, totals in d.by_platform.items()])
        self._sum_row(ws, platform_end + 1, top + 2, max(top + 2, platform_end), t)
        cat_top = platform_end + 3
        cat_end = self._totals_table(ws, cat_top, "Rekap per kategori", "Kategori",
                                     list(d.by_category.items()))
        widths(ws, [56, 16, 16, 16, 16, 14])
        if d.by_platform:
            for anchor, col, title, color in (("H5", 3, "Jangkauan per platform", "0B6E4F"),
                                              ("H22", 5, "Interaksi per platform", "C48C14")):
                ws.add_chart(self._bar(ws, col, top, platform_end, title, color), anchor)
        if d.by_category:
            ws.add_chart(self._pie(ws, cat_top, cat_end), "H39")
        ws.freeze_panes = "A5"

    @staticmethod
    def _bar(ws: Worksheet, col: int, top: int, end: int, title: str, color: str) -> BarChart:
        """One measure per chart: reach (~tens of thousands) would flatten interactions."""
        bar = BarChart()
        bar.type = "bar"
        bar.style = 10
        bar.title = title
        bar.legend = None
        bar.y_axis.numFmt = INT
        bar.y_axis.delete = False
        bar.x_axis.delete = False
        bar.x_axis.scaling.orientation = "maxMin"  # first platform on top
        bar.add_data(Reference(ws, min_col=col, min_row=top + 1, max_row=end),
                     titles_from_data=True)
        bar.set_categories(Reference(ws, min_col=1, min_row=top + 2, max_row=end))
        bar.series[0].graphicalProperties.solidFill = color
        bar.height, bar.width = 8, 16
        return bar

    @staticmethod
    def _pie(ws: Worksheet, top: int, end: int) -> PieChart:
        pie = PieChart()
        pie.title = "Unggahan per kategori"
        pie.add_data(Reference(ws, min_col=2, min_row=top + 1, max_row=end),
                     titles_from_data=True)
        pie.set_categories(Reference(ws, min_col=1, min_row=top + 2, max_row=end))
        pie.dataLabels = DataLabelList()
        pie.dataLabels.showPercent = True
        for flag in ("showVal", "showCatName", "showSerName", "showLegendKey"):
            setattr(pie.dataLabels, flag, False)
        pie.height, pie.width = 8, 16
        return pie

    # ---- Perbandingan ------------------------------------------------------------------
    def _comparison(self, ws: Worksheet) -> None:
        d, t = self.data, self.data.totals
        prev = d.previous
        p = prev.totals if prev is not None else Totals()
        before = prev.period if prev is not None else "–"
        put(ws, 1, 1, "Perbandingan dengan Periode Sebelumnya").font = TITLE_FONT
        put(ws, 2, 1, f"Periode ini: {d.period}; periode lalu: {before}")
        header(ws, 4, ["Uraian", "Periode Lalu", "Periode Ini", "Selisih", "Perubahan"])
        rows = [("Konten terbit", p.posts, t.posts, INT),
                ("Unggahan (semua platform)", p.uploads, t.uploads, INT),
                ("Jangkauan", p.sums["reach"], t.sums["reach"], INT),
                ("Tayangan", p.sums["impressions"], t.sums["impressions"], INT),
                ("Interaksi", p.interactions, t.interactions, INT),
                ("Tingkat keterlibatan", p.engagement, t.engagement, PCT)]
        r = 5
        for label, old, new, fmt in rows:
            self._compare_row(ws, r, label, old, new, fmt)
            r += 1
        r += 1
        put(ws, r, 1, "Jangkauan per platform").font = BOLD
        header(ws, r + 1, ["Platform", "Periode Lalu", "Periode Ini", "Selisih", "Perubahan"])
        r += 2
        prev_platforms = prev.by_platform if prev is not None else {}
        for key in dict.fromkeys([*d.by_platform, *prev_platforms]):
            old = prev_platforms[key].sums["reach"] if key in prev_platforms else 0
            new = d.by_platform[key].sums["reach"] if key in d.by_platform else 0
            self._compare_row(ws, r, platform_name(key), old, new, INT)
            r += 1
        put(ws, r + 1, 1, "Selisih = periode ini \u2212 periode lalu; perubahan = selisih "
                          "\u00f7 periode lalu (kosong bila periode lalu nol). Untuk tingkat "
                          "keterlibatan, selisihnya dalam poin persentase.").font = NOTE_FONT
        widths(ws, [34, 15, 15, 15, 13])
        ws.row_dimensions[4].height = 30
        ws.freeze_panes = "A5"

    @staticmethod
    def _compare_row(ws: Worksheet, r: int, label: str, old, new, fmt: str) -> None:
        put(ws, r, 1, label)
        put(ws, r, 2, old, fmt)
        put(ws, r, 3, new, fmt)
        formula(ws, r, 4, f'IF(OR(B{r}="",C{r}=""),"",C{r}-B{r})',
                PCT if fmt == PCT else SIGNED)
        if fmt == PCT:
            put(ws, r, 5, None)
        else:
            formula(ws, r, 5, f'IF(OR(B{r}="",B{r}=0),"",(C{r}-B{r})/B{r})', "+0.0%;-0.0%;0.0%")
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = BOX

    # ---- Unggahan ----------------------------------------------------------------------
    def _posts(self, ws: Worksheet) -> None:
        d = self.data
        headers = [*POST_MAIN, *[METRIC_LABELS[m] for m in POST_REST_METRICS], "Kegiatan",
                   "Lokasi", "Keterangan Unggahan"]
        header(ws, 1, headers)
        col = {name: i for i, name in enumerate(headers, 1)}
        self._post_rows(ws, col)
        last_col = get_column_letter(len(headers))
        last = len(d.rows) + 1
        if d.rows:
            add_table(ws, "Unggahan", f"A1:{last_col}{last}", headers, "TableStyleMedium7")
            self._post_totals(ws, last, col)
        else:
            put(ws, 2, 1, "Tidak ada unggahan yang terbit pada periode ini.")
        ws.freeze_panes = "C2"
        ws.print_title_rows = "1:1"
        ws.print_area = f"A1:{get_column_letter(len(POST_MAIN))}{max(2, ws.max_row)}"
        widths(ws, [*POST_WIDTHS, *[11] * len(POST_REST_METRICS), 30, 28, 60])
        ws.row_dimensions[1].height = 30

    def _post_rows(self, ws: Worksheet, col: dict[str, int]) -> None:
        """The uploads, one row each, kept as (value, style) cells that save() writes
        into the sheet as XML: a year is ~10,000 rows x 18 cells, and an openpyxl cell
        each (styled, then serialised) took ~5 s. Same values, styles and links."""
        styles = StyleIds(ws)
        wrap = Alignment(wrap_text=True, vertical="top")
        text, title = styles.text(), styles.text(alignment=wrap)
        url_plain, url_link = styles.text(alignment=wrap), styles.text(font=LINK_FONT,
                                                                        alignment=wrap)
        number, share, date = styles(INT), styles(PCT), styles(DATE)
        link_letter = get_column_letter(col["Tautan"])
        cells, links = [], []
        for r, row in enumerate(self.data.rows, 2):
            url = clean_text(row.url).strip()
            web = is_web_link(url)
            if web:
                links.append((f"{link_letter}{r}", url))
            cells.append([
                (row.no, styles()), (row.date, date), text_cell(row.platform_name, text),
                text_cell(row.category, text), text_cell(row.title, title),
                text_cell(url, url_link if web else url_plain),
                (row.metrics.get("reach"), number), (row.metrics.get("impressions"), number),
                (row.interactions, number), (row.engagement, share),
                *[(row.metrics.get(m), number) for m in POST_REST_METRICS],
                text_cell(row.activity, text), text_cell(row.location, text),
                text_cell(row.text, text)])
        self.spliced[self.wb.worksheets.index(ws) + 1] = SheetRows(1, cells, links)

    @staticmethod
    def _post_totals(ws: Worksheet, last: int, col: dict[str, int]) -> None:
        """Below the table: SUBTOTAL over the visible rows, so a filter changes them."""
        row = last + 1
        formula(ws, row, 1, f"SUBTOTAL(103,A2:A{last})", INT, bold=True)
        put(ws, row, 5, "Jumlah unggahan yang tampil (ikut filter)").font = BOLD
        sums = ["Jangkauan", "Tayangan", "Interaksi",
                *[METRIC_LABELS[m] for m in POST_REST_METRICS]]
        for name in sums:
            letter = get_column_letter(col[name])
            formula(ws, row, col[name], f"SUBTOTAL(109,{letter}2:{letter}{last})", INT,
                    bold=True)
        reach, inter = (get_column_letter(col[n]) for n in ("Jangkauan", "Interaksi"))
        formula(ws, row, col["Keterlibatan"],
                f'IFERROR({inter}{row}/{reach}{row},"")', PCT, bold=True)
        for c in range(1, len(POST_MAIN) + 1):
            ws.cell(row=row, column=c).border = BOX

    # ---- Metrik per platform -----------------------------------------------------------
    def _platforms(self, ws: Worksheet) -> None:
        d = self.data
        headers = ["Platform", "Unggahan", "Dengan metrik",
                   *[METRIC_LABELS[m] for m in METRIC_FIELDS], "Interaksi", "Keterlibatan",
                   "Rata-rata jangkauan per unggahan"]
        header(ws, 1, headers)
        items = [(platform_name(k), v) for k, v in d.by_platform.items()]
        interactions_col = 4 + len(METRIC_FIELDS)
        for r, (name, t) in enumerate(items, 2):
            put(ws, r, 1, name)
            put(ws, r, 2, t.uploads, INT)
            put(ws, r, 3, t.with_metrics, INT)
            for i, metric in enumerate(METRIC_FIELDS, 4):
                put(ws, r, i, t.sums[metric], INT)
            put(ws, r, interactions_col, t.interactions, INT)
            put(ws, r, interactions_col + 1, t.engagement, PCT)
            self._average(ws, r, interactions_col + 2)
            for c in range(1, len(headers) + 1):
                ws.cell(row=r, column=c).border = BOX
        total = len(items) + 2
        put(ws, total, 1, "Jumlah").font = BOLD
        for c in [*range(2, interactions_col + 1)]:
            letter = get_column_letter(c)
            formula(ws, total, c, f"SUBTOTAL(109,{letter}2:{letter}{max(2, total - 1)})", INT,
                    bold=True)
        put(ws, total, interactions_col + 1, d.totals.engagement, PCT).font = BOLD
        self._average(ws, total, interactions_col + 2, bold=True)
        for c in range(1, len(headers) + 1):
            ws.cell(row=total, column=c).border = BOX
        widths(ws, [16, 11, 13, *[12] * len(METRIC_FIELDS), 12, 13, 18])
        ws.row_dimensions[1].height = 30
        ws.freeze_panes = "B2"
        put(ws, total + 2, 1, ENGAGEMENT_FORMULA).font = NOTE_FONT

    @staticmethod
    def _average(ws: Worksheet, r: int, col: int, *, bold: bool = False) -> None:
        """Reach per upload with metrics (column D over column C), as a formula."""
        formula(ws, r, col, f'IFERROR(D{r}/C{r},"")', INT, bold=bold)

    def _followers(self, ws: Worksheet) -> None:
        d = self.data
        header(ws, 1, ["Akun", "Platform", "Nama akun", "Awal periode", "Akhir periode",
                       "Pertumbuhan", "Pertumbuhan (%)"])
        for r, f in enumerate(d.followers, 2):
            put(ws, r, 1, f.account)
            put(ws, r, 2, platform_name(f.platform))
            put(ws, r, 3, f"@{f.handle}")
            put(ws, r, 4, f.start, INT)
            put(ws, r, 5, f.end, INT)
            put(ws, r, 6, f.growth, SIGNED)
            put(ws, r, 7, f.growth_ratio, PCT)
        if not d.followers:
            put(ws, 2, 1, "Belum ada akun resmi milik sendiri di Pengaturan > Akun.")
        widths(ws, [34, 12, 24, 14, 14, 14, 15])
        ws.row_dimensions[1].height = 30
        ws.freeze_panes = "A2"

    # ---- Checklist ---------------------------------------------------------------------
    def _checklist(self, ws: Worksheet) -> None:
        d = self.data
        total = len(d.compliance)
        put(ws, 1, 1, "Kepatuhan Cek Sebelum Unggah").font = TITLE_FONT
        lines = [("Konten terbit tanpa melewati temuan pemeriksaan",
                  total - len(d.overridden), d.compliance_ratio),
                 ("Konten terbit dengan temuan pemeriksaan yang dilewati", len(d.overridden),
                  None),
                 ("Butir daftar periksa yang dicentang (semua konten)",
                  sum(c.ticks for c in d.compliance), None)]
        for r, (label, count, share) in enumerate(lines, 2):
            # Column A is the table's narrow "No" column: a label there would be cut at
            # the figure beside it, so it spans the No, Tanggal and Konten columns.
            put(ws, r, 1, label)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            put(ws, r, 4, count, INT).font = BOLD
            if share is not None:
                put(ws, r, 5, f"{format_percent(share)} dari {total} konten")
        headers = ["No", "Tanggal", "Konten", "Butir daftar periksa dicentang",
                   "Ada temuan dilewati", "Temuan yang dilewati", "Alasan", "Diputuskan oleh",
                   "Waktu keputusan"]
        header(ws, 5, headers)
        styles = StyleIds(ws)
        wrap = Alignment(wrap_text=True, vertical="top")
        text, wrapped = styles.text(), styles.text(alignment=wrap)
        when = styles("dd/mm/yyyy hh:mm")
        cells = []
        for r, c in enumerate(d.compliance, 6):
            decided = _datetime(c.decided_at)
            cells.append([
                (r - 5, styles()), (c.date, styles(DATE)), text_cell(c.title, text),
                (c.ticks, styles(INT)), text_cell("Ya" if c.overridden else "Tidak", text),
                text_cell("\n".join(c.skipped), wrapped), text_cell("\n".join(c.reasons), wrapped),
                text_cell(c.decided_by, text),
                (decided, when) if decided else text_cell(c.decided_at, text)])
        self.spliced[self.wb.worksheets.index(ws) + 1] = SheetRows(5, cells)
        if d.compliance:
            end = 5 + len(d.compliance)
            add_table(ws, "DaftarPeriksa", f"A5:I{end}", headers, "TableStyleLight9")
        widths(ws, [6, 12, 45, 14, 12, 40, 45, 20, 17])
        ws.row_dimensions[5].height = 45
        ws.freeze_panes = "A6"
        sign = 7 + len(d.compliance)
        put(ws, sign, 1, f"Disusun oleh: {d.profile.pic_name}, NIP. "
                         f"{format_nip(d.profile.pic_nip)}")


def _datetime(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
