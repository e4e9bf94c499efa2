"""Rekap Kota (Diskominfo only): import the units' packets and see the month's board.

Drop .warta files or folders on the page, or use "Impor paket…"; "Laporan Kota…" writes
the city report (Word and Excel) for the month shown. A packet that would
replace an older one of the same unit and period is asked about first. The table sorts
by any column and filters by status or name; the previous period shows in each cell's
tooltip. Double-click a unit whose name was not recognised to map it. The "Campaigns"
tab (gui/rekap/narasi_tab.py) drafts campaigns and shows their amplification.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import paths
from core.actions import rekap
from core.indonesian import format_month
from core.rekap.papan import (
    LATE,
    MAX_DEADLINE_DAYS,
    MISSING,
    ON_TIME,
    UNMAPPED,
    BoardRow,
    Figures,
)
from core.rekap.unit import units
from core.report_format import month_bounds
from core.store import Store
from gui.rekap.aturan_export import export_rules_packet
from gui.rekap.narasi_tab import NarasiTab
from gui.workers import run_with_progress
from widgets.reflow import ReflowRows, in_rows

STATUS_COLORS = {ON_TIME: "#085A40", LATE: "#7A5600", MISSING: "#B42318", UNMAPPED: "#1D4E89"}


def _number(value: int | None) -> str:
    return "–" if value is None else f"{value:,}".replace(",", ".")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%".replace(".", ",")


class _Item(QStandardItem):
    """A cell that sorts by its number, not its text."""

    def __init__(self, text: str, sort_value: float | str = "", tip: str = "") -> None:
        super().__init__(text)
        self.setData(sort_value if sort_value != "" else text, Qt.ItemDataRole.UserRole)
        self.setEditable(False)
        if tip:
            self.setToolTip(tip)


class RekapPage(QWidget):
    message = Signal(str)

    HEADERS = ("Unit", "Status", "Dikirim", "Konten", "Unggahan", "Jangkauan", "Interaksi",
               "Keterlibatan", "Pengikut", "Pertumbuhan", "Lolos cek", "Kolaborasi")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        today = dt.date.today().replace(day=1) - dt.timedelta(days=1)  # last month
        self.year, self.month_no = today.year, today.month
        self.setAcceptDrops(True)
        self._build()
        self.reload()

    def _build(self) -> None:
        title = QLabel(self.tr("Rekap Kota"))
        title.setObjectName("PageTitle")
        prev_button = QPushButton("‹")
        prev_button.clicked.connect(lambda: self.step(-1))
        next_button = QPushButton("›")
        next_button.clicked.connect(lambda: self.step(1))
        for button in (prev_button, next_button):
            button.setFixedWidth(max(36, button.minimumSizeHint().width()))
        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.import_button = QPushButton(self.tr("Import packets…"))
        self.import_button.setObjectName("Primary")
        self.import_button.setToolTip(self.tr("Import .warta packets from the units (you can "
                                              "also drop files or folders on this page)"))
        self.import_button.clicked.connect(self.choose_files)
        month = QWidget()
        month_row = QHBoxLayout(month)
        month_row.setContentsMargins(0, 0, 0, 0)
        month_row.addWidget(title)
        month_row.addSpacing(12)
        month_row.addWidget(prev_button)
        month_row.addWidget(self.month_label)
        month_row.addWidget(next_button)
        month_row.addStretch(1)  # alone on its row, the month stays by the title
        actions_box = QWidget()  # takes the rest of its row, the buttons on the right
        actions_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        header = QHBoxLayout(actions_box)
        header.setContentsMargins(0, 0, 0, 0)
        header.addStretch(1)
        self.report_button = QPushButton(self.tr("City report…"))
        self.report_button.setToolTip(self.tr("Write the city report for this month: Word "
                                              "(kop, recap per unit, conclusions) and Excel "
                                              "(every post of every unit, for pivot tables)"))
        self.report_button.clicked.connect(self.export_report)
        header.addWidget(self.report_button)
        self.rules_button = QPushButton(self.tr("Export rules packet…"))
        self.rules_button.setToolTip(self.tr("Export the city's rules packet for every PIC: "
                                             "glossary, hashtag sets, accounts, brand kit, "
                                             "word lists"))
        self.rules_button.clicked.connect(self.export_rules)
        header.addWidget(self.rules_button)
        header.addWidget(self.import_button)
        # the buttons go below the month where one row does not fit (1366x768 at 150 %)
        self.header = ReflowRows([month, actions_box], [in_rows(2), in_rows(1, 1)],
                                 end_stretch=False)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search unit…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in (ON_TIME, LATE, MISSING, UNMAPPED):
            self.status_filter.addItem(status.capitalize(), status)
        self.deadline = QSpinBox()
        self.deadline.setObjectName("rekap_deadline")
        self.deadline.setRange(0, MAX_DEADLINE_DAYS)
        self.deadline.setKeyboardTracking(False)  # typed "10" is one change, not "1" then "10"
        self.deadline.setPrefix(self.tr("Deadline: "))
        self.deadline.setSuffix(self.tr(" days after the period"))
        self.deadline.setToolTip(self.tr("A packet made at most this many days after the "
                                         "period ends counts as on time"))
        self.deadline.setValue(rekap.deadline_days(self.store))
        self.deadline.valueChanged.connect(self._deadline_changed)
        filters = QHBoxLayout()
        filters.setContentsMargins(4, 0, 4, 0)  # the boxes' rounded ends clear the tab's frame
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.deadline)

        self.model = QStandardItemModel(0, len(self.HEADERS), self)
        self.model.setHorizontalHeaderLabels(list(self.HEADERS))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self._filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.table = QTableView()
        self.table.setObjectName("rekap_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._map_row)

        units_tab = QWidget()
        units_col = QVBoxLayout(units_tab)
        units_col.setContentsMargins(0, 8, 0, 0)
        units_col.addLayout(filters)
        units_col.addWidget(self.table, 1)
        self.narasi = NarasiTab(self.store)
        self.narasi.message.connect(self.message)
        self.narasi.changed.connect(self._campaign_changed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rekap_tabs")
        self.tabs.addTab(units_tab, self.tr("Units"))
        self.tabs.addTab(self.narasi, self.tr("Campaigns"))

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.addWidget(self.header)
        root.addWidget(self.summary)
        root.addWidget(self.tabs, 1)

    # ---- data ---------------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        return month_bounds(self.year, self.month_no)

    def reload(self) -> None:
        self.month_label.setText(format_month(self.year, self.month_no))
        board = rekap.period_board(self.store, *self.period())
        self.board = board
        t = board.totals
        self.summary.setText(self.tr(
            "On time %1 · late %2 · not yet sent %3 · to map %4 — city: %5 posts, %6 "
            "uploads, reach %7, interactions %8").replace("%1", str(board.count(ON_TIME)))
            .replace("%2", str(board.count(LATE))).replace("%3", str(board.count(MISSING)))
            .replace("%4", str(board.count(UNMAPPED))).replace("%5", _number(t.posts))
            .replace("%6", _number(t.uploads)).replace("%7", _number(t.reach))
            .replace("%8", _number(t.interactions)))
        self.model.setRowCount(0)
        order = {ON_TIME: 0, LATE: 1, UNMAPPED: 2, MISSING: 3}
        for row in sorted(board.rows, key=lambda r: (order.get(r.status, 9), r.name)):
            self.model.appendRow(self._row(row))
        self.narasi.show_campaigns(board.campaigns)
        self.tabs.setTabText(1, self.tr("Campaigns (%1)").replace("%1",
                                                                 str(len(board.campaigns))))
        self.proxy.sort(-1)  # sent units first until the PIC sorts by a column
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 300))
        self._filter()

    def _row(self, row: BoardRow) -> list[QStandardItem]:
        f, p = row.figures, row.previous

        def cell(value, fmt=_number, prev=None) -> _Item:
            tip = self.tr("Previous period: %1").replace("%1", fmt(prev)) if p else ""
            item = _Item(fmt(value), -1 if value is None else value, tip)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return item

        def get(figs: Figures | None, name: str):
            return getattr(figs, name) if figs is not None else None

        name = _Item(row.name)
        name.setData(row, Qt.ItemDataRole.UserRole + 1)
        status = _Item(row.status.capitalize())
        status.setForeground(QBrush(QColor(STATUS_COLORS.get(row.status, "#1F2A27"))))
        if row.own:
            sent = _Item(self.tr("own data"), "")
            sent.setToolTip(self.tr("Diskominfo's own record, read from this data folder"))
        else:
            sent = _Item(row.sent_at.strftime("%d-%m-%Y %H.%M") if row.sent_at else "–",
                         row.sent_at.isoformat() if row.sent_at else "")
        return [name, status, sent,
                cell(get(f, "posts"), prev=get(p, "posts")),
                cell(get(f, "uploads"), prev=get(p, "uploads")),
                cell(get(f, "reach"), prev=get(p, "reach")),
                cell(get(f, "interactions"), prev=get(p, "interactions")),
                cell(get(f, "engagement"), _percent, get(p, "engagement")),
                cell(get(f, "followers"), prev=get(p, "followers")),
                cell(get(f, "growth"), prev=get(p, "growth")),
                cell(get(f, "passed_share"), _percent, get(p, "passed_share")),
                cell(get(f, "collaborations"), prev=get(p, "collaborations"))]

    def _filter(self) -> None:
        status = self.status_filter.currentData() or ""
        needle = self.search.text().strip().casefold()
        for source_row in range(self.model.rowCount()):
            row: BoardRow = self.model.item(source_row, 0).data(Qt.ItemDataRole.UserRole + 1)
            visible = (not status or row.status == status) and needle in row.name.casefold()
            self.table.setRowHidden(self.proxy.mapFromSource(
                self.model.index(source_row, 0)).row(), not visible)

    def _deadline_changed(self, days: int) -> None:
        rekap.set_deadline_days(self.store, days)
        self.reload()
        self.message.emit(self.tr("On time now means made at most %1 days after the period.")
                          .replace("%1", str(days)))

    def _campaign_changed(self, saved) -> None:
        """Show the month a saved campaign starts in (a new one may be for next month)."""
        if saved is not None and saved.start is not None:
            self.year, self.month_no = saved.start.year, saved.start.month
        self.reload()
        self.tabs.setCurrentWidget(self.narasi)

    def step(self, months: int) -> None:
        month = self.month_no + months
        self.year += (month - 1) // 12
        self.month_no = (month - 1) % 12 + 1
        self.reload()

    # ---- city report --------------------------------------------------------------------
    def export_report(self) -> None:
        """Ask where to save the Word file; the Excel file goes beside it."""
        stem = f"Laporan-Rekap-Kota-{self.year:04d}-{self.month_no:02d}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save city report"), str(paths.documents_dir() / f"{stem}.docx"),
            self.tr("Word document (*.docx)"))
        if not path:
            return
        docx = Path(path).with_suffix(".docx")
        written, error = run_with_progress(self, self.tr("Writing the city report…"),
                                           _write_city_report, self.store, self.period(),
                                           docx, docx.with_suffix(".xlsx"))
        if error:
            QMessageBox.warning(self, self.tr("City report not saved"), error)
        elif written:
            self.message.emit(self.tr("City report saved: %1")
                              .replace("%1", ", ".join(p.name for p in written)))

    def export_rules(self) -> None:
        written = export_rules_packet(self, self.store)
        if written is not None:
            self.message.emit(self.tr("Rules packet saved: %1").replace("%1", written.name))

    # ---- import -----------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import packets"), str(paths.documents_dir()),
            self.tr("Warta packets (*.warta)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        local = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if local:
            event.acceptProposedAction()
            self.import_paths(local)

    def import_paths(self, chosen: list[Path]) -> None:
        period = self.period()
        results, error = run_with_progress(self, self.tr("Importing packets…"),
                                           rekap.import_packets, self.store, chosen,
                                           period=period)
        if error or results is None:
            QMessageBox.warning(self, self.tr("Import stopped"), error or "")
            return
        results = list(results)
        for i, result in enumerate(results):
            if result.outcome != rekap.NEEDS_REPLACE:
                continue
            answer = QMessageBox.question(
                self, self.tr("Replace packet?"),
                self.tr("%1 already sent a packet for this period. Replace it with %2?")
                .replace("%1", result.unit_name).replace("%2", result.path.name))
            if answer == QMessageBox.StandardButton.Yes:
                results[i] = rekap.import_packet(self.store, result.path, period=period,
                                                 replace=True)
        self.reload()
        self._report(results)

    def _report(self, results: list[rekap.ImportResult]) -> None:
        done = [r for r in results if r.outcome in (rekap.IMPORTED, rekap.REPLACED)]
        refused = [r for r in results if r.outcome == rekap.REFUSED]
        self.message.emit(self.tr("%1 packets imported, %2 refused.")
                          .replace("%1", str(len(done))).replace("%2", str(len(refused))))
        if refused:
            details = "\n".join(f"• {r.path.name}: {r.message}" for r in refused[:20])
            QMessageBox.warning(self, self.tr("Some packets were refused"), details)

    def _map_row(self, index) -> None:
        row: BoardRow = self.model.item(self.proxy.mapToSource(index).row(), 0).data(
            Qt.ItemDataRole.UserRole + 1)
        if row.status != UNMAPPED:
            return
        choices = [f"{u.name} ({u.short_name})" for u in units()]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Which unit is this?"),
            self.tr("The packet says “%1”. Choose the unit it stands for:")
            .replace("%1", row.name), choices, 0, False)
        if ok and chosen:
            unit = units()[choices.index(chosen)]
            rekap.map_unit(self.store, row.name, unit.id)
            self.reload()


def _write_city_report(store: Store, period: tuple[dt.date, dt.date], docx: Path, xlsx: Path,
                       progress=None, cancelled=None) -> list[Path]:
    """In the worker: gather the month's figures, then write Word and Excel."""
    from exporters.laporan_kota import export_city_report  # docx, openpyxl: only when asked

    data = rekap.city_report(store, *period)
    return export_city_report(data, docx=docx, xlsx=xlsx, progress=progress,
                              cancelled=cancelled)
