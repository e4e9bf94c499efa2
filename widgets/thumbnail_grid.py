"""The media library's thumbnail grid: a QListView in icon mode over a model that asks
for thumbnails only when a cell is painted.

Why it stays responsive with thousands of photos:
- the model never touches image files on the UI thread: a cell first shows a placeholder
  and its thumbnail is requested from `ThumbnailLoader`, which reads it from the disk
  cache (cache/thumbs/, made once per photo by core.media_thumbs with JPEG draft
  decoding) on a small private thread pool and hands back a QImage;
- requests are served newest first, and old ones are dropped past a limit, so after a
  fast scroll the cells on screen load before the ones scrolled past;
- the scaled pixmaps live in QPixmapCache (an LRU bounded in bytes), so scrolling back is
  free and memory stays flat;
- uniform item sizes and batched layout keep the view from measuring every item.
"""

from __future__ import annotations

import atexit
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from core.media_files import path_of
from core.media_thumbs import THUMB_SIZE, ensure_thumbnail, thumb_path
from core.model import Photo
from core.photos import needs_consent

PHOTO_MIME = "application/x-warta-photo-ids"
MAX_PENDING = 400  # requests beyond this (long scrolled past) are dropped, oldest first
PIXMAP_CACHE_KB = 96 * 1024

PhotoRole = Qt.ItemDataRole.UserRole + 1
PhotoIdRole = Qt.ItemDataRole.UserRole + 2
StateRole = Qt.ItemDataRole.UserRole + 3  # "loading", "ready" or "failed"
UsedRole = Qt.ItemDataRole.UserRole + 4
ConsentRole = Qt.ItemDataRole.UserRole + 5  # True: minors without recorded consent

ACCENT = QColor("#0B6E4F")
WARN_BG = QColor("#B3261E")
MUTED = QColor("#5F6B67")


# ---------------------------------------------------------------- loading


