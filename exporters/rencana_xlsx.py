"""Rencana Konten as an Excel workbook: one table of planned posts (dates as dates,
filters, header repeated on print) and the month's commemorations."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

from core.kalender.rencana import RencanaData
from exporters.base import Exporter, clean_text
from exporters.xlsx_cells import BOX, DATE, NOTE_FONT, TITLE_FONT, put
from exporters.xlsx_cells import header as _header
from exporters.xlsx_cells import print_setup as _print_setup
from exporters.xlsx_cells import widths as _widths


class RencanaXlsx(Exporter):
    """RencanaData -> .xlsx."""

    suffix = ".xlsx"
    label = "Excel"

    def __init__(self, data: RencanaData) -> None:  # type: ignore[override]
        super().__init__(data)  # type: ignore[arg-type]

    def build(self) -> None:
        data: RencanaData = self.data  # type: ignore[assignment]
        self.wb = Workbook()
        self.step(1, 2, "Menyusun lembar rencana")
        ws = self.wb.active
        ws.title = "Rencana Konten"
        put(ws, 1, 1, f"Rencana Konten {data.department} — {data.period}").font = TITLE_FONT
        headers = ["No.", "Tanggal", "Hari", "Materi Konten", "Kategori", "Platform",
                   "Jadwal Unggah", "Status"]
        _header(ws, 3, headers)
        for i, row in enumerate(data.rows, 1):
            r = 3 + i
            values = [i, row.date, row.day.split(",")[0], row.title, row.category,
                      row.platforms, row.schedule, row.status]
            for c, value in enumerate(values, 1):
                cell = put(ws, r, c, value, DATE if c == 2 else None)
                cell.border = BOX
                cell.alignment = Alignment(vertical="top", wrap_text=c in (4, 6, 7))
        if data.rows:
            last = 3 + len(data.rows)
            table = Table(displayName="RencanaKonten", ref=f"A3:H{last}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
            ws.add_table(table)
        else:
            put(ws, 4, 1, "Belum ada konten yang direncanakan untuk bulan ini.").font = \
                NOTE_FONT
        _widths(ws, [5, 12, 9, 48, 18, 30, 26, 14])
        ws.freeze_panes = "A4"
        _print_setup(ws)
        ws.print_title_rows = "3:3"
        self.step(2, 2, "Menyusun lembar hari peringatan")
        days = self.wb.create_sheet("Hari Peringatan")
        _header(days, 1, ["Tanggal", "Hari Peringatan", "Dasar", "Konten direncanakan"])
        for i, c in enumerate(data.commemorations, 2):
            for col, value in enumerate([c.date, c.name, c.basis,
                                         "Ada" if c.planned else "Belum ada"], 1):
                put(days, i, col, value, DATE if col == 1 else None).border = BOX
        _widths(days, [12, 40, 50, 20])
        _print_setup(days)
        props = self.wb.properties
        props.title = clean_text(f"Rencana Konten {data.period}")
        props.creator = clean_text(data.profile.pic_name)

    def save(self, path: Path) -> None:
        self.wb.save(str(path))
