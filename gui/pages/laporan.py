"""Laporan: pick a period, see the summary, enter metrics and followers, export Word/Excel.

Tabs: "Ringkasan & Ekspor" (key numbers, per-platform table, the PIC's "Kendala dan
Tindak Lanjut" text, export with progress and Batal, then open the file or folder),
"Metrik" (spreadsheet-like entry and CSV import) and "Pengikut" (followers at the start
and end of the period). Exports run on the thread pool (gui/workers.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import paths, posts
from core.actions import laporan as actions
from core.indonesian import format_date_abbrev
from core.metrics_import import RowMatch
from core.model import METRIC_FIELDS, METRIC_LABELS
from core.paths import display_path
from core.period import Period
from core.platforms import platform_name
from core.report import ReportData
from core.report_files import ReportFormat
from core.report_format import format_number, format_optional_date, format_percent, format_signed
from core.store import Store
from gui import workers
from gui.import_dialog import ImportDialog
from gui.metrics_commands import GridEditCommand, ImportCommand
from widgets.metrics_table import Column, GridModel, GridView
from widgets.settings_link import follow_link, settings_link


class LaporanPage(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        self.data: ReportData | None = None
        self.task: workers.Task | None = None
        self.written: list[Path] = []
        self.open_url = QDesktopServices.openUrl  # tests replace this
        self._issues_timer = QTimer(self)
        self._issues_timer.setSingleShot(True)
        self._issues_timer.setInterval(800)
        self._issues_timer.timeout.connect(self.save_issues)
        self._build()
        self._fill_months()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Posts published or edited elsewhere since the last visit show up at once."""
        super().showEvent(event)
        self._refresh_departments()
        self.reload()

    def _refresh_departments(self) -> None:
        names = actions.departments(self.store) or [self.tr("(profile not filled)")]
        if names != [self.department.itemText(i) for i in range(self.department.count())]:
            self.department.blockSignals(True)
            self.department.clear()
            self.department.addItems(names)
            self.department.blockSignals(False)

    # ---- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Laporan"))
        title.setObjectName("PageTitle")
        self.month = QComboBox()
        self.month.setObjectName("laporan_month")
        self.month.setMinimumWidth(170)
        self.custom = QCheckBox(self.tr("Custom range"))
        self.custom.setObjectName("laporan_custom")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, name in ((self.date_from, "laporan_from"), (self.date_to, "laporan_to")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._range_changed)
        self.custom.toggled.connect(self._custom_toggled)
        self.month.currentIndexChanged.connect(self._month_changed)
        self.department = QComboBox()
        self.department.setObjectName("laporan_department")
        self.department.setMinimumWidth(220)
        # a long department name must not widen the header past a 1366 px screen
        self.department.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department.setMinimumContentsLength(16)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(QLabel(self.tr("Period")))
        header.addWidget(self.month)
        header.addWidget(self.custom)
        header.addWidget(self.date_from)
        header.addWidget(QLabel("\u2013"))
        header.addWidget(self.date_to)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Department")))
        header.addWidget(self.department)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("laporan_tabs")
        self.tabs.addTab(self._summary_tab(), self.tr("Summary && export"))
        self.tabs.addTab(self._metrics_tab(), self.tr("Metrics"))
        self.tabs.addTab(self._followers_tab(), self.tr("Followers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def _figure(self, grid: QGridLayout, col: int, name: str, caption: str) -> QLabel:
        card = QFrame()
        card.setObjectName("Card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(12, 8, 12, 8)
        value = QLabel("–")
        value.setObjectName(f"figure_{name}")
        value.setStyleSheet("font-size: 15pt; font-weight: 600;")
        label = QLabel(caption)
        label.setObjectName("Muted")
        label.setWordWrap(True)
        inner.addWidget(value)
        inner.addWidget(label)
        grid.addWidget(card, 0, col)
        return value

    def _summary_tab(self) -> QWidget:
        tab = QWidget()
        figures = QGridLayout()
        figures.setSpacing(8)
        self.figures = {
            "posts": self._figure(figures, 0, "posts", self.tr("Published posts")),
            "uploads": self._figure(figures, 1, "uploads", self.tr("Uploads")),
            "reach": self._figure(figures, 2, "reach", self.tr("Reach")),
            "interactions": self._figure(figures, 3, "interactions", self.tr("Interactions")),
            "engagement": self._figure(figures, 4, "engagement", self.tr("Engagement rate")),
            "followers": self._figure(figures, 5, "followers", self.tr("Follower growth")),
        }
        self.platform_table = QTableWidget()
        self.platform_table.setObjectName("laporan_platforms")
        self.platform_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.platform_table.verticalHeader().setVisible(False)
        self.coverage = QLabel()
        self.coverage.setObjectName("Muted")
        self.coverage.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(figures)
        left.addWidget(self.platform_table, 1)
        left.addWidget(self.coverage)

        self.issues = QPlainTextEdit()
        self.issues.setObjectName("laporan_issues")
        self.issues.setPlaceholderText(self.tr(
            "Obstacles and follow-up for this period (chapter V). Leave empty to use the "
            "notes of the posts."))
        self.issues.textChanged.connect(self._issues_timer.start)
        self.want_docx = QCheckBox(self.tr("Word (.docx)"))
        self.want_docx.setObjectName("laporan_docx")
        self.want_xlsx = QCheckBox(self.tr("Excel (.xlsx)"))
        self.want_xlsx.setObjectName("laporan_xlsx")
        for box in (self.want_docx, self.want_xlsx):
            box.setChecked(True)
            box.toggled.connect(self._update_export_button)
        self.folder = QLineEdit(str(actions.default_report_folder(self.store)))
        self.folder.setObjectName("laporan_folder")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.export_button = QPushButton(self.tr("Export report"))
        self.export_button.setObjectName("Primary")
        self.export_button.clicked.connect(self.export)
        self.progress = QProgressBar()
        self.progress.setObjectName("laporan_progress")
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("laporan_cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.result = QLabel()
        self.result.setObjectName("laporan_result")
        self.result.setWordWrap(True)
        self.open_file_button = QPushButton(self.tr("Open file"))
        self.open_file_button.setObjectName("laporan_open_file")
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setObjectName("laporan_open_folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_file_button)
        open_row.addWidget(self.open_folder_button)
        open_row.addStretch(1)
        for b in (self.open_file_button, self.open_folder_button):
            b.setVisible(False)

        card = QFrame()
        card.setObjectName("Card")
        right = QVBoxLayout(card)
        right.setContentsMargins(14, 12, 14, 12)
        heading = QLabel(self.tr("Obstacles and follow-up"))
        heading.setStyleSheet("font-weight: 600;")
        right.addWidget(heading)
        right.addWidget(self.issues, 1)
        right.addWidget(QLabel(self.tr("Export to")))
        formats = QHBoxLayout()
        formats.addWidget(self.want_docx)
        formats.addWidget(self.want_xlsx)
        formats.addStretch(1)
        right.addLayout(formats)
        right.addLayout(folder_row)
        right.addWidget(self.export_button)
        right.addLayout(progress_row)
        right.addWidget(self.result)
        right.addLayout(open_row)
        card.setMinimumWidth(340)
        card.setMaximumWidth(420)

        row = QHBoxLayout(tab)
        row.setContentsMargins(10, 10, 10, 10)
        row.addLayout(left, 1)
        row.addWidget(card)
        return tab

    def _metrics_tab(self) -> QWidget:
        tab = QWidget()
        columns = [Column("date", self.tr("Date")), Column("platform", self.tr("Platform")),
                   Column("title", self.tr("Title")),
                   Column("published_url", self.tr("Link"), editable=True)]
        columns += [Column(m, METRIC_LABELS[m], editable=True, numeric=True)
                    for m in METRIC_FIELDS]
        self.metrics_model = GridModel(columns, self)
        self.metrics_model.changes_requested.connect(self._metric_changes)
        self.metrics_model.invalid_input.connect(self._invalid_input)
        self.metrics_view = GridView()
        self.metrics_view.setObjectName("laporan_metrics")
        self.metrics_view.setModel(self.metrics_model)
        head = self.metrics_view.horizontalHeader()
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.metrics_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for col, width in ((0, 96), (1, 82), (3, 190)):
            self.metrics_view.setColumnWidth(col, width)
        for col in range(4, len(columns)):
            self.metrics_view.setColumnWidth(col, 74)
        hint = QLabel(self.tr(
            "Type a number to edit; Enter moves down, Tab moves right. Paste a block copied "
            "from Excel with Ctrl+V (\u201c1.234\u201d is one thousand two hundred "
            "thirty-four). Ctrl+Z undoes."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setObjectName("laporan_import")
        self.import_button.clicked.connect(self.import_csv)
        self.metrics_error = QLabel()
        self.metrics_error.setObjectName("FieldError")
        self.metrics_error.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.import_button)
        col = QVBoxLayout(tab)
        col.setContentsMargins(10, 10, 10, 10)
        col.addLayout(top)
        col.addWidget(self.metrics_view, 1)
        col.addWidget(self.metrics_error)
        return tab

    def _followers_tab(self) -> QWidget:
        tab = QWidget()
        self.followers_model = GridModel([
            Column("account", self.tr("Account")), Column("platform", self.tr("Platform")),
            Column("handle", self.tr("Handle")),
            Column("start", self.tr("Start of period"), editable=True, numeric=True),
            Column("end", self.tr("End of period"), editable=True, numeric=True),
            Column("growth", self.tr("Growth"), numeric=True),
        ], self)
        self.followers_model.changes_requested.connect(self._follower_changes)
        self.followers_model.invalid_input.connect(self._invalid_input)
        self.followers_view = GridView()
        self.followers_view.setObjectName("laporan_followers")
        self.followers_view.setModel(self.followers_model)
        self.followers_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        for c, w in ((1, 100), (2, 180), (3, 130), (4, 130), (5, 110)):
            self.followers_view.setColumnWidth(c, w)
        self.followers_hint = QLabel()
        self.followers_hint.setObjectName("Muted")
        self.followers_hint.setWordWrap(True)
        self.followers_hint.linkActivated.connect(follow_link)
        col = QVBoxLayout(tab)
        col.setContentsMargins(10, 10, 10, 10)
        col.addWidget(self.followers_hint)
        col.addWidget(self.followers_view, 1)
        return tab

    # ---- period -----------------------------------------------------------------------
    def _fill_months(self) -> None:
        today = dt.date.today()
        months = set(posts.months_with_posts(self.store))
        for back in range(0, 13):
            y, m = today.year, today.month - back
            while m < 1:
                y, m = y - 1, m + 12
            months.add(f"{y:04d}-{m:02d}")
        published = posts.latest_published_month(self.store)
        self.month.blockSignals(True)
        for key in sorted(months, reverse=True):
            with contextlib.suppress(ValueError):  # a malformed stored date: no menu entry
                self.month.addItem(Period.from_key(key).label, key)
        default = published or today.strftime("%Y-%m")
        self.month.setCurrentIndex(max(0, self.month.findData(default)))
        self.month.blockSignals(False)
        self.department.addItems(actions.departments(self.store)
                                 or [self.tr("(profile not filled)")])
        self._set_range_from_month()

    def _set_range_from_month(self) -> None:
        key = self.month.currentData()
        if not key:
            return
        span = Period.from_key(key)
        for edit, day in ((self.date_from, span.start), (self.date_to, span.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def span(self) -> Period:
        """The chosen period as a typed value (the dates must be in order)."""
        return Period(*self.period())

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Choose a custom range (also used by tests)."""
        self.custom.setChecked(True)
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.reload()

    def _custom_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.month.setEnabled(not on)
        if not on:
            self._set_range_from_month()
            self.reload()

    def _month_changed(self) -> None:
        self.save_issues()
        self._set_range_from_month()
        self.reload()

    def _range_changed(self) -> None:
        if self.custom.isChecked():
            self.save_issues()
            self.reload()

    # ---- data -------------------------------------------------------------------------
    def department_name(self) -> str:
        names = actions.departments(self.store)
        return names[0] if names else ""

    def reload(self) -> None:
        """Rebuild the summary, the metrics grid and the followers grid for the period."""
        start, end = self.period()
        if end < start:
            self.coverage.setText(self.tr("The end date is before the start date."))
            self.export_button.setEnabled(False)
            return
        self.data = actions.report_data(self.store, Period(start, end),
                                        department=self.department_name())
        self._show_summary(self.data)
        self.metrics_model.set_rows([
            {"variant_id": r.variant_id, "date": format_date_abbrev(r.date),
             "platform": r.platform_name, "title": r.title, "published_url": r.url,
             **r.metrics} for r in self.data.rows if r.variant_id is not None])
        self.followers_model.set_rows([
            {"account_id": f.account_id, "account": f.account,
             "platform": platform_name(f.platform), "platform_id": f.platform,
             "handle": f"@{f.handle}", "start": f.start, "end": f.end, "growth": f.growth}
            for f in self.data.followers])
        self.followers_hint.setText(self.tr(
            "Followers of your own accounts on %1 (start) and %2 (end). Accounts and handles "
            "are set in %3.").replace("%1", format_optional_date(start))
            .replace("%2", format_optional_date(end)).replace("%3", settings_link("akun")))
        self.issues.blockSignals(True)
        self.issues.setPlainText(self.data.issues)
        self.issues.blockSignals(False)
        self._update_export_button()

    def _show_summary(self, data: ReportData) -> None:
        t = data.totals
        self.figures["posts"].setText(format_number(t.posts))
        self.figures["uploads"].setText(format_number(t.uploads))
        self.figures["reach"].setText(format_number(t.sums["reach"]))
        self.figures["interactions"].setText(format_number(t.interactions))
        self.figures["engagement"].setText(format_percent(t.engagement) or "–")
        self.figures["followers"].setText(format_signed(data.follower_growth) or "–")
        headers = [self.tr("Platform"), self.tr("Uploads"), self.tr("With metrics"),
                   self.tr("Reach"), self.tr("Interactions"), self.tr("Engagement")]
        table = self.platform_table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(data.by_platform))
        for r, (key, tot) in enumerate(data.by_platform.items()):
            values = [platform_name(key), format_number(tot.uploads),
                      format_number(tot.with_metrics), format_number(tot.sums["reach"]),
                      format_number(tot.interactions), format_percent(tot.engagement) or "–"]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        missing = t.uploads - t.with_metrics
        self.coverage.setText(
            self.tr("Period %1. %2 uploads have no metrics yet: enter them in the Metrics "
                    "tab or import a CSV. They are listed in the report either way.")
            .replace("%1", data.period).replace("%2", str(missing)) if missing else
            self.tr("Period %1. Every upload has its metrics.").replace("%1", data.period))

    def save_issues(self) -> None:
        self._issues_timer.stop()
        if self.data is None:
            return
        text = self.issues.toPlainText()
        if text != self.data.issues:
            self.data.issues = actions.save_report_notes(self.store, self.data.department,
                                                         self.data.span, text)

    # ---- metrics and followers edits --------------------------------------------------
    def _invalid_input(self, text: str) -> None:
        message = self.tr("Not a number, not saved: %1. Type whole numbers such as 1.234.") \
            .replace("%1", text)
        self.metrics_error.setText(message)
        self.message.emit(message)

    def _metric_changes(self, changes: list) -> None:
        model = self.metrics_model
        old = [(r, c, model.value(r, c)) for r, c, _ in changes]

        def apply(cells: list) -> None:
            actions.set_metrics(self.store, [(model.rows[r]["variant_id"],
                                              model.columns[c].key, v) for r, c, v in cells])
            for r, c, v in cells:
                model.set_value(r, c, v)
            self._refresh_summary()

        self.metrics_error.clear()
        self.undo_stack.push(GridEditCommand(self.tr("Edit metrics"), changes, old, apply))

    def _follower_changes(self, changes: list) -> None:
        model = self.followers_model
        old = [(r, c, model.value(r, c)) for r, c, _ in changes]
        span = self.span()

        def apply(cells: list) -> None:
            entries = actions.set_follower_counts(self.store, span, [
                actions.FollowerChange(model.rows[r]["account_id"], model.rows[r]["platform_id"],
                                       model.columns[c].key == "end", v) for r, c, v in cells])
            growth = {(e.account_id, e.platform): e.growth for e in entries}
            for r, c, v in cells:
                model.set_value(r, c, v)
                row = model.rows[r]
                model.set_value(r, 5, growth.get((row["account_id"], row["platform_id"])))
            self._refresh_summary()

        self.undo_stack.push(GridEditCommand(self.tr("Edit followers"), changes, old, apply))

    def _refresh_summary(self) -> None:
        self.data = actions.report_data(self.store, self.span(),
                                        department=self.department_name(),
                                        issues=self.issues.toPlainText())
        self._show_summary(self.data)

    def import_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import metrics from CSV"), str(paths.documents_dir()),
                self.tr("CSV files (*.csv *.txt)"))
        if not path:
            return
        dialog, accepted = ImportDialog.run(self.store, Path(path), self)
        self.finish_import(dialog, accepted)

    def finish_import(self, dialog: ImportDialog | None, accepted: bool) -> None:
        """After the dialog: undo entry, refreshed tables, and the rows left out."""
        if dialog is None or not accepted or dialog.outcome is None:
            return
        outcome = dialog.outcome
        self.undo_stack.push(ImportCommand(
            self.tr("Import metrics"),
            lambda: actions.undo_metrics_import(self.store, outcome),
            lambda: actions.redo_metrics_import(self.store, outcome), self.reload))
        left = dialog.unmatched()
        text = self.tr("%1 uploads updated from the CSV.").replace("%1", str(outcome.updated))
        if left:
            lines = "; ".join(self.tr("line %1: %2").replace("%1", str(m.row.line))
                              .replace("%2", _why(m)) for m in left[:5])
            more = "" if len(left) <= 5 else " \u2026"
            text += " " + self.tr("%1 rows were not used: %2").replace("%1", str(len(left))) \
                .replace("%2", lines + more)
        self.metrics_error.setText(text)
        self.message.emit(text)

    # ---- export -----------------------------------------------------------------------
    def _update_export_button(self) -> None:
        busy = self.task is not None
        self.export_button.setEnabled(not busy and (self.want_docx.isChecked()
                                                    or self.want_xlsx.isChecked()))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(display_path(folder))

    def formats(self) -> list[ReportFormat]:
        boxes = ((self.want_docx, ReportFormat.DOCX), (self.want_xlsx, ReportFormat.XLSX))
        return [fmt for box, fmt in boxes if box.isChecked()]

    def targets(self) -> list[tuple[ReportFormat, Path]]:
        """The files an export writes now (named by core, in the chosen folder)."""
        assert self.data is not None
        folder = Path(self.folder.text().strip() or actions.default_report_folder(self.store))
        return actions.report_files(self.data, folder, self.formats())

    def export(self) -> workers.Task | None:
        """Start the export on the thread pool; progress bar and Cancel show meanwhile."""
        from exporters.registry import WRITERS

        self.save_issues()
        self._refresh_summary()
        targets = self.targets()
        if not targets:
            return None
        self.task = workers.Task(actions.export_report, self.data, targets, WRITERS)
        self.task.signals.progress.connect(self._export_progress)
        self.task.signals.finished.connect(self._export_done)
        self.task.signals.failed.connect(self._export_failed)
        self.task.signals.cancelled.connect(self._export_cancelled)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.result.clear()
        for b in (self.open_file_button, self.open_folder_button):
            b.setVisible(False)
        self._update_export_button()
        workers.start(self.task)
        return self.task

    def cancel_export(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _export_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        if text:
            self.progress.setFormat(f"{text} (%p%)")

    def _end_task(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_export_button()

    def _export_done(self, result: actions.ExportResult) -> None:
        self._end_task()
        self.written = list(result.written)
        names = ", ".join(p.name for p in self.written)
        self.result.setText(self.tr("Saved: %1 in %2").replace("%1", names)
                            .replace("%2", str(self.written[0].parent)))
        self.result.setStyleSheet("")
        for b in (self.open_file_button, self.open_folder_button):
            b.setVisible(True)
        self.message.emit(self.tr("Report exported."))

    def _export_failed(self, message: str) -> None:
        self._end_task()
        self.result.setText(message)
        self.result.setStyleSheet("color: #B3261E;")
        self.message.emit(message)

    def _export_cancelled(self) -> None:
        self._end_task()
        self.result.setText(self.tr("Export cancelled; no file was changed."))

    def open_file(self) -> None:
        if self.written:
            self.open_url(QUrl.fromLocalFile(str(self.written[0])))

    def open_folder(self) -> None:
        if self.written:
            self.open_url(QUrl.fromLocalFile(str(self.written[0].parent)))


def _why(match: RowMatch) -> str:
    """The reason a row was left out, with the cell problems that explain it."""
    problems = f" ({'; '.join(match.row.problems)})" if match.row.problems else ""
    return match.reason + problems
