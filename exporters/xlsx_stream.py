"""Many plain rows into an openpyxl workbook fast: openpyxl writes the sheet (header,
totals, table, styles), then the body rows are spliced in as sheet XML.

openpyxl makes a Python object per cell and serialises it with its styles: ~60,000 upload
rows of a city month took 17 s. Here a row is one string. Text goes in as an inline
string (t="inlineStr"), which a spreadsheet never reads as a formula; numbers as numbers;
dates as serial numbers in the date style openpyxl registered for the column.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from exporters.base import clean_text
from exporters.xlsx_cells import EXCEL_CELL_LIMIT

EPOCH = dt.date(1899, 12, 30)


def _text(ref: str, value: str, _style: str) -> str:
    if not value:
        return ""
    text = escape(clean_text(value)[:EXCEL_CELL_LIMIT])
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _number(ref: str, value: float, _style: str) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def _date(ref: str, value: dt.date, style: str) -> str:
    return f'<c r="{ref}" s="{style}"><v>{(value - EPOCH).days}</v></c>'


def _bool(ref: str, value: bool, _style: str) -> str:
    return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'


def _none(_ref: str, _value: None, _style: str) -> str:
    return ""


WRITERS = {str: _text, int: _number, float: _number, dt.date: _date, bool: _bool,
           type(None): _none}


def _cell(ref: str, value: object, style: str) -> str:
    """One `<c>`: dispatch on the exact type; subclasses (datetime) by isinstance."""
    writer = WRITERS.get(type(value))
    if writer is None:
        writer = next((w for t, w in WRITERS.items() if isinstance(value, t)), _text)
        if writer is _text:
            value = str(value)
    return writer(ref, value, style)


def _rows(rows: Iterable[Sequence], first_row: int, cell_xml: Callable[[str, Any], str]) -> str:
    """`<row>` elements for `rows`, numbered from `first_row`; `cell_xml(ref, item)`
    writes one cell."""
    letters: list[str] = []
    out = []
    for r, items in enumerate(rows, first_row):
        while len(letters) < len(items):
            letters.append(get_column_letter(len(letters) + 1))
        row = str(r)
        cells = "".join(cell_xml(letters[c] + row, item) for c, item in enumerate(items))
        out.append(f'<row r="{row}">{cells}</row>')
    return "".join(out)


def rows_xml(rows: Iterable[list[object]], first_row: int, date_style: str) -> str:
    """`<row>` elements for `rows`, numbered from `first_row`."""
    writers, cell = WRITERS, _cell
    return _rows(rows, first_row,
                 lambda ref, v: (writers.get(type(v)) or cell)(ref, v, date_style))


def cell_style(sheet_xml: str, ref: str) -> str:
    """The style index openpyxl gave the cell `ref` (a placeholder carrying a format)."""
    match = re.search(rf'<c r="{ref}"[^>]*\bs="(\d+)"', sheet_xml)
    return match.group(1) if match else "0"


def _styled_text(ref: str, value: str, style: str) -> str:
    if not value:
        return f'<c r="{ref}" s="{style}"/>'
    return (f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
            f"{escape(value)}</t></is></c>")


def _styled_number(ref: str, value: float, style: str) -> str:
    return f'<c r="{ref}" s="{style}" t="n"><v>{safe_string(value)}</v></c>'  # as openpyxl


def _styled_date(ref: str, value: dt.date | dt.time, style: str) -> str:
    return _styled_number(ref, to_excel(value), style)  # openpyxl's own serials


def _styled_bool(ref: str, value: bool, style: str) -> str:
    return f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>'


def _styled_empty(ref: str, _value: None, style: str) -> str:
    return f'<c r="{ref}" s="{style}"/>'


STYLED = {str: _styled_text, int: _styled_number, float: _styled_number,
          dt.date: _styled_date, dt.datetime: _styled_date, bool: _styled_bool,
          type(None): _styled_empty}


def _styled_cell(ref: str, value: object, style: str) -> str:
    """A `<c>` as openpyxl writes a cell put() made (exporters/xlsx_cells): the value
    already cleaned (text_cell), the style index given; empty with its style kept."""
    writer = STYLED.get(type(value)) or next(
        (w for t, w in STYLED.items() if isinstance(value, t)), None)
    return writer(ref, value, style) if writer else _styled_text(ref, str(value), style)


def styled_rows_xml(rows: Iterable[Sequence[tuple[object, str]]], first_row: int) -> str:
    """`<row>` elements numbered from `first_row`; each cell a (value, style id) pair."""
    styled, cell = STYLED, _styled_cell
    return _rows(rows, first_row,
                 lambda ref, vs: (styled.get(type(vs[0])) or cell)(ref, vs[0], vs[1]))


def insert_rows(sheet_xml: str, after_row: int, body: str) -> str:
    """`body` (`<row>` elements) put into a sheet's XML right after row `after_row`."""
    marker = f'<row r="{after_row}"'
    end = sheet_xml.index("</row>", sheet_xml.index(marker)) + len("</row>")
    return sheet_xml[:end] + body + sheet_xml[end:]


# what may follow <hyperlinks> in a worksheet (ECMA-376 order), first found wins
_AFTER_LINKS = ("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter",
                "<rowBreaks", "<colBreaks", "<drawing", "<legacyDrawing", "<tableParts",
                "</worksheet>")
_LINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def add_hyperlinks(sheet_xml: str, rels_xml: str | None,
                   links: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """External links (cell ref, URL) added to a sheet and its relationships, as
    openpyxl writes them; ids "rIdL<n>" stay clear of openpyxl's "rId<n>"."""
    rels = rels_xml or f'<Relationships xmlns="{_RELS_NS}"></Relationships>'
    entries = "".join(f'<Relationship Type="{_LINK_TYPE}" Target={quoteattr(url)} '
                      f'TargetMode="External" Id="rIdL{i}"/>'
                      for i, (_, url) in enumerate(links, 1))
    rels = rels.replace("</Relationships>", entries + "</Relationships>", 1)
    refs = "".join(f'<hyperlink xmlns:r="{_R_NS}" ref="{ref}" r:id="rIdL{i}"/>'
                   for i, (ref, _) in enumerate(links, 1))
    if "<hyperlinks>" in sheet_xml:
        return sheet_xml.replace("</hyperlinks>", refs + "</hyperlinks>", 1), rels
    at = min(i for i in (sheet_xml.find(tag) for tag in _AFTER_LINKS) if i >= 0)
    return sheet_xml[:at] + f"<hyperlinks>{refs}</hyperlinks>" + sheet_xml[at:], rels


def splice_rows(path: Path, sheet_index: int, after_row: int, rows: list[list[object]],
                date_ref: str) -> None:
    """Put `rows` into sheet number `sheet_index` (1-based) of the saved workbook at
    `path`, right after row `after_row`; `date_ref` names a cell styled as a date."""
    name = f"xl/worksheets/sheet{sheet_index}.xml"
    spliced = path.with_name(path.name + ".rows")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(
            spliced, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:  # speed over size
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == name:
                xml = data.decode("utf-8")
                body = rows_xml(rows, after_row + 1, cell_style(xml, date_ref))
                data = insert_rows(xml, after_row, body).encode("utf-8")
            dst.writestr(item, data)
    shutil.move(spliced, path)
