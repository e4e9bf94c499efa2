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

from PIL import Image, ImageOps

from core import paths
from core.safe_write import WriteError, write_bytes

_HEX64 = re.compile(r"[0-9a-f]{64}")


def downscale_jpeg(path: Path, max_px: int, quality: int, budget: int | None = None) -> bytes:
    """An upright RGB JPEG no larger than `max_px`; re-encoded smaller if over `budget` bytes."""
    with Image.open(path) as im:
        # Ask the decoder for the final size (not a square box) so it can decode at
        # 1/4 or 1/8 scale where that still covers it.
        scale = max_px / max(im.size)
        if scale < 1:
            im.draft("RGB", (int(im.width * scale), int(im.height * scale)))
        im = ImageOps.exif_transpose(im).convert("RGB")
    im.thumbnail((max_px, max_px), Image.Resampling.LANCZOS, reducing_gap=2.0)
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
