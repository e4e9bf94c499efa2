"""A spreadsheet-like table for entering metrics: type to edit, Enter/Tab to move, paste a
block copied from Excel (tab-separated, Indonesian "1.234" numbers), Delete to clear.

The model never writes to the store itself: it emits `changes_requested` with
(row, column, new value) triples, so the page can save them through an undoable command
and then call `set_value`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView, QWidget

from core.metrics_import import parse_count
from core.report_format import format_number


@dataclass
class Column:
    key: str
    title: str
    editable: bool = False
    numeric: bool = False


class GridModel(QAbstractTableModel):
    """Rows of dicts shown through `columns`; edits go out as `changes_requested`."""

    changes_requested = Signal(list)  # [(row, column, value)]
    invalid_input = Signal(str)

    def __init__(self, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def value(self, row: int, column: int):
        return self.rows[row].get(self.columns[column].key)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        value = self.rows[index.row()].get(col.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if col.numeric:
                return format_number(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and not col.numeric and value:
            return str(value)
        return None

    def parse(self, column: int, text: str):
        """Text typed or pasted into a cell -> stored value; raises ValueError."""
        if self.columns[column].numeric:
            return parse_count(text)
        return text.strip()

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                   & Qt.ItemFlag.ItemIsEditable):
            return False
        return self.request([(index.row(), index.column(), str(value))])

    def request(self, cells: list[tuple[int, int, str]]) -> bool:
        """Parse text for several cells; emit the changes, or one message for bad input."""
        changes, bad = [], []
        for row, column, text in cells:
            if not (0 <= row < len(self.rows) and 0 <= column < len(self.columns)):
                continue
            if not self.columns[column].editable:
                continue
            try:
                value = self.parse(column, text)
            except ValueError:
                bad.append(self.tr("%1 row %2: \u201c%3\u201d").replace(
                    "%1", self.columns[column].title).replace("%2", str(row + 1))
                    .replace("%3", text))
                continue
            if value != self.value(row, column):
                changes.append((row, column, value))
        if bad:
            self.invalid_input.emit("; ".join(bad[:3]) + (" \u2026" if len(bad) > 3 else ""))
        if changes:
            self.changes_requested.emit(changes)
        return not bad

    def set_value(self, row: int, column: int, value) -> None:
        """Show a saved value (called after the store accepted it, or on undo)."""
        self.rows[row][self.columns[column].key] = value
        index = self.index(row, column)
        self.dataChanged.emit(index, index)


def parse_clipboard_block(text: str) -> list[list[str]]:
    """Excel's clipboard text: rows by newline, cells by tab; the final newline dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [line.split("\t") for line in text.split("\n")] if text else []


class _MoveOnEnter(QStyledItemDelegate):
    """Enter commits the cell and moves down, like a spreadsheet."""

    def __init__(self, view: GridView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self.view.move_down()
            return True
        return super().eventFilter(editor, event)


class GridView(QTableView):
    """Keyboard-first table view for GridModel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_MoveOnEnter(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(28)
        self.clipboard_text: Callable[[], str] = lambda: QGuiApplication.clipboard().text()

    def grid(self) -> GridModel:
        return self.model()  # type: ignore[return-value]

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(self.clipboard_text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.state() != QAbstractItemView.State.EditingState:
            cells = [(i.row(), i.column(), "") for i in self.selectedIndexes()]
            self.grid().request(cells)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> None:
        """Fill from the current cell down and right; one block, one change request."""
        block = parse_clipboard_block(text)
        start = self.currentIndex()
        if not block or not start.isValid():
            return
        if len(block) == 1 and len(block[0]) == 1 and len(self.selectedIndexes()) > 1:
            cells = [(i.row(), i.column(), block[0][0]) for i in self.selectedIndexes()]
        else:
            cells = [(start.row() + r, start.column() + c, text)
                     for r, line in enumerate(block) for c, text in enumerate(line)]
        self.grid().request(cells)

    def copy(self) -> None:
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        lines: dict[int, list[str]] = {}
        for i in indexes:
            value = self.grid().value(i.row(), i.column())
            lines.setdefault(i.row(), []).append("" if value is None else str(value))
        QGuiApplication.clipboard().setText("\n".join("\t".join(v) for v in lines.values()))
