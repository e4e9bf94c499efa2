"""Many rows into an openpyxl workbook fast: openpyxl writes the sheet (header, totals,
table, styles), then save_workbook splices the body rows in as sheet XML while it writes
the file, once. The monthly/yearly report and the city report both save this way.

openpyxl makes a Python object per cell and serialises it with its styles: ~60,000 upload
rows of a city month took 17 s. Here a row is one string. Text goes in as an inline
string (t="inlineStr"), which a spreadsheet never reads as a formula; numbers as numbers;
dates as serial numbers in the style openpyxl registered for the column (xlsx_cells.StyleIds).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from openpyxl import Workbook
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel


def _style(style: str) -> str:
    return f' s="{style}"' if style else ""


def _text(ref: str, value: str, style: str) -> str:
    if not value:
        return _empty(ref, None, style)
    return (f'<c r="{ref}"{_style(style)} t="inlineStr"><is><t xml:space="preserve">'
            f"{escape(value)}</t></is></c>")


def _number(ref: str, value: float, style: str) -> str:
    return f'<c r="{ref}"{_style(style)} t="n"><v>{safe_string(value)}</v></c>'  # as openpyxl


def _date(ref: str, value: dt.date | dt.time, style: str) -> str:
    return _number(ref, to_excel(value), style)  # openpyxl's own serials


def _bool(ref: str, value: bool, style: str) -> str:
    return f'<c r="{ref}"{_style(style)} t="b"><v>{int(value)}</v></c>'


def _empty(ref: str, _value: None, style: str) -> str:
    """An empty cell keeps its style (a table's look); unstyled, it is left out."""
    return f'<c r="{ref}" s="{style}"/>' if style else ""


WRITERS = {str: _text, int: _number, float: _number, dt.date: _date, dt.datetime: _date,
           bool: _bool, type(None): _empty}


def _cell(ref: str, value: object, style: str) -> str:
    """A `<c>` as openpyxl writes a cell put() made (exporters/xlsx_cells): the value
    already cleaned (text_cell), the style index given ("" for none). Dispatch on the
    exact type; subclasses by isinstance; anything else as its text."""
    writer = WRITERS.get(type(value)) or next(
        (w for t, w in WRITERS.items() if isinstance(value, t)), None)
    return writer(ref, value, style) if writer else _text(ref, str(value), style)


def rows_xml(rows: Iterable[Sequence[tuple[object, str]]], first_row: int) -> str:
    """`<row>` elements numbered from `first_row`; each cell a (value, style id) pair."""
    writers, cell = WRITERS, _cell
    letters: list[str] = []
    out = []
    for r, items in enumerate(rows, first_row):
        while len(letters) < len(items):
            letters.append(get_column_letter(len(letters) + 1))
        row = str(r)
        cells = "".join((writers.get(type(value)) or cell)(letters[c] + row, value, style)
                        for c, (value, style) in enumerate(items))
        out.append(f'<row r="{row}">{cells}</row>')
    return "".join(out)


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


@dataclass
class SheetRows:
    """Body rows for one sheet, written at save: they follow row `after`; `links` are
    (cell ref, URL) external hyperlinks among them."""

    after: int
    cells: list[list[tuple[object, str]]]
    links: list[tuple[str, str]] = field(default_factory=list)


def save_workbook(wb: Workbook, path: Path, sheets: dict[int, SheetRows],
                  parts: dict[str, bytes] | None = None) -> None:
    """Save `wb` to `path` once, with each sheet's body rows (by 1-based sheet number)
    spliced in and the package `parts` given (e.g. docProps/app.xml) replaced."""
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:  # speed over size
        changed: dict[str, bytes | str] = dict(parts or {})
        for index, body in sheets.items():
            sheet = f"xl/worksheets/sheet{index}.xml"
            rels = f"xl/worksheets/_rels/sheet{index}.xml.rels"
            xml = insert_rows(src.read(sheet).decode("utf-8"), body.after,
                              rows_xml(body.cells, body.after + 1))
            if body.links:
                old = src.read(rels).decode("utf-8") if rels in src.namelist() else None
                xml, changed[rels] = add_hyperlinks(xml, old, body.links)
            changed[sheet] = xml
        for item in src.infolist():
            out.writestr(item, changed.pop(item.filename, None) or src.read(item))
        for name, data in changed.items():  # a sheet's first relationships
            out.writestr(name, data)
