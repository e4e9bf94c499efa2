"""JPEG decoding at libjpeg-turbo's finer scales (any n/8).

Pillow's `draft` only scales by 1/2, 1/4 or 1/8. A 6000x4000 camera photo for a
1080x1350 post needs 0.34 of its height: Pillow decodes at 1/2 (6 MP) and then resizes
1.5x down, where libjpeg-turbo can decode at 3/8 (3.4 MP), which makes both the decode
and the resize cheaper. This is the branding batch's hot path.

Two ways in: `draft` sets Pillow's own decoder to 1/8-4/8 (the usual scales for camera
photos; no numpy, no pixel copy), and `decode_scaled` decodes with simplejpeg, which also
reaches 5/8-7/8. Only plain RGB and greyscale JPEGs take simplejpeg; anything it is unsure
about (CMYK, warnings such as a truncated file) returns None and Pillow decodes it, so
error messages and edge cases stay exactly Pillow's.
"""

from __future__ import annotations

import functools
import os
import threading
from pathlib import Path
from types import ModuleType

from PIL import Image, ImageFile

# Decoding to RGBX would skip one copy, but Pillow then resizes four channels, not three.
_COLORSPACE = {"RGB": "RGB", "L": "GRAY"}
_DISABLED = False  # tests set this to exercise the Pillow fallback
# simplejpeg needs the whole file in memory, Pillow streams it: bigger files (huge
# panoramas) go to Pillow so a branding worker stays well under its memory budget.
MAX_FILE_BYTES = 40_000_000
# The file's bytes and the decoded pixels go through buffers kept per thread: fresh
# memory for every photo costs page faults, several ms of a ~190 ms render. Above
# this size a buffer is not kept (so a thread holds at most ~2x this).
REUSE_BYTES = 24_000_000
_scratch = threading.local()


@functools.cache
def _simplejpeg() -> ModuleType | ImportError:
    """Imported on first use: it brings numpy, which would slow every start-up. numpy's
    OpenBLAS starts a thread per core at import (half of numpy's ~0.1 s import, paid
    by every batch); Warta does no linear algebra, so one thread is asked for unless
    the user chose otherwise."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        import simplejpeg
    except ImportError as exc:  # a broken install: Pillow's draft is the fallback
        return exc
    return simplejpeg


def unavailable_reason() -> str | None:
    """Why the fast decoder is not used (for `doctor` and the bundle's self-test)."""
    if _DISABLED:
        return "dimatikan"
    problem = _simplejpeg()
    return str(problem) if isinstance(problem, ImportError) else None


def available() -> bool:
    return unavailable_reason() is None


def decode_scaled(path: Path, mode: str, min_size: tuple[int, int]) -> Image.Image | None:
    """The JPEG at `path` decoded at the smallest n/8 scale whose size is at least
    `min_size` (stored orientation), as a Pillow image of `mode` ("RGB" or "L").
    None when this decoder should not be used for the file."""
    colorspace = _COLORSPACE.get(mode)
    if colorspace is None or not available():
        return None
    simplejpeg = _simplejpeg()
    try:
        data = _read(path)
        if data is None:
            return None
        height, width = simplejpeg.decode_jpeg_header(data)[:2]
        out_w, out_h = scaled_size((width, height), min_size)
        out = _buffer("pixels", out_w * out_h * (3 if mode == "RGB" else 1))
        pixels = simplejpeg.decode_jpeg(data, colorspace, min_width=min_size[0],
                                        min_height=min_size[1], strict=True, buffer=out)
    except (OSError, ValueError, MemoryError):
        return None  # Pillow decodes it again and reports what is wrong, if anything is
    # A copy: the pixels may sit in this thread's buffer, which the next photo reuses.
    return Image.frombytes(mode, (pixels.shape[1], pixels.shape[0]), pixels)


# Pillow's own decoder reaches an n/8 scale through the denominator it hands libjpeg
# (with scale_num 1, libjpeg-turbo decodes at the smallest n/8 >= 1/denominator): 1, 2,
# 3, 4 and 8 give 8/8, 4/8, 3/8, 2/8 and 1/8. 5/8-7/8 are out of its reach.
_PILLOW_DENOMINATOR = {8: 1, 4: 2, 3: 3, 2: 4, 1: 8}


def draft(im: Image.Image, min_size: tuple[int, int]) -> bool:
    """Set an opened, not yet loaded JPEG to decode at the smallest n/8 scale covering
    `min_size` with Pillow's own decoder, when that scale is one it reaches (1/8-4/8,
    and 8/8). Same libjpeg-turbo, same pixels as decode_scaled, but no numpy to import
    (~65 ms holding the GIL at the start of every batch) and no copy of the pixels.
    False (`im` untouched) when decode_scaled should decode it (5/8-7/8) or Pillow's
    own draft (fast decoder disabled, a JPEG laid out unusually)."""
    if _DISABLED or im.format not in ("JPEG", "MPO") or len(im.tile) != 1 or im.decoderconfig:
        return False
    decoder, extents, offset, args = im.tile[0]
    if decoder != "jpeg" or tuple(extents or ()) != (0, 0, *im.size):
        return False
    denominator = _PILLOW_DENOMINATOR.get(eighths(im.size, min_size))
    if denominator is None:
        return False
    if denominator > 1:
        out = scaled_size(im.size, min_size)
        im.tile = [ImageFile._Tile(decoder, (0, 0, *out), offset, args)]
        im._size = out
        im.decoderconfig = (denominator, 0)
    return True


def eighths(size: tuple[int, int], min_size: tuple[int, int]) -> int:
    """The smallest n (1..8) whose n/8 scale of `size` covers `min_size` (8: full size)."""
    w, h = size
    for n in range(1, 8):
        if -(-w * n // 8) >= min_size[0] and -(-h * n // 8) >= min_size[1]:  # libjpeg rounds up
            return n
    return 8


def scaled_size(size: tuple[int, int], min_size: tuple[int, int]) -> tuple[int, int]:
    """libjpeg-turbo's output size at the smallest n/8 (n = 1..8) covering `min_size`."""
    n = eighths(size, min_size)
    return (-(-size[0] * n // 8), -(-size[1] * n // 8))  # libjpeg rounds up


def _read(path: Path) -> memoryview | bytes | None:
    """The file's bytes, in this thread's reusable buffer when it fits; None when too big."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return None
    buf = _buffer("file", size)
    if buf is None:
        return path.read_bytes()
    view = memoryview(buf)[:size]
    with path.open("rb") as fh:
        return view[: fh.readinto(view)]


def _buffer(name: str, size: int) -> bytearray | None:
    """This thread's scratch buffer `name`, at least `size` bytes; None: do not reuse."""
    if size > REUSE_BYTES:
        return None
    buf = getattr(_scratch, name, None)
    if buf is None or len(buf) < size:
        buf = bytearray(size)
        setattr(_scratch, name, buf)
    return buf
