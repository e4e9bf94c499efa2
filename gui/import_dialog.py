"""Import metrics from a platform's insight CSV: map columns, preview matches, import.

The mapping is remembered per source (core.metrics_import.save_mapping). The preview
shows every row with what it will fill, or why it fills nothing; rows that could not be
matched are listed again after the import so nothing disappears silently.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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

from core.metrics_import import (
    FIELD_LABELS,
    IMPORT_FIELDS,
    SOURCES,
    CsvError,
    CsvTable,
    ImportOutcome,
    RowMatch,
    apply_matches,
    mapping_for,
    preview,
    read_csv,
    save_mapping,
)
from core.posts import METRIC_FIELDS
from core.report import METRIC_LABELS, PLATFORM_NAMES
from core.report_format import format_date_long, format_number
from core.store import Store
from gui.screen_fit import fit_to_screen


class ImportDialog(QDialog):
    def __init__(self, store: Store, table: CsvTable, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.table = store, table
        self.outcome: ImportOutcome | None = None
        self.matches: list[RowMatch] = []
        self.setWindowTitle(self.tr("Import metrics from CSV"))
        fit_to_screen(self, 1000, 640)
        info = QLabel(self.tr("%1: %2 rows, separator \u201c%3\u201d.")
                      .replace("%1", file_name).replace("%2", str(len(table.rows)))
                      .replace("%3", "Tab" if table.delimiter == "\t" else table.delimiter))
        info.setObjectName("Muted")
        self.source = QComboBox()
        self.source.setObjectName("import_source")
        for key in SOURCES:
            self.source.addItem(PLATFORM_NAMES.get(key) or self.tr("Mixed (Platform column)"),
                                key)
        self.source.setCurrentIndex(len(SOURCES) - 1)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(mapping_box)
        form.addRow(self.tr("Source"), self.source)
        labels = {**FIELD_LABELS, **METRIC_LABELS}
        for field in IMPORT_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.addItem(self.tr("(not used)"), -1)
            for i, header in enumerate(table.headers):
                combo.addItem(header or f"#{i + 1}", i)
            combo.currentIndexChanged.connect(self.refresh)
            self.combos[field] = combo
            form.addRow(labels[field], combo)
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
        """Read `path`, show the dialog; (dialog, accepted). Unreadable files get a message."""
        try:
            table = read_csv(Path(path).read_bytes())
        except (OSError, CsvError) as exc:
            QMessageBox.warning(parent, cls.tr_static("Import metrics"), str(exc))
            return None, False
        dialog = cls(store, table, Path(path).name, parent)
        return dialog, dialog.exec() == QDialog.DialogCode.Accepted

    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ImportDialog", text)

    def source_key(self) -> str:
        return self.source.currentData()

    def mapping(self) -> dict[str, int]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() >= 0}

    def _source_changed(self) -> None:
        guessed = mapping_for(self.store, self.source_key(), self.table.headers)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(field, -1))))
            combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        source = self.source_key()
        default = None if source == "campuran" else source
        self.matches = preview(self.store, self.table, self.mapping(), default)
        matched = [m for m in self.matches if m.target is not None]
        self.summary.setText(self.tr(
            "%1 of %2 rows match a published post; %3 rows cannot be used and are listed "
            "with the reason.").replace("%1", str(len(matched)))
            .replace("%2", str(len(self.matches)))
            .replace("%3", str(len(self.matches) - len(matched))))
        self.import_button.setEnabled(bool(matched))
        self._fill_preview()

    def _fill_preview(self) -> None:
        headers = [self.tr("Line"), self.tr("Result"), self.tr("Post"),
                   *[METRIC_LABELS[m] for m in METRIC_FIELDS]]
        t = self.preview_table
        t.clear()
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setRowCount(len(self.matches))
        for r, m in enumerate(self.matches):
            if m.target is not None:
                how = self.tr("by link") if m.how == "tautan" else self.tr("by date")
                result = self.tr("Match (%1)").replace("%1", how)
                post = (f"{m.target.title} · {PLATFORM_NAMES.get(m.target.platform, '')} · "
                        f"{format_date_long(m.target.published)}")
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
        """Remember the mapping for this source, write the matched rows, close."""
        save_mapping(self.store, self.source_key(), self.mapping(), self.table.headers)
        self.outcome = apply_matches(self.store, self.matches)
        self.accept()
