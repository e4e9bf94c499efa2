"""A quiet banner over the pages: commemorations in the next 14 days with no post yet.

Each has "Buat konten"; the banner can be closed for this session. It only shows what
it is given and reports the click: making the post is the page's use case.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from core.indonesian import MONTHS_SHORT
from core.kalender.libur import DayMark
from widgets.discard import discard
from widgets.reflow import ReflowRows, in_rows

MAX_SHOWN = 2  # two fit beside each other at 125 % on a 1366-pixel screen


class ReminderBanner(QFrame):
    create_requested = Signal(object)  # DayMark
    show_calendar = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderBanner")
        self.setStyleSheet("QFrame#ReminderBanner { background: #FFF8E6; "
                           "border-bottom: 1px solid #F0D999; }")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(12, 4, 8, 4)
        self.marks: list[DayMark] = []
        self.hide()

    def set_reminders(self, marks: Sequence[DayMark]) -> None:
        self.marks = list(marks)
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None:
                discard(item.widget())
        if not self.marks:
            self.hide()
            return
        groups: list[QWidget] = [QLabel(self.tr("Coming up with no post yet:"))]
        for mark in self.marks[:MAX_SHOWN]:
            groups.append(self._reminder(mark))
        if len(self.marks) > MAX_SHOWN:
            more = QPushButton(self.tr("%1 more in Kalender")
                               .replace("%1", str(len(self.marks) - MAX_SHOWN)))
            more.setFlat(True)
            more.clicked.connect(self.show_calendar)
            groups.append(more)
        # names read whole: on a narrow window (1366x768 at 150 %) the introduction
        # goes first (the names say it), then the reminders wrap onto rows
        self._rows = ReflowRows(groups, banner_layouts(len(groups)))
        self.row.addWidget(self._rows, 1)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Hide until Warta is opened again"))
        close.clicked.connect(self.hide)
        self.row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.show()

    def settle_rows(self) -> bool:
        """Wrap the reminders for the width the banner has now (laid out, shown), not
        in the next event; True when the rows, and so the banner's height, changed."""
        rows = getattr(self, "_rows", None)
        if rows is None or not self.isVisible() or not rows.arrangements.settle_now():
            return False
        rows.updateGeometry()  # the sizes Qt keeps for the rows and the banner: stale
        self.row.invalidate()
        self.updateGeometry()
        return True

    def _reminder(self, mark: DayMark) -> QWidget:
        """The day's name and date with its "Buat konten" button, kept on one row."""
        when = f"{mark.date.day} {MONTHS_SHORT[mark.date.month - 1]}"
        label = QLabel(f"<b>{html.escape(mark.name)}</b> · {when}")
        label.setToolTip(f"{mark.name}\n{mark.basis}".strip())
        button = QPushButton(self.tr("Create post"))
        button.setObjectName("reminder_create")
        button.clicked.connect(lambda _=False, m=mark: self.create_requested.emit(m))
        group = QWidget()
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(button)
        return group


def banner_layouts(count: int) -> list[list[list[int]]]:
    """The introduction (group 0) and `count - 1` reminders: one row; one row without the
    introduction; then two rows; then one reminder a row."""
    everything = in_rows(count)
    without_intro = [everything[0][1:]]
    half = (count + 1) // 2
    return [everything, without_intro, in_rows(half, count - half), in_rows(*[1] * count)]
