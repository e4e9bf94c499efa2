"""A post's photos as a row of thumbnails, in the order they will be posted.

Drag a thumbnail to reorder (or Ctrl+Left/Right), Delete removes it from the post (the
photo stays in the library; undoable), photos dragged from the library grid are added
where they are dropped. Files and folders dropped from Explorer, and the "Tambah foto"
button, are handed to the owner through `files_dropped(paths, index)` and
`add_requested()`, since importing needs the GUI's progress dialog and picker.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.post_photos import post_photos
from core.store import Store
from widgets.media_commands import (
    AttachPhotosCommand,
    DetachPhotosCommand,
    ReorderPhotosCommand,
    media_events,
)
from widgets.thumbnail_grid import PHOTO_MIME, ThumbnailDelegate, ThumbnailModel

ICON = 84


class _StripView(QListView):
    """The horizontal list; drops are turned into reorder/attach/import requests."""

    reorder = Signal(list, int)  # photo ids dragged, target index
    attach = Signal(list, int)  # photo ids from elsewhere, target index
    files = Signal(list, int)  # local paths, target index
    remove = Signal()
    move_by = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_strip_view")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.empty_text = ""

    def drop_index(self, pos) -> int:
        """The position a drop at `pos` inserts at: before the first photo whose middle
        is right of it (gaps between photos count too)."""
        count = self.model().rowCount()
        for row in range(count):
            if pos.x() < self.visualRect(self.model().index(row, 0)).center().x():
                return row
        return count

    def _accepts(self, event) -> bool:
        mime = event.mimeData()
        return mime.hasFormat(PHOTO_MIME) or (
            mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction if event.source() is self
                                else Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        at = self.drop_index(event.position().toPoint())
        if mime.hasFormat(PHOTO_MIME):
            raw = bytes(mime.data(PHOTO_MIME).data()).decode()
            ids = [int(x) for x in raw.split(",") if x.strip().isdigit()]
            (self.reorder if event.source() is self else self.attach).emit(ids, at)
            event.setDropAction(Qt.DropAction.CopyAction)  # the view must not remove rows
            event.accept()
        elif mime.hasUrls():
            paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if paths:
                self.files.emit(paths, at)
                event.acceptProposedAction()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove.emit()
        elif ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_by.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty_text:
            p = QPainter(self.viewport())
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.viewport().rect().adjusted(12, 0, -12, 0),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)


class PhotoStrip(QWidget):
    """The ordered photos of one post, editable with undo."""

    add_requested = Signal()
    files_dropped = Signal(list, int)  # paths, insert index
    selection_changed = Signal(list)  # list[Photo]
    message = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_strip")
        self.store = store
        self._undo = undo_stack
        self._own_undo: QUndoStack | None = None
        self.post_id: int | None = None
        self.view = _StripView(self)
        self.model = ThumbnailModel(ICON, parent=self)
        self.model.set_device_pixel_ratio(self.devicePixelRatioF())
        self.view.setModel(self.model)
        self.delegate = ThumbnailDelegate(ICON, self)
        self.view.setItemDelegate(self.delegate)
        cell = self.delegate.cell_size()
        self.view.setGridSize(cell + QSize(4, 0))
        self.view.setFixedHeight(cell.height() + 22)
        self.view.empty_text = self.tr(
            "No photos yet. Drop photos here or click \"Add photo\".")
        self.add_button = QPushButton(self.tr("Add photo…"))
        self.add_button.setObjectName("photo_strip_add")
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("photo_strip_remove")
        self.remove_button.setToolTip(self.tr("Remove from this post (the photo stays in the "
                                              "library). Delete"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.count = QLabel()
        self.count.setObjectName("Muted")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addWidget(self.view)
        col.addLayout(buttons)

        self.view.reorder.connect(self._reorder)
        self.view.attach.connect(self.attach)
        self.view.files.connect(self.files_dropped)
        self.view.remove.connect(self.remove_selected)
        self.view.move_by.connect(self.move_selected)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self._stale = False
        media_events().post_photos_changed.connect(self._changed_elsewhere)
        media_events().library_changed.connect(self._library_changed)
        self.set_post(None)

    # ---- undo
    def undo_stack(self) -> QUndoStack:
        if self._undo is None:
            window_stack = getattr(self.window(), "undo_stack", None)
            if isinstance(window_stack, QUndoStack):
                return window_stack
            if self._own_undo is None:
                self._own_undo = QUndoStack(self)
            return self._own_undo
        return self._undo

    # ---- content
    def set_post(self, post_id: int | None) -> None:
        self.post_id = post_id
        self.setEnabled(post_id is not None)
        self.reload()

    def reload(self) -> None:
        photos = ([pp.photo for pp in post_photos(self.store, self.post_id)]
                  if self.post_id is not None else [])
        keep = {p.id for p in self.selected_photos()}
        self.model.set_photos(photos)
        for row, photo in enumerate(photos):
            if photo.id in keep:
                self.view.selectionModel().select(
                    self.model.index(row),
                    self.view.selectionModel().SelectionFlag.Select)
        n = len(photos)
        self.count.setText(self.tr("%1 photos").replace("%1", str(n)) if n else "")
        self.remove_button.setEnabled(bool(self.selected_photos()))

    def _library_changed(self) -> None:
        self._changed_elsewhere(self.post_id)

    def _changed_elsewhere(self, post_id: int | None) -> None:
        if post_id is None or post_id != self.post_id:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reloaded when shown

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def photo_ids(self) -> list[int]:
        return [p.id for p in self.model.photos() if p.id is not None]

    def selected_photos(self):
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [p for r in rows if (p := self.model.photo(r)) is not None]

    def _selection(self, *_: object) -> None:
        selected = self.selected_photos()
        self.remove_button.setEnabled(bool(selected))
        self.selection_changed.emit(selected)

    # ---- editing (all undoable)
    def attach(self, photo_ids: Sequence[int], index: int | None = None) -> None:
        if self.post_id is None or not photo_ids:
            return
        new = [p for p in photo_ids if p not in self.photo_ids()]
        if not new:
            self.message.emit(self.tr("These photos are already in this post."))
            return
        self.undo_stack().push(AttachPhotosCommand(
            self.store, self.post_id, new, index,
            self.tr("Add %1 photos").replace("%1", str(len(new)))))

    def remove_selected(self) -> None:
        ids = [p.id for p in self.selected_photos() if p.id is not None]
        if self.post_id is None or not ids:
            return
        self.undo_stack().push(DetachPhotosCommand(
            self.store, self.post_id, ids,
            self.tr("Remove %1 photos from the post").replace("%1", str(len(ids)))))
        self.message.emit(self.tr("%1 photos removed from the post (still in the library). "
                                  "Ctrl+Z to undo.").replace("%1", str(len(ids))))

    def _reorder(self, moved: Sequence[int], index: int) -> None:
        order = self.photo_ids()
        if self.post_id is None or not set(moved) & set(order):
            return
        from core.actions.media import moved_order  # not at import: see media_commands

        new = moved_order(order, moved, index)
        if new != order:
            self.undo_stack().push(ReorderPhotosCommand(self.store, self.post_id, new,
                                                        self.tr("Reorder photos")))

    def move_to(self, photo_ids: Sequence[int], index: int) -> None:
        """Move photos so they start at `index` of the current order (drag, keyboard)."""
        self._reorder(photo_ids, index)

    def move_selected(self, step: int) -> None:
        selected = [p.id for p in self.selected_photos()]
        order = self.photo_ids()
        if not selected:
            return
        first = order.index(selected[0])
        target = first + step if step < 0 else first + len(selected) + step
        if 0 <= first + step <= len(order) - len(selected):
            self._reorder(selected, max(0, target))
