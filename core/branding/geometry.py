"""Boxes in percent or pixels, the format's safe area, and cover/contain crops.

A template is resolution-independent: every box is [x, y, w, h] with each value a
percentage of the layout area ("4%") or pixels at full output size ("120px" or 120).
The layout area is the format's safe area (the canvas minus the story's top and bottom
~250 px), so one template serves every format. A background layer (photo, rect, image)
whose edge sits on the safe area's edge "bleeds" to the canvas edge, so a bottom band
still reaches the bottom of a story while its text stays clear of the reply box.
"""

from __future__ import annotations

import re

from core.branding.formats import ImageFormat
from core.record import Record, set_field

_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(%|px)?\s*$")


class Length(Record):
    _fields = ("value", "unit")
    __slots__ = _fields
    value: float
    unit: str  # "%" or "px"

    def __init__(self, value: float, unit: str) -> None:
        set_field(self, "value", value)
        set_field(self, "unit", unit)

    def resolve(self, extent: float, scale: float) -> float:
        """Pixels for an area `extent` px long (already scaled); px values are scaled too."""
        if self.unit == "%":
            return extent * self.value / 100.0
        return self.value * scale

    def __str__(self) -> str:
        return f"{self.value:g}{self.unit}"


def parse_length(value: object) -> Length:
    """'4%' / '120px' / 120 -> Length; ValueError (Indonesian) on anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"ukuran {value!r} harus berupa angka px, \"120px\", atau \"4%\"")
    if isinstance(value, (int, float)):
        return Length(float(value), "px")
    match = _LENGTH.match(value)
    if not match:
        raise ValueError(f"ukuran {value!r} tidak dikenali; pakai \"120px\", 120, atau \"4%\"")
    return Length(float(match.group(1)), match.group(2) or "px")


class Box(Record):
    _fields = ("x", "y", "w", "h")
    __slots__ = _fields
    x: Length
    y: Length
    w: Length
    h: Length

    def __init__(self, x: Length, y: Length, w: Length, h: Length) -> None:
        set_field(self, "x", x)
        set_field(self, "y", y)
        set_field(self, "w", w)
        set_field(self, "h", h)


FULL_BOX = Box(Length(0, "%"), Length(0, "%"), Length(100, "%"), Length(100, "%"))


class Rect(Record):
    """A pixel rectangle; left/top inclusive, right/bottom exclusive, integers."""

    _fields = ("left", "top", "right", "bottom")
    __slots__ = _fields
    left: int
    top: int
    right: int
    bottom: int

    def __init__(self, left: int, top: int, right: int, bottom: int) -> None:
        set_field(self, "left", left)
        set_field(self, "top", top)
        set_field(self, "right", right)
        set_field(self, "bottom", bottom)

    @property
    def width(self) -> int:
        return max(0, self.right - self.left)

    @property
    def height(self) -> int:
        return max(0, self.bottom - self.top)

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)

    def is_empty(self) -> bool:
        return self.width <= 0 or self.height <= 0

    def intersect(self, other: Rect) -> Rect:
        return Rect(
            max(self.left, other.left),
            max(self.top, other.top),
            min(self.right, other.right),
            min(self.bottom, other.bottom),
        )

    def contains(self, other: Rect) -> bool:
        return (
            other.left >= self.left
            and other.top >= self.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.left, self.top, self.right, self.bottom)


def canvas_size(fmt: ImageFormat, scale: float = 1.0) -> tuple[int, int]:
    return (max(1, round(fmt.width * scale)), max(1, round(fmt.height * scale)))


def canvas_rect(fmt: ImageFormat, scale: float = 1.0) -> Rect:
    w, h = canvas_size(fmt, scale)
    return Rect(0, 0, w, h)


def safe_rect(fmt: ImageFormat, scale: float = 1.0) -> Rect:
    """The part of the canvas the platform's UI leaves visible."""
    w, h = canvas_size(fmt, scale)
    return Rect(0, round(fmt.safe_top * scale), w, h - round(fmt.safe_bottom * scale))


def resolve_box(box: Box, area: Rect, scale: float = 1.0) -> Rect:
    """Pixels of `box` laid out inside `area` (not clipped)."""
    x = area.left + box.x.resolve(area.width, scale)
    y = area.top + box.y.resolve(area.height, scale)
    w = box.w.resolve(area.width, scale)
    h = box.h.resolve(area.height, scale)
    return Rect(round(x), round(y), round(x + w), round(y + h))


def bleed(rect: Rect, area: Rect, canvas: Rect) -> Rect:
    """Extend each edge of `rect` lying on (or beyond) an edge of `area` to the canvas edge."""
    return Rect(
        canvas.left if rect.left <= area.left else rect.left,
        canvas.top if rect.top <= area.top else rect.top,
        canvas.right if rect.right >= area.right else rect.right,
        canvas.bottom if rect.bottom >= area.bottom else rect.bottom,
    )


def cover_scale(src: tuple[int, int], dst: tuple[int, int]) -> float:
    """Scale at which `src` just covers `dst`."""
    return max(dst[0] / src[0], dst[1] / src[1])


def contain_scale(src: tuple[int, int], dst: tuple[int, int]) -> float:
    """Scale at which `src` just fits inside `dst`."""
    return min(dst[0] / src[0], dst[1] / src[1])


def cover_crop(
    src: tuple[int, int], dst: tuple[int, int], focus: tuple[float, float] = (0.5, 0.5)
) -> tuple[float, float, float, float]:
    """The region of `src` (float box) that, scaled to `dst`, covers it; the region is
    centred on the focus point (fractions of the source) as far as the source allows."""
    s = cover_scale(src, dst)
    cw, ch = min(src[0], dst[0] / s), min(src[1], dst[1] / s)
    fx = min(1.0, max(0.0, focus[0])) * src[0]
    fy = min(1.0, max(0.0, focus[1])) * src[1]
    left = round(min(max(0.0, fx - cw / 2), src[0] - cw), 6)  # round off float dust
    top = round(min(max(0.0, fy - ch / 2), src[1] - ch), 6)
    return (left, top, round(left + cw, 6), round(top + ch, 6))


def contain_rect(src: tuple[int, int], area: Rect, align: str = "center",
                 valign: str = "middle") -> Rect:
    """Where `src` lands when scaled to fit inside `area`, aligned within it."""
    s = contain_scale(src, area.size)
    w, h = max(1, round(src[0] * s)), max(1, round(src[1] * s))
    x = {"left": area.left, "right": area.right - w}.get(align, area.left + (area.width - w) // 2)
    y = {"top": area.top, "bottom": area.bottom - h}.get(valign, area.top + (area.height - h) // 2)
    return Rect(x, y, x + w, y + h)
