"""The Kalender's month (or week) grid: days with holiday labels and draggable post chips.

A widget of its own so the page stays thin: it only shows `CalendarDay`s and reports
what the PIC did (selected a day, opened a post, dropped a post on another day).
Keyboard: arrows move the selected day, Page Up/Down change the month, Home goes to
today, Enter opens the first post of the day or asks for a new one.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.indonesian import DAYS
from core.kalender.bulan import CalendarDay, CalendarPost
from core.platforms import PLATFORMS
from widgets.discard import discard
from widgets.ellipsis_label import EllipsisLabel
from widgets.post_list import STATUS_COLORS

POST_MIME = "application/x-warta-post"
# a dot per platform in the platform's own colour: small enough for six in a month cell
PLATFORM_DOT = {"instagram": "#C13584", "facebook": "#1877F2", "x": "#000000",
                "tiktok": "#00A3A3", "youtube": "#FF0000", "threads": "#6B6B6B"}
HOLIDAY_FG, COMMEMORATION_FG = "#B42318", "#1D4E89"


def chip_text(post: CalendarPost, with_times: bool) -> str:
    """Rich text: the platforms' dots, planned times (week view), then the title."""
    dots = "".join(f"<span style='color:{PLATFORM_DOT.get(p, '#5F6B67')}'>●</span>"
                   for p in post.platforms)
    dots = f"<span style='font-size:5pt'>{dots}</span>"
    times = ""
    if with_times and post.times:
        times = " ".join(t.strftime("%H.%M") for _p, t in post.times) + " · "
    return f"{dots} {times}{html.escape(post.title or '(tanpa judul)')}"


def chip_tooltip(post: CalendarPost) -> str:
    names = ", ".join(PLATFORMS[p].name if p in PLATFORMS else p for p in post.platforms)
    times = "; ".join(f"{PLATFORMS[p].name if p in PLATFORMS else p} {t.strftime('%H.%M')}"
                      for p, t in post.times)
    return "\n".join(x for x in (post.title, f"{post.status} · {post.category}", names, times)
                     if x)


