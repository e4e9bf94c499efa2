"""Derived copies of library photos, cached on disk by content (SHA-256): the grid's
256 px thumbnails under cache/thumbs/, and the report's downscaled copy (pre-warmed after
an import so the monthly Word export does not decode 24-megapixel originals).

Everything here is safe to call from worker threads; nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from core import paths
from core.branding.errors import RenderError

THUMB_SIZE = 256
# The Word report's photo derivative (exporters/docx_report.py PHOTO_PX, PHOTO_QUALITY,
# PHOTO_BUDGET); a test keeps the two in step, since core may not import exporters.
REPORT_PHOTO = (1000, 80, 140_000)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def thumb_path(sha256: str, size: int = THUMB_SIZE) -> Path:
    """cache/thumbs/<sha[:2]>/<sha>-<size>.jpg (the folder is not created here)."""
    return paths.thumbs_dir() / sha256[:2] / f"{sha256}-{size}.jpg"


def _complete_jpeg(path: Path) -> bool:
    """A cached thumbnail is used only when it ends with the JPEG end marker: one cut
    short by a full disk (older versions wrote those) is made again."""
    try:
        with open(path, "rb") as fh:
            fh.seek(-2, os.SEEK_END)
            return fh.read(2) == b"\xff\xd9"
    except OSError:
        return False


def ensure_thumbnail(src: str | os.PathLike[str], sha256: str, size: int = THUMB_SIZE) -> Path:
    """The cached thumbnail of `src`, made (draft decode, atomic write) when missing.
    Raises RenderError with a message for the user when the photo cannot be read."""
    target = thumb_path(sha256, size)
    if _complete_jpeg(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    from core.branding.imageio import make_thumbnail  # Pillow: only to make one (~15 ms)

    return make_thumbnail(src, target, size)


def drop_thumbnails(sha256: str) -> None:
    """Remove every cached thumbnail of a photo (after it left the library)."""
    folder = paths.thumbs_dir() / sha256[:2]
    if folder.is_dir():
        for path in folder.glob(f"{sha256}-*.jpg"):
            with contextlib.suppress(OSError):
                path.unlink()


def prewarm_report_copies(files: Iterable[str | os.PathLike[str]], *,
                          progress: Progress | None = None,
                          cancelled: Cancelled | None = None) -> int:
    """Make the report's downscaled copy of each photo now (in the background after an
    import) so exporting the month's Word report later is fast. Unreadable photos are
    skipped: the import already reported them. Returns how many were warmed."""
    from core.photo_cache import cached_downscale  # Pillow, as above

    items = [Path(f) for f in files]
    done = 0
    for i, path in enumerate(items):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(i, len(items), path.name)
        try:
            cached_downscale(path, *REPORT_PHOTO)
        except (OSError, ValueError, RenderError):
            continue
        except Exception:  # noqa: BLE001 - Pillow raises odd types for odd files; warming is optional
            continue
        done += 1
    if progress is not None:
        progress(len(items), len(items), "")
    return done
