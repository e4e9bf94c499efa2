"""The parts every Warta naskah dinas shares (the report and the Nota Dinas cover):
page setup per the Tata Naskah Dinas, styles, the kop, tables and signature blocks.

Sizes: body text in the profile's font (Arial 12 by default); tables 9 pt with 1 mm cell
margins; column widths are designed for a 15.5 cm text width (portrait) or 24 cm
(landscape) and scaled to the page, so no header word needs more than its column
(tests/exporters/test_report_layout.py measures them with real font metrics).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from PIL import Image

from core.model import Profile
from core.nota_dinas import superior_title
from core.pangkat import rank_line
from core.report_format import format_nip
from core.report_page import PageSetup
from exporters.base import clean_text
from exporters.docx_ooxml import (
    add_field,
    bottom_rule,
    cell_margins,
    row_flag,
    set_cell_fill,
)
from exporters.docx_rows import HeldRows, Runs, append_rows, rows_xml

HEADER_FILL = "DCEBE4"
TABLE_PT = 9.0
CELL_MARGIN_TWIPS = 57  # 1 mm each side
DESIGN_WIDTH_CM = 15.5  # portrait tables are drawn for this width, then scaled
DESIGN_LANDSCAPE_CM = 24.0
LOGO_CM = 2.4


def kop_unit_name(department: str, city: str) -> str:
    """The unit on the kop's second line: 'Kota Cimahi' is already on the first line."""
    name = " ".join(department.split())
    suffix = f" Kota {city}".casefold()
    if city.strip() and name.casefold().endswith(suffix):
        return name[: -len(suffix)].strip()
    return name


def kop_lines(profile: Profile, department: str) -> list[tuple[str, float, bool]]:
    """(text, size pt, bold) of the kop per the Tata Naskah Dinas of a pemerintah daerah:
    PEMERINTAH KOTA ..., the unit, the address, Telp./Faks., Laman/Pos-el."""
    contact = ", ".join(x for x in (f"Telp. {profile.phone.strip()}" if profile.phone.strip()
                                    else "",
                                    f"Faks. {profile.fax.strip()}" if profile.fax.strip()
                                    else "") if x)
    web = ", ".join(x for x in (f"Laman: {profile.website.strip()}" if profile.website.strip()
                                else "",
                                f"Pos-el: {profile.email.strip()}" if profile.email.strip()
                                else "") if x)
    lines = [
        (f"PEMERINTAH KOTA {profile.city}".upper() if profile.city.strip() else "", 13, True),
        (kop_unit_name(department, profile.city).upper(), 14, True),
        (profile.address.strip(), 9, False),
        (contact, 9, False),
        (web, 9, False),
    ]
    return [line for line in lines if line[0].strip()]


