"""Import metrics from a platform's insight CSV: map columns, preview matches, import.

The file is read off the UI thread behind a progress bar with a cancel button (it is
streamed and size-capped in core). The mapping is remembered per source on import. The
preview shows every row with what it will fill, or why it fills nothing; rows that could
not be matched are listed again after the import so nothing disappears silently. All the
work is done by the use cases in core/actions/laporan.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.actions import laporan as actions
from core.metrics_import import FIELD_LABELS, IMPORT_FIELDS, CsvTable, RowMatch
from core.model import METRIC_FIELDS
from core.platforms import platform_name
from core.report_format import format_number, format_optional_date
from core.store import Store
from gui import workers
from gui.screen_fit import fit_to_screen

PREVIEW_ROWS = 1000  # rows drawn in the preview table; every row is still matched
MATCH_ON_WORKER = 2000  # files longer than this are matched off the UI thread


class ImportDialog(QDialog):
    def __init__(self, store: Store, table: CsvTable, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.table = store, table
        self.outcome: actions.ImportOutcome | None = None
        self.preview: actions.ImportPreview | None = None
        self.matches: list[RowMatch] = []
        self.setWindowTitle(self.tr("Import metrics from CSV"))
        fit_to_screen(self, 1000, 640)
        info = QLabel(self.tr("%1: %2 rows, separator \u201c%3\u201d.")
                      .replace("%1", file_name).replace("%2", str(len(table.rows)))
                      .replace("%3", "Tab" if table.delimiter == "\t" else table.delimiter))
        info.setObjectName("Muted")
        self.source = QComboBox()
        self.source.setObjectName("import_source")
        for key in actions.IMPORT_SOURCES:
            self.source.addItem(self.tr("Mixed (Platform column)")
                                if key == actions.MIXED_SOURCE else platform_name(key), key)
        self.source.setCurrentIndex(self.source.findData(actions.MIXED_SOURCE))
        self.source.currentIndexChanged.connect(self._source_changed)
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(mapping_box)
        form.addRow(self.tr("Source"), self.source)
        for field in IMPORT_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.addItem(self.tr("(not used)"), -1)
            for i, header in enumerate(table.headers):
                combo.addItem(header or f"#{i + 1}", i)
            combo.currentIndexChanged.connect(self.refresh)
            self.combos[field] = combo
            form.addRow(FIELD_LABELS[field], combo)
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("import_preview")
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.preview_table, 1)
        body = QHBoxLayout()
        body.addWidget(mapping_box)
        body.addLayout(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("Primary")
        self.import_button.setEnabled(False)  # until rows have been matched
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self._source_changed()

    @classmethod
    def run(cls, store: Store, path: Path,
            parent: QWidget | None = None) -> tuple[ImportDialog | None, bool]:
        """Read `path` off the UI thread (progress, Cancel), then show the dialog;
        (dialog, accepted). An unreadable file gets a message; a cancel returns (None, False).
        """
        table, error = workers.run_with_progress(
            parent, QCoreApplication.translate("ImportDialog", "Reading %1…")
            .replace("%1", Path(path).name),
            actions.read_metrics_csv, path)
        if error:
            QMessageBox.warning(parent, QCoreApplication.translate("ImportDialog",
                                                                   "Import metrics"), error)
        if table is None:
            return None, False
        dialog = cls(store, table, Path(path).name, parent)
        return dialog, dialog.exec() == QDialog.DialogCode.Accepted

    def source_key(self) -> str:
        return self.source.currentData()

    def mapping(self) -> dict[str, int]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() >= 0}

    def _source_changed(self) -> None:
        guessed = actions.import_mapping(self.store, self.table, self.source_key())
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(field, -1))))
            combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        preview = self._match()
        if preview is None:  # cancelled: keep what was shown
            return
        self.preview = preview
        self.matches = self.preview.matches
        matched = self.preview.matched
        text = self.tr(
            "%1 of %2 rows match a published post; %3 rows cannot be used and are listed "
            "with the reason.").replace("%1", str(len(matched))) \
            .replace("%2", str(len(self.matches))) \
            .replace("%3", str(len(self.matches) - len(matched)))
        if len(self.matches) > PREVIEW_ROWS:
            text += " " + self.tr("The first %1 rows are shown.").replace("%1", str(PREVIEW_ROWS))
        self.summary.setText(text)
        self.import_button.setEnabled(bool(matched))
        self._fill_preview()

    def _match(self) -> actions.ImportPreview | None:
        """Match every row; a long file is matched on a worker behind a progress bar."""
        args = (self.table, self.mapping(), self.source_key(),
                actions.import_candidates(self.store))
        if len(self.table.rows) <= MATCH_ON_WORKER:
            return actions.match_import(*args)
        preview, error = workers.run_with_progress(self, self.tr("Matching rows…"),
                                                   actions.match_import, *args)
        if error:
            QMessageBox.warning(self, self.tr("Import metrics"), error)
        return preview

    def _fill_preview(self) -> None:
        headers = [self.tr("Line"), self.tr("Result"), self.tr("Post"),
                   *[FIELD_LABELS[m] for m in METRIC_FIELDS]]
        t = self.preview_table
        t.clear()
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        shown = self.matches[:PREVIEW_ROWS]
        t.setRowCount(len(shown))
        for r, m in enumerate(shown):
            if m.target is not None:
                how = self.tr("by link") if m.how == "tautan" else self.tr("by date")
                result = self.tr("Match (%1)").replace("%1", how)
                post = (f"{m.target.title} · {platform_name(m.target.platform)} · "
                        f"{format_optional_date(m.target.published)}")
            else:
                result, post = self.tr("Not used"), m.reason
            if m.row.problems:
                post += " \u2014 " + "; ".join(m.row.problems)
            cells = [str(m.row.line), result, post,
                     *[format_number(m.row.metrics.get(f)) for f in METRIC_FIELDS]]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if m.target is None:
                    item.setForeground(Qt.GlobalColor.darkRed)
                t.setItem(r, c, item)
        t.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        t.resizeColumnToContents(0)
        t.resizeColumnToContents(1)

    def unmatched(self) -> list[RowMatch]:
        return [m for m in self.matches if m.target is None]

    def do_import(self) -> None:
        """Write the matched rows (the mapping is remembered for this source), close."""
        if self.preview is None:
            self.refresh()
        if self.preview is None:  # the matching was cancelled
            return
        try:
            self.outcome = actions.apply_metrics_import(self.store, self.preview)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Import metrics"), str(exc))
            return
        self.accept()
