"""The Konten list: a model of posts and a delegate that draws title, date and status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from core.indonesian import format_date_abbrev
from core.model import Post

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


class PostListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._posts: list[Post] = []
        self._planned: dict[int, dict[str, dt.datetime]] = {}

    def set_posts(self, posts: list[Post],
                  planned: dict[int, dict[str, dt.datetime]] | None = None) -> None:
        """The list, and each post's planned posting times (Kalender) if known."""
        self.beginResetModel()
        self._posts = list(posts)
        self._planned = dict(planned or {})
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post = self._posts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return post.title or self.tr("(untitled)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{post.title}\n{post.activity}\n{post.location}".strip()
        if role == POST_ROLE:
            return post
        if role == PLANNED_ROLE:
            return planned_text(self._planned.get(post.id, {}))
        return None

    def post_at(self, row: int) -> Post | None:
        return self._posts[row] if 0 <= row < len(self._posts) else None

    def row_of(self, post_id: int | None) -> int:
        for row, post in enumerate(self._posts):
            if post.id == post_id:
                return row
        return -1

    def replace_post(self, post: Post) -> None:
        """Refresh one row after an autosave without resetting the selection."""
        row = self.row_of(post.id)
        if row >= 0:
            self._posts[row] = post
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
