"""The city report as an Excel workbook, for Diskominfo's own analysis.

Sheets: Ringkasan (city totals beside the previous period's, sending status, Simpulan
dan Saran); Unggahan: one flat Excel table of every upload of every unit (unit, date,
title, category, platform, URL, metrics) with filters, ready for pivot tables; then one
sheet per measure (a row per unit, this period and the last, a native bar chart); when
campaigns ran, Amplifikasi Narasi (a row per campaign and unit).
Totals are SUBTOTAL formulas so a filter changes them; text is never a formula.

A city month is ~50,000 upload rows, so the flat table is appended row by row with the
workbook's default font set to Arial once, not styled cell by cell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from core.model import METRIC_FIELDS, METRIC_LABELS
from core.platforms import platform_name
from core.rekap.laporan_kota import CityReportData, interactions
from core.rekap.papan import Figures
from exporters.base import Exporter, app_xml, clean_text
from exporters.laporan_kota_docx import measures
from exporters.xlsx_cells import (
    BODY_PT,
    BOLD,
    BOX,
    DATE,
    EXCEL_CELL_LIMIT,
    FONT_NAME,
    INT,
    NOTE_FONT,
    PCT,
    SIGNED,
    TITLE_FONT,
    StyleIds,
    formula,
    header,
    print_setup,
    put,
    put_no_figure,
    widths,
)
from exporters.xlsx_stream import SheetRows, save_workbook

METRICS = METRIC_FIELDS
METRIC_HEADERS = tuple(METRIC_LABELS[m] for m in METRIC_FIELDS)
FLAT_HEADERS = ("Unit", "ID Konten", "Tanggal", "Judul", "Kategori", "Platform", "Tautan",
                *METRIC_HEADERS, "Interaksi", "Lolos Cek", "Kolaborasi Akun Kota", "Kampanye")
FLAT_WIDTHS = [34, 10, 12, 48, 18, 12, 40, *[11] * (len(METRIC_HEADERS) + 1), 10, 12, 24]
WRAP = Alignment(wrap_text=True, vertical="top")


# (sheet, value of a Figures, number format, ratio parts: (numerator, denominator) or None)
Measure = tuple[str, Callable[[Figures], float | None], str,
                tuple[Callable[[Figures], int], Callable[[Figures], int], str, str] | None]
MEASURES: list[Measure] = [
    ("Konten", lambda f: f.posts, INT, None),
    ("Jumlah Unggahan", lambda f: f.uploads, INT, None),
    ("Jangkauan", lambda f: f.reach, INT, None),
    ("Interaksi", lambda f: f.interactions, INT, None),
    ("Keterlibatan", lambda f: f.engagement, PCT,
     (lambda f: f.engaged_interactions, lambda f: f.engaged_reach,
      "Interaksi (terukur)", "Jangkauan (terukur)")),
    ("Pengikut", lambda f: f.followers, INT, None),
    ("Pertumbuhan Pengikut", lambda f: f.growth, SIGNED, None),
    ("Lolos Cek", lambda f: f.passed_share, PCT,
     (lambda f: f.passed, lambda f: f.posts, "Konten lolos", "Konten")),
    ("Kolaborasi", lambda f: f.collaborations, INT, None),
]


def _plain(text: str) -> tuple[str, str]:
    """An unstyled text cell of the Unggahan body: cleaned and cut to Excel's limit (an
    inline string, never read as a formula)."""
    return clean_text(text)[:EXCEL_CELL_LIMIT], ""


class CityReportXlsx(Exporter):
    """CityReportData -> .xlsx."""

    suffix = ".xlsx"
    label = "Excel"

    def __init__(self, data: CityReportData) -> None:  # type: ignore[override]
        super().__init__(data)  # type: ignore[arg-type]

    def build(self) -> None:
        data: CityReportData = self.data  # type: ignore[assignment]
        self.wb = Workbook()
        self.wb._fonts = IndexedList([Font(name=FONT_NAME, size=BODY_PT)])  # default: Arial
        self.step(1, 3, "Menyusun ringkasan")
        self._summary(self.wb.active, data)
        self.step(2, 3, "Menyusun tabel semua unggahan")
        self._flat(self.wb.create_sheet("Unggahan"), data)
        self.step(3, 3, "Menyusun lembar per ukuran")
        for measure in MEASURES:
            self._measure(self.wb.create_sheet(measure[0]), data, measure)
        if data.board.campaigns:
            self._campaigns(self.wb.create_sheet("Amplifikasi Narasi"), data)
        props = self.wb.properties
        props.title = clean_text(f"Laporan Rekapitulasi Kota {data.period}")
        props.creator = clean_text(data.profile.pic_name)

    def save(self, path: Path) -> None:
        """One write: the Unggahan body spliced in, Warta named as the application."""
        save_workbook(self.wb, path, self.spliced,
                      {"docProps/app.xml": app_xml(clean_text(self.data.department))})

    # ---- Ringkasan ---------------------------------------------------------------------
    def _summary(self, ws: Worksheet, d: CityReportData) -> None:
        ws.title = "Ringkasan"
        put(ws, 1, 1, d.title).font = TITLE_FONT
        put(ws, 2, 1, d.department).font = BOLD
        put(ws, 3, 1, f"Periode {d.period}; dibandingkan periode {d.previous_period}")
        header(ws, 5, ["Uraian", "Periode Ini", "Periode Lalu"])
        now, before = measures(d.board.totals), measures(d.board.previous_totals)
        now_units, before_units = d.reporting
        row = 6
        for (label, value, ratio), (_, old, _) in zip(
                [("Unit yang melapor", now_units, False), *now],
                [("", before_units, False), *before], strict=True):
            put(ws, row, 1, label).border = BOX
            put(ws, row, 2, value, PCT if ratio else INT).border = BOX
            before_cell = (put(ws, row, 3, old, PCT if ratio else INT) if d.has_previous
                           else put_no_figure(ws, row, 3))
            before_cell.border = BOX
            row += 1
        # the terms right under the table that uses them (at the end of the sheet, after
        # a long Simpulan and Saran, the line alone ended on a second printed page)
        put(ws, row, 1, "Keterlibatan = interaksi ÷ jangkauan unggahan yang metriknya "
                        "dicatat; Lolos Cek = konten yang lolos pemeriksaan tanpa "
                        "pengecualian.").font = NOTE_FONT
        row += 2
        header(ws, row, ["Status paket laporan", "Jumlah unit"])
        for status in ("tepat waktu", "terlambat", "belum mengirim", "perlu dipetakan"):
            row += 1
            put(ws, row, 1, status.capitalize()).border = BOX
            put(ws, row, 2, d.board.count(status), INT).border = BOX
        for title, items in (("Simpulan", d.conclusions), ("Saran", d.suggestions)):
            row += 2
            put(ws, row, 1, title).font = BOLD
            for i, text in enumerate(items or ["Tidak ada."], 1):
                put(ws, row + i, 1, f"{i}. {text}").alignment = WRAP
                # LibreOffice keeps a wrapped row one line high unless told
                ws.row_dimensions[row + i].height = 13.5 * (len(text) // 95 + 1)
            row += len(items or [1])
        widths(ws, [90, 16, 16])
        print_setup(ws)

    # ---- Unggahan (flat) ---------------------------------------------------------------
    def _flat(self, ws: Worksheet, d: CityReportData) -> None:
        """Header, table and SUBTOTAL row here; the body rows go in at save()."""
        header(ws, 1, list(FLAT_HEADERS))
        date = StyleIds(ws)(DATE)
        self.spliced = {self.wb.index(ws) + 1: SheetRows(1, [
            [_plain(u.unit), (u.post_id, ""), (u.date, date), _plain(u.title),
             _plain(u.category), _plain(platform_name(u.platform)), _plain(u.url),
             *[(u.metrics.get(m), "") for m in METRICS], (interactions(u.metrics), ""),
             _plain("Ya" if u.passed else "Tidak"),
             _plain("Ya" if u.collaboration else "Tidak"), _plain(u.campaign)]
            for u in d.uploads])}
        last = 1 + len(d.uploads)
        end_col = get_column_letter(len(FLAT_HEADERS))
        if d.uploads:
            table = Table(displayName="SemuaUnggahan", ref=f"A1:{end_col}{last}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
            table._initialise_columns()  # named here: openpyxl would read every body cell
            for column, name in zip(table.tableColumns, FLAT_HEADERS, strict=True):
                column.name = name
            ws.add_table(table)
            total = last + 1
            formula(ws, total, 1, f"SUBTOTAL(103,A2:A{last})", INT, bold=True)
            put(ws, total, 4, "Jumlah unggahan yang tampil (ikut filter)").font = BOLD
            for i in range(len(METRICS) + 1):
                letter = get_column_letter(8 + i)
                formula(ws, total, 8 + i, f"SUBTOTAL(109,{letter}2:{letter}{last})", INT,
                        bold=True)
        else:
            put(ws, 2, 1, "Belum ada unit yang menyampaikan paket laporan.")
        widths(ws, FLAT_WIDTHS)
        ws.row_dimensions[1].height = 30
        ws.freeze_panes = "B2"
        ws.print_title_rows = "1:1"
        print_setup(ws)

    # ---- Amplifikasi Narasi -------------------------------------------------------------
    def _campaigns(self, ws: Worksheet, d: CityReportData) -> None:
        """A row per campaign and unit (amplified, sent without it, not sent): pivotable."""
        put(ws, 1, 1, f"Amplifikasi narasi — {d.period}").font = TITLE_FONT
        heads = ["Narasi", "ID Narasi", "Unit", "Keterangan", "Konten", "Jangkauan",
                 "Interaksi"]
        header(ws, 3, heads)
        row = 3
        for a in d.board.campaigns:
            lines = [(u.name, "Mengamplifikasi", u.posts, u.reach, u.interactions)
                     for u in a.units]
            lines += [(name, "Mengirim paket tanpa narasi ini", 0, 0, 0) for name in a.silent]
            lines += [(name, "Belum mengirim paket", None, None, None) for name in a.missing]
            for unit, note, posts, reach, inter in lines:
                row += 1
                for col, value in enumerate((a.title, a.campaign_id, unit, note), 1):
                    put(ws, row, col, value)
                for col, value in enumerate((posts, reach, inter), 5):
                    put(ws, row, col, value, INT)
        ws.auto_filter.ref = f"A3:G{row}"
        formula(ws, row + 1, 5, f"SUBTOTAL(109,E4:E{row})", INT, bold=True)
        formula(ws, row + 1, 6, f"SUBTOTAL(109,F4:F{row})", INT, bold=True)
        formula(ws, row + 1, 7, f"SUBTOTAL(109,G4:G{row})", INT, bold=True)
        put(ws, row + 1, 1, "Jumlah (baris yang tampil)").font = BOLD
        widths(ws, [36, 24, 42, 30, 11, 13, 12])
        ws.freeze_panes = "A4"
        print_setup(ws)

    # ---- one sheet per measure -----------------------------------------------------------
    def _measure(self, ws: Worksheet, d: CityReportData, measure: Measure) -> None:
        name, value, fmt, ratio = measure
        put(ws, 1, 1, f"{name} per unit — {d.period}").font = TITLE_FONT
        heads = ["Unit", "Status"]
        if ratio:
            heads += [ratio[2], ratio[3]]
        heads += [f"{name} Periode Ini", f"{name} Periode Lalu", "Selisih"]
        header(ws, 3, heads)
        ws.row_dimensions[3].height = 30
        now_col = 5 if ratio else 3
        rows = [r for r in d.board.rows if r.figures is not None or r.previous is not None]
        for i, r in enumerate(rows, 4):
            put(ws, i, 1, r.name)
            put(ws, i, 2, r.status)
            if ratio and r.figures is not None:
                put(ws, i, 3, ratio[0](r.figures), INT)
                put(ws, i, 4, ratio[1](r.figures), INT)
                formula(ws, i, 5, f'IF(D{i}>0,C{i}/D{i},"")', fmt)
            elif r.figures is not None:
                put(ws, i, now_col, value(r.figures), fmt)
            put(ws, i, now_col + 1, value(r.previous) if r.previous else None, fmt)
            a, b = get_column_letter(now_col), get_column_letter(now_col + 1)
            formula(ws, i, now_col + 2, f'IF(AND(ISNUMBER({a}{i}),ISNUMBER({b}{i})),'
                                        f'{a}{i}-{b}{i},"")', PCT if ratio else SIGNED)
        last = 3 + len(rows)
        if not rows:
            put(ws, 4, 1, "Belum ada unit yang menyampaikan paket laporan.")
            widths(ws, [40])
            return
        ws.auto_filter.ref = f"A3:{get_column_letter(len(heads))}{last}"
        total = last + 1
        put(ws, total, 1, "Jumlah kota (unit yang tampil)").font = BOLD
        if ratio:
            for c in (3, 4):
                col = get_column_letter(c)
                formula(ws, total, c, f"SUBTOTAL(109,{col}4:{col}{last})", INT, bold=True)
            formula(ws, total, 5, f'IF(D{total}>0,C{total}/D{total},"")', fmt, bold=True)
            put(ws, total, 6, value(d.board.previous_totals), fmt).font = BOLD
        else:
            for c in (now_col, now_col + 1):
                col = get_column_letter(c)
                formula(ws, total, c, f"SUBTOTAL(109,{col}4:{col}{last})", fmt, bold=True)
        if not d.has_previous:  # no packet of the period before: no zero to compare with
            put_no_figure(ws, total, now_col + 1).font = BOLD
        a, b = get_column_letter(now_col), get_column_letter(now_col + 1)
        formula(ws, total, now_col + 2, f'IF(AND(ISNUMBER({a}{total}),ISNUMBER({b}{total})),'
                                        f'{a}{total}-{b}{total},"")', PCT if ratio else SIGNED,
                bold=True)
        widths(ws, [42, 16, *[16] * (len(heads) - 2)])
        ws.freeze_panes = "B4"
        print_setup(ws)
        ws.add_chart(self._bar(ws, now_col, last, name, len(rows), fmt),
                     f"{get_column_letter(len(heads) + 2)}3")

    @staticmethod
    def _bar(ws: Worksheet, col: int, last: int, name: str, count: int, fmt: str) -> BarChart:
        bar = BarChart()
        bar.type = "bar"
        bar.style = 10
        bar.title = f"{name} per unit"
        bar.legend = None
        bar.y_axis.numFmt = fmt
        bar.y_axis.delete = False
        bar.x_axis.delete = False
        bar.x_axis.scaling.orientation = "maxMin"  # first unit on top
        bar.y_axis.scaling.min = 0  # bars from zero: a cut axis exaggerates differences
        bar.add_data(Reference(ws, min_col=col, min_row=3, max_row=last), titles_from_data=True)
        bar.set_categories(Reference(ws, min_col=1, min_row=4, max_row=last))
        bar.series[0].graphicalProperties.solidFill = "0B6E4F"
        bar.height, bar.width = max(8, 0.55 * count), 18
        return bar
