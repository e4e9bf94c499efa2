"""Rencana Konten as a Word document: the dinas letter layout of the monthly report
(kop, title, numbered table, signature blocks), landscape so the table reads at 10 pt.

It reuses the report's page, style, kop, table and signature builders, so both
documents that go to the Kepala Dinas look like they came from the same office.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Mm, Pt
from docx.table import Table

from core.indonesian import DAYS, MONTHS_SHORT
from core.kalender.rencana import RencanaData
from exporters.base import clean_text
from exporters.docx_report import DocxReport

PLAN_WIDTHS = [1.0, 3.2, 8.0, 3.0, 4.6, 3.6, 2.4]  # 25.8 cm: A4 landscape text width
DAY_WIDTHS = [1.0, 3.2, 7.0, 11.0, 2.8]


class RencanaDocx(DocxReport):
    """RencanaData -> .docx."""

    suffix = ".docx"
    label = "Word"
    text_width_cm = 29.7 - 2.0 - 2.0  # A4 landscape less the margins set below

    def __init__(self, data: RencanaData) -> None:  # type: ignore[override]
        super().__init__(data)  # type: ignore[arg-type]

    def build(self) -> None:
        data: RencanaData = self.data  # type: ignore[assignment]
        self.doc = Document()
        self.figures = self.tables = 0
        self._setup_page()
        self._landscape()
        self._setup_styles()
        self.step(1, 3, "Menyusun kop dan judul")
        self._kop()
        center = WD_ALIGN_PARAGRAPH.CENTER
        p = self.para("RENCANA KONTEN MEDIA SOSIAL", bold=True, align=center, size=14)
        p.paragraph_format.space_after = Pt(2)
        p = self.para(f"BULAN {data.period.upper()}", bold=True, align=center, size=12)
        p.paragraph_format.space_after = Pt(12)
        self.step(2, 3, "Menyusun tabel rencana")
        self.para(f"Berikut rencana konten media sosial {clean_text(data.department)} untuk "
                  f"bulan {data.period} yang diajukan untuk mendapat persetujuan.")
        if data.rows:
            rows = [[str(i), r.short_day, r.title, r.category, r.platforms,
                     r.schedule or "–", r.status] for i, r in enumerate(data.rows, 1)]
            self._sized(self.table(["No.", "Hari, Tgl.", "Materi Konten", "Kategori",
                                    "Platform", "Jadwal Unggah", "Status"], rows,
                                   PLAN_WIDTHS, caption="Rencana konten", size=9.5),
                        PLAN_WIDTHS)
        else:
            self.para("Belum ada konten yang direncanakan untuk bulan ini.", italic=True)
        if data.commemorations:
            rows = [[str(i), f"{DAYS[c.date.weekday()]}, {c.date.day} "
                     f"{MONTHS_SHORT[c.date.month - 1]}", c.name, c.basis,
                     "Ada" if c.planned else "Belum ada"]
                    for i, c in enumerate(data.commemorations, 1)]
            self._sized(self.table(["No.", "Hari, Tgl.", "Hari Peringatan", "Dasar",
                                    "Konten"], rows, DAY_WIDTHS,
                                   caption="Hari peringatan pada bulan ini", size=9.5),
                        DAY_WIDTHS)
        self.step(3, 3, "Menyusun tanda tangan")
        self._signature("Menyetujui,", "Yang mengajukan,")
        self.doc.core_properties.title = clean_text(f"Rencana Konten {data.period}")
        self.doc.core_properties.author = clean_text(data.profile.pic_name)

    @staticmethod
    def _sized(table: Table, widths_cm: list[float]) -> None:
        """Every cell gets its column's width: LibreOffice and Word then agree on the
        layout instead of squeezing the table to the portrait text width."""
        table.autofit = False
        for row in table.rows:
            for cell, width in zip(row.cells, widths_cm, strict=True):
                cell.width = Cm(width)

    def _landscape(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.left_margin, section.right_margin = Cm(2), Cm(2)

    def save(self, path: Path) -> None:
        self.doc.save(str(path))
