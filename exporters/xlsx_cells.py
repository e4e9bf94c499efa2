"""Cell writing, fonts and print setup shared by the Excel report's sheets.

Every font is named (Arial): a font without a name renders in a serif face in
LibreOffice. Text is always written as text: a title such as "=HYPERLINK(...)" or
"+62 ..." never becomes a formula; formulas are written only through `formula()`.
"""

from __future__ import annotations

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from exporters.base import clean_text

FONT_NAME = "Arial"
BODY_PT = 10
INT = "#,##0"
PCT = "0.0%"
SIGNED = "+#,##0;-#,##0;0"
DATE = "dd/mm/yyyy"
EXCEL_CELL_LIMIT = 32_767
HEADER_FILL = PatternFill("solid", fgColor="0B6E4F")
BODY_FONT = Font(name=FONT_NAME, size=BODY_PT)
HEADER_FONT = Font(name=FONT_NAME, size=BODY_PT, bold=True, color="FFFFFF")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
BOLD = Font(name=FONT_NAME, size=BODY_PT, bold=True)
NOTE_FONT = Font(name=FONT_NAME, italic=True, size=9)
LINK_FONT = Font(name=FONT_NAME, size=BODY_PT, color="0563C1", underline="single")
THIN = Side(style="thin", color="D8DEDB")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FORMULA_START = ("=", "+", "-", "@")


def cell_text(value: str) -> str:
    """Text as a cell holds it: illegal characters removed, cut to Excel's limit."""
    text = clean_text(value)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "\u2026"
    return text


def put(ws: Worksheet, row: int, col: int, value: object, fmt: str | None = None) -> Cell:
    """Write one cell; text stays text (never a formula), numbers and dates stay typed."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = cell_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    else:
        cell.value = value
    cell.font = BODY_FONT
    if fmt:
        cell.number_format = fmt
    return cell


NO_FIGURE = "\u2013"  # a figure that does not exist (no period before to compare with)


def put_no_figure(ws: Worksheet, row: int, col: int) -> Cell:
    """The dash standing for a missing figure, right-aligned as the figures of its column
    are: left-aligned it sat against the number beside it and read as "1–"."""
    cell = put(ws, row, col, NO_FIGURE)
    cell.alignment = Alignment(horizontal="right")
    return cell


def formula(ws: Worksheet, row: int, col: int, expression: str, fmt: str | None = None,
            *, bold: bool = False) -> Cell:
    """A formula the workbook computes (totals follow filters through SUBTOTAL)."""
    cell = ws.cell(row=row, column=col)
    cell.value = expression if expression.startswith("=") else f"={expression}"
    cell.font = BOLD if bold else BODY_FONT
    if fmt:
        cell.number_format = fmt
    return cell


def header(ws: Worksheet, row: int, headers: list[str], col: int = 1) -> None:
    for i, text in enumerate(headers):
        cell = put(ws, row, col + i, text)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def widths(ws: Worksheet, values: list[float]) -> None:
    for i, w in enumerate(values, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def print_setup(ws: Worksheet) -> None:
    """A4 landscape, one page wide, narrow margins, page numbers in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.gridLines = False
    ws.oddFooter.center.text = "Halaman &P dari &N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 8


class StyleIds:
    """The workbook's style index for a look of `put()`, for rows written as XML
    (exporters/xlsx_stream.styled_rows_xml): a detached cell of the sheet is styled as
    put() styles a cell, and the workbook registers that style exactly as for a cell.
    Ask once per column, not per cell (styling a cell hashes its font)."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws

    def __call__(self, fmt: str | None = None, *, font: Font = BODY_FONT,
                 alignment: Alignment | None = None, quote: bool = False) -> str:
        cell = Cell(self.ws)
        cell.font = font
        if fmt:
            cell.number_format = fmt
        if alignment is not None:
            cell.alignment = alignment
        if quote:
            cell.quotePrefix = True
        return str(cell.style_id)

    def text(self, *, font: Font = BODY_FONT,
             alignment: Alignment | None = None) -> tuple[str, str]:
        """(plain, formula-like) style ids of a text column: put() marks text starting
        with = + - @ with a quote prefix."""
        return (self(font=font, alignment=alignment),
                self(font=font, alignment=alignment, quote=True))


def text_cell(value: object, styles: tuple[str, str]) -> tuple[object, str]:
    """(value, style id) of a text cell as put() writes it; not text: as it is."""
    if not isinstance(value, str):
        return value, styles[0]
    text = cell_text(value)
    return text, styles[text.startswith(FORMULA_START)]


def add_table(ws: Worksheet, name: str, ref: str, headers: list[str], style: str) -> None:
    """An Excel table (filters, banded rows) over `ref`, its header row `headers`.
    The column names are given: openpyxl would read them from the sheet at save,
    making a cell for every position of the range (~200,000 for a year's uploads)."""
    table = Table(displayName=name, ref=ref)
    first = range_boundaries(ref)[0]
    table.tableColumns = [TableColumn(id=i, name=cell_text(h))
                          for i, h in enumerate(headers, first)]
    table.autoFilter = AutoFilter(ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True)
    ws.add_table(table)