class ThumbnailLoader(QObject):
    """Reads (or first makes) thumbnails on its own threads, newest request first.

    `loaded(sha, QImage)` and `failed(sha, reason)` arrive on the UI thread."""

    loaded = Signal(str, QImage)
    failed = Signal(str, str)
    dropped = Signal(str)  # a request pushed out of the queue by newer ones

    def __init__(self, threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._threads = threads
        self._lock = threading.Lock()
        self._queue: OrderedDict[str, tuple[Path, Path]] = OrderedDict()
        self._running = 0
        self._inflight: set[str] = set()
        self.requested = 0  # how many thumbnails were asked for (tests, benchmark)
        self.produced = 0

    def request(self, sha: str, src: Path, size: int = THUMB_SIZE) -> None:
        """Queue a thumbnail (again: it moves to the front)."""
        dropped: list[str] = []
        with self._lock:
            if sha in self._inflight:
                return
            if sha in self._queue:
                self._queue.move_to_end(sha)
            else:
                self._queue[sha] = (src, thumb_path(sha, size))
                self.requested += 1
                while len(self._queue) > MAX_PENDING:
                    dropped.append(self._queue.popitem(last=False)[0])
            start = self._running < self._threads
            if start:
                self._running += 1
        for old in dropped:
            self.dropped.emit(old)
        if start:
            # a plain callable: PySide owns the runnable (a Python QRunnable subclass
            # deleted by the pool while Python still refers to it corrupts refcounts)
            self.pool.start(self._drain)

    def _drain(self) -> None:
        """Serve the queue until it is empty (runs on a pool thread)."""
        while (job := self._next()) is not None:
            self._work(*job)

    def shutdown(self, msecs: int = 3000) -> None:
        """Drop queued requests and wait for the ones running (at exit: a thread still in
        Python while the interpreter shuts down would crash it)."""
        with self._lock:
            self._queue.clear()
        self.pool.waitForDone(msecs)

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def wait_idle(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)

    def _next(self) -> tuple[str, Path, Path] | None:
        with self._lock:
            if not self._queue:
                self._running -= 1
                return None
            sha, (src, dst) = self._queue.popitem(last=True)
            self._inflight.add(sha)
            return sha, src, dst

    def _work(self, sha: str, src: Path, dst: Path) -> None:
        try:
            self._load(sha, src, dst)
        finally:
            with self._lock:
                self._inflight.discard(sha)

    def _load(self, sha: str, src: Path, dst: Path) -> None:
        try:
            # ensure_thumbnail also remakes a cached one cut short by a full disk
            dst = ensure_thumbnail(src, sha, int(dst.stem.rsplit("-", 1)[-1]))
            image = QImage(str(dst))
        except Exception as exc:  # noqa: BLE001 - a broken photo must not stop the queue
            self.failed.emit(sha, str(exc))
            return
        if image.isNull():
            self.failed.emit(sha, f"Gambar mini {dst.name} tidak dapat dibaca.")
            return
        with self._lock:
            self.produced += 1
        self.loaded.emit(sha, image)


_SHARED: ThumbnailLoader | None = None


def shared_loader() -> ThumbnailLoader:
    """One loader for the whole app (grid, photo strip, picker), so two views never
    decode the same photo twice at once."""
    global _SHARED
    if _SHARED is None:
        _SHARED = ThumbnailLoader(parent=QApplication.instance())
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        atexit.register(_SHARED.shutdown)
    return _SHARED


def placeholder_pixmap(size: int, *, broken: bool = False) -> QPixmap:
    """A calm grey tile with a picture (or broken-picture) glyph, cached."""
    key = f"warta-ph:{size}:{int(broken)}"
    found = QPixmap()
    if QPixmapCache.find(key, found):
        return found
    pix = QPixmap(size, size)
    pix.fill(QColor("#EEF1EF"))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#B7C0BC"), max(1, size // 40)))
    s = size // 3
    box = QRect((size - s) // 2, (size - s) // 2, s, int(s * 0.8))
    p.drawRoundedRect(box, 3, 3)
    p.drawLine(box.left() + 2, box.bottom() - 2, box.center().x(), box.center().y())
    p.drawLine(box.center().x(), box.center().y(), box.right() - 2, box.bottom() - 2)
    if broken:
        p.setPen(QPen(WARN_BG, max(2, size // 30)))
        p.drawLine(box.topLeft(), box.bottomRight())
    p.end()
    QPixmapCache.insert(key, pix)
    return pix


# ---------------------------------------------------------------- model


class ThumbnailModel(QAbstractListModel):
    """Photos as list items; their thumbnails arrive asynchronously."""

    def __init__(self, icon_size: int = 128, loader: ThumbnailLoader | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon_size = icon_size
        self.loader = loader or shared_loader()
        self._photos: list[Photo] = []
        self._rows: dict[str, list[int]] = {}
        self._used: dict[int, int] = {}
        self._failed: dict[str, str] = {}
        self._asked: set[str] = set()  # requested and not back yet: ask once
        self._dpr = 1.0
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.loader.dropped.connect(self._asked.discard)

    # ---- content
    def set_photos(self, photos: Sequence[Photo], used: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self._used = dict(used or {})
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._rows = {}
        for i, p in enumerate(self._photos):
            self._rows.setdefault(p.sha256, []).append(i)

    def photos(self) -> list[Photo]:
        return list(self._photos)

    def photo(self, row: int) -> Photo | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def row_of(self, photo_id: int) -> int:
        return next((i for i, p in enumerate(self._photos) if p.id == photo_id), -1)

    def update_photo(self, photo: Photo) -> None:
        """Replace a photo's data (after its details were edited) and repaint its cell."""
        row = self.row_of(photo.id) if photo.id is not None else -1
        if row >= 0:
            self._photos[row] = photo
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def set_device_pixel_ratio(self, dpr: float) -> None:
        self._dpr = max(1.0, dpr)

    # ---- Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._photos)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PHOTO_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = [str(self._photos[i.row()].id) for i in sorted(indexes, key=lambda i: i.row())
               if i.isValid()]
        data.setData(PHOTO_MIME, ",".join(ids).encode())
        return data

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pixmap(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(photo)
        if role == PhotoRole:
            return photo
        if role == PhotoIdRole:
            return photo.id
        if role == StateRole:
            if photo.sha256 in self._failed:
                return "failed"
            return "ready" if QPixmapCache.find(self._key(photo), QPixmap()) else "loading"
        if role == UsedRole:
            return self._used.get(photo.id or -1, 0)
        if role == ConsentRole:
            return needs_consent(photo)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return photo.original_name
        return None

    def _key(self, photo: Photo) -> str:
        return f"warta-th:{photo.sha256}:{round(self.icon_size * self._dpr)}"

    def pixmap(self, photo: Photo) -> QPixmap:
        """The cached thumbnail, or a placeholder while it is requested."""
        side = round(self.icon_size * self._dpr)
        if photo.sha256 in self._failed:
            return placeholder_pixmap(side, broken=True)
        found = QPixmap()
        if QPixmapCache.find(self._key(photo), found):
            return found
        if photo.sha256 not in self._asked:
            self._asked.add(photo.sha256)
            self.loader.request(photo.sha256, path_of(photo))
        return placeholder_pixmap(side)

    def _tooltip(self, photo: Photo) -> str:
        lines = [photo.original_name]
        if photo.width and photo.height:
            lines.append(f"{photo.width} × {photo.height} px")
        if photo.taken_at:
            lines.append(photo.taken_at.strftime("%d-%m-%Y %H:%M"))
        if needs_consent(photo):
            lines.append(self.tr("Shows minors: consent not recorded"))
        if reason := self._failed.get(photo.sha256):
            lines.append(reason.replace(f"{photo.sha256}.{photo.ext}", photo.original_name))
        return "\n".join(lines)

    # ---- results from the loader (UI thread)
    def _on_loaded(self, sha: str, image: QImage) -> None:
        self._asked.discard(sha)
        rows = self._rows.get(sha)
        if not rows:
            return
        side = round(self.icon_size * self._dpr)
        scaled = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        pix = QPixmap.fromImage(scaled)
        pix.setDevicePixelRatio(self._dpr)
        QPixmapCache.insert(self._key(self._photos[rows[0]]), pix)
        for row in rows:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, StateRole])

    def _on_failed(self, sha: str, reason: str) -> None:
        self._asked.discard(sha)
        rows = self._rows.get(sha)
        if not rows:
            return
        self._failed[sha] = reason
        for row in rows:
            index = self.index(row)
            self.dataChanged.emit(index, index)


# ---------------------------------------------------------------- painting


class ThumbnailDelegate(QStyledItemDelegate):
    """A tile: the thumbnail, the file name, a red "Anak" badge for minors without
    consent, and how many posts use the photo."""

    def __init__(self, icon_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon_size = icon_size

    def cell_size(self) -> QSize:
        return QSize(self.icon_size + 16, self.icon_size + 36)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return self.cell_size()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        from PySide6.QtWidgets import QStyle  # at the first paint: see gui/theme.py

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(QPen(ACCENT, 2))
            painter.setBrush(QColor("#E3F1EB"))
            painter.drawRoundedRect(rect, 8, 8)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(QPen(QColor("#D8DEDB"), 1))
            painter.setBrush(QColor("#F7F9F8"))
            painter.drawRoundedRect(rect, 8, 8)
        pix = index.data(Qt.ItemDataRole.DecorationRole)
        box = QRect(rect.left() + (rect.width() - self.icon_size) // 2, rect.top() + 5,
                    self.icon_size, self.icon_size)
        if isinstance(pix, QPixmap) and not pix.isNull():
            dpr = pix.devicePixelRatio() or 1.0
            w, h = round(pix.width() / dpr), round(pix.height() / dpr)
            target = QRect(box.left() + (box.width() - w) // 2,
                           box.top() + (box.height() - h) // 2, w, h)
            painter.drawPixmap(target, pix)
        name_rect = QRect(rect.left() + 4, box.bottom() + 4, rect.width() - 8, 20)
        painter.setPen(option.palette.text().color())
        name = option.fontMetrics.elidedText(str(index.data() or ""),
                                             Qt.TextElideMode.ElideMiddle, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                         name)
        if index.data(ConsentRole):
            self._badge(painter, box.topRight(), self.tr("Minors"), WARN_BG, right=True)
        used = index.data(UsedRole) or 0
        if used:
            self._badge(painter, box.topLeft(), f"✓{used if used > 1 else ''}", ACCENT,
                        right=False)
        painter.restore()

    def _badge(self, painter: QPainter, corner, text: str, color: QColor, *,
               right: bool) -> None:
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        painter.setFont(font)
        fm = painter.fontMetrics()
        w, h = fm.horizontalAdvance(text) + 10, fm.height() + 2
        x = corner.x() - w - 2 if right else corner.x() + 2
        r = QRect(x, corner.y() + 2, w, h)
        path = QPainterPath()
        path.addRoundedRect(r, h / 2, h / 2)
        painter.fillPath(path, color)
        painter.setPen(QColor("white"))
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)


# ---------------------------------------------------------------- view


class ThumbnailGrid(QListView):
    """Icon-mode list of photos: multi-select, keyboard, Delete, drag photos out, drop
    files and folders in (emitted as `files_dropped`)."""

    delete_requested = Signal()
    files_dropped = Signal(list)
    photo_activated = Signal(object)
    selection_changed = Signal(list)  # list[Photo]

    def __init__(self, parent: QWidget | None = None, icon_size: int = 128,
                 loader: ThumbnailLoader | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumbnail_grid")
        self.thumbs = ThumbnailModel(icon_size, loader, self)
        self.thumbs.set_device_pixel_ratio(self.devicePixelRatioF())
        self.setModel(self.thumbs)
        self.delegate = ThumbnailDelegate(icon_size, self)
        self.setItemDelegate(self.delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setGridSize(self.delegate.cell_size() + QSize(6, 6))
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setMouseTracking(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self._chosen: list[int] = []  # selected photo ids in the order they were chosen
        self.selectionModel().selectionChanged.connect(self._track_choice)
        self.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit(self.selected_photos()))
        self.activated.connect(lambda i: self.photo_activated.emit(self.thumbs.photo(i.row())))
        self.empty_text = ""

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.thumbs.rowCount() == 0 and self.empty_text:
            p = QPainter(self.viewport())
            p.setPen(MUTED)
            p.drawText(self.viewport().rect().adjusted(24, 0, -24, 0),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            p.end()

    # ---- content
    def set_photos(self, photos: Sequence[Photo], used: dict[int, int] | None = None,
                   keep_selection: bool = True) -> None:
        keep = {p.id for p in self.selected_photos()} if keep_selection else set()
        current = self.thumbs.photo(self.currentIndex().row())
        blocker = self.selectionModel().blockSignals(True)
        self.thumbs.set_photos(photos, used)
        self.selectionModel().blockSignals(blocker)
        if keep:
            self.select_ids(keep, current.id if current else None)
        self.selection_changed.emit(self.selected_photos())

    def select_ids(self, ids: set[int] | Sequence[int], current: int | None = None) -> None:
        """Select these photos; a list also sets the order they count as chosen in (an
        import's order), a set keeps the order they were chosen in before."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        if isinstance(ids, (set, frozenset)):
            order = [i for i in self._chosen if i in ids] + [i for i in ids
                                                             if i not in self._chosen]
        else:
            order = list(dict.fromkeys(ids))
        ids = set(ids)
        selection = QItemSelection()
        for row, photo in enumerate(self.thumbs.photos()):
            if photo.id in ids:
                index = self.thumbs.index(row)
                selection.select(index, index)
        sm = self.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        sm.select(selection, flags)
        self._chosen = order
        row = self.thumbs.row_of(current) if current is not None else -1
        if row < 0 and not selection.isEmpty():
            row = selection.indexes()[0].row()
        if row >= 0:
            sm.setCurrentIndex(self.thumbs.index(row), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(self.thumbs.index(row))

    def selected_photos(self) -> list[Photo]:
        """The selection in grid order."""
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        return [p for r in rows if (p := self.thumbs.photo(r)) is not None]

    def chosen_photos(self) -> list[Photo]:
        """The selection in the order the PIC chose it (clicks, or an import's order):
        the order photos are added to a post in, so the first chosen is the cover."""
        selected = self.selected_photos()
        rank = {pid: i for i, pid in enumerate(self._chosen)}
        return sorted(selected, key=lambda p: rank.get(p.id, len(rank)))

    def _track_choice(self, selected, deselected) -> None:
        gone = {p.id for i in deselected.indexes() if (p := self.thumbs.photo(i.row()))}
        self._chosen = [pid for pid in self._chosen if pid not in gone]
        for row in sorted(i.row() for i in selected.indexes()):
            photo = self.thumbs.photo(row)
            if photo is not None and photo.id not in self._chosen:
                self._chosen.append(photo.id)

    # ---- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_photos():
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- dropping files in
    def _file_urls(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._file_urls(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._file_urls(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = self._file_urls(event)
        if files:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.files_dropped.emit(files)
        else:
            event.ignore()
