"""Opening the data safely: one instance, a damaged database never overwritten, backups."""

from __future__ import annotations

import contextlib
import sqlite3

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from core import backup, paths
from core.store import Store, StoreCorrupt, StoreError, open_store


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
        found = [b for b in backup.list_backups() if backup.is_readable_database(b)]
        title = self.tr("The Warta database is damaged")
        if not found:
            QMessageBox.critical(self.parent_widget, title, detail + "\n\n" + self.tr(
                "No usable backup was found. The damaged file has not been changed; "
                "ask your IT admin for help."))
            return None
        newest = found[0]
        box = QMessageBox(QMessageBox.Icon.Warning, title, detail, parent=self.parent_widget)
        box.setInformativeText(self.tr(
            "Restore the newest backup (%1)? The damaged file is kept beside it, renamed."
        ).replace("%1", newest.stem.removeprefix("warta-")))
        restore_button = box.addButton(self.tr("Restore backup"),
                                       QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close Warta"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not restore_button:
            return None
        backup.restore(newest, paths.db_path())
        return open_store()


def daily_backup(store: Store) -> None:
    """At most one backup a day, seven kept; a failure must not stop the app."""
    with contextlib.suppress(OSError, sqlite3.Error):
        backup.daily_backup(store.conn)
