"""Kalender page: the month (or week) with holidays, commemorations and posts.

Click a day to see its details, double-click (or Enter) to make a post on it, drag a
post to another day (Ctrl+Z takes it back). Page Up/Down change the month.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import paths, posts
from core.actions import kalender
from core.date_range import MAX_DATE, MIN_DATE
from core.indonesian import DAYS, format_date, format_month
from core.kalender.bulan import weeks_of_month
from core.kalender.waktu_terbaik import MIN_VERSIONS, best_times
from core.media_names import safe_name
from core.profile import load_profile
from core.store import Store
from gui.kalender.commands import MovePostCommand
from gui.kalender.days_dialog import DaysDialog
from gui.kalender.schedule_dialog import ScheduleDialog
from gui.workers import run_with_progress
from widgets.month_grid import MonthGrid
from widgets.shortcuts import add_shortcut

MONTH, WEEK = "bulan", "pekan"


class KalenderPage(QWidget):
    message = Signal(str)
    open_post = Signal(int)  # the main window shows it in Konten

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        today = dt.date.today()
        self.year, self.month_no = today.year, today.month
        self.current = today
        self._build()
        self.reload()

    # ---- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Kalender"))
        title.setObjectName("PageTitle")
        self.prev_button = QPushButton("‹")
        self.prev_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton("›")
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(max(36, button.minimumSizeHint().width()))
        self.month_label = QLabel()
        self.month_label.setObjectName("CalendarMonth")
        self.month_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Home)"))
        self.today_button.clicked.connect(self.go_today)
        self.view = QComboBox()
        self.view.addItem(self.tr("Month"), MONTH)
        self.view.addItem(self.tr("Week"), WEEK)
        self.view.currentIndexChanged.connect(lambda _i: self.show_month())
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.prev_button)
        header.addWidget(self.month_label)
        header.addWidget(self.next_button)
        header.addWidget(self.today_button)
        header.addStretch(1)
        header.addWidget(self.view)

        self.grid = MonthGrid()
        self.grid.setObjectName("kalender_grid")
        self.grid.selected.connect(self._selected)
        self.grid.new_post_requested.connect(self.new_post_on)
        self.grid.post_opened.connect(self.open_post)
        self.grid.post_dropped.connect(self.move_post)
        self.grid.month_step.connect(self.step)

        self.detail = self._detail_panel()
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addWidget(self.detail)
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addLayout(header)
        root.addLayout(body, 1)
        add_shortcut(self, self.tr("New post on the selected day"), "Ctrl+N",
                     lambda: self.new_post_on(self.current))

    def _detail_panel(self) -> QWidget:
        self.rencana_button = QPushButton(self.tr("Content plan…"))
        self.rencana_button.setToolTip(
            self.tr("Export the month's Rencana Konten to Word and Excel for approval"))
        self.rencana_button.clicked.connect(self.export_rencana)
        self.days_button = QPushButton(self.tr("Commemorative days…"))
        self.days_button.setToolTip(
            self.tr("Add your unit's own days and hide days that do not concern it"))
        self.days_button.clicked.connect(self.manage_days)
        panel = QFrame()
        panel.setObjectName("Card")
        panel.setFixedWidth(260)
        col = QVBoxLayout(panel)
        col.setContentsMargins(10, 10, 10, 10)
        self.day_title = QLabel()
        self.day_title.setStyleSheet("font-weight: 600;")
        self.day_title.setWordWrap(True)
        self.marks_label = QLabel()
        self.marks_label.setWordWrap(True)
        self.marks_label.setTextFormat(Qt.TextFormat.RichText)
        self.commemorate_button = QPushButton(self.tr("Create post for this day"))
        self.commemorate_button.setObjectName("Primary")
        self.commemorate_button.clicked.connect(self._create_commemoration_post)
        self.new_button = QPushButton(self.tr("New post on this day"))
        self.new_button.clicked.connect(lambda: self.new_post_on(self.current))
        self.day_posts = QListWidget()
        self.day_posts.setObjectName("kalender_day_posts")
        self.day_posts.itemActivated.connect(
            lambda item: self.open_post.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.day_posts.currentRowChanged.connect(
            lambda row: self.schedule_button.setEnabled(row >= 0))
        self.schedule_button = QPushButton(self.tr("Posting schedule…"))
        self.schedule_button.setToolTip(
            self.tr("Plan the date and time each platform's version goes out"))
        self.schedule_button.setEnabled(False)
        self.schedule_button.clicked.connect(self.edit_schedule)
        self.best_label = QLabel()
        self.best_label.setWordWrap(True)
        self.best_label.setObjectName("Muted")
        self.best_label.setTextFormat(Qt.TextFormat.RichText)
        best_scroll = QScrollArea()
        best_scroll.setWidgetResizable(True)
        best_scroll.setFrameShape(QFrame.Shape.NoFrame)
        best_scroll.setWidget(self.best_label)
        col.addWidget(self.day_title)
        col.addWidget(self.marks_label)
        col.addWidget(self.commemorate_button)
        col.addWidget(self.new_button)
        col.addWidget(QLabel(self.tr("Posts on this day")))
        col.addWidget(self.day_posts, 1)
        col.addWidget(self.schedule_button)
        best_title = QLabel(self.tr("Best days and hours (your own data)"))
        best_title.setWordWrap(True)
        best_title.setStyleSheet("font-weight: 600;")
        col.addWidget(best_title)
        col.addWidget(best_scroll, 1)
        col.addWidget(self.rencana_button)
        col.addWidget(self.days_button)
        return panel

    # ---- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the shown month and the best times (after edits elsewhere, a drop)."""
        self.show_month()
        self._show_best_times()

    def show_month(self) -> None:
        """Read and show the month (or week) only: what paging through months needs."""
        days = kalender.month(self.store, self.year, self.month_no)
        if self.view.currentData() == WEEK:
            anchor = self.current if (self.current.year, self.current.month) == (
                self.year, self.month_no) else dt.date(self.year, self.month_no, 1)
            monday = anchor - dt.timedelta(days=anchor.weekday())
            weeks = [[monday + dt.timedelta(days=i) for i in range(7)]]
            extra = {d for d in weeks[0] if (d.year, d.month) != (self.year, self.month_no)}
            for y, m in sorted({(d.year, d.month) for d in extra}):
                days += [d for d in kalender.month(self.store, y, m) if d.date in extra]
        else:
            weeks = weeks_of_month(self.year, self.month_no)
        self.month_label.setText(format_month(self.year, self.month_no))
        self.grid.show_weeks(weeks, days, (self.year, self.month_no), self.current,
                             with_times=self.view.currentData() == WEEK)
        self._days = {d.date: d for d in days}
        self._show_detail()

    def _show_detail(self) -> None:
        date = self.current
        day = self._days.get(date)
        self.day_title.setText(f"{DAYS[date.weekday()]}, {format_date(date)}")
        marks = day.marks if day else []
        lines = []
        for mark in marks:
            color = "#B42318" if mark.is_day_off else "#1D4E89"
            basis = f"<br><span style='color:#5F6B67'>{mark.basis}</span>" if mark.basis else ""
            lines.append(f"<span style='color:{color}'>{mark.name}</span>{basis}")
        self.marks_label.setText("<br>".join(lines) or self.tr("No holiday or commemoration."))
        commemorations = [m for m in marks if m.ref]
        self.commemorate_button.setVisible(bool(commemorations))
        self._commemoration = commemorations[0] if commemorations else None
        self.day_posts.clear()
        for post in day.posts if day else []:
            times = ", ".join(f"{p} {t.strftime('%H.%M')}" for p, t in post.times)
            item = QListWidgetItem(f"{post.title or self.tr('(untitled)')} — {post.status}"
                                   + (f" ({times})" if times else ""))
            item.setData(Qt.ItemDataRole.UserRole, post.post_id)
            self.day_posts.addItem(item)

    def _show_best_times(self) -> None:
        result = best_times(self.store)
        if not result.by_day:
            self.best_label.setText(
                self.tr("Shown once %1 published versions have a time and interactions "
                        "(now %2).").replace("%1", str(MIN_VERSIONS))
                .replace("%2", str(result.total)))
            return

        def rows(slots) -> str:
            ranked = sorted(slots, key=lambda s: (s.median_rate or 0, s.median_interactions),
                            reverse=True)
            out = []
            for s in ranked[:3]:
                rate = f"{s.median_rate * 100:.1f}%".replace(".", ",") if s.median_rate else "—"
                median = f"{s.median_interactions:g}".replace(".", ",")
                out.append(self.tr("%1: median %2 interactions, rate %3 (%4 versions)")
                           .replace("%1", s.label).replace("%2", median)
                           .replace("%3", rate).replace("%4", str(s.versions)))
            return "<br>".join(out)

        self.best_label.setText(f"{rows(result.by_day)}<br><br>{rows(result.by_hour)}")

    # ---- navigation -------------------------------------------------------------------
    def step(self, months: int) -> None:
        month = self.month_no + months
        year = self.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        if not MIN_DATE.year <= year <= MAX_DATE.year:
            return
        self.year, self.month_no = year, month
        self.current = dt.date(year, month, min(self.current.day, 28))
        self.show_month()

    def go_today(self) -> None:
        self.show_date(dt.date.today())

    def show_date(self, date: dt.date) -> None:
        self.current = date
        self.year, self.month_no = date.year, date.month
        self.show_month()

    def _selected(self, date: dt.date) -> None:
        self.current = date
        if self.view.currentData() == WEEK or (date.year, date.month) != (self.year,
                                                                           self.month_no):
            self.show_date(date)
        else:
            self._show_detail()

    # ---- actions ----------------------------------------------------------------------
    def new_post_on(self, date: dt.date) -> None:
        post = kalender.create_post_on_day(self.store, date)
        self.message.emit(self.tr("New post on %1.").replace("%1", format_date(date)))
        self.open_post.emit(post.id)

    def move_post(self, post_id: int, date: dt.date) -> None:
        try:
            moved = kalender.move_post(self.store, post_id, date)
        except kalender.KalenderError as exc:
            QMessageBox.information(self, self.tr("Post not moved"), str(exc))
            return
        if moved.old_date == date:
            return
        self.undo_stack.push(MovePostCommand(self.store, moved, self.tr("Move post"),
                                             self.show_month))
        self.message.emit(self.tr("Post moved to %1. Press Ctrl+Z to undo.")
                          .replace("%1", format_date(date)))

    def _create_commemoration_post(self) -> None:
        mark = self._commemoration
        if mark is None:
            return
        post = kalender.create_commemoration_post(self.store, mark.ref, mark.date.year)
        self.open_post.emit(post.id)

    def edit_schedule(self) -> None:
        item = self.day_posts.currentItem()
        if item is None:
            return
        post_id = item.data(Qt.ItemDataRole.UserRole)
        post = posts.get_post(self.store, post_id)
        if post is None:
            return
        planned = posts.planned_times(self.store, [post_id]).get(post_id, {})
        values, accepted = ScheduleDialog.ask(post.title or self.tr("(untitled)"),
                                              self.current, list(post.platforms), planned, self)
        if not accepted:
            return
        for platform, when in values.items():
            kalender.set_planned_time(self.store, post_id, platform, when)
        self.show_month()
        self.message.emit(self.tr("Posting schedule saved."))

    def export_rencana(self) -> None:
        from exporters.rencana import export_rencana  # openpyxl and docx: only when asked

        profile = load_profile(self.store)
        stem = safe_name(f"Rencana-Konten-{profile.dept_short or 'Warta'}-"
                         f"{self.year:04d}-{self.month_no:02d}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save content plan"), str(paths.documents_dir() / f"{stem}.docx"),
            self.tr("Word document (*.docx)"))
        if not path:
            return
        docx = Path(path).with_suffix(".docx")
        plan = kalender.rencana(self.store, self.year, self.month_no)
        written, error = run_with_progress(self, self.tr("Writing the content plan…"),
                                           export_rencana, plan, docx=docx,
                                           xlsx=docx.with_suffix(".xlsx"))
        if error:
            QMessageBox.warning(self, self.tr("Content plan not saved"), error)
        elif written:
            self.message.emit(self.tr("Content plan saved: %1")
                              .replace("%1", ", ".join(p.name for p in written)))

    days_changed = Signal()  # the main window refreshes the reminder banner

    def manage_days(self) -> None:
        dialog = DaysDialog(self.store, self)
        dialog.exec()
        if dialog.changed:
            self.show_month()
            self.days_changed.emit()
