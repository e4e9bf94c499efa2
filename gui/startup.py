"""Opening the data safely: one instance, a damaged database never overwritten, backups."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from core import backup, paths
from core.store import Store, StoreCorrupt, StoreError, full_integrity_check, open_store


class Startup(QObject):
    """Owns the start-up questions so their strings are translatable (self.tr)."""

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.parent_widget = parent_widget

    def open_store(self) -> Store | None:
        """Open the store; on damage, offer the newest backup (the damaged file is kept)."""
        try:
            return open_store()
        except StoreCorrupt as exc:
            return self._offer_restore(str(exc))
        except StoreError as exc:
            QMessageBox.critical(self.parent_widget, self.tr("Warta cannot open its data"),
                                 str(exc))
            return None

    def _offer_restore(self, detail: str) -> Store | None:
        """Offer the newest backup this Warta can restore; backups made by a newer Warta
        or unreadable are skipped (and said so), and a restore that fails offers the next."""
        choices = backup.backup_choices()
        found = [c.path for c in choices if c.problem is None]
        skipped = [c.problem for c in choices if c.problem]
        title = self.tr("The Warta database is damaged")
        if not found:
            QMessageBox.critical(self.parent_widget, title, "\n\n".join([detail, *skipped, self.tr(
                "No usable backup was found. The damaged file has not been changed; "
                "ask your IT admin for help.")]))
            return None
        for newest in found:
            if not self._ask_restore(title, detail, newest, skipped):
                return None
            try:
                backup.restore(newest, paths.db_path())
                return open_store()
            except (ValueError, OSError, sqlite3.Error, StoreError) as exc:
                skipped.append(str(exc))
                detail = str(exc)
        QMessageBox.critical(self.parent_widget, title, "\n\n".join(skipped))
        return None

    def _ask_restore(self, title: str, detail: str, newest, skipped: list[str]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, detail, parent=self.parent_widget)
        text = self.tr(
            "Restore the newest backup (%1)? The damaged file is kept beside it, renamed."
        ).replace("%1", newest.stem.removeprefix("warta-"))
        if skipped:
            text += "\n\n" + self.tr("Skipped:") + "\n" + "\n".join(skipped)
        box.setInformativeText(text)
        restore_button = box.addButton(self.tr("Restore backup"),
                                       QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close Warta"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore_button


class IntegrityWatch(QObject):
    """The full integrity_check, run on a worker after the window opens (start-up only
    runs quick_check, which misses damaged indexes). When it fails, offer to rebuild
    the indexes or to restore the newest usable backup."""

    def __init__(self, store: Store, parent_widget: QWidget | None = None,
                 show_backups: Callable[[], None] | None = None) -> None:
        super().__init__(parent_widget)
        self.store = store
        self.parent_widget = parent_widget
        self.show_backups = show_backups
        self.task = None
        self.problems: list[str] | None = None

    def start(self) -> None:
        from gui import workers

        self.task = workers.Task(full_integrity_check, self.store.path)
        self.task.signals.finished.connect(self._checked)  # before start: it may be quick
        workers.start(self.task)

    def _checked(self, problems: list[str]) -> None:
        self.problems = problems
        if problems:
            self.offer(problems)

    def offer(self, problems: list[str]) -> str:
        """Ask what to do; returns "rebuild", "restore" or "later" (what was done)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The Warta database needs repair"),
                          self.tr("The full database check found damage:") + "\n"
                          + "\n".join(problems[:5]), parent=self.parent_widget)
        box.setInformativeText(self.tr(
            "Rebuilding the indexes usually repairs this without losing data. If it does "
            "not, restore the newest usable backup (the current data is saved first)."))
        rebuild = box.addButton(self.tr("Rebuild indexes"), QMessageBox.ButtonRole.AcceptRole)
        restore = box.addButton(self.tr("Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is rebuild:
            return self._rebuild()
        if box.clickedButton() is restore:
            return self._restore()
        return "later"

    def _rebuild(self) -> str:
        try:
            left = self.store.rebuild_indexes()
        except sqlite3.Error as exc:
            left = [str(exc)]
        if left:
            return self.offer(left)
        QMessageBox.information(self.parent_widget, self.tr("The Warta database needs repair"),
                                self.tr("The indexes were rebuilt; the database is sound again."))
        return "rebuild"

    def _restore(self) -> str:
        if self.show_backups is not None:
            self.show_backups()  # Pengaturan > Cadangan: pick a backup, data reloads after
        return "restore"


def daily_backup(store: Store) -> None:
    """At most one backup a day, seven kept; a failure must not stop the app."""
    with contextlib.suppress(OSError, sqlite3.Error):
        backup.daily_backup(store.conn)
