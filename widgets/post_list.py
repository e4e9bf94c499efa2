"""The Konten list: a model of posts and a delegate that draws title, date and status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QRect, QSize, QStringListModel, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from core.indonesian import format_date_abbrev
from core.model import Post
from core.post_listing import ListedPost

POST_ROLE = Qt.ItemDataRole.UserRole + 1
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 2  # the next planned posting time, as text


def planned_text(times: dict[str, dt.datetime]) -> str:
    """'Jadwal 13 Nov 19.30' for the earliest planned platform time ('' when none)."""
    if not times:
        return ""
    when = min(times.values())
    return f"Jadwal {format_date_abbrev(when.date()).rsplit(' ', 1)[0]} {when:%H.%M}"

STATUS_COLORS = {
    "Draf": ("#EEF0EF", "#4A5552"),
    "Siap Ditinjau": ("#FFF4D6", "#7A5600"),
    "Disetujui": ("#E1EEFF", "#1D4E89"),
    "Terbit": ("#E3F1EB", "#085A40"),
}


Loader = Callable[[Sequence[int]], dict[int, ListedPost]]


class PostListModel(QStringListModel):
    """The filtered posts as ids; a row's post is read only when the view asks for it.

    Years of data are ~10,000 posts. Reading them all as posts took ~190 ms, so `data()`
    reads the posts of the rows on screen, in blocks of BLOCK ids, through the loader
    (core/post_listing.rows_for): never one query per row, never the whole list.

    Why a QStringListModel with an empty placeholder string per row: after each reset
    the view lays out every row, asking the model for each row's index, and with a
    rowCount() written in Python that was two Python calls per row (30-50 ms for
    10,000 rows per keystroke). Here rowCount() and index() stay in C++; the strings
    are never shown (data() answers from the posts) and rows are not editable.
    """

    BLOCK = 50

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._row_by_id: dict[int, int] | None = None
        self._rows: dict[int, ListedPost | None] = {}
        self._load: Loader = lambda _ids: {}
        self.loaded = 0  # ids handed to the loader since the last reset (tests, benchmarks)

    def set_ids(self, ids: Sequence[int], load: Loader) -> None:
        """The list in order, and how to read the rows when they are shown."""
        self._ids = list(ids)
        self._row_by_id = None
        self._rows = {}
        self._load = load
        self.loaded = 0
        self.setStringList([""] * len(self._ids))  # a model reset

    def total(self) -> int:
        """Rows in the list (rowCount, without asking Qt)."""
        return len(self._ids)

    # ---- Qt model ---------------------------------------------------------------------
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # the list shows posts; the editor changes them

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        post = row.post
        if role == Qt.ItemDataRole.DisplayRole:
            return post.title or self.tr("(untitled)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{post.title}\n{post.activity}\n{post.location}".strip()
        if role == POST_ROLE:
            return post
        if role == PLANNED_ROLE:
            return planned_text(row.planned)
        return None

    # ---- rows -------------------------------------------------------------------------
    def _row(self, row: int) -> ListedPost | None:
        if not 0 <= row < len(self._ids):
            return None
        post_id = self._ids[row]
        if post_id not in self._rows:
            start = row - row % self.BLOCK
            block = [i for i in self._ids[start:start + self.BLOCK] if i not in self._rows]
            self.loaded += len(block)
            self._rows.update(dict.fromkeys(block))  # deleted meanwhile: None, not re-read
            self._rows.update(self._load(block))
        return self._rows[post_id]

    def id_at(self, row: int) -> int | None:
        """The id at `row` without reading its post."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def post_at(self, row: int) -> Post | None:
        found = self._row(row)
        return found.post if found else None

    def row_of(self, post_id: int | None) -> int:
        """The row of `post_id`, or -1."""
        if post_id is None:
            return -1
        if self._row_by_id is None:
            self._row_by_id = {pid: row for row, pid in enumerate(self._ids)}
        return self._row_by_id.get(post_id, -1)

    def replace_post(self, post: Post) -> None:
        """Refresh one row after an autosave without resetting the selection."""
        row = self.row_of(post.id)
        if row >= 0:
            old = self._rows.get(post.id)
            self._rows[post.id] = ListedPost(post, old.planned if old else {})
            idx = self.index(row)
            self.dataChanged.emit(idx, idx)


class PostDelegate(QStyledItemDelegate):
    """Two lines per post: title (bold), then date · category, with a status chip."""

    PAD = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + self.PAD * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        post: Post | None = index.data(POST_ROLE)
        if post is None:
            return super().paint(painter, option, index)
        from PySide6.QtWidgets import QStyle  # at the first paint: see gui/theme.py

        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor("#E3F1EB"))
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), QColor("#0B6E4F"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor("#F4F6F5"))
        painter.setPen(QPen(QColor("#E6EAE8")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        fm_bold = QFontMetrics(bold)
        fm = QFontMetrics(option.font)
        status = str(post.status)
        chip_w = fm.horizontalAdvance(status) + 14
        inner = rect.adjusted(self.PAD + 4, self.PAD, -self.PAD, -self.PAD)

        painter.setFont(bold)
        painter.setPen(QColor("#1F2A27"))
        title = index.data(Qt.ItemDataRole.DisplayRole)
        title = fm_bold.elidedText(title.replace("\n", " "), Qt.TextElideMode.ElideRight,
                                   inner.width() - chip_w - 8)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width() - chip_w - 8,
                               fm_bold.height()), Qt.AlignmentFlag.AlignLeft, title)

        bg, fg = STATUS_COLORS.get(status, ("#EEF0EF", "#4A5552"))
        chip = QRect(inner.right() - chip_w, inner.top(), chip_w, fm.height() + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(chip, 8, 8)
        painter.setPen(QColor(fg))
        painter.setFont(option.font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, status)

        date = format_date_abbrev(post.activity_date) if post.activity_date else ""
        meta = " · ".join(x for x in (date, str(post.category), index.data(PLANNED_ROLE))
                          if x)
        painter.setPen(QColor("#5F6B67"))
        meta = fm.elidedText(meta, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + fm_bold.height() + 4, inner.width(),
                               fm.height()), Qt.AlignmentFlag.AlignLeft, meta)
        painter.restore()
