"""Measuring free-standing labels in an Excel workbook: is any cut off on screen or paper?

Excel shows an unwrapped text cell across the empty cells to its right, and cuts it at
the first cell that holds something. Labels outside the report's tables (summary lines,
notes, signatures) are the ones nobody sees cut while testing: a test that measures them
catches the whole class, on every sheet of the PIC's monthly workbook and the city's.

Text is measured with Pillow on DejaVu Sans, wider than Arial and Calibri, so a label that
fits here fits in Excel; a column-width unit is 7 px at 96 dpi, plus 5 px of padding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet.worksheet import Worksheet
from PIL import ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEFAULT_WIDTH = 8.43  # Excel's default column width, in characters
PX_PER_UNIT, PAD_PX = 7, 5

needs_fonts = pytest.mark.skipif(not (FONT_DIR / "DejaVuSans.ttf").is_file(),
                                 reason="DejaVu fonts (fonts-dejavu-core) not installed")


def _text_px(text: str, size_pt: float, bold: bool) -> float:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    font = ImageFont.truetype(str(FONT_DIR / name), 1000)
    return font.getlength(text) / 1000 * size_pt * 96 / 72


def _col_px(ws: Worksheet, col: int) -> float:
    width = ws.column_dimensions[get_column_letter(col)].width or DEFAULT_WIDTH
    return width * PX_PER_UNIT + PAD_PX


def _in_tables(ws: Worksheet) -> set[tuple[int, int]]:
    cells = set()
    for table in ws.tables.values():
        lo_col, lo_row, hi_col, hi_row = range_boundaries(table.ref)
        cells |= {(r, c) for r in range(lo_row, hi_row + 1)
                  for c in range(lo_col, hi_col + 1)}
    return cells


def _room_px(ws: Worksheet, row: int, col: int, merged: dict[tuple[int, int], int]) -> float:
    """Width the cell's text may use: its own (or its merged range's) and, unmerged, the
    empty cells to its right up to the first one holding something."""
    if (row, col) in merged:
        return sum(_col_px(ws, c) for c in range(col, merged[(row, col)] + 1))
    room, last = _col_px(ws, col), ws.max_column + 8  # read before any lookup
    for c in range(col + 1, last + 1):
        neighbour = ws._cells.get((row, c))  # ws.cell() would create the cell
        if neighbour is not None and neighbour.value not in (None, ""):
            break
        room += _col_px(ws, c)
    return room


def cut_labels(path: Path) -> list[str]:
    """One line per label wider than the room Excel gives it."""
    wb = load_workbook(path)
    cut = []
    for ws in wb:
        merged = {}
        for rng in ws.merged_cells.ranges:
            merged[(rng.min_row, rng.min_col)] = rng.max_col
        tables = _in_tables(ws)
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or cell.value.startswith("="):
                    continue
                if (cell.row, cell.column) in tables or cell.alignment.wrap_text:
                    continue
                size = cell.font.size or 11
                for line in cell.value.split("\n"):
                    need = _text_px(line, size, bool(cell.font.b))
                    room = _room_px(ws, cell.row, cell.column, merged)
                    if need > room:
                        cut.append(f"{ws.title}!{cell.coordinate}: {line!r} needs "
                                   f"{need:.0f} px, has {room:.0f}")
    return cut
