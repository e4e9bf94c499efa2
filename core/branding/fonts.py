"""Fonts for kits: a file inside the kit, or an installed OFL font package
("fontpkg:Poppins:700" or "fontpkg:Poppins:400:italic") so kits need not copy fonts."""

from __future__ import annotations

import contextlib
import functools
import json
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
    """Path of the font file a fontpkg reference names; ValueError says how to fix it.

    Resolving it imports fontpkg, which scans every installed package's entry points
    (~80 ms); the answer is remembered in the data folder while the file still exists."""
    cached = _path_cache().get(spec)
    if cached and Path(cached).is_file():
        return Path(cached)
    found = _resolve_fontpkg(spec)
    _remember(spec, found)
    return found


_CACHE_NAME = "fontpkg-paths.json"


def _cache_file() -> Path:
    from core import paths

    return paths.data_dir() / "cache" / _CACHE_NAME


def _path_cache() -> dict[str, str]:
    try:
        data = json.loads(_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember(spec: str, path: Path) -> None:
    """Best effort: a read-only data folder only costs the next start its 80 ms."""
    from core import safe_write

    data = {**_path_cache(), spec: str(path)}
    with contextlib.suppress(OSError):
        target = _cache_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        safe_write.write_bytes(target, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _resolve_fontpkg(spec: str) -> Path:
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
