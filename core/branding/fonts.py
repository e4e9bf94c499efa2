"""Fonts for kits: a file inside the kit, or an installed OFL font package
("fontpkg:Poppins:700" or "fontpkg:Poppins:400:italic") so kits need not copy fonts."""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import ImageFont

FONTPKG_PREFIX = "fontpkg:"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
_FONT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")


def is_fontpkg(spec: str) -> bool:
    return spec.startswith(FONTPKG_PREFIX)


def parse_fontpkg(spec: str) -> tuple[str, int, str]:
    """'fontpkg:Poppins:700[:italic]' -> ('Poppins', 700, 'normal'); ValueError otherwise."""
    parts = spec[len(FONTPKG_PREFIX) :].split(":")
    if not 1 <= len(parts) <= 3 or not parts[0].strip():
        raise ValueError(
            f"rujukan font {spec!r} salah; contoh yang benar: \"fontpkg:Poppins:700\""
        )
    family = parts[0].strip()
    weight = 400
    if len(parts) >= 2:
        try:
            weight = int(parts[1])
        except ValueError:
            raise ValueError(
                f"ketebalan font {parts[1]!r} di {spec!r} harus angka (100-900)"
            ) from None
        if not 100 <= weight <= 900:
            raise ValueError(f"ketebalan font {weight} di {spec!r} harus 100-900")
    style = parts[2].strip().lower() if len(parts) == 3 else "normal"
    if style not in ("normal", "italic"):
        raise ValueError(f"gaya font {style!r} di {spec!r} harus 'normal' atau 'italic'")
    return family, weight, style


def fontpkg_path(spec: str) -> Path:
    """Path of the font file a fontpkg reference names; ValueError says how to fix it."""
    family, weight, style = parse_fontpkg(spec)
    import fontpkg

    try:
        return Path(fontpkg.path(family, weight, style))
    except fontpkg.FamilyNotInstalled:
        raise ValueError(
            f"paket font {family!r} tidak terpasang (dibutuhkan oleh {spec!r})"
        ) from None
    except (fontpkg.FontpkgError, LookupError):
        raise ValueError(f"font {family} {weight} {style} tidak tersedia ({spec!r})") from None


def looks_like_font(path: Path) -> bool:
    """TrueType/OpenType files start with one of four tags; anything else is refused."""
    try:
        with open(path, "rb") as fh:
            return fh.read(4) in _FONT_MAGIC
    except OSError:
        return False


@functools.lru_cache(maxsize=256)
def get_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    """A FreeType font at `size` px, cached: layout tries many sizes per render."""
    return ImageFont.truetype(path, max(1, int(size)))
