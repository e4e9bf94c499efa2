"""Colour values in kits: a name from the kit's "colors" or a hex code."""

from __future__ import annotations

import re

RGBA = tuple[int, int, int, int]

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


def is_hex(value: str) -> bool:
    return bool(_HEX.match(value))


def parse_hex(value: str) -> RGBA:
    """'#0B6E4F' -> (11, 110, 79, 255); also #RGB, #RGBA and #RRGGBBAA."""
    if not is_hex(value):
        raise ValueError(f"warna {value!r} bukan kode hex (contoh: #0B6E4F)")
    digits = value[1:]
    if len(digits) in (3, 4):
        digits = "".join(c * 2 for c in digits)
    if len(digits) == 6:
        digits += "FF"
    r, g, b, a = (int(digits[i : i + 2], 16) for i in range(0, 8, 2))
    return (r, g, b, a)


def with_opacity(color: RGBA, opacity: float) -> RGBA:
    """Multiply the colour's alpha by `opacity` (0..1)."""
    return (color[0], color[1], color[2], round(color[3] * max(0.0, min(1.0, opacity))))
