"""Table body rows for Word written as one XML string and parsed once.

A year's report lists ~10,000 uploads. Through python-docx each row cost a search of
the whole table for its grid (`add_row` looks up w:tblGrid among every w:tr: quadratic)
and ~90 element objects: 80 s for the list. Here a row is a string with exactly the
markup python-docx made (tests/exporters/test_docx_rows.py compares the two), so the
document does not change, only the time it takes: the row strings are parsed once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.table import Table

from exporters.docx_ooxml import LANG_XML

_ROOT = f"<w:tbl {nsdecls('w', 'r')}>{{}}</w:tbl>"


class Runs(str):
    """Ready-made run markup (w:r, w:hyperlink) for a cell, put in as it is."""


def _text_xml(text: str) -> str:
    """python-docx's run content for `text`: w:t pieces (xml:space="preserve" when a
    piece has edge spaces), w:tab for a tab, w:br for a line break."""
    if "\t" not in text and "\n" not in text and "\r" not in text:  # most cells
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f"<w:t{space}>{escape(text)}</w:t>"
    out = []
    for piece in re.split(r"(\t|\r|\n)", text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            out.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "".join(out)


def run_xml(text: str, *, bold: bool = False, size_half_points: int | None = None) -> str:
    """One run as python-docx's add_run(text) (then bold / font.size) writes it, with
    the language set_language would add."""
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size_half_points}"/>'
                                           if size_half_points else "")
    return f"<w:r><w:rPr>{props}{LANG_XML}</w:rPr>{_text_xml(text)}</w:r>"


def hyperlink_xml(r_id: str, text: str, size_half_points: int) -> str:
    """An external link's blue, underlined run (the relationship `r_id` made already)."""
    return (f"<w:hyperlink r:id={quoteattr(r_id)}><w:r><w:rPr><w:color w:val=\"0563C1\"/>"
            f"<w:sz w:val=\"{size_half_points}\"/><w:szCs w:val=\"{size_half_points}\"/>"
            f"<w:u w:val=\"single\"/>{LANG_XML}</w:rPr><w:t xml:space=\"preserve\">{escape(text)}"
            f"</w:t></w:r></w:hyperlink>")


def _cell_xml(text: str, width_twips: int, *, style_id: str, align: str | None,
              bold: bool, nowrap: bool) -> str:
    cell_props = f'<w:tcW w:type="dxa" w:w="{width_twips}"/>' + ("<w:noWrap/>" if nowrap else "")
    para_props = f'<w:pStyle w:val="{style_id}"/>' + (f'<w:jc w:val="{align}"/>' if align else "")
    runs = str(text) if isinstance(text, Runs) else run_xml(text, bold=bold) if text else ""
    return (f"<w:tc><w:tcPr>{cell_props}</w:tcPr><w:p><w:pPr>{para_props}</w:pPr>{runs}"
            f"</w:p></w:tc>")


def rows_xml(rows: Sequence[Sequence[str]], widths_twips: Sequence[int], *, style_id: str,
             right: set[int] | frozenset[int] = frozenset(),
             nowrap: set[int] | frozenset[int] = frozenset(), bold_last: bool = False) -> str:
    """`rows` as w:tr elements: rows never split across pages, each cell in `style_id`,
    columns in `right` right-aligned and those in `nowrap` on one line; the last row
    bold with `bold_last`. A value may be `Runs` (markup put in as it is)."""
    parts = []
    for r, values in enumerate(rows):
        bold = bold_last and r == len(rows) - 1
        cells = "".join(_cell_xml(value, widths_twips[c], style_id=style_id,
                                  align="right" if c in right else None, bold=bold,
                                  nowrap=c in nowrap) for c, value in enumerate(values))
        parts.append(f'<w:tr><w:trPr><w:cantSplit w:val="true"/></w:trPr>{cells}</w:tr>')
    return "".join(parts)


def append_rows(table: Table, xml: str) -> None:
    """Add the rows `xml` (rows_xml) to `table`, parsed once."""
    if xml:
        table._tbl.extend(list(parse_xml(_ROOT.format(xml))))


class HeldRows:
    """Rows kept as text until the document is saved, then put into word/document.xml
    where the table holds a marker: ~10,000 rows need not be parsed into the document,
    moved into it, checked for their language and serialised again (~1 s of a year's
    report). Only for a document saved through `fill` (NaskahDocument.save)."""

    def __init__(self) -> None:
        self._rows: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self._rows)

    def hold(self, table: Table, xml: str) -> None:
        """`xml` (rows_xml) goes at the end of `table` when the document is saved."""
        if not xml:
            return
        marker = f"warta-rows-{len(self._rows)}"
        table._tbl.append(parse_xml(f"<x><!--{marker}--></x>")[0])
        self._rows[f"<!--{marker}-->"] = xml

    def fill(self, document_xml: str) -> str:
        """The saved word/document.xml with the held rows in place of their markers."""
        for marker, xml in self._rows.items():
            if marker not in document_xml:
                raise ValueError(f"{marker} hilang dari dokumen")
            document_xml = document_xml.replace(marker, xml, 1)
        return document_xml
