"""Fit text in a box: the largest size in the range that wraps within max_lines and the
box height; at the minimum size what is left is cut with an ellipsis. Never overflows."""

from __future__ import annotations

import functools
import re

from PIL import ImageFont

from core.branding.fonts import get_font
from core.record import Record, set_field

ELLIPSIS = "…"
# Emoji glue (variation selectors, zero-width joiner, keycap, tag characters): invisible at
# best, boxes at worst in a font without emoji; the visible base character is kept.
_GLUE = re.compile("[\ufe0e\ufe0f\u200d\u20e3\U000e0020-\U000e007f]")
_MISSING_PROBE = "\U0010ffff"  # a private code point no font maps: draws as .notdef


def _glyph_signature(font: ImageFont.FreeTypeFont, char: str) -> tuple[tuple[int, int], bytes]:
    mask = font.getmask(char)
    return mask.size, bytes(mask)


@functools.lru_cache(maxsize=64)
def _missing_signature(font_path: str) -> tuple[tuple[int, int], bytes]:
    """How the font draws a character it lacks: drawn once per font, not once per
    character asked about (half of a first render's ~100 glyph masks)."""
    return _glyph_signature(get_font(font_path, 24), _MISSING_PROBE)


@functools.lru_cache(maxsize=4096)
def has_glyph(font_path: str, char: str) -> bool:
    """False when `char` would be drawn as the font's empty box (.notdef), e.g. an emoji."""
    if char.isspace():
        return True
    return _glyph_signature(get_font(font_path, 24), char) != _missing_signature(font_path)


def drawable_text(text: str, font_path: str) -> tuple[str, list[str]]:
    """`text` without characters the font cannot draw, and the characters removed."""
    text = _GLUE.sub("", text)
    removed = [c for c in dict.fromkeys(text) if not has_glyph(font_path, c)]
    if removed:
        text = "".join(c for c in text if c not in removed)
        text = re.sub(r"[ \t]{2,}", " ", text).strip()
    return text, removed


class TextBlock(Record):
    """Lines ready to draw: font size, line pitch and the height the block takes."""

    _fields = ("lines", "size", "pitch", "ascent", "descent", "truncated", "below_min")
    __slots__ = _fields
    lines: tuple[str, ...]
    size: int
    pitch: int  # baseline to baseline, px
    ascent: int
    descent: int
    truncated: bool
    below_min: bool  # the box was too small even for one line at the minimum size

    def __init__(self, lines: tuple[str, ...], size: int, pitch: int, ascent: int,
                 descent: int, truncated: bool = False, below_min: bool = False) -> None:
        set_field(self, "lines", lines)
        set_field(self, "size", size)
        set_field(self, "pitch", pitch)
        set_field(self, "ascent", ascent)
        set_field(self, "descent", descent)
        set_field(self, "truncated", truncated)
        set_field(self, "below_min", below_min)

    @property
    def height(self) -> int:
        return _block_height(len(self.lines), self.ascent, self.descent, self.pitch)


def _metrics(font: ImageFont.FreeTypeFont, line_height: float) -> tuple[int, int, int]:
    ascent, descent = font.getmetrics()
    return ascent, descent, max(1, round(font.size * line_height))


def _block_height(n: int, ascent: int, descent: int, pitch: int) -> int:
    return 0 if n == 0 else pitch * (n - 1) + ascent + descent


def _break_word(word: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Split a word wider than the box (a long URL or hashtag) into pieces that fit."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and font.getlength(current + char) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap; explicit newlines start a new line; no line is wider than `width`
    (a single character wider than the box is the only exception)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            if lines:  # keep an intentional blank line between paragraphs
                lines.append("")
            continue
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if font.getlength(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if font.getlength(word) <= width:
                current = word
            else:
                *full, current = _break_word(word, font, width)
                lines.extend(full)
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _ellipsize(line: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """`line` shortened (at a word boundary when possible) so that line + '…' fits."""
    text = line.rstrip()
    while text and font.getlength(text + ELLIPSIS) > width:
        cut = text.rfind(" ")
        shorter = text[:cut].rstrip() if cut > len(text) * 0.6 else text[:-1].rstrip()
        text = shorter
    return text.rstrip(" ,.;:-–|") + ELLIPSIS if text else ELLIPSIS


def _fits(text: str, font_path: str, size: int, width: int, height: int,
          max_lines: int | None, line_height: float) -> tuple[bool, list[str]]:
    font = get_font(font_path, size)
    lines = wrap(text, font, width)
    ascent, descent, pitch = _metrics(font, line_height)
    ok = (max_lines is None or len(lines) <= max_lines) and \
        _block_height(len(lines), ascent, descent, pitch) <= height
    if ok and lines:
        ok = max(font.getlength(line) for line in lines) <= width
    return ok, lines


@functools.lru_cache(maxsize=256)  # a batch lays out the same title on every photo
def layout_text(
    text: str,
    font_path: str,
    width: int,
    height: int,
    size_max: int,
    size_min: int,
    max_lines: int | None = None,
    line_height: float = 1.15,
) -> TextBlock:
    """The biggest size in [size_min, size_max] at which `text` fits the box; else the
    minimum size with the overflow cut to '…'. Sizes are px at output resolution."""
    size_max, size_min = max(1, size_max), max(1, min(size_min, size_max))
    if not text.strip() or width <= 0 or height <= 0:
        return TextBlock((), size_min, 1, 0, 0)
    ok, lines = _fits(text, font_path, size_max, width, height, max_lines, line_height)
    if ok:
        return _block(lines, font_path, size_max, line_height)
    lo, hi, best = size_min, size_max - 1, None  # binary search: fit is monotone in size
    while lo <= hi:
        mid = (lo + hi) // 2
        ok, mid_lines = _fits(text, font_path, mid, width, height, max_lines, line_height)
        if ok:
            best, lines, lo = mid, mid_lines, mid + 1
        else:
            hi = mid - 1
    if best is not None:
        return _block(lines, font_path, best, line_height)
    return _truncate(text, font_path, width, height, size_min, max_lines, line_height)


def _block(lines: list[str], font_path: str, size: int, line_height: float, *,
           truncated: bool = False, below_min: bool = False) -> TextBlock:
    ascent, descent, pitch = _metrics(get_font(font_path, size), line_height)
    return TextBlock(tuple(lines), size, pitch, ascent, descent, truncated, below_min)


def _truncate(text: str, font_path: str, width: int, height: int, size: int,
              max_lines: int | None, line_height: float) -> TextBlock:
    below_min = False
    font = get_font(font_path, size)
    ascent, descent, pitch = _metrics(font, line_height)
    while size > 1 and ascent + descent > height:  # not even one line: go below the minimum
        size -= 1
        below_min = True
        font = get_font(font_path, size)
        ascent, descent, pitch = _metrics(font, line_height)
    room = 1 + max(0, (height - ascent - descent) // pitch)
    if max_lines is not None:
        room = min(room, max_lines)
    lines = wrap(text, font, width)
    if len(lines) > room:
        kept = lines[:room]
        kept[-1] = _ellipsize(kept[-1] + " " + lines[room], font, width)
        lines = kept
    lines = [line if font.getlength(line) <= width else _ellipsize(line, font, width)
             for line in lines]
    return _block(lines, font_path, size, line_height, truncated=True, below_min=below_min)
