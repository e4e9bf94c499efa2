"""Cadangan use cases (Pengaturan > Cadangan, start-up): make, list, restore and copy
backups. The GUI asks before restoring; these functions only do."""

from __future__ import annotations

import shutil
from pathlib import Path

from core import backup
from core.safe_write import write_with
from core.store import Store


def backup_now(store: Store) -> Path:
    """Copy the database now and keep only the newest copies (the daily rotation)."""
    made = backup.make_backup(store.conn)
    backup.prune()
    return made


def choices() -> list[backup.BackupChoice]:
    """The backups, newest first, each with the reason it cannot be restored (if any)."""
    return backup.backup_choices()


def restore_backup(store: Store, path: Path) -> Path:
    """Replace the open data with `path`; returns the safety copy of what was there.
    Raises ValueError with the reason when the backup cannot be used."""
    return backup.restore_into_live(store.conn, path)


def copy_newest_backup(store: Store, folder: Path) -> Path:
    """Make a fresh backup and copy it to `folder` (a flash drive), atomically, so the
    copy on the drive is whole or not there at all."""
    made = backup_now(store)
    target = Path(folder) / made.name
    write_with(target, lambda tmp: shutil.copyfile(made, tmp))
    return target
