"""Rencana Konten as a Word document: the dinas letter layout of the monthly report
(kop, title, numbered table, signature blocks), landscape so the table reads well.

It uses the report's naskah dinas parts (exporters/docx_naskah.py: page, styles, kop,
tables, signature blocks with pangkat/golongan), so both documents that go to the
Kepala Dinas look like they came from the same office.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from core.indonesian import DAYS, MONTHS_SHORT
from core.kalender.rencana import RencanaData
from core.report_page import PageSetup
from exporters.base import Exporter, clean_text
from exporters.docx_naskah import DESIGN_LANDSCAPE_CM, NaskahDocument
from exporters.docx_ooxml import finish_package, set_language

PLAN_WIDTHS = [1.0, 3.2, 8.0, 3.0, 4.6, 3.6, 2.4]  # scaled to the landscape text width
DAY_WIDTHS = [1.0, 3.2, 7.0, 11.0, 2.8]
PAGE = PageSetup(left_mm=20, right_mm=20)  # A4 landscape, 2 cm sides as before


def _design(widths: list[float]) -> list[float]:
    """Widths as a share of the landscape design width (the table scales them)."""
    total = sum(widths)
    return [w * DESIGN_LANDSCAPE_CM / total for w in widths]


class RencanaDocx(Exporter):
    """RencanaData -> .docx."""

    suffix = ".docx"
    label = "Word"

    def __init__(self, data: RencanaData) -> None:  # type: ignore[override]
        super().__init__(data)  # type: ignore[arg-type]

    def build(self) -> None:
        data: RencanaData = self.data  # type: ignore[assignment]
        n = NaskahDocument(PAGE, landscape=True)
        self.doc = n.doc
        n.page_numbers(self.doc.sections[0], skip_first=True)
        self.step(1, 3, "Menyusun kop dan judul")
        n.kop(data.profile, data.department, data.logo)
        center = WD_ALIGN_PARAGRAPH.CENTER
        p = n.para("RENCANA KONTEN MEDIA SOSIAL", bold=True, align=center)
        p.paragraph_format.space_after = Pt(2)
        p = n.para(f"BULAN {data.period.upper()}", bold=True, align=center)
        p.paragraph_format.space_after = Pt(12)
        self.step(2, 3, "Menyusun tabel rencana")
        n.para(f"Berikut rencana konten media sosial {clean_text(data.department)} untuk "
               f"bulan {data.period} yang diajukan untuk mendapat persetujuan.")
        if data.rows:
            rows = [[str(i), r.short_day, r.title, r.category, r.platforms,
                     r.schedule or "–", r.status] for i, r in enumerate(data.rows, 1)]
            n.table(["No.", "Hari, Tgl.", "Materi Konten", "Kategori", "Platform",
                     "Jadwal Unggah", "Status"], rows, _design(PLAN_WIDTHS),
                    caption="Rencana konten", landscape=True, nowrap={1})
        else:
            n.para("Belum ada konten yang direncanakan untuk bulan ini.")
        if data.commemorations:
            rows = [[str(i), f"{DAYS[c.date.weekday()]}, {c.date.day} "
                     f"{MONTHS_SHORT[c.date.month - 1]}", c.name, c.basis,
                     "Ada" if c.planned else "Belum ada"]
                    for i, c in enumerate(data.commemorations, 1)]
            n.table(["No.", "Hari, Tgl.", "Hari Peringatan", "Dasar", "Konten"], rows,
                    _design(DAY_WIDTHS), caption="Hari peringatan pada bulan ini",
                    landscape=True, nowrap={1})
        self.step(3, 3, "Menyusun tanda tangan")
        n.signatures(data.profile, data.department, data.place_date,
                     left_label="Menyetujui,", right_label="Yang mengajukan,")
        set_language(self.doc)
        finish_package(self.doc, title=clean_text(f"Rencana Konten {data.period}"),
                       author=clean_text(data.profile.pic_name), company=data.department,
                       subject=f"Rencana konten media sosial {data.department}")

    def save(self, path: Path) -> None:
        self.doc.save(str(path))
