"""Undoable changes to the media library and to posts' photos, and one app-wide notifier
so every view showing a post's photos (photo strip, Media page) follows any change,
including an undo made from another page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from core.post_photos import Link, post_photo_ids
from core.store import Store

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import ModuleType

    from core.media_delete import DeletedPhotos


def _media() -> ModuleType:
    """core.actions.media, imported by the first command: it brings the export pool and
    the photo decoders, which opening the Konten page does not need."""
    from core.actions import media

    return media


class MediaEvents(QObject):
    post_photos_changed = Signal(int)  # post id
    library_changed = Signal()  # photos added, removed or edited
    kit_changed = Signal()  # brand kit chosen, imported or its logo replaced (Pengaturan)


_EVENTS: MediaEvents | None = None


def media_events() -> MediaEvents:
    global _EVENTS
    if _EVENTS is None:
        _EVENTS = MediaEvents(QApplication.instance())
    return _EVENTS


def _changed(post_ids: Sequence[int], library: bool = False) -> None:
    events = media_events()
    for post_id in dict.fromkeys(post_ids):
        events.post_photos_changed.emit(post_id)
    if library:
        events.library_changed.emit()


class AttachPhotosCommand(QUndoCommand):
    """Add photos to a post (at `index`, default the end); undo takes them out again."""

    def __init__(self, store: Store, post_id: int, photo_ids: Sequence[int],
                 index: int | None = None, text: str = "") -> None:
        super().__init__(text)
        self.store, self.post_id = store, post_id
        self.photo_ids, self.index = list(photo_ids), index
        self.added: list[int] = []

    def redo(self) -> None:
        self.added = _media().attach_photos(self.store, self.post_id, self.photo_ids, self.index)
        _changed([self.post_id])

    def undo(self) -> None:
        _media().detach_photos(self.store, self.post_id, self.added)
        _changed([self.post_id])


class DetachPhotosCommand(QUndoCommand):
    """Take photos out of a post (they stay in the library); undo puts them back in place."""

    def __init__(self, store: Store, post_id: int, photo_ids: Sequence[int],
                 text: str = "") -> None:
        super().__init__(text)
        self.store, self.post_id, self.photo_ids = store, post_id, list(photo_ids)
        self.links: list[Link] = []

    def redo(self) -> None:
        self.links = _media().detach_photos(self.store, self.post_id, self.photo_ids)
        _changed([self.post_id])

    def undo(self) -> None:
        _media().undo_detach(self.store, self.links)
        _changed([self.post_id])


class ReorderPhotosCommand(QUndoCommand):
    """Set a post's photo order; undo puts the old order back."""

    def __init__(self, store: Store, post_id: int, new_order: Sequence[int],
                 text: str = "") -> None:
        super().__init__(text)
        self.store, self.post_id = store, post_id
        self.old = post_photo_ids(store, post_id)
        self.new = list(new_order)

    def redo(self) -> None:
        _media().reorder_photos(self.store, self.post_id, self.new)
        _changed([self.post_id])

    def undo(self) -> None:
        _media().reorder_photos(self.store, self.post_id, self.old)
        _changed([self.post_id])


class DeletePhotosCommand(QUndoCommand):
    """Remove photos from the library (and, when confirmed, from the posts that use
    them); undo restores rows, places in posts and render records."""

    def __init__(self, store: Store, photo_ids: Sequence[int], *, force: bool,
                 text: str = "") -> None:
        super().__init__(text)
        self.store, self.photo_ids, self.force = store, list(photo_ids), force
        self.snapshot: DeletedPhotos | None = None

    def redo(self) -> None:
        self.snapshot = _media().delete_photos(self.store, self.photo_ids,
                                              confirmed=self.force)
        _changed([lk.post_id for lk in self.snapshot.links], library=True)

    def undo(self) -> None:
        if self.snapshot is not None:
            _media().undo_delete(self.store, self.snapshot)
            _changed([lk.post_id for lk in self.snapshot.links], library=True)
