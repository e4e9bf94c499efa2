"""A quiet banner over the pages: commemorations in the next 14 days with no post yet.

Each has "Buat konten"; the banner can be closed for this session. It only shows what
it is given and reports the click: making the post is the page's use case.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from core.indonesian import MONTHS_SHORT
from core.kalender.libur import DayMark
from widgets.month_grid import discard

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
        intro = QLabel(self.tr("Coming up with no post yet:"))
        self.row.addWidget(intro)
        for mark in self.marks[:MAX_SHOWN]:
            when = f"{mark.date.day} {MONTHS_SHORT[mark.date.month - 1]}"
            label = QLabel(f"<b>{html.escape(mark.name)}</b> · {when}")
            label.setToolTip(f"{mark.name}\n{mark.basis}".strip())
            label.setMinimumWidth(60)  # on a narrow window the name is cut, not the buttons
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            button = QPushButton(self.tr("Create post"))
            button.setObjectName("reminder_create")
            button.clicked.connect(lambda _=False, m=mark: self.create_requested.emit(m))
            self.row.addWidget(label)
            self.row.addWidget(button)
        if len(self.marks) > MAX_SHOWN:
            more = QPushButton(self.tr("%1 more in Kalender")
                               .replace("%1", str(len(self.marks) - MAX_SHOWN)))
            more.setFlat(True)
            more.clicked.connect(self.show_calendar)
            self.row.addWidget(more)
        self.row.addStretch(1)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Hide until Warta is opened again"))
        close.clicked.connect(self.hide)
        self.row.addWidget(close)
        self.show()
