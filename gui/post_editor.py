"""The post editor: every field of a Konten, saved by itself about a second after typing.

Autosave: each edit restarts a one-second timer; when it fires the post is written in
one UPDATE (SQLite WAL), so a killed process loses at most that last second. Switching
posts or closing the window flushes first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import posts
from core.model import Category, Post, Status
from core.store import Store

AUTOSAVE_MS = 1000


class PlainTextEdit(QPlainTextEdit):
    """A plain-text box that pastes as plain text (no fonts or colours from Word)."""

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt override
        if source.hasText():
            self.insertPlainText(source.text())


class PostEditor(QWidget):
    """Edits one post; emits `saved(post)` after each autosave."""

    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._post: Post | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self.setEnabled(False)

    # ---- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("post_title")
        self.title.setPlaceholderText(self.tr("A short headline for this post"))
        self.activity = QLineEdit()
        self.activity.setObjectName("post_activity")
        self.activity.setPlaceholderText(self.tr("e.g. Rapat koordinasi Satu Data"))
        self.date = QDateEdit()
        self.date.setObjectName("post_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.location = QLineEdit()
        self.location.setObjectName("post_location")
        self.location.setPlaceholderText(self.tr("e.g. Aula Kecamatan Cimahi Tengah"))
        self.category = QComboBox()
        self.category.setObjectName("post_category")
        for cat in Category:
            self.category.addItem(cat.value, cat)
        self.status = QComboBox()
        self.status.setObjectName("post_status")
        for st in Status:
            self.status.addItem(st.value, st)
        self.caption = PlainTextEdit()
        self.caption.setObjectName("post_caption")
        self.caption.setPlaceholderText(self.tr(
            "Write the main caption here. Platform versions are made from it."))
        self.caption.setMinimumHeight(160)
        self.notes = PlainTextEdit()
        self.notes.setObjectName("post_notes")
        self.notes.setPlaceholderText(self.tr(
            "Internal notes: sources, who approved, obstacles (used in the report)"))
        self.notes.setMaximumHeight(90)

        details = QFrame()
        details.setObjectName("Card")
        grid = QGridLayout(details)
        grid.setContentsMargins(14, 12, 14, 12)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        rows = [
            (self.tr("Title"), self.title, self.tr("Date"), self.date),
            (self.tr("Activity"), self.activity, self.tr("Category"), self.category),
            (self.tr("Location"), self.location, self.tr("Status"), self.status),
        ]
        for r, (l1, w1, l2, w2) in enumerate(rows):
            grid.addWidget(self._label(l1, w1), r, 0)
            grid.addWidget(w1, r, 1)
            grid.addWidget(self._label(l2, w2), r, 2)
            grid.addWidget(w2, r, 3)

        caption_card = QFrame()
        caption_card.setObjectName("Card")
        form = QFormLayout(caption_card)
        form.setContentsMargins(14, 12, 14, 12)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self._label(self.tr("Main caption"), self.caption), self.caption)
        form.addRow(self._label(self.tr("Notes"), self.notes), self.notes)

        self.save_state = QLabel()
        self.save_state.setObjectName("SaveState")
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        col.addWidget(details)
        col.addWidget(caption_card, 1)
        self.extra_area = QVBoxLayout()  # later capabilities add their panels here
        col.addLayout(self.extra_area)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.save_state)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addLayout(top)
        outer.addWidget(scroll, 1)

        for edit in (self.title, self.activity, self.location):
            edit.textEdited.connect(self._touched)
        self.date.dateChanged.connect(self._touched)
        self.category.currentIndexChanged.connect(self._touched)
        self.status.currentIndexChanged.connect(self._touched)
        self.caption.textChanged.connect(self._touched)
        self.notes.textChanged.connect(self._touched)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setObjectName("Muted")
        return label

    # ---- data -------------------------------------------------------------------------
    def post(self) -> Post | None:
        return self._post

    def set_post(self, post: Post | None) -> None:
        """Show `post` (flushing the previous one first)."""
        self.flush()
        self._post = post
        self.setEnabled(post is not None)
        widgets = (self.title, self.activity, self.location, self.date, self.category,
                   self.status, self.caption, self.notes)
        blockers = [QSignalBlocker(w) for w in widgets]
        if post is None:
            for w in (self.title, self.activity, self.location):
                w.clear()
            self.caption.setPlainText("")
            self.notes.setPlainText("")
            self.save_state.setText("")
        else:
            self.title.setText(post.title)
            self.activity.setText(post.activity)
            self.location.setText(post.location)
            date = post.activity_date or dt.date.today()
            self.date.setDate(QDate(date.year, date.month, date.day))
            self.category.setCurrentIndex(max(0, self.category.findData(post.category)))
            self.status.setCurrentIndex(max(0, self.status.findData(post.status)))
            self.caption.setPlainText(post.caption)
            self.notes.setPlainText(post.notes)
            self.save_state.setText(self.tr("All changes saved"))
        del blockers

    def _from_widgets(self, post: Post) -> Post:
        qd = self.date.date()
        return replace(
            post,
            title=self.title.text(),
            activity=self.activity.text(),
            location=self.location.text(),
            activity_date=dt.date(qd.year(), qd.month(), qd.day()),
            category=self.category.currentData(),
            status=self.status.currentData(),
            caption=self.caption.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def _touched(self, *_: object) -> None:
        if self._post is None:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Saving…"))
        self._timer.start()

    def is_dirty(self) -> bool:
        return self._dirty

    def flush(self) -> bool:
        """Write pending edits now; returns False (and says why) if the write failed."""
        self._timer.stop()
        if not self._dirty or self._post is None:
            return True
        try:
            self._post = posts.update_post(self.store, self._from_widgets(self._post))
        except Exception as exc:  # disk full, locked file: keep the text, tell the user
            self.save_state.setText(self.tr("Not saved! Retrying…"))
            self.save_failed.emit(str(exc))
            self._timer.start(5000)
            return False
        self._dirty = False
        self.save_state.setText(self.tr("All changes saved"))
        self.saved.emit(self._post)
        return True
