"""Downscaled copies of photos, cached on disk by content so repeated work is free.

Decoding a 24-megapixel camera JPEG costs ~0.15 s even at 1/4 draft scale, so a
report with 60 photos would spend most of its time decoding. Media files are named
by their SHA-256, which makes a safe cache key; other files are keyed by path, size
and modification time.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
from pathlib import Path

from PIL import Image

from core import paths
from core.safe_write import WriteError, write_bytes

_HEX64 = re.compile(r"[0-9a-f]{64}")


def downscale_jpeg(path: Path, max_px: int, quality: int, budget: int | None = None) -> bytes:
    """An upright sRGB JPEG no larger than `max_px`; re-encoded smaller if over `budget`
    bytes. Decoded through imageio.open_photo, so a JPEG decodes at 1/2..1/8 scale and a
    huge PNG is reduced strip by strip (an import pre-warms this for every photo).
    Raises ValueError with a message for a file that cannot be read."""
    from core.branding.errors import RenderError
    from core.branding.imageio import open_photo

    try:
        photo = open_photo(path, [(max_px, max_px, "contain")])
    except RenderError as exc:
        raise ValueError(str(exc)) from None
    w, h = photo.size
    scale = min(1.0, max_px / max(w, h))
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    im = photo.region((0, 0, w, h), size)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, optimize=True)
    if budget is not None and out.tell() > budget:
        smaller = max(320, int(max_px * 0.83))
        im.thumbnail((smaller, smaller), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        im.save(out, "JPEG", quality=max(50, quality - 10), optimize=True)
    return out.getvalue()


def _key(path: Path, max_px: int, quality: int, budget: int | None) -> str:
    if _HEX64.fullmatch(path.stem):
        base = path.stem
    else:
        st = path.stat()
        base = hashlib.sha256(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()
                              ).hexdigest()
    return f"{base}-{max_px}-{quality}-{budget or 0}"


def cached_downscale(path: Path, max_px: int, quality: int, budget: int | None = None) -> bytes:
    """downscale_jpeg through cache/photos/; a cache that cannot be written is skipped."""
    folder = paths.data_dir() / "cache" / "photos"
    target = folder / f"{_key(path, max_px, quality, budget)}.jpg"
    with contextlib.suppress(OSError):
        return target.read_bytes()
    data = downscale_jpeg(path, max_px, quality, budget)
    with contextlib.suppress(OSError, WriteError):
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes(target, data)
    return data
