"""The monthly report as a Word document (python-docx), laid out like a dinas letter.

A4, letterhead (kop) with the city logo, title and period, chapters I-VI, the
signature block and "Halaman X dari Y" in the footer. Long tables repeat their header
row on each page; documentation photos are downscaled to about 1200 px JPEG so a
month with 60 photos stays a few megabytes.
"""

from __future__ import annotations

import contextlib
import io
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from PIL import Image

from core.photo_cache import cached_downscale
from core.platforms import platform_name
from core.report import ENGAGEMENT_FORMULA, DocPhoto, Totals
from core.report_files import ReportFormat
from core.report_format import (
    format_nip,
    format_number,
    format_optional_date,
    format_percent,
    format_signed,
)
from exporters.base import Exporter, clean_text, is_web_link, shorten
from exporters.chart import platform_chart_png

FONT = "Arial"
TEXT_WIDTH_CM = 16.0  # A4 210 mm less 3 cm left and 2 cm right margins
PHOTO_PX = 1000  # ~340 dpi at the 7.4 cm a photo gets in the two-column grid
PHOTO_QUALITY = 80
PHOTO_BUDGET = 140_000  # bytes per photo before the second, smaller encoding
HEADER_FILL = "DCEBE4"
LEGAL_BASIS = (
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
    "Instruksi Presiden Nomor 9 Tahun 2015 tentang Pengelolaan Komunikasi Publik;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 83 "
    "Tahun 2012 tentang Pedoman Pemanfaatan Media Sosial Instansi Pemerintah.",
)


def _photo_or_none(photo: DocPhoto) -> tuple[bytes, tuple[int, int]] | None:
    if not photo.exists:
        return None
    try:
        data = cached_downscale(photo.path, PHOTO_PX, PHOTO_QUALITY, PHOTO_BUDGET)
        with Image.open(io.BytesIO(data)) as im:
            return data, im.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


# ---- low-level OOXML helpers ------------------------------------------------------------

def _set_cell_fill(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _row_flag(row, tag: str) -> None:
    """w:tblHeader (repeat on each page) or w:cantSplit on a table row."""
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _bottom_rule(paragraph: Paragraph) -> None:
    """The kop's double rule: a thick-thin border under the paragraph."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "thickThinSmallGap"), ("w:sz", "24"), ("w:space", "1"),
                       ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)


def _field(paragraph: Paragraph, code: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice both update."""
    def fld_char(kind: str):
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
        return run

    fld_char("begin")
    instr = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {code} "
    instr._r.append(text)
    fld_char("separate")
    paragraph.add_run(placeholder)
    fld_char("end")


def _compact(table: Table, size: float) -> None:
    """Smaller text and 1 mm cell margins for a wide table."""
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), "57")
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    look = tbl_pr.find(qn("w:tblLook"))  # schema order: tblCellMar before tblLook
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)


def _link_rid(part, url: str) -> str:
    """The part's relationship id for an external link, one per URL.

    python-docx's relate_to scans every relationship of the part for a match and again
    for a free id: a year's report with 10,000 links spent a minute there. Ids are kept
    per part here and numbered "rIdL<n>", which python-docx's "rId<n>" never uses."""
    links = part.__dict__.setdefault("_warta_links", {})
    r_id = links.get(url)
    if r_id is None:
        r_id = links[url] = f"rIdL{len(links) + 1}"
        part.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, r_id, is_external=True)
    return r_id


