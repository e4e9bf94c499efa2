"""No table header breaks mid-word and no date wraps, on A4 and F4, in Arial and Bookman.

The words are measured with Pillow's ImageFont on installed fonts: DejaVu Sans Bold stands
in for Arial Bold and DejaVu Serif Bold for Bookman Old Style Bold; both are wider than
the fonts they stand for, so a word that fits here fits in Word. The column widths are
read back from the .docx (w:gridCol), less the cell margins (w:tblCellMar).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from PIL import ImageFont

from core import settings
from core.report import month_report
from exporters.docx_report import DocxReport

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
STAND_INS = {"Arial": "DejaVuSans", "Bookman Old Style": "DejaVuSerif"}
TWIPS_PER_CM = 567

pytestmark = pytest.mark.skipif(not (FONT_DIR / "DejaVuSans-Bold.ttf").is_file(),
                                reason="DejaVu fonts (fonts-dejavu-core) not installed")


def _width_cm(text: str, font_file: Path, size_pt: float) -> float:
    font = ImageFont.truetype(str(font_file), 1000)
    return font.getlength(text) / 1000 * size_pt / 72 * 2.54


def _run_size(cell, default: float) -> float:
    for run in cell.paragraphs[0].runs:
        if run.font.size is not None:
            return run.font.size.pt
    style = cell.paragraphs[0].style
    return style.font.size.pt if style.font.size else default


def _columns(table) -> tuple[list[float], float]:
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    widths = [int(g.get(qn("w:w"))) / TWIPS_PER_CM for g in grid]
    mar = table._tbl.tblPr.find(qn("w:tblCellMar"))
    pad = sum(int(mar.find(qn(f"w:{s}")).get(qn("w:w"))) for s in ("left", "right")) \
        if mar is not None else 2 * 108
    return widths, pad / TWIPS_PER_CM


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("font", ["Arial", "Bookman Old Style"])
def test_no_header_word_or_date_is_wider_than_its_column(store, tmp_path, paper,
                                                         font) -> None:
    settings.set(store, "report_paper", paper)
    settings.set(store, "report_font", font)
    data = month_report(store, 2025, 11)
    doc = Document(str(DocxReport(data).export(tmp_path / "laporan.docx")))
    width, height = data.page.size_mm
    assert round(doc.sections[0].page_height.mm) == height and \
        round(doc.sections[0].page_width.mm) == width
    assert doc.styles["Normal"].font.name == font and doc.styles["Normal"].font.size.pt == 12
    bold = FONT_DIR / f"{STAND_INS[font]}-Bold.ttf"
    regular = FONT_DIR / f"{STAND_INS[font]}.ttf"
    checked = 0
    for table in doc.tables:
        head = table.rows[0]
        if "tblHeader" not in head._tr.xml:
            continue  # kop, signatures and the photo grid have no header row
        widths, pad = _columns(table)
        for cell, width in zip(head.cells, widths, strict=True):
            size = _run_size(cell, 9)
            for word in cell.text.split():
                need = _width_cm(word, bold, size) + pad
                assert need <= width, f"{word!r} needs {need:.2f} cm, column has {width:.2f}"
                checked += 1
        date_cols = [i for i, c in enumerate(head.cells) if c.text == "Tanggal"]
        for row in table.rows[1:]:
            for i in date_cols:
                size = _run_size(row.cells[i], 9)
                need = _width_cm(row.cells[i].text, regular, size) + pad
                assert need <= widths[i], row.cells[i].text
                assert "noWrap" in row.cells[i]._tc.xml
    assert checked > 30
