"""The profile form (PIC, department, superior), used by first start and Pengaturan.

Validation messages come from core.profile so the CLI, GUI and tests agree.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.model import Profile
from core.pangkat import RANKS
from core.profile import profile_errors

RANK_FIELDS = ("pic_rank", "superior_rank")  # chosen from core.pangkat.RANKS, not typed


class ProfileForm(QWidget):
    """Edits a Profile; `errors()` says what is missing, and shows it under each field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits: dict[str, QLineEdit] = {}
        self._ranks: dict[str, QComboBox] = {}
        self._error_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._group(self.tr("PIC media sosial"), [
            ("pic_name", self.tr("Full name"), self.tr("e.g. Rina Marlina, S.I.Kom.")),
            ("pic_nip", self.tr("NIP"), self.tr("18 digits")),
            ("pic_position", self.tr("Position"), self.tr("e.g. Pranata Humas Ahli Pertama")),
            ("pic_rank", self.tr("Rank/grade"), ""),
        ]))
        layout.addWidget(self._group(self.tr("Perangkat daerah"), [
            ("dept_name", self.tr("Full name"),
             self.tr("e.g. Dinas Komunikasi dan Informatika Kota Cimahi")),
            ("dept_short", self.tr("Short name"), self.tr("e.g. Diskominfo")),
            ("city", self.tr("City"), self.tr("e.g. Cimahi")),
            ("address", self.tr("Letterhead address"),
             self.tr("Street, number, postal code (for the report letterhead)")),
            ("phone", self.tr("Telephone"), self.tr("e.g. (022) 1234 5678")),
            ("fax", self.tr("Fax"), self.tr("optional")),
            ("website", self.tr("Website"), self.tr("e.g. diskominfo.cimahikota.go.id")),
            ("email", self.tr("Official e-mail"), self.tr("e.g. diskominfo@cimahikota.go.id")),
        ]))
        layout.addWidget(self._group(self.tr("Superior (signs the report)"), [
            ("superior_name", self.tr("Full name"), self.tr("e.g. Drs. Budi Santoso, M.Si.")),
            ("superior_nip", self.tr("NIP"), self.tr("18 digits")),
            ("superior_position", self.tr("Position"), self.tr("e.g. Kepala Dinas")),
            ("superior_rank", self.tr("Rank/grade"), ""),
        ]))
        layout.addStretch(1)

    def _group(self, title: str, rows: list[tuple[str, str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        for name, label, placeholder in rows:
            edit = self._rank_box(name) if name in RANK_FIELDS else self._line_edit(name,
                                                                                  placeholder)
            error = QLabel()
            error.setObjectName("FieldError")
            error.setWordWrap(True)
            error.hide()
            holder = QWidget()
            col = QVBoxLayout(holder)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            col.addWidget(edit)
            col.addWidget(error)
            caption = QLabel(label)
            caption.setMinimumWidth(130)  # the same column in every group: fields line up
            caption.setBuddy(edit)
            form.addRow(caption, holder)
            self._error_labels[name] = error
        return box

    def _line_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"profile_{name}")
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.changed)
        self._edits[name] = edit
        return edit

    def _rank_box(self, name: str) -> QComboBox:
        """Pangkat/golongan from the fixed list (PNS, PPPK, non-ASN); empty = not set."""
        box = QComboBox()
        box.setObjectName(f"profile_{name}")
        box.addItem(self.tr("(not set)"), "")
        for rank in RANKS:
            box.addItem(rank, rank)
        box.setMaxVisibleItems(18)
        box.currentIndexChanged.connect(self.changed)
        self._ranks[name] = box
        return box

    def set_profile(self, profile: Profile) -> None:
        self._base = profile
        for name, edit in self._edits.items():
            edit.setText(getattr(profile, name))
        for name, box in self._ranks.items():
            value = getattr(profile, name)
            if value and box.findData(value) < 0:
                box.addItem(value, value)  # an old value stays visible (and is flagged)
            box.setCurrentIndex(max(0, box.findData(value)))

    def profile(self) -> Profile:
        base = getattr(self, "_base", Profile())
        ranks = {n: str(b.currentData() or "") for n, b in self._ranks.items()}
        return replace(base, **{n: e.text().strip() for n, e in self._edits.items()}, **ranks)

    def validate(self) -> dict[str, str]:
        """Show messages under the wrong fields; return them (empty when valid)."""
        errors = profile_errors(self.profile())
        for name, label in self._error_labels.items():
            message = errors.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
            edit = self._edits.get(name) or self._ranks[name]
            edit.setProperty("invalid", bool(message))
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        if errors:
            first = next(iter(errors))
            (self._edits.get(first) or self._ranks[first]).setFocus()
        return errors

    def edit(self, name: str) -> QLineEdit:
        return self._edits[name]

    def rank_box(self, name: str) -> QComboBox:
        return self._ranks[name]
