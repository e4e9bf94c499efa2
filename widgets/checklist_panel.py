"""The manual checklist of "Cek Sebelum Unggah": what a person must confirm before posting.

One row per applicable item: a checkbox, the item's text (wrapped; clicking it ticks
too), its help in the tooltip, and once ticked "dicentang oleh Rina, 12/11/2025 09.15".
The widget only shows and reports: `toggled(item_id, checked)` goes to whoever stores
the tick (gui/konten/check_panel.py), which answers with `set_items` again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.checks import ChecklistItem


class TickInfo(Protocol):
    ticked_by: str
    ticked_at: dt.datetime | None


def tick_text(by: str, at: dt.datetime | None) -> str:
    """'Rina, 12/11/2025 09.15' (Indonesian date and time with a full stop)."""
    if at is None:
        return by
    return f"{by}, {at.day:02d}/{at.month:02d}/{at.year} {at.hour:02d}.{at.minute:02d}"


class _ClickLabel(QLabel):
    """The item text: clicking it toggles its checkbox, like a checkbox's own text."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()
        super().mousePressEvent(event)


class ChecklistPanel(QWidget):
    """Checkboxes for the applicable items; `toggled(item_id, checked)` when the PIC clicks."""

    toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_panel")
        self.title = QLabel(self.tr("Checklist before posting"))
        self.title.setStyleSheet("QLabel { font-weight: 600; }")
        self.progress = QLabel()
        self.progress.setObjectName("checklist_progress")
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setSpacing(6)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addWidget(self.title)
        col.addWidget(self.progress)
        col.addLayout(self.rows_box)
        self.boxes: dict[str, QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.stamps: dict[str, QLabel] = {}
        self._items: list[ChecklistItem] = []
        self._ticks: dict[str, TickInfo] = {}

    def set_items(self, items: Sequence[ChecklistItem], ticks: Mapping[str, TickInfo]) -> None:
        """Show these items with their ticks (rebuilt only when the items change)."""
        ids = [i.id for i in items]
        if ids != [i.id for i in self._items] or \
                [i.label for i in items] != [i.label for i in self._items]:
            self._rebuild(items)
        self._items = list(items)
        self._ticks = dict(ticks)
        for item in items:
            tick = ticks.get(item.id)
            box = self.boxes[item.id]
            box.blockSignals(True)
            box.setChecked(tick is not None)
            box.blockSignals(False)
            stamp = self.stamps[item.id]
            if tick is not None:
                stamp.setText(self.tr("ticked by %1").replace(
                    "%1", tick_text(tick.ticked_by, tick.ticked_at)))
            stamp.setVisible(tick is not None)
        done = sum(1 for i in items if i.id in ticks)
        self.progress.setText(self.tr("%1 of %2 confirmed").replace("%1", str(done))
                              .replace("%2", str(len(items))))
        colour = "#085A40" if items and done == len(items) else "#5F6B67"
        self.progress.setStyleSheet(f"QLabel {{ color: {colour}; }}")

    def _rebuild(self, items: Sequence[ChecklistItem]) -> None:
        while self.rows_box.count():
            child = self.rows_box.takeAt(0)
            if child.widget() is not None:
                child.widget().hide()
                child.widget().deleteLater()
        self.boxes, self.labels, self.stamps = {}, {}, {}
        for item in items:
            box = QCheckBox()
            box.setObjectName(f"check_{item.id}")
            box.setAccessibleName(item.label)
            box.setToolTip(item.help or item.label)
            box.toggled.connect(lambda on, iid=item.id: self.toggled.emit(iid, on))
            label = _ClickLabel(item.label, box)
            label.setToolTip(item.help)
            stamp = QLabel()
            stamp.setObjectName("Muted")
            stamp.setStyleSheet("QLabel { font-size: 8.5pt; }")
            stamp.hide()
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(6)
            text = QVBoxLayout()
            text.setSpacing(0)
            text.addWidget(label)
            text.addWidget(stamp)
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addLayout(text, 1)
            self.rows_box.addWidget(row)
            self.boxes[item.id], self.labels[item.id], self.stamps[item.id] = box, label, stamp

    def items(self) -> list[ChecklistItem]:
        return list(self._items)

    def open_items(self) -> list[ChecklistItem]:
        return [i for i in self._items if i.id not in self._ticks]

    def stamp_text(self, item_id: str) -> str:
        label = self.stamps.get(item_id)
        return label.text() if label is not None and label.isVisibleTo(self) else ""
