"""Which photos of a batch take longest to render, guessed from their files alone.

A batch on N threads ends when its last render does. Handed out in the PIC's order, a
long photo taken last keeps one thread busy while the others idle (8 camera photos of
150-250 ms on 2 threads: the threads used to end ~40-65 ms apart). Handed out longest
first, the short ones fill the end (LPT scheduling). Only the order depends on the guess:
every photo is still rendered the same way.
"""

from __future__ import annotations

import functools
import os
import stat
import warnings
from collections.abc import Sequence

from PIL import Image

from core.branding.imageio import ORIENTATION_TAG, header_exif

# The guess, in milliseconds on the 2-core test machine (6000x4000 camera JPEGs of
# 6-10 MB, band-bottom in portrait): the decoder's entropy decoding grows with the file's
# bytes and its scaled IDCT with the pixels; a photo stored sideways (EXIF orientation
# 5-8) is resized from the whole decoded image and turned, ~25 ms more.
MS_PER_MB = 17.0
MS_PER_MEGAPIXEL = 2.5
MS_SIDEWAYS = 25.0


def render_cost(path: str | os.PathLike[str] | None) -> float:
    """A rough render time of the photo at `path`; 0 for no photo or one that cannot be
    read (it fails at once in its render). Only a regular, non-empty file is opened: a
    FIFO or a device would block the open (its render refuses it without opening it)."""
    if path is None:
        return 0.0
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return 0.0
    if not stat.S_ISREG(st.st_mode) or st.st_size == 0:
        return 0.0
    return _file_cost(os.fspath(path), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=512)
def _file_cost(path: str, size: int, mtime_ns: int) -> float:
    """The guess from the file's header (~0.1 ms: no pixels are decoded); cached for the
    GUI's next export of the same photos."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # odd EXIF: the render reports it
            with Image.open(path) as im:
                width, height = im.size
                sideways = _sideways(im)
    except Exception:  # noqa: BLE001 - a file Pillow cannot read fails fast in its render
        return 0.0
    return (size / 1e6 * MS_PER_MB + width * height / 1e6 * MS_PER_MEGAPIXEL
            + (MS_SIDEWAYS if sideways else 0.0))


def _sideways(im: Image.Image) -> bool:
    try:
        return header_exif(im).get(ORIENTATION_TAG, 1) in (5, 6, 7, 8)
    except Exception:  # noqa: BLE001 - broken EXIF: the render warns and keeps it upright
        return False


def dispatch_order(paths: Sequence[str | os.PathLike[str] | None], jobs: int) -> list[int]:
    """The indexes of `paths` in the order a batch on `jobs` threads hands them out:
    longest first; one thread keeps the PIC's order (nothing runs beside it). Stable:
    equal guesses keep their order."""
    if jobs <= 1 or len(paths) <= 1:
        return list(range(len(paths)))
    costs = [render_cost(path) for path in paths]
    return sorted(range(len(paths)), key=lambda i: -costs[i])
