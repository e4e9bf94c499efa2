"""Where the media library keeps its files, and the library's error type.

Files live at media/<sha[:2]>/<sha>.<ext>, so the same photo imported twice is stored
once and a photo whose USB stick or download folder is gone is not lost.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from core import paths
from core.model import Photo
from core.store import Store, connect

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".heic", ".heif", ".webp",
                  ".gif")


class MediaError(Exception):
    """A library problem; `str()` is a message for the user that says what to do."""


def photo_path(sha256: str, ext: str) -> Path:
    """media/<sha[:2]>/<sha>.<ext>: where an imported original lives."""
    return paths.data_dir() / "media" / sha256[:2] / f"{sha256}.{ext.lstrip('.')}"


def path_of(photo: Photo) -> Path:
    return photo_path(photo.sha256, photo.ext)


@contextlib.contextmanager
def worker_store(store: Store) -> Iterator[Store]:
    """A second connection to the same database for a worker thread, so a long import or
    export never shares a transaction with the UI thread's autosave (WAL allows both)."""
    conn = connect(store.path)
    try:
        yield Store(store.path, conn)
    finally:
        conn.close()
