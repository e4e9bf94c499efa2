"""The "Foto" card of the post editor: the post's photos in order (widgets.PhotoStrip),
with "Tambah foto…" from the library and files dropped from Explorer imported and
attached where they were dropped (with the import's progress bar and report)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from core.post_photos import post_photos
from core.store import Store
from gui.konten.photo_picker import PhotoPickerDialog
from widgets.photo_strip import PhotoStrip


class PostPhotosCard(QFrame):
    message = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setAccessibleName("post_photos")
        self.store = store
        title = QLabel(self.tr("Photos"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(self.tr("In posting order: drag to reorder, Delete removes from the post."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.strip = PhotoStrip(store, undo_stack)
        self.strip.add_requested.connect(self.add_from_library)
        self.strip.files_dropped.connect(self.import_dropped)
        self.strip.message.connect(self.message)
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 10, 12, 10)
        col.setSpacing(6)
        col.addWidget(title)
        col.addWidget(hint)
        col.addWidget(self.strip)

    def set_post(self, post_id: int | None) -> None:
        self.strip.set_post(post_id)

    def add_from_library(self) -> None:
        if self.strip.post_id is None:
            return
        ids, ok = PhotoPickerDialog.get_photos(self.store, self.strip.photo_ids(), self)
        if ok:
            self.strip.attach(ids)

    def import_dropped(self, paths: list[str], index: int) -> None:
        """Import dropped files, then attach them (new and already-known) at `index`."""
        if self.strip.post_id is None:
            return
        from gui.media.media_import import import_with_progress  # the import machinery
        # (core.actions.media and its export pool) loads on the first drop, not with Konten

        report = import_with_progress(self, self.store, paths)
        if report is None:
            return
        ids = [p.id for p in report.photos if p.id is not None]
        self.strip.attach(ids, index)
        self.message.emit(report.summary())

    def photos(self) -> list:
        return [pp.photo for pp in post_photos(self.store, self.strip.post_id)] \
            if self.strip.post_id is not None else []
