"""Plan when each platform's version goes out ("Jadwal unggah…" on the Kalender page)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.platforms import PLATFORMS

DEFAULT_TIME = dt.time(9, 0)


class ScheduleDialog(QDialog):
    """One row per target platform: a tick to plan it and its date and time."""

    def __init__(self, title: str, day: dt.date, platforms: list[str],
                 planned: dict[str, dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Posting schedule"))
        self.rows: dict[str, tuple[QCheckBox, QDateTimeEdit]] = {}
        form = QFormLayout()
        for platform in platforms:
            when = planned.get(platform) or dt.datetime.combine(day, DEFAULT_TIME)
            tick = QCheckBox(PLATFORMS[platform].name if platform in PLATFORMS else platform)
            tick.setChecked(platform in planned)
            edit = QDateTimeEdit(QDateTime(QDate(when.year, when.month, when.day),
                                           QTime(when.hour, when.minute)))
            edit.setDisplayFormat("dd/MM/yyyy HH.mm")
            edit.setCalendarPopup(True)
            edit.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
            edit.setMaximumDateTime(QDateTime(QDate(2100, 12, 31), QTime(23, 59)))
            edit.setEnabled(tick.isChecked())
            tick.toggled.connect(edit.setEnabled)
            row = QHBoxLayout()
            row.addWidget(tick)
            row.addWidget(edit, 1)
            form.addRow(row)
            self.rows[platform] = (tick, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        col.addWidget(heading)
        col.addLayout(form)
        col.addWidget(buttons)

    def values(self) -> dict[str, dt.datetime | None]:
        """Platform -> planned time, or None to clear it."""
        out: dict[str, dt.datetime | None] = {}
        for platform, (tick, edit) in self.rows.items():
            out[platform] = edit.dateTime().toPython().replace(second=0, microsecond=0) \
                if tick.isChecked() else None
        return out

    @classmethod
    def ask(cls, title: str, day: dt.date, platforms: list[str],
            planned: dict[str, dt.datetime], parent: QWidget | None = None
            ) -> tuple[dict[str, dt.datetime | None], bool]:
        dialog = cls(title, day, platforms, planned, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.values(), accepted
