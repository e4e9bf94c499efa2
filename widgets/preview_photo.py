"""Keeps the platform previews showing the post's first photo.

The previews get a 1080 px copy of the photo from the disk cache (cache/thumbs/, made
once per photo by core.media_thumbs with JPEG draft decoding), read on a loader thread
of its own, never on the UI thread and never in the grid's queue (the grid wants the
256 px thumbnails of the same photos). The photo follows the post shown and every change
to its photos (media_events().post_photos_changed: added, removed, reordered, undone)
while the preview is on screen; a hidden preview looks again when it is shown, which
also picks up a focus point moved on the Media page. Each preview crops the photo to
its platform's box around the post's focus point.
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QImage, QPixmap, QPixmapCache
from PySide6.QtWidgets import QApplication

from core.media_files import path_of
from core.post_photos import PostPhoto, post_photos
from core.store import Store
from widgets.media_commands import media_events
from widgets.previews import PostPreview
from widgets.thumbnail_grid import ThumbnailLoader

PREVIEW_PX = 1080  # a feed post's width: sharp in a 420 px preview at 2x, square crop included

_LOADER: ThumbnailLoader | None = None


def preview_loader() -> ThumbnailLoader:
    """One loader thread for every post preview (the newest request is served first)."""
    global _LOADER
    if _LOADER is None:
        _LOADER = ThumbnailLoader(threads=1, parent=QApplication.instance())
        atexit.register(_LOADER.shutdown)  # no loader thread left in Python at exit
    return _LOADER


def _cache_key(sha256: str) -> str:
    return f"warta-preview:{sha256}-{PREVIEW_PX}"


class PreviewPhotoFeeder(QObject):
    """Puts the first photo of the post set with `set_post` into a PostPreview.

    `image_shown(sha256 or None)` follows each change of what the preview shows."""

    image_shown = Signal(object)

    def __init__(self, store: Store, preview: PostPreview,
                 loader: ThumbnailLoader | None = None) -> None:
        super().__init__(preview)
        self.store = store
        self.preview = preview
        self.loader = loader or preview_loader()
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        media_events().post_photos_changed.connect(self._photos_changed)
        preview.installEventFilter(self)
        self._post_id: int | None = None
        self._wanted: PostPhoto | None = None
        self._pending = False  # the wanted photo is being loaded

    def set_post(self, post_id: int | None) -> None:
        self._post_id = post_id
        self.refresh()

    def wanted_sha(self) -> str | None:
        """The photo the preview shows or is waiting for."""
        return self._wanted.photo.sha256 if self._wanted is not None else None

    def refresh(self) -> None:
        """Re-read the post's first photo (and its focus point) and show it."""
        photos = post_photos(self.store, self._post_id) if self._post_id else []
        first = photos[0] if photos else None
        self._wanted = first
        self._pending = False
        if first is None:
            self._show(None)
            return
        cached = QPixmap()
        if QPixmapCache.find(_cache_key(first.photo.sha256), cached):
            self._show(cached)
            return
        self._show(None)  # not the previous post's photo while this one loads
        self._pending = True
        self.loader.request(first.photo.sha256, path_of(first.photo), PREVIEW_PX)

    def is_settled(self) -> bool:
        """True once the wanted photo is shown (or failed, or there is none)."""
        return not self._pending

    def _photos_changed(self, post_id: int) -> None:
        if post_id == self._post_id and self.preview.isVisible():
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.preview and event.type() == QEvent.Type.Show:
            self.refresh()
        return False

    def _loaded(self, sha256: str, image: QImage) -> None:
        if sha256 != self.wanted_sha():
            return
        self._pending = False
        pixmap = QPixmap.fromImage(image)
        QPixmapCache.insert(_cache_key(sha256), pixmap)
        self._show(pixmap)

    def _failed(self, sha256: str, _reason: str) -> None:
        if sha256 == self.wanted_sha():  # an unreadable photo: the placeholder stays
            self._pending = False
            self.image_shown.emit(None)

    def _show(self, pixmap: QPixmap | None) -> None:
        focus = self._wanted.focus if self._wanted is not None else (0.5, 0.5)
        self.preview.set_image(pixmap, focus)
        self.image_shown.emit(self.wanted_sha() if pixmap is not None else None)
