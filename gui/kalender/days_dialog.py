"""Manage commemorative days ("Hari peringatan…" on the Kalender page): show or hide the
shipped days, add the department's own days, remove them again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.actions import kalender
from core.indonesian import MONTHS
from core.kalender import peringatan
from core.profile import load_profile
from core.store import Store
from gui.screen_fit import fit_to_screen


class DaysDialog(QDialog):
    """A ticked list (unticked = hidden) and a small form for the unit's own day."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.changed = False
        self.setWindowTitle(self.tr("Commemorative days"))
        intro = QLabel(self.tr("Ticked days show in the Kalender and in the reminders. "
                               "Untick the ones that do not concern your unit."))
        intro.setWordWrap(True)
        self.days = QListWidget()
        self.days.setObjectName("kalender_days")
        self.days.itemChanged.connect(self._ticked)
        self.remove_button = QPushButton(self.tr("Remove own day"))
        self.remove_button.clicked.connect(self._remove)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. HUT Dinas Kesehatan Kota Cimahi"))
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.month.setToolTip(self.tr("Month (1–12)"))
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(self.tr("Legal basis or source (optional)"))
        add = QPushButton(self.tr("Add own day"))
        add.clicked.connect(self._add)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.month)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Date (day, month)"), when)
        form.addRow(self.tr("Basis"), self.basis)
        form.addRow("", add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addWidget(self.days, 1)
        col.addWidget(self.remove_button)
        col.addLayout(form)
        col.addWidget(buttons)
        fit_to_screen(self, 520, 560)
        self._fill()

    def _fill(self) -> None:
        self.days.blockSignals(True)
        self.days.clear()
        profile = load_profile(self.store)
        for day in peringatan.commemorations(self.store, profile, include_hidden=True):
            own = self.tr(" (own day)") if day.own else ""
            item = QListWidgetItem(f"{day.day} {MONTHS[day.month - 1]} — {day.name}{own}")
            item.setToolTip(day.basis)
            item.setData(Qt.ItemDataRole.UserRole, day.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if day.hidden else Qt.CheckState.Checked)
            self.days.addItem(item)
        self.days.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        hidden = item.checkState() != Qt.CheckState.Checked
        kalender.hide_day(self.store, item.data(Qt.ItemDataRole.UserRole), hidden)
        self.changed = True

    def _add(self) -> None:
        try:
            kalender.add_own_day(self.store, self.name.text(),
                                 (self.month.value(), self.day.value()), self.basis.text())
        except peringatan.CommemorationError as exc:
            QMessageBox.information(self, self.tr("Day not added"), str(exc))
            return
        self.name.clear()
        self.basis.clear()
        self.changed = True
        self._fill()

    def _remove(self) -> None:
        item = self.days.currentItem()
        if item is None:
            return
        if not kalender.remove_own_day(self.store, item.data(Qt.ItemDataRole.UserRole)):
            QMessageBox.information(self, self.tr("Not removed"),
                                    self.tr("Shipped days are not removed; untick them to "
                                            "hide them."))
            return
        self.changed = True
        self._fill()
