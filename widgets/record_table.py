"""What Pengaturan's list tabs (Akun, Tagar) share: a read-only table of saved records
with Add / Edit / Delete and a one-step "Undo delete", and the dialog that edits one
record and says what is wrong instead of closing.

The tab keeps what differs: which records, how a row reads, and the store calls with
their messages; it hands its handlers to `RecordTable.connect_actions`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class RecordTable(QWidget):
    """Records (anything with an `id`) one per row, and the buttons that act on the
    selected one; Edit and Delete are enabled only while a row is selected."""

    add_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    undo_requested = Signal()

    def __init__(self, table_name: str, button_prefix: str, headers: Sequence[str],
                 add_text: str, stretch_column: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._deleted: Any = None
        self._stretch = stretch_column
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(table_name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(stretch_column,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_requested.emit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName(f"{button_prefix}_edit")
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(self.delete_requested)
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.setObjectName(f"{button_prefix}_undo")
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.add_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.table, 1)
        col.addLayout(row)

    def connect_actions(self, add: Callable[[], Any], edit: Callable[[], Any],
                        delete: Callable[[], Any], undo: Callable[[], Any]) -> None:
        """The tab's handlers for the four buttons (edit also on a double click)."""
        self.add_requested.connect(add)
        self.edit_requested.connect(edit)
        self.delete_requested.connect(delete)
        self.undo_requested.connect(undo)

    def set_records(self, records: Sequence[Any], rows: Sequence[Sequence[str]],
                    select_id: int | None = None) -> None:
        """Show `records` with the cell texts in `rows` (one list per record)."""
        self._records = list(records)
        self.table.setRowCount(len(self._records))
        for r, (record, cells) in enumerate(zip(self._records, rows, strict=True)):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.table.setItem(r, c, item)
            if record.id == select_id:
                self.table.selectRow(r)
        for c in range(self.table.columnCount()):
            if c != self._stretch:
                self.table.resizeColumnToContents(c)
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self._records[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def offer_undo(self, record: Any, name: str) -> None:
        """Keep the record just deleted and show "Undo delete of <name>"."""
        self._deleted = record
        self.undo_button.setText(self.tr("Undo delete of \"%1\"").replace("%1", name))
        self.undo_button.show()

    def deleted(self) -> Any:
        """The record "Undo delete" would bring back (None when there is none)."""
        return self._deleted

    def clear_undo(self) -> None:
        """After the restore worked: nothing left to undo."""
        self._deleted = None
        self.undo_button.hide()


class RecordDialog(QDialog):
    """A form with Save / Cancel that refuses to close while `problem()` names one.

    Subclasses build their QFormLayout, call `finish(form)` and implement `problem()`."""

    def finish(self, form: QFormLayout) -> None:
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.error)
        col.addWidget(buttons)

    def problem(self) -> str | None:  # pragma: no cover - every subclass says its own
        raise NotImplementedError

    def try_accept(self) -> bool:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return False
        self.accept()
        return True
