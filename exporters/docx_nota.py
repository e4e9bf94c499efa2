"""The one-page "Nota Dinas" that covers the report (Permendagri 1/2023 layout):
kop, NOTA DINAS, the Yth./Dari/Tembusan/Tanggal/Nomor/Sifat/Lampiran/Hal block, a rule,
a short body with the period's key figures, and the sender's signature on the right."""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from core.nota_dinas import NotaDinas
from core.report import ReportData
from core.report_analysis import change_sentences
from core.report_format import format_number, format_optional_date, format_percent
from exporters.base import Exporter, clean_text
from exporters.docx_naskah import NaskahDocument
from exporters.docx_ooxml import bottom_rule, finish_package, set_language


class NotaDinasDocx(Exporter):
    """(ReportData, NotaDinas) -> a one-page .docx cover."""

    suffix = ".docx"
    label = "Nota Dinas"

    def __init__(self, data: ReportData, nota: NotaDinas) -> None:
        super().__init__(data)
        self.nota = nota

    def build(self) -> None:
        d, nota = self.data, self.nota
        self.n = NaskahDocument(d.page)
        self.doc = self.n.doc
        self.step(1, 3, "Menyusun nota dinas")
        self.n.kop(d.profile, d.department, d.logo)
        title = self.n.para("NOTA DINAS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        title.paragraph_format.space_after = Pt(12)
        self._fields()
        self._body()
        self.step(2, 3, "Menyusun tanda tangan")
        self._signature()
        set_language(self.doc)
        finish_package(self.doc, title=f"Nota Dinas {nota.subject}",
                       author=clean_text(d.profile.pic_name), company=d.department,
                       subject=nota.subject)

    def save(self, path: Path) -> None:
        self.doc.save(str(path))

    def _fields(self) -> None:
        nota = self.nota
        copies = list(nota.copies) or ["\u2013"]
        rows = [("Yth.", nota.to), ("Dari", nota.sender),
                ("Tembusan", copies[0] if len(copies) == 1 else ""),
                ("Tanggal", format_optional_date(nota.date)), ("Nomor", nota.number),
                ("Sifat", nota.nature), ("Lampiran", nota.attachment), ("Hal", nota.subject)]
        table = self.doc.add_table(rows=0, cols=3)
        table.autofit = False
        widths = (Cm(3.0), Cm(0.5), Cm(self.n.text_width_cm - 3.5))
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # w:gridCol: LibreOffice lays out by the grid
        for label, value in rows:
            cells = table.add_row().cells
            for cell, text, width in zip(cells, (label, ":", value), widths, strict=True):
                cell.width = width
                p = cell.paragraphs[0]
                p.paragraph_format.space_after = Pt(2)
                p.add_run(clean_text(text))
            if label == "Tembusan" and len(copies) > 1:
                target = cells[2]
                for i, copy in enumerate(copies, 1):
                    p = target.paragraphs[0] if i == 1 else target.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    p.add_run(clean_text(f"{i}. {copy}"))
        rule = self.n.para()
        bottom_rule(rule)
        rule.paragraph_format.space_after = Pt(12)

    def _body(self) -> None:
        d, t = self.data, self.data.totals
        short = d.profile.dept_short or d.department
        self.n.justified(
            f"Dengan hormat, bersama ini kami sampaikan Laporan Pengelolaan Media Sosial "
            f"{short} periode {d.period} sebagai bahan evaluasi dan pertanggungjawaban.")
        if t.uploads:
            figures = (f"Secara ringkas, pada periode tersebut terbit {format_number(t.posts)} "
                       f"konten dalam {format_number(t.uploads)} unggahan dengan jangkauan "
                       f"{format_number(t.sums['reach'])} dan {format_number(t.interactions)} "
                       "interaksi")
            figures += (f" (tingkat keterlibatan {format_percent(t.engagement)})."
                        if t.engagement is not None else ".")
            figures += "".join(f" {s}" for s in change_sentences(d)[:1])
        else:
            figures = "Pada periode tersebut tidak ada konten yang terbit."
        self.n.justified(figures + " Rincian capaian, analisis, kendala, serta simpulan dan "
                                   "saran tercantum dalam laporan terlampir.")
        self.n.justified("Demikian disampaikan, atas perhatian dan arahan Bapak/Ibu kami "
                         "ucapkan terima kasih.")

    def _signature(self) -> None:
        profile = self.data.profile
        spacer = self.n.para()
        spacer.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=2)
        table.autofit = False
        half = self.n.text_width_cm / 2
        left, right = table.rows[0].cells
        left.width = right.width = Cm(half)
        table.columns[0].width = table.columns[1].width = Cm(half)
        self.n.sign_block(right, [profile.pic_position or "Pengelola Media Sosial"],
                          profile.pic_name, profile.pic_rank, profile.pic_nip)
