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
    QMessageBox,
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
from core.actions import rekap
from core.indonesian import format_date_abbrev
from core.metrics_import import RowMatch
from core.model import METRIC_FIELDS, METRIC_LABELS
from core.nota_dinas import SIFAT
from core.paths import display_path
from core.period import Period
from core.platforms import platform_name
from core.profile import load_profile
from core.rekap.paket import packet_name
from core.report import ReportData
from core.report_files import ReportFormat
from core.report_format import format_number, format_optional_date, format_percent, format_signed
from core.store import Store
from gui import workers
from gui.laporan.import_dialog import ImportDialog
from gui.laporan.metrics_commands import GridEditCommand, ImportCommand
from widgets.metrics_table import Column, GridModel, GridView
from widgets.reflow import ReflowRows, in_rows
from widgets.settings_link import follow_link, settings_link


class LaporanPage(QWidget):
    message = Signal(str)
    open_brand_settings = Signal()  # "Open Pengaturan > Merek" from the logo warning

    def __init__(self, store: Store, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        self.data: ReportData | None = None
        self.task: workers.Task | None = None
        self.written: list[Path] = []
        self.open_url = QDesktopServices.openUrl  # tests replace this
        self.confirm = self._confirm  # asks before an export; tests replace this
        self._conclusion_timer = QTimer(self)
        self._conclusion_timer.setSingleShot(True)
        self._conclusion_timer.setInterval(800)
        self._conclusion_timer.timeout.connect(self.save_conclusion)
        self._draft = ""
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
        # the name reads whole: a long one moves to a header row of its own instead
        self.department.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # one row where there is room; on a narrow window the range, then the
        # department, go onto rows of their own (1366x768 at 125 and 150 %)
        self.header = ReflowRows([
            title,
            _group(QLabel(self.tr("Period")), self.month),
            _group(self.custom, self.date_from, QLabel("\u2013"), self.date_to),
            _group(QLabel(self.tr("Department")), self.department),
        ], [in_rows(4), in_rows(3, 1), in_rows(2, 1, 1)], spacing=12)
        self.header.setObjectName("laporan_header")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("laporan_tabs")
        self.tabs.addTab(self._summary_tab(), self.tr("Summary && export"))
        self.tabs.addTab(self._metrics_tab(), self.tr("Metrics"))
        self.tabs.addTab(self._followers_tab(), self.tr("Followers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def _figure(self, cards: list[QFrame], name: str, caption: str) -> QLabel:
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
        cards.append(card)
        return value

    def _summary_tab(self) -> QWidget:
        cards: list[QFrame] = []
        self.figures = {
            "posts": self._figure(cards, "posts", self.tr("Published posts")),
            "uploads": self._figure(cards, "uploads", self.tr("Uploads")),
            "reach": self._figure(cards, "reach", self.tr("Reach")),
            "interactions": self._figure(cards, "interactions", self.tr("Interactions")),
            "engagement": self._figure(cards, "engagement", self.tr("Engagement rate")),
            "followers": self._figure(cards, "followers", self.tr("Follower growth")),
        }
        # six in a row, or three where narrow
        figures = ReflowRows(cards, [in_rows(6), in_rows(3, 3)], end_stretch=False)
        figures.setObjectName("laporan_figures")
        self.platform_table = QTableWidget()
        self.platform_table.setObjectName("laporan_platforms")
        self.platform_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.platform_table.verticalHeader().setVisible(False)
        self.coverage = QLabel()
        self.coverage.setObjectName("Muted")
        self.coverage.setWordWrap(True)
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(figures)
        left_col.addWidget(self.platform_table, 1)
        left_col.addWidget(self.coverage)
        policy = left.sizePolicy()
        policy.setVerticalStretch(1)  # stacked, the table takes the height
        policy.setHorizontalStretch(1)  # beside the card, the table takes the width
        left.setSizePolicy(policy)

        self.issues = QPlainTextEdit()
        self.issues.setObjectName("laporan_issues")
        self.issues.setPlaceholderText(self.tr(
            "Obstacles met in this period and what was or will be done about them (chapter "
            "IV). Only what you write here is printed."))
        self.issues.textChanged.connect(self._issues_timer.start)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setObjectName("laporan_conclusion")
        self.conclusion.textChanged.connect(self._conclusion_timer.start)
        redraft = QPushButton(self.tr("Rewrite from the data"))
        redraft.setObjectName("laporan_redraft")
        redraft.setToolTip(self.tr("Replace the text with a new draft written from this "
                                   "period's figures."))
        redraft.clicked.connect(self.redraft_conclusion)
        self.want_docx = QCheckBox(self.tr("Word (.docx)"))
        self.want_docx.setObjectName("laporan_docx")
        self.want_xlsx = QCheckBox(self.tr("Excel (.xlsx)"))
        self.want_xlsx.setObjectName("laporan_xlsx")
        for box in (self.want_docx, self.want_xlsx):
            box.setChecked(True)
            box.toggled.connect(self._update_export_button)
        self.want_cover = QCheckBox(self.tr("Nota Dinas cover"))
        self.want_cover.setObjectName("laporan_cover")
        self.want_cover.setToolTip(self.tr("A one-page Nota Dinas to the superior that "
                                           "accompanies the report (.docx)."))
        self.cover_number = QLineEdit()
        self.cover_number.setObjectName("laporan_cover_number")
        self.cover_number.setPlaceholderText(self.tr("Number (empty: written by hand)"))
        self.cover_nature = QComboBox()
        self.cover_nature.setObjectName("laporan_cover_nature")
        self.cover_nature.addItems(list(SIFAT))
        self.cover_copies = QLineEdit()
        self.cover_copies.setObjectName("laporan_cover_copies")
        self.cover_copies.setPlaceholderText(self.tr("Tembusan, separated by ;"))
        self.cover_box = QWidget()
        cover_form = QGridLayout(self.cover_box)
        cover_form.setContentsMargins(18, 0, 0, 0)
        cover_form.addWidget(self.cover_number, 0, 0)
        cover_form.addWidget(self.cover_nature, 0, 1)
        cover_form.addWidget(self.cover_copies, 1, 0, 1, 2)
        self.cover_box.setVisible(False)
        self.want_cover.toggled.connect(self.cover_box.setVisible)
        self.want_cover.toggled.connect(self._update_export_button)
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
        self.send_button = QPushButton(self.tr("Send to Diskominfo…"))
        self.send_button.setObjectName("laporan_send_packet")
        self.send_button.setToolTip(self.tr(
            "Save this period's record as one .warta file (Paket Laporan) to send to "
            "Diskominfo by flash drive, e-mail or WhatsApp"))
        self.send_button.clicked.connect(self.send_packet)
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
        conclusion_page = QWidget()
        conclusion_col = QVBoxLayout(conclusion_page)
        conclusion_col.setContentsMargins(0, 4, 0, 0)
        conclusion_col.addWidget(self.conclusion, 1)
        conclusion_col.addWidget(redraft, 0, Qt.AlignmentFlag.AlignRight)
        self.texts = QTabWidget()
        self.texts.setObjectName("laporan_texts")
        self.texts.addTab(self.issues, self.tr("IV. Obstacles"))
        self.texts.addTab(conclusion_page, self.tr("V. Conclusion"))
        right.addWidget(self.texts, 1)
        right.addWidget(QLabel(self.tr("Export to")))
        formats = QHBoxLayout()
        formats.addWidget(self.want_docx)
        formats.addWidget(self.want_xlsx)
        formats.addStretch(1)
        right.addLayout(formats)
        right.addWidget(self.want_cover)  # a row of its own: the three do not fit 270 px
        right.addWidget(self.cover_box)
        right.addLayout(folder_row)
        right.addWidget(self.export_button)
        right.addWidget(self.send_button)
        right.addLayout(progress_row)
        right.addWidget(self.result)
        right.addLayout(open_row)
        card.setMinimumWidth(270)
        card.setMaximumWidth(420)

        tab = ReflowRows([left, card], [in_rows(2), in_rows(1, 1)], end_stretch=False)  # the export
        tab.setObjectName("laporan_summary")  # card goes below the table when narrow
        tab.layout().setContentsMargins(10, 10, 10, 10)
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

    def send_packet(self) -> None:
        """"Kirim ke Diskominfo": the period's Paket Laporan, saved where the PIC says."""
        start, end = self.period()
        name = packet_name(load_profile(self.store), start, end)
        folder = self.folder.text().strip() or str(actions.default_report_folder(self.store))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Paket Laporan"), str(Path(folder) / name),
            self.tr("Warta packets (*.warta)"))
        if not path:
            return
        try:
            target = rekap.export_packet(self.store, start, end, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Packet not saved"), str(exc))
            return
        self.result.setText(self.tr("Paket Laporan saved: %1. Send this file to Diskominfo.")
                            .replace("%1", display_path(target)))
        self.message.emit(self.tr("Paket Laporan saved."))

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
        self._draft = actions.conclusion_draft(self.data)
        self.conclusion.blockSignals(True)
        self.conclusion.setPlainText(self.data.conclusion or self._draft)
        self.conclusion.blockSignals(False)
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
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # every column whole: where they do not fit beside the export card, it goes below
        table.setMinimumWidth(
            sum(max(head.sectionSizeHint(c), table.sizeHintForColumn(c))
                for c in range(len(headers)))
            + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth())
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

    def save_conclusion(self) -> None:
        """Keep the edited Simpulan dan Saran (the unedited draft is kept as none)."""
        self._conclusion_timer.stop()
        if self.data is None:
            return
        text = self.conclusion.toPlainText()
        if text.strip() != (self.data.conclusion or self._draft).strip():
            self.data.conclusion = actions.save_report_conclusion(
                self.store, self.data.department, self.data.span, text, self._draft)

    def redraft_conclusion(self) -> None:
        """Throw the edits away: a new draft from the period's current figures."""
        if self.data is None:
            return
        self._refresh_summary()
        self._draft = actions.conclusion_draft(self.data)
        self.conclusion.setPlainText(self._draft)
        self.save_conclusion()

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
                                                    or self.want_xlsx.isChecked()
                                                    or self.want_cover.isChecked()))

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
        self.save_conclusion()
        self._refresh_summary()
        targets = self.targets()
        cover = self.cover()
        if not (targets or cover) or self.data is None:
            return None
        for check in actions.export_checks(self.data):
            if not self.confirm(check):
                return None
        self.task = workers.Task(actions.export_report, self.data, targets, WRITERS,
                                 cover=cover)
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

    def cover(self) -> tuple | None:
        """(Nota Dinas fields, file, writer) when the cover is wanted, else None."""
        if not self.want_cover.isChecked() or self.data is None:
            return None
        from exporters.docx_nota import NotaDinasDocx

        folder = Path(self.folder.text().strip() or actions.default_report_folder(self.store))
        nota = actions.cover_letter(self.data, number=self.cover_number.text(),
                                    nature=self.cover_nature.currentText(),
                                    copies=self.cover_copies.text().split(";"))
        return nota, actions.cover_file(self.data, folder), NotaDinasDocx

    def _confirm(self, check: actions.ExportCheck) -> bool:
        """Ask about one export concern; False stops the export (nothing is written)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Before exporting"))
        concern = actions.ExportConcern
        if check.concern is concern.EMPTY_PERIOD:
            box.setText(self.tr("Nothing was published in %1. The report would only show "
                                "zeros. Export it anyway?").replace("%1", self.data.period))
            go = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        elif check.concern is concern.NO_ISSUES:
            box.setText(self.tr("No obstacles were entered for this period. Chapter IV will "
                                "say that none were reported. Is that right?"))
            go = box.addButton(self.tr("Yes, none"), QMessageBox.ButtonRole.AcceptRole)
            write = box.addButton(self.tr("Write them first"),
                                  QMessageBox.ButtonRole.RejectRole)
            write.clicked.connect(lambda: (self.texts.setCurrentIndex(0),
                                           self.issues.setFocus()))
        else:
            box.setText(self.tr("The letterhead still shows the sample logo (\"GANTI LOGO\"). "
                                "Replace it with the official logo in Pengaturan > Brand."))
            go = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
            brand = box.addButton(self.tr("Open Pengaturan > Brand"),
                                  QMessageBox.ButtonRole.RejectRole)
            brand.clicked.connect(self.open_brand_settings)
        box.exec()
        return box.clickedButton() is go

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


def _group(*widgets: QWidget) -> QWidget:
    """Controls that stay together on one row of the header."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return group