def _hyperlink(paragraph: Paragraph, url: str, text: str, size: float = 9) -> None:
    """A clickable external link (blue, underlined)."""
    r_id = _link_rid(paragraph.part, url)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    r_pr.append(color)  # schema order: color, sz, szCs, u
    for tag in ("w:sz", "w:szCs"):
        sz = OxmlElement(tag)
        sz.set(qn("w:val"), str(round(size * 2)))
        r_pr.append(sz)
    r_pr.append(underline)
    run.append(r_pr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _link_text(url: str) -> str:
    """A URL as printed: without https:// and www., so it wraps in a narrow column."""
    text = url.split("://", 1)[-1]
    return text.removeprefix("www.").rstrip("/")


class DocxReport(Exporter):
    """ReportData -> .docx."""

    format = ReportFormat.DOCX
    text_width_cm = TEXT_WIDTH_CM  # a landscape document (Rencana Konten) has more

    def build(self) -> None:
        data = self.data
        total_steps = 8
        self.doc = Document()
        self.figures = 0
        self.tables = 0
        self._setup_page()
        self._setup_styles()
        self.step(1, total_steps, "Menyusun kop dan judul")
        self._kop()
        self._title()
        self.step(2, total_steps, "Menyusun pendahuluan")
        self._introduction()
        self.step(3, total_steps, "Menyusun rekapitulasi")
        self._recap()
        self.step(4, total_steps, "Menyusun daftar unggahan")
        self._post_list()
        self.step(5, total_steps, "Menyiapkan foto dokumentasi")
        self._documentation()
        self.step(7, total_steps, "Menyusun penutup")
        self._issues()
        self._closing()
        self._signature()
        self.doc.core_properties.title = clean_text(
            f"Laporan Pengelolaan Media Sosial {data.period}")
        self.doc.core_properties.author = clean_text(data.profile.pic_name)

    def save(self, path: Path) -> None:
        self.doc.save(str(path))

    # ---- page and styles ---------------------------------------------------------------
    def _setup_page(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)
        section.footer_distance = Cm(1)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer.style = self.doc.styles["Normal"]
        run = footer.add_run("Halaman ")
        run.font.size = Pt(9)
        _field(footer, "PAGE", "1")
        footer.add_run(" dari ")
        _field(footer, "NUMPAGES", "1")
        for r in footer.runs:
            r.font.size = Pt(9)

    def _setup_styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(11)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        for name, size in (("Heading 1", 12), ("Heading 2", 11)):
            style = styles[name]
            style.font.name = FONT
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = RGBColor(0, 0, 0)
            rfonts = style.element.rPr.rFonts
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rfonts.set(qn(attr), FONT)
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(attr), None)
            style.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.keep_with_next = True
        cell = styles.add_style("Isi Tabel", 1)  # WD_STYLE_TYPE.PARAGRAPH
        cell.base_style = normal
        cell.font.size = Pt(9)
        cell.paragraph_format.space_after = Pt(0)
        cell.paragraph_format.line_spacing = 1.0
        caption = styles.add_style("Keterangan Gambar", 1)
        caption.base_style = normal
        caption.font.size = Pt(9)
        caption.font.italic = True
        caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption.paragraph_format.space_after = Pt(8)
        self.cell_style_id = cell.style_id

    # ---- building blocks ---------------------------------------------------------------
    def para(self, text: str = "", *, bold: bool = False, align=None, size: float | None = None,
             style: str | None = None, italic: bool = False) -> Paragraph:
        p = self.doc.add_paragraph(style=style)
        if text:
            run = p.add_run(clean_text(text))
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(clean_text(text), level=level)

    def numbered(self, items: list[str] | tuple[str, ...], indent_cm: float = 0.63) -> None:
        """'1. ...' lists with a hanging indent (no numbering definitions to break)."""
        for i, item in enumerate(items, 1):
            p = self.para(f"{i}.\t{item}")
            fmt = p.paragraph_format
            fmt.left_indent = Cm(indent_cm + 0.63)
            fmt.first_line_indent = Cm(-0.63)
            fmt.tab_stops.add_tab_stop(Cm(indent_cm + 0.63))
            fmt.space_after = Pt(2)

    def _fill(self, cell: _Cell, text: str, *, bold: bool = False, align=None) -> None:
        p = cell.paragraphs[0]
        p._p.style = self.cell_style_id  # p.style = ... looks the default style up each time
        if text:
            run = p.add_run(text)
            if bold:
                run.bold = True
        if align is not None:
            p.alignment = align

    def _body_rows(self, rows: list[list[str]], widths_cm: list[float],
                   numeric: set[int] | frozenset[int], size: float | None) -> list:
        """The body rows as <w:tr> elements, parsed from one XML string: what add_row and
        _fill make cell by cell (width, cell style, right-aligned numbers, run size), ten
        times faster, which a year's post list (70,000 cells) needs."""
        widths = [round(Cm(w) / 635) for w in widths_cm]  # EMU -> twips
        style = escape(self.cell_style_id, {'"': "&quot;"})
        r_pr = f'<w:rPr><w:sz w:val="{round(size * 2)}"/></w:rPr>' if size is not None else ""
        out = []
        for values in rows:
            out.append("<w:tr>")
            for i, value in enumerate(values):
                jc = '<w:jc w:val="right"/>' if i in numeric else ""
                text = clean_text(value)
                run = (f'<w:r>{r_pr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
                       if text else "")
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/></w:tcPr>'
                           f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{jc}</w:pPr>{run}</w:p>'
                           f"</w:tc>")
            out.append("</w:tr>")
        return list(parse_xml(f'<w:tbl {nsdecls("w")}>{"".join(out)}</w:tbl>'))

    def table(self, headers: list[str], rows: list[list[str]], widths_cm: list[float],
              numeric: set[int] | frozenset[int] = frozenset(), caption: str = "", *,
              size: float | None = None) -> Table:
        """A bordered table with a shaded header row that repeats on every page.

        Short tables (up to 15 rows) are kept on one page; `size` shrinks the text and
        the cell margins of a wide table.
        """
        if caption:
            self.tables += 1
            p = self.para(f"Tabel {self.tables}. {caption}", bold=True, size=10)
            p.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for i, w in enumerate(widths_cm):
            table.columns[i].width = Cm(w)
        head = table.rows[0]
        _row_flag(head, "w:tblHeader")
        _row_flag(head, "w:cantSplit")
        for i, (cell, text) in enumerate(zip(head.cells, headers, strict=True)):
            cell.width = Cm(widths_cm[i])
            self._fill(cell, clean_text(text), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            _set_cell_fill(cell, HEADER_FILL)
        if size is not None:
            _compact(table, size)  # the header row; the body rows below carry the size
        table._tbl.extend(self._body_rows(rows, widths_cm, numeric, size))
        if len(rows) <= 15:
            for row in table.rows[:-1]:
                _row_flag(row, "w:cantSplit")
                for cell in row.cells:
                    for p in cell.paragraphs:
                        p.paragraph_format.keep_with_next = True
        self.para().paragraph_format.space_after = Pt(2)
        return table

    # ---- sections ----------------------------------------------------------------------
    def _kop(self) -> None:
        profile = self.data.profile
        kop = self.doc.add_table(rows=1, cols=2)
        kop.autofit = False
        logo_cell, text_cell = kop.rows[0].cells
        logo_cell.width, text_cell.width = Cm(2.6), Cm(self.text_width_cm - 2.6)
        kop.columns[0].width, kop.columns[1].width = Cm(2.6), Cm(self.text_width_cm - 2.6)
        if self.data.logo is not None:
            # a broken logo file must not stop the report; the text kop stays
            with contextlib.suppress(OSError, ValueError, ZeroDivisionError):
                with Image.open(self.data.logo) as im:
                    w, h = im.size
                size = {"height": Cm(2.3)} if h >= w else {"width": Cm(2.3)}
                logo_cell.paragraphs[0].add_run().add_picture(str(self.data.logo), **size)
        logo_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        lines = [
            (f"PEMERINTAH KOTA {profile.city}".upper() if profile.city else "", 12, True),
            (self.data.department.upper(), 13, True),
            (profile.address, 9.5, False),
        ]
        first = True
        for text, size, bold in lines:
            if not text.strip():
                continue
            p = text_cell.paragraphs[0] if first else text_cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(clean_text(text))
            run.bold = bold or None
            run.font.size = Pt(size)
        rule = self.para()
        _bottom_rule(rule)  # before spacing: pBdr precedes w:spacing in pPr
        rule.paragraph_format.space_after = Pt(12)

    def _title(self) -> None:
        center = WD_ALIGN_PARAGRAPH.CENTER
        p = self.para("LAPORAN PENGELOLAAN MEDIA SOSIAL", bold=True, align=center, size=14)
        p.paragraph_format.space_after = Pt(2)
        p = self.para(f"PERIODE {self.data.period.upper()}", bold=True, align=center, size=12)
        p.paragraph_format.space_after = Pt(12)

    def _introduction(self) -> None:
        d, profile = self.data, self.data.profile
        short = profile.dept_short or d.department
        city = f"Kota {profile.city}" if profile.city else "daerah"
        self.heading("I. PENDAHULUAN")
        self.heading("A. Latar Belakang", 2)
        self.para(
            f"Media sosial merupakan salah satu saluran utama {d.department} dalam "
            f"menyampaikan informasi kegiatan, layanan, dan kebijakan Pemerintah {city} kepada "
            "masyarakat. Pengelolaan yang terencana dan terukur diperlukan agar informasi yang "
            "disampaikan akurat, tepat waktu, dan menjangkau masyarakat seluas-luasnya. "
            f"Laporan ini merekam seluruh unggahan yang diterbitkan pada periode {d.period} "
            "beserta capaiannya.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        self.heading("B. Dasar Hukum", 2)
        self.numbered(LEGAL_BASIS)
        self.heading("C. Maksud dan Tujuan", 2)
        self.para(f"Laporan ini disusun sebagai bahan evaluasi dan pertanggungjawaban "
                  f"pengelolaan media sosial {short} kepada pimpinan, dengan tujuan:",
                  align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        self.numbered([
            "menyajikan rekapitulasi unggahan dan capaiannya per platform dan per kategori;",
            "menilai efektivitas penyampaian informasi melalui jangkauan dan tingkat "
            "keterlibatan masyarakat;",
            "mencatat kendala serta rencana tindak lanjut untuk periode berikutnya.",
        ])

    @staticmethod
    def _totals_cells(t: Totals) -> list[str]:
        return [format_number(t.uploads), format_number(t.sums["reach"]),
                format_number(t.sums["impressions"]), format_number(t.interactions),
                format_percent(t.engagement) or "–"]

    def _recap(self) -> None:
        d = self.data
        t = d.totals
        short = d.profile.dept_short or d.department
        self.heading("II. REKAPITULASI")
        platforms = [k for k in d.by_platform if k]
        summary = (
            f"Selama periode {d.period}, {short} menerbitkan {format_number(t.posts)} konten "
            f"dalam {format_number(t.uploads)} unggahan di {len(platforms)} platform, dengan "
            f"total jangkauan {format_number(t.sums['reach'])} akun, "
            f"{format_number(t.interactions)} interaksi, dan tingkat keterlibatan rata-rata "
            f"{format_percent(t.engagement) or '– (jangkauan belum dicatat)'}."
        )
        if t.uploads and t.with_metrics < t.uploads:
            summary += (f" Metrik sudah dicatat untuk {format_number(t.with_metrics)} dari "
                        f"{format_number(t.uploads)} unggahan; unggahan tanpa metrik tetap "
                        "tercantum pada daftar unggahan.")
        self.para(summary, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        self.para(ENGAGEMENT_FORMULA, italic=True, size=9.5)

        self.heading("A. Rekap per Platform", 2)
        headers = ["Platform", "Unggahan", "Jangkauan", "Tayangan", "Interaksi", "Keterlibatan"]
        rows = [[platform_name(k), *self._totals_cells(v)]
                for k, v in d.by_platform.items()]
        rows.append(["Jumlah", *self._totals_cells(t)])
        table = self.table(headers, rows, [3.4, 2.2, 2.8, 2.8, 2.4, 2.4], set(range(1, 6)),
                           "Rekapitulasi per platform")
        for cell in table.rows[-1].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
        if t.with_metrics:
            chart = self.doc.add_paragraph()
            chart.alignment = WD_ALIGN_PARAGRAPH.CENTER
            chart.paragraph_format.keep_with_next = True
            chart.add_run().add_picture(io.BytesIO(platform_chart_png(d)), width=Cm(15.5))
            self.figures += 1
            self.para(f"Gambar {self.figures}. Jangkauan dan interaksi per platform",
                      style="Keterangan Gambar")

        self.heading("B. Rekap per Kategori Konten", 2)
        rows = [[k, format_number(v.posts), *self._totals_cells(v)]
                for k, v in d.by_category.items()]
        self.table(["Kategori", "Konten", "Unggahan", "Jangkauan", "Tayangan", "Interaksi",
                    "Keterlibatan"], rows, [3.6, 1.6, 1.9, 2.4, 2.4, 2.0, 2.1], set(range(1, 7)),
                   "Rekapitulasi per kategori konten")

        self.heading("C. Pertumbuhan Pengikut", 2)
        known = [f for f in d.followers if f.start is not None or f.end is not None]
        if known:
            rows = [[f.account, platform_name(f.platform),
                     format_number(f.start), format_number(f.end), format_signed(f.growth),
                     format_percent(f.growth_ratio)] for f in known]
            self.table(["Akun", "Platform", "Awal Periode", "Akhir Periode", "Pertumbuhan",
                        "%"], rows, [4.4, 2.2, 2.5, 2.5, 2.5, 1.9], set(range(2, 6)),
                       "Jumlah pengikut akun resmi")
        else:
            self.para("Jumlah pengikut awal dan akhir periode belum dicatat.", italic=True)

        self.heading("D. Lima Unggahan dengan Interaksi Tertinggi", 2)
        if d.top:
            rows = [[str(i), shorten(r.title, 90), r.platform_name, format_optional_date(r.date),
                     format_number(r.reach), format_number(r.interactions),
                     format_percent(r.engagement)] for i, r in enumerate(d.top, 1)]
            self.table(["No", "Judul", "Platform", "Tanggal", "Jangkauan", "Interaksi",
                        "Keterlibatan"], rows, [0.9, 5.0, 1.9, 2.6, 1.9, 1.7, 2.0],
                       {0, 4, 5, 6}, "Unggahan dengan interaksi tertinggi")
        else:
            self.para("Belum ada unggahan yang metriknya dicatat.", italic=True)

        self.heading("E. Kepatuhan Cek Sebelum Unggah", 2)
        total = len(d.compliance)
        over = d.overridden
        if not total:
            self.para("Tidak ada konten terbit pada periode ini.", italic=True)
            return
        self.para(
            f"Dari {format_number(total)} konten yang terbit, {format_number(total - len(over))} "
            f"konten ({format_percent(d.compliance_ratio)}) terbit tanpa melewati galat hasil "
            "pemeriksaan atau butir daftar periksa. " + (
                f"{format_number(len(over))} konten tetap diterbitkan dengan alasan berikut."
                if over else "Tidak ada galat atau butir daftar periksa yang dilewati."),
            align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if over:
            rows = [[str(i), shorten(c.title, 80), shorten("; ".join(c.skipped) or "–", 400),
                     shorten("; ".join(c.reasons) or "–", 300), clean_text(c.decided_by)]
                    for i, c in enumerate(over, 1)]
            self.table(["No", "Konten", "Galat/Butir yang Dilewati", "Alasan",
                        "Diputuskan oleh"],
                       rows, [0.9, 3.8, 4.3, 4.5, 2.5], {0},
                       "Konten yang diterbitkan dengan galat yang dilewati")

    def _post_list(self) -> None:
        d = self.data
        self.heading("III. DAFTAR UNGGAHAN")
        if not d.rows:
            self.para("Tidak ada unggahan yang terbit pada periode ini.", italic=True)
            return
        headers = ["No", "Tanggal", "Platform", "Judul", "Tautan", "Jangkauan", "Interaksi"]
        widths = [0.8, 2.5, 1.7, 3.6, 3.9, 1.8, 1.7]
        rows = [[str(r.no), format_optional_date(r.date), r.platform_name, shorten(r.title, 160),
                 "", format_number(r.reach) or "–", format_number(r.interactions) or "–"]
                for r in d.rows]
        table = self.table(headers, rows, widths, {0, 5, 6},
                           f"Daftar unggahan periode {d.period}", size=8)
        for row, report_row in zip(table.rows[1:], d.rows, strict=True):
            url = clean_text(report_row.url).strip()
            paragraph = row.cells[4].paragraphs[0]
            if is_web_link(url):
                _hyperlink(paragraph, url, _link_text(url), size=7.5)
            else:
                paragraph.add_run(url or "–").font.size = Pt(7.5)

    def _documentation(self) -> None:
        d = self.data
        self.heading("IV. DOKUMENTASI")
        if not d.photos:
            self.para("Tidak ada foto dokumentasi yang dilampirkan untuk periode ini.",
                      italic=True)
        else:
            self._photo_grid(d.photos)
        if d.photos_withheld:
            self.para(f"{format_number(d.photos_withheld)} foto yang memuat anak tanpa "
                      "persetujuan tidak ditampilkan.", italic=True, size=9)

    def _photo_grid(self, photos: list[DocPhoto]) -> None:
        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(_photo_or_none, p) for p in photos]
            images = []
            for i, fut in enumerate(futures):
                self.step(5, 8, f"Menyiapkan foto {i + 1} dari {len(photos)}")
                images.append(fut.result())
        cols = 2
        cell_w = TEXT_WIDTH_CM / cols
        table = self.doc.add_table(rows=0, cols=cols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for i in range(cols):
            table.columns[i].width = Cm(cell_w)
        cells: list[_Cell] = []
        for i, (photo, image) in enumerate(zip(photos, images, strict=True)):
            if i % cols == 0:
                row = table.add_row()
                _row_flag(row, "w:cantSplit")
                cells = row.cells
            cell = cells[i % cols]
            cell.width = Cm(cell_w)
            pic = cell.paragraphs[0]
            pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pic.paragraph_format.space_after = Pt(2)
            if image is None:
                pic.add_run("(berkas foto tidak ditemukan atau rusak)").italic = True
            else:
                data, (w, h) = image
                width_cm = min(cell_w - 0.6, 5.6 * w / h)  # at most 5.6 cm tall
                pic.add_run().add_picture(io.BytesIO(data), width=Cm(width_cm))
            cap = cell.add_paragraph(style="Keterangan Gambar")
            self.figures += 1
            cap.add_run(f"Gambar {self.figures}. {shorten(photo.caption, 220)}")

    def _issues(self) -> None:
        d = self.data
        self.heading("V. KENDALA DAN TINDAK LANJUT")
        wrote = False
        for block in [b.strip() for b in clean_text(d.issues).split("\n\n") if b.strip()]:
            self.para(block, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            wrote = True
        if d.post_notes:
            self.para("Catatan pada konten:" if wrote else
                      "Catatan PIC pada konten periode ini:")
            for title, note in d.post_notes:
                p = self.para(f"\u2022\t{shorten(title, 120)}: {shorten(note, 600)}")
                p.paragraph_format.left_indent = Cm(0.63)
                p.paragraph_format.first_line_indent = Cm(-0.63)
                p.paragraph_format.space_after = Pt(2)
            wrote = True
        if not wrote:
            self.para("Tidak ada kendala berarti dalam pengelolaan media sosial pada periode "
                      "ini.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    def _closing(self) -> None:
        d = self.data
        self.heading("VI. PENUTUP")
        self.para(f"Demikian laporan pengelolaan media sosial {d.department} periode {d.period} "
                  "ini disusun sebagai bahan evaluasi dan pertanggungjawaban. Atas perhatian dan "
                  "arahan Bapak/Ibu, kami ucapkan terima kasih.",
                  align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    def _signature(self, left_label: str = "Mengetahui,",
                   right_label: str = "Yang membuat laporan,") -> None:
        d, profile = self.data, self.data.profile
        spacer = self.para()
        spacer.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=2)
        table.autofit = False
        _row_flag(table.rows[0], "w:cantSplit")
        left, right = table.rows[0].cells
        superior = profile.superior_position or f"Kepala {d.department}"
        if not superior.casefold().startswith("kepala"):
            superior = f"Kepala {superior}"
        blocks = (
            (left, ["", left_label, superior], profile.superior_name, profile.superior_nip),
            (right, [d.place_date, right_label,
                     profile.pic_position or "PIC Media Sosial"], profile.pic_name,
             profile.pic_nip),
        )
        for cell, head, name, nip in blocks:
            cell.width = Cm(self.text_width_cm / 2)
            first = True
            for text in head:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_after = Pt(0)
                p.add_run(clean_text(text))
            gap = cell.add_paragraph()
            gap.add_run().add_break(WD_BREAK.LINE)
            gap.add_run().add_break(WD_BREAK.LINE)
            gap.add_run().add_break(WD_BREAK.LINE)
            signed = cell.add_paragraph()
            signed.alignment = WD_ALIGN_PARAGRAPH.CENTER
            signed.paragraph_format.space_after = Pt(0)
            run = signed.add_run(clean_text(name) or "(nama)")
            run.bold = True
            run.underline = True
            nip_p = cell.add_paragraph()
            nip_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            nip_p.add_run(f"NIP. {format_nip(nip)}" if nip.strip() else "NIP. –")
