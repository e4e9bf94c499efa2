"""Phones' HEIC/HEIF photos in Pillow, with pillow-heif loaded only when one is met.

Importing pillow-heif and registering its opener costs ~35 ms (libheif and its Python
side), paid by every start that opens the Konten page (its photo strip imports the
thumbnail code) although most photos are JPEG. `register_lazily()` puts a stand-in in
Pillow's registry under pillow-heif's format name, extensions and MIME type: it
recognises a HEIF file by the same header test pillow-heif uses and, on the first such
file (or the first HEIF save), loads pillow-heif, whose own opener and writer then take
the stand-in's place. Every `Image.open` in Warta (import, branding, kits, thumbnails,
exporters) thus opens HEIC as before without asking for it.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from PIL import Image

log = logging.getLogger(__name__)

FORMAT = "HEIF"  # pillow-heif's HeifImageFile.format
EXTENSIONS = (".heic", ".heics", ".heif", ".heifs", ".hif")
# pillow-heif's _is_supported_heif: an ISO-BMFF "ftyp" box with one of these brands
_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1",
           b"msf1")


def looks_heif(prefix: bytes) -> bool:
    """Is this the start of a HEIF file pillow-heif would open?"""
    return prefix[4:8] == b"ftyp" and prefix[8:12] in _BRANDS


@functools.cache
def ensure_heif() -> bool:
    """Load pillow-heif and register its opener and writer (once); False without it."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - pillow-heif is a dependency; tolerate its absence
        log.warning("pillow-heif tidak termuat: foto HEIC tidak dapat dibuka")
        return False
    register_heif_opener()
    return True


def _open(fp: Any, filename: Any) -> Image.Image:
    if not ensure_heif() or Image.OPEN[FORMAT][0] is _open:
        raise SyntaxError("HEIF tidak didukung")  # Pillow tries the next format
    factory, _accept = Image.OPEN[FORMAT]
    return factory(fp, filename)


def _saver(table: dict[str, Any], name: str):
    def save(im: Image.Image, fp: Any, filename: Any) -> None:
        if not ensure_heif() or table.get(FORMAT) is save:
            raise OSError("penulis HEIF tidak tersedia")
        table[FORMAT](im, fp, filename)

    save.__name__ = name
    return save


def register_lazily() -> None:
    """Let Pillow know HEIF by name, extension and header without loading pillow-heif."""
    if FORMAT in Image.OPEN:  # pillow-heif (or this stand-in) is registered already
        return
    Image.register_open(FORMAT, _open, looks_heif)
    Image.register_save(FORMAT, _saver(Image.SAVE, "save"))
    Image.register_save_all(FORMAT, _saver(Image.SAVE_ALL, "save_all"))
    Image.register_mime(FORMAT, "image/heif")
    Image.register_extensions(FORMAT, list(EXTENSIONS))
