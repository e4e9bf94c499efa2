"""Rotating copies of the database made with SQLite's backup API, and restoring one.

On start the app makes at most one backup a day and keeps the newest seven. A restore
never overwrites the damaged file: it is moved aside with a timestamped name first.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from core import paths, safe_write

KEEP = 7
_PREFIX = "warta-"
_SUFFIX = ".db"


def list_backups(folder: Path | None = None) -> list[Path]:
    """Backups, newest first (names sort by date)."""
    folder = folder or paths.backups_dir()
    found = [p for p in folder.glob(f"{_PREFIX}*{_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def make_backup(conn: sqlite3.Connection, folder: Path | None = None,
                today: dt.date | None = None) -> Path:
    """Copy the live database into backups/warta-YYYY-MM-DD.db (replacing today's)."""
    folder = folder or paths.backups_dir()
    today = today or dt.date.today()
    target = folder / f"{_PREFIX}{today.isoformat()}{_SUFFIX}"
    tmp = target.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)  # a leftover from an interrupted run may not be a database
    dest = sqlite3.connect(tmp)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    safe_write.replace(tmp, target)
    return target


def prune(folder: Path | None = None, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest `keep` backups; return what was removed."""
    removed = list_backups(folder)[keep:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def daily_backup(conn: sqlite3.Connection, folder: Path | None = None,
                 today: dt.date | None = None) -> Path | None:
    """Make today's backup unless one exists; prune to KEEP. Returns the new file or None."""
    folder = folder or paths.backups_dir()
    today = today or dt.date.today()
    if (folder / f"{_PREFIX}{today.isoformat()}{_SUFFIX}").exists():
        return None
    made = make_backup(conn, folder, today)
    prune(folder)
    return made


def _read_only_uri(path: Path) -> str:
    """A `file:` URI for read-only opening; percent-encoded so '#', '?' and '%' in folder
    names do not cut the path short (SQLite would then open or create another file)."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def is_readable_database(path: Path) -> bool:
    """True when `path` opens as SQLite and passes quick_check."""
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _aside_name(db: Path) -> Path:
    """A free warta.db.rusak-<time>[-n] name: two restores in one second must not collide."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = db.with_name(f"{db.name}.rusak-{stamp}")
    n = 1
    while any(candidate.with_name(candidate.name + side).exists() for side in ("", "-wal", "-shm")):
        n += 1
        candidate = db.with_name(f"{db.name}.rusak-{stamp}-{n}")
    return candidate


def _unused(path: Path) -> Path:
    """`path`, or with -2, -3... before its suffix: a copy made in the same second must
    not be opened and overwritten."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def restore(backup: Path, db: Path | None = None) -> Path | None:
    """Put `backup` in place of the database; the old file is kept as warta.db.rusak-<time>.

    The backup is copied next to the database first, so a failed copy (full disk)
    leaves the old file exactly where it was. Returns where the old file was moved
    (None if there was none).
    """
    db = db or paths.db_path()
    if not is_readable_database(backup):
        raise ValueError(f"Cadangan {backup.name} juga tidak dapat dibaca; pilih cadangan lain.")
    _refuse_newer_schema(backup)
    tmp = db.with_name(db.name + ".restore-tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(_read_only_uri(backup), uri=True)
    dest = sqlite3.connect(tmp)
    try:
        src.backup(dest)
    except BaseException:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    dest.close()
    kept: Path | None = None
    if db.exists():
        kept = _aside_name(db)
        safe_write.replace(db, kept)
        for side in ("-wal", "-shm"):
            extra = db.with_name(db.name + side)
            if extra.exists():
                safe_write.replace(extra, kept.with_name(kept.name + side))
    safe_write.replace(tmp, db)
    return kept


def _schema_version(backup: Path) -> int:
    conn = sqlite3.connect(_read_only_uri(backup), uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _newer_message(backup: Path) -> str:
    return (f"Cadangan {backup.name} dibuat oleh Warta yang lebih baru; "
            "perbarui Warta untuk memulihkannya.")


def _refuse_newer_schema(backup: Path) -> None:
    """A backup made by a newer Warta cannot be opened by this one: say so before copying."""
    from core.migrations import SCHEMA_VERSION

    if _schema_version(backup) > SCHEMA_VERSION:
        raise ValueError(_newer_message(backup))


@dataclass(frozen=True)
class BackupChoice:
    """One backup as the restore lists show it; `problem` says why it cannot be restored
    (None: it can)."""

    path: Path
    problem: str | None = None


def backup_choices(folder: Path | None = None) -> list[BackupChoice]:
    """Every backup, newest first, each checked: unreadable ones and those made by a newer
    Warta are labelled, so the older good ones are still offered."""
    from core.migrations import SCHEMA_VERSION

    choices = []
    for path in list_backups(folder):
        problem = None
        if not is_readable_database(path):
            problem = f"Cadangan {path.name} tidak dapat dibaca."
        else:
            try:
                if _schema_version(path) > SCHEMA_VERSION:
                    problem = _newer_message(path)
            except sqlite3.Error:
                problem = f"Cadangan {path.name} tidak dapat dibaca."
        choices.append(BackupChoice(path, problem))
    return choices


def restorable_backups(folder: Path | None = None) -> list[Path]:
    """Backups this Warta can restore, newest first."""
    return [c.path for c in backup_choices(folder) if c.problem is None]


def restore_into_live(conn: sqlite3.Connection, backup: Path,
                      folder: Path | None = None) -> Path:
    """Replace the open database's content with `backup` (Pengaturan > Cadangan).

    The current content is first saved as backups/pra-pulih-<time>.db, so a wrong
    choice can itself be undone; the connection stays usable. Returns that safety copy.
    """
    if not is_readable_database(backup):
        raise ValueError(f"Cadangan {backup.name} tidak dapat dibaca; pilih cadangan lain.")
    _refuse_newer_schema(backup)
    folder = folder or paths.backups_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = _unused(folder / f"pra-pulih-{stamp}.db")
    dest = sqlite3.connect(safety)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    src = sqlite3.connect(_read_only_uri(backup), uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()
    from core import migrations

    migrations.migrate(conn)  # an older backup is brought up to today's schema
    return safety