class NaskahDocument:
    """A python-docx Document set up per the Tata Naskah Dinas, with building blocks."""

    def __init__(self, page: PageSetup, *, landscape: bool = False) -> None:
        self.page = page
        self.landscape = landscape  # the first section's orientation (Rencana Konten)
        self.doc = Document()
        self.tables = 0
        self.held = HeldRows()  # rows of at_save tables, put in by save()
        self._setup_page(self.doc.sections[0], landscape=landscape)
        self._setup_styles()

    # ---- page and styles ---------------------------------------------------------------
    @property
    def text_width_cm(self) -> float:
        """Text width of the first section: the kop and signatures span it."""
        width = self.page.landscape_width_mm if self.landscape else self.page.text_width_mm
        return width / 10

    def _setup_page(self, section: Section, *, landscape: bool) -> None:
        width, height = self.page.size_mm
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = ((Mm(height), Mm(width)) if landscape
                                                   else (Mm(width), Mm(height)))
        section.left_margin, section.right_margin = Mm(self.page.left_mm), Mm(self.page.right_mm)
        section.top_margin, section.bottom_margin = Mm(self.page.top_mm), Mm(self.page.bottom_mm)
        section.footer_distance = Cm(1)
        section.header_distance = Cm(1)

    def page_numbers(self, section: Section, *, skip_first: bool) -> None:
        """'Halaman X dari Y' at the bottom right; the first page (with the kop) has none."""
        section.different_first_page_header_footer = skip_first
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run("Halaman ")
        add_field(paragraph, "PAGE", "2")
        paragraph.add_run(" dari ")
        add_field(paragraph, "NUMPAGES", "2")
        for run in paragraph.runs:
            run.font.size = Pt(9)

    def new_section(self, *, landscape: bool) -> Section:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._setup_page(section, landscape=landscape)
        section.different_first_page_header_footer = False
        return section

    def _setup_styles(self) -> None:
        font, size = self.page.font, self.page.font_size
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(size)
        rfonts = normal.element.rPr.rFonts
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(attr), font)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        for name, heading_size in (("Heading 1", size), ("Heading 2", size)):
            style = styles[name]
            style.font.name = font
            style.font.size = Pt(heading_size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = RGBColor(0, 0, 0)
            rfonts = style.element.rPr.rFonts
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rfonts.set(qn(attr), font)
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(attr), None)
            style.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 6)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.keep_with_next = True
        cell = styles.add_style("Isi Tabel", 1)  # WD_STYLE_TYPE.PARAGRAPH
        cell.base_style = normal
        cell.font.size = Pt(TABLE_PT)
        cell.paragraph_format.space_before = Pt(1)
        cell.paragraph_format.space_after = Pt(1)
        cell.paragraph_format.line_spacing = 1.0
        caption = styles.add_style("Keterangan Gambar", 1)
        caption.base_style = normal
        caption.font.size = Pt(TABLE_PT)
        caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption.paragraph_format.space_after = Pt(8)
        self.cell_style_id = cell.style_id
        self.caption_style_id = caption.style_id

    def save(self, path: Path) -> None:
        """Write the document, with the rows of at_save tables put in."""
        if not self.held:
            self.doc.save(str(path))
            return
        buffer = io.BytesIO()
        self.doc.save(buffer)
        with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(  # speed over size, as the
                path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:  # Excel report
            for item in src.infolist():
                data = src.read(item)
                if item.filename == "word/document.xml":
                    data = self.held.fill(data.decode("utf-8")).encode("utf-8")
                out.writestr(item, data)

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

    def justified(self, text: str) -> Paragraph:
        return self.para(text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(clean_text(text), level=level)

    def numbered(self, items: list[str] | tuple[str, ...], indent_cm: float = 0.0,
                 marks: list[str] | None = None) -> None:
        """'1. ...' lists with a hanging indent (no numbering definitions to break)."""
        for i, item in enumerate(items):
            mark = marks[i] if marks else f"{i + 1}."
            p = self.para(f"{mark}\t{item}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            fmt = p.paragraph_format
            fmt.left_indent = Cm(indent_cm + 0.75)
            fmt.first_line_indent = Cm(-0.75)
            fmt.tab_stops.add_tab_stop(Cm(indent_cm + 0.75))
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

    def scaled(self, widths_cm: list[float], *, landscape: bool = False) -> list[float]:
        """Design widths stretched (or shrunk) to the page's text width."""
        available = (self.page.landscape_width_mm if landscape else self.page.text_width_mm) / 10
        design = DESIGN_LANDSCAPE_CM if landscape else DESIGN_WIDTH_CM
        factor = min(available / design, 1.08)  # a little wider on F4, never sprawling
        return [round(w * factor, 3) for w in widths_cm]

    def table(self, headers: list[str], rows: list[list[str]], widths_cm: list[float],
              numeric: set[int] | frozenset[int] = frozenset(), caption: str = "", *,
              nowrap: set[int] | frozenset[int] = frozenset(), landscape: bool = False,
              bold_last: bool = False, at_save: bool = False) -> Table:
        """A bordered table; its shaded header row repeats on each page and stays with the
        first row. Rows never split across pages; the table itself may (no blank gaps).
        A cell value may be `Runs` (ready-made markup, e.g. a link). `at_save`: the body
        rows go in when `save()` writes the file (long tables; see docx_rows.HeldRows)."""
        if caption:
            self.tables += 1
            p = self.para(f"Tabel {self.tables}. {caption}", bold=True, size=TABLE_PT + 1)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_after = Pt(3)
        widths = self.scaled(widths_cm, landscape=landscape)
        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        cell_margins(table, CELL_MARGIN_TWIPS)
        for i, w in enumerate(widths):
            table.columns[i].width = Cm(w)
        head = table.rows[0]
        row_flag(head, "w:tblHeader")
        row_flag(head, "w:cantSplit")
        for i, (cell, text) in enumerate(zip(head.cells, headers, strict=True)):
            cell.width = Cm(widths[i])
            self._fill(cell, clean_text(text), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell.paragraphs[0].paragraph_format.keep_with_next = True
            set_cell_fill(cell, HEADER_FILL)
        for values in rows:
            if len(values) != len(headers):
                raise ValueError(f"a row of {len(values)} cells in a table of {len(headers)}")
        xml = rows_xml([[v if isinstance(v, Runs) else clean_text(v) for v in values]
                        for values in rows],
                       [Cm(w).twips for w in widths], style_id=self.cell_style_id,
                       right=numeric, nowrap=nowrap, bold_last=bold_last)
        if at_save:
            self.held.hold(table, xml)
        else:
            append_rows(table, xml)
        self.para().paragraph_format.space_after = Pt(0)
        return table

    # ---- kop and signatures ------------------------------------------------------------
    def kop(self, profile: Profile, department: str, logo) -> None:
        """Logo on the left, the centred kop lines, then the thick-thin rule."""
        width = self.text_width_cm
        kop = self.doc.add_table(rows=1, cols=2)
        kop.autofit = False
        logo_cell, text_cell = kop.rows[0].cells
        text_w = width - LOGO_CM - 0.4
        for cell, w in ((logo_cell, LOGO_CM + 0.4), (text_cell, text_w)):
            cell.width = Cm(w)
        kop.columns[0].width, kop.columns[1].width = Cm(LOGO_CM + 0.4), Cm(text_w)
        if logo is not None:
            # a broken logo file must not stop the report; the text kop stays
            with contextlib.suppress(OSError, ValueError, ZeroDivisionError):
                with Image.open(logo) as im:
                    w, h = im.size
                size = {"height": Cm(LOGO_CM)} if h >= w else {"width": Cm(LOGO_CM)}
                logo_cell.paragraphs[0].add_run().add_picture(str(logo), **size)
        logo_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
        for i, (text, size, bold) in enumerate(kop_lines(profile, department)):
            p = text_cell.paragraphs[0] if i == 0 else text_cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            run = p.add_run(clean_text(text))
            run.bold = bold or None
            run.font.size = Pt(size)
        rule = self.para()
        bottom_rule(rule)  # before spacing: pBdr precedes w:spacing in pPr
        rule.paragraph_format.space_after = Pt(12)
        rule.paragraph_format.line_spacing = 0.5

    def signatures(self, profile: Profile, department: str, place_date: str, *,
                   left_label: str = "Mengetahui,",
                   right_label: str = "Yang membuat laporan,") -> Table:
        """Two blocks: 'Mengetahui,' the superior (left) and the PIC who made it (right);
        each with jabatan, name (bold, underlined), pangkat/golongan and NIP. The Rencana
        Konten says 'Menyetujui,' / 'Yang mengajukan,'."""
        spacer = self.para()
        spacer.paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=2)
        table.autofit = False
        row_flag(table.rows[0], "w:cantSplit")
        left, right = table.rows[0].cells
        blocks = (
            (left, ["", left_label, superior_title(department, profile.superior_position)],
             profile.superior_name, profile.superior_rank, profile.superior_nip),
            (right, [place_date, right_label,
                     profile.pic_position or "Pengelola Media Sosial"],
             profile.pic_name, profile.pic_rank, profile.pic_nip),
        )
        half = self.text_width_cm / 2
        table.columns[0].width = table.columns[1].width = Cm(half)
        for cell, head, name, rank, nip in blocks:
            cell.width = Cm(half)
            self.sign_block(cell, head, name, rank, nip)
        return table


    @staticmethod
    def sign_block(cell: _Cell, head: list[str], name: str, rank: str, nip: str) -> None:
        """Jabatan lines, room to sign, then name (bold, underlined), pangkat and NIP."""
        for i, text in enumerate(head):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.keep_with_next = True
            p.add_run(clean_text(text))
        gap = cell.add_paragraph()
        gap.paragraph_format.keep_with_next = True
        for _ in range(3):
            gap.add_run().add_break(WD_BREAK.LINE)
        lines = [(clean_text(name) or "(nama)", True), (rank_line(rank), False),
                 (f"NIP. {format_nip(nip)}" if nip.strip() else "", False)]
        for text, is_name in lines:
            if not text:
                continue
            p = cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(text)
            if is_name:
                run.bold = True
                run.underline = True


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
