"""Opening the data safely: one instance, a damaged database never overwritten, backups."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QMessageBox, QWidget

from core import backup, paths
from core.store import Store, StoreCorrupt, StoreError, open_store


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Startup", text)


def open_store_interactive(parent: QWidget | None = None) -> Store | None:
    """Open the store; on damage, offer the newest backup (the damaged file is kept)."""
    try:
        return open_store()
    except StoreCorrupt as exc:
        return _offer_restore(str(exc), parent)
    except StoreError as exc:
        QMessageBox.critical(parent, _tr("Warta cannot open its data"), str(exc))
        return None


def _offer_restore(detail: str, parent: QWidget | None) -> Store | None:
    found = [b for b in backup.list_backups() if backup.is_readable_database(b)]
    if not found:
        QMessageBox.critical(
            parent, _tr("The Warta database is damaged"),
            detail + "\n\n" + _tr("No usable backup was found. The damaged file has not been "
                                  "changed; ask your IT admin for help."))
        return None
    newest = found[0]
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("The Warta database is damaged"),
                      detail, parent=parent)
    box.setInformativeText(
        _tr("Restore the newest backup (%1)? The damaged file is kept beside it, renamed.")
        .replace("%1", newest.stem.removeprefix("warta-")))
    restore_button = box.addButton(_tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Close Warta"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore_button:
        return None
    backup.restore(newest, paths.db_path())
    return open_store()


def daily_backup(store: Store) -> None:
    """At most one backup a day, seven kept; a failure must not stop the app."""
    with contextlib.suppress(OSError):
        backup.daily_backup(store.conn)