class PostChip(QLabel):
    """One post on a day: coloured by status; drag it to another day, double-click to open."""

    activated = Signal(int)

    def __init__(self, post: CalendarPost, with_times: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.post = post
        bg, fg = STATUS_COLORS.get(str(post.status), ("#EEF0EF", "#4A5552"))
        self.setObjectName("CalendarChip")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(chip_text(post, with_times))
        self.setToolTip(chip_tooltip(post))
        self.setStyleSheet(f"QLabel#CalendarChip {{ background: {bg}; color: {fg}; "
                           f"border-radius: 3px; padding: 0px 3px; font-size: 8pt; }}")
        self.setWordWrap(with_times)  # the week view has room for whole titles
        self.setSizePolicy(QSizePolicy.Policy.Ignored,
                           QSizePolicy.Policy.Preferred if with_times else QSizePolicy.Policy.Fixed)
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or (event.position().toPoint() - self._press).manhattanLength() \
                < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(POST_MIME, QByteArray(str(self.post.post_id).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.post.post_id)


class DayCell(QFrame):
    """A day: its number, labels (holidays red, commemorations blue) and post chips."""

    clicked = Signal(object)  # dt.date
    double_clicked = Signal(object)
    dropped = Signal(int, object)  # post id, dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DayCell")
        self.setAcceptDrops(True)
        self.date: dt.date | None = None
        self._background = "#FFFFFF"
        self._selected: bool | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 2, 4, 2)
        self.column.setSpacing(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 48)

    def show_day(self, day: CalendarDay, *, in_month: bool, selected: bool, today: bool,
                 max_items: int, with_times: bool, on_open) -> None:
        self.date = day.date
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget() is not None:
                discard(item.widget())
        number = QLabel(str(day.date.day))
        number.setObjectName("DayNumber")
        color = HOLIDAY_FG if day.is_day_off else ("#1F2A27" if in_month else "#A0A8A5")
        weight = "700" if today else "500"
        number.setStyleSheet(f"color: {color}; font-weight: {weight};")
        self.column.addWidget(number)
        items: list[QWidget] = []
        for mark in day.marks:
            label = EllipsisLabel(mark.name)  # "Cuti Bersama Hari…" in a narrow cell
            label.setObjectName("DayMark")
            label.setToolTip(f"{mark.name}\n{mark.basis}".strip())
            label.setStyleSheet(f"color: {HOLIDAY_FG if mark.is_day_off else COMMEMORATION_FG};"
                                " font-size: 8pt;")
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            items.append(label)
        for post in day.posts:
            chip = PostChip(post, with_times)
            chip.activated.connect(on_open)
            items.append(chip)
        shown = items if len(items) <= max_items else items[:max_items - 1]
        for widget in shown:
            self.column.addWidget(widget)
        if len(shown) < len(items):
            more = QLabel(self.tr("+%1 more").replace("%1", str(len(items) - len(shown))))
            more.setObjectName("Muted")
            more.setStyleSheet("font-size: 8pt;")
            self.column.addWidget(more)
        for widget in items:
            if widget not in shown:
                discard(widget)
        self.column.addStretch(1)
        self._background = "#FFFFFF" if in_month else "#F4F6F5"
        if day.is_day_off and in_month:
            self._background = "#FDF3F2"
        self._selected = None  # the background may have changed: restyle
        self.set_selected(selected)

    def set_selected(self, selected: bool) -> None:
        """Only the frame changes when the selection moves (arrow keys): no rebuild."""
        if selected == self._selected:
            return
        self._selected = selected
        border = "#0B6E4F" if selected else "#E6EAE8"
        self.setStyleSheet(f"QFrame#DayCell {{ background: {self._background}; "
                           f"border: {'2px' if selected else '1px'} solid {border}; }}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.date is not None:
            self.clicked.emit(self.date)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.date is not None:
            self.double_clicked.emit(self.date)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(POST_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(POST_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        if self.date is None or not event.mimeData().hasFormat(POST_MIME):
            return
        post_id = int(bytes(event.mimeData().data(POST_MIME)).decode())
        event.acceptProposedAction()
        self.dropped.emit(post_id, self.date)


class MonthGrid(QWidget):
    """Weeks of days with a header row (Senin … Minggu)."""

    selected = Signal(object)  # dt.date
    new_post_requested = Signal(object)  # dt.date
    post_opened = Signal(int)
    post_dropped = Signal(int, object)  # post id, dt.date
    month_step = Signal(int)  # -1 / +1 (Page Up / Page Down)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(2)
        for col, name in enumerate(DAYS):
            head = QLabel(name)
            head.setObjectName("Muted")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(head, 0, col)
            self.grid.setColumnStretch(col, 1)
        self.cells: list[DayCell] = []
        self.days: dict[dt.date, CalendarDay] = {}
        self.weeks: list[list[dt.date]] = []
        self.month = (0, 0)
        self.current: dt.date | None = None
        self.with_times = False

    def show_weeks(self, weeks: Sequence[Sequence[dt.date]], days: Sequence[CalendarDay],
                   month: tuple[int, int], current: dt.date, *, with_times: bool = False) -> None:
        """Lay out `weeks`; days outside `month` are shown greyed (their data if given)."""
        self.weeks = [list(w) for w in weeks]
        self.days = {d.date: d for d in days}
        self.month = month
        self.current = current
        self.with_times = with_times
        needed = 7 * len(self.weeks)
        while len(self.cells) < needed:
            cell = DayCell(self)
            cell.clicked.connect(self.select)
            cell.double_clicked.connect(self.new_post_requested)
            cell.dropped.connect(self.post_dropped)
            index = len(self.cells)
            self.grid.addWidget(cell, 1 + index // 7, index % 7)  # a cell keeps its place
            self.cells.append(cell)
        for cell in self.cells[needed:]:
            cell.hide()
        for row in range(1, 7):
            self.grid.setRowStretch(row, 1 if row <= len(self.weeks) else 0)
        self._refresh()

    def _refresh(self) -> None:
        today = dt.date.today()
        rows = max(1, len(self.weeks))
        max_items = 8 if rows == 1 else 3
        for i, date in enumerate(d for week in self.weeks for d in week):
            cell = self.cells[i]
            day = self.days.get(date, CalendarDay(date))
            cell.show_day(day, in_month=(date.year, date.month) == self.month,
                          selected=date == self.current, today=date == today,
                          max_items=max_items, with_times=self.with_times,
                          on_open=self.post_opened.emit)
            cell.show()

    def select(self, date: dt.date) -> None:
        self.current = date
        shown = len(self.weeks) * 7
        for cell in self.cells[:shown]:
            cell.set_selected(cell.date == date)
        self.selected.emit(date)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps and self.current is not None:
            self.select(self.current + dt.timedelta(days=steps[key]))
        elif key == Qt.Key.Key_PageUp:
            self.month_step.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.month_step.emit(1)
        elif key == Qt.Key.Key_Home:
            self.select(dt.date.today())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            day = self.days.get(self.current)
            if day is not None and day.posts:
                self.post_opened.emit(day.posts[0].post_id)
            else:
                self.new_post_requested.emit(self.current)
        else:
            super().keyPressEvent(event)
