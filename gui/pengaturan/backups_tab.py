"""Pengaturan > Cadangan: see the daily backups, make one now, restore one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import paths
from core.actions import cadangan
from core.indonesian import format_date
from core.store import Store


class BackupsTab(QWidget):
    message = Signal(str)
    restoring = Signal()  # connected slots flush pending edits before data is replaced
    restored = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        intro = QLabel(self.tr(
            "Warta copies its database once a day when it starts and keeps the last seven "
            "copies. Restoring replaces all posts with the chosen copy; the current data is "
            "saved first so the restore can itself be undone."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        self.list.currentRowChanged.connect(self._update_buttons)
        self.make_button = QPushButton(self.tr("Back up now"))
        self.make_button.clicked.connect(self.make_now)
        self.copy_button = QPushButton(self.tr("Copy backup to…"))
        self.copy_button.setToolTip(
            self.tr("Make a fresh backup and copy it to a folder, e.g. a flash drive"))
        self.copy_button.clicked.connect(self.copy_to)
        # restoring replaces every post: a plain button, never the green primary action
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        row = QHBoxLayout()
        row.addWidget(self.make_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for choice in cadangan.choices():
            path = choice.path
            day = path.stem.removeprefix("warta-")
            try:
                label = format_date(dt.date.fromisoformat(day))
            except ValueError:
                label = day
            size_kb = max(1, path.stat().st_size // 1024)
            text = f"{label}  ·  {size_kb} KB"
            item = QListWidgetItem(text)
            if choice.problem:  # labelled and not restorable; the older ones still are
                item.setText(text + "  ·  " + self.tr("cannot be restored"))
                item.setToolTip(choice.problem)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        for row in range(self.list.count()):  # the newest backup that can be restored
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsSelectable:
                self.list.setCurrentRow(row)
                break
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def make_now(self) -> None:
        made = cadangan.backup_now(self.store)
        self.refresh()
        self.message.emit(self.tr("Backup saved: %1").replace("%1", made.name))

    def copy_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Copy backup to"),
                                                  str(paths.documents_dir()))
        if not folder:
            return
        try:
            target = cadangan.copy_newest_backup(self.store, Path(folder))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Backup not copied"), str(exc))
            return
        self.refresh()
        self.message.emit(self.tr("Backup copied to %1").replace("%1", str(target)))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace all current data with the backup of %1? The current data is "
                    "saved first.").replace("%1", item.text().split("  ·")[0]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restoring.emit()
        try:
            safety = cadangan.restore_backup(self.store, path)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Restore backup"), str(exc))
            return
        self.refresh()
        self.restored.emit()
        self.message.emit(self.tr("Backup restored. The previous data was saved as %1.")
                          .replace("%1", safety.name))
