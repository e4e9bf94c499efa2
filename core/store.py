"""The SQLite store: one file in the data folder, WAL, foreign keys, versioned schema.

`open_store()` is how every part of Warta gets at the data. A damaged file raises
StoreCorrupt (the GUI then offers the newest backup and never overwrites the file);
a second Warta on the same folder is stopped by core.instance_lock, not here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from core import migrations, paths


class StoreError(Exception):
    """A store problem with a message for the user."""


class StoreCorrupt(StoreError):
    """The database file is damaged or is not a Warta database."""


class StoreWriteError(StoreError, sqlite3.OperationalError):
    """A statement failed because the database is locked by another program for too long,
    or the disk is full; `str()` is a message for the user. Still an sqlite3 error, so
    callers that catch those keep working."""


BUSY_TIMEOUT_S = 5.0  # SQLite waits this long for another writer on every statement
BUSY_RETRIES = 2  # ... and a statement still locked out is tried this many more times


def now_iso() -> str:
    """Local time, seconds precision: what users see in lists and reports."""
    return dt.datetime.now().replace(microsecond=0).isoformat()


class Store:
    """An open connection with explicit transactions (autocommit otherwise)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        if self.conn.in_transaction:  # nested: join the outer transaction
            yield self.conn
            return
        self.execute("BEGIN IMMEDIATE")  # waits for (and retries) another writer
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:  # SQLite already rolled back after SQLITE_FULL etc.
                self.conn.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        """Run one statement. A lock held by another program is waited out (busy timeout)
        and retried; a lasting lock or a full disk raises StoreWriteError (a message)."""
        for attempt in range(BUSY_RETRIES + 1):
            try:
                return self.conn.execute(sql, params)
            except sqlite3.OperationalError as exc:
                if _is_busy(exc) and attempt < BUSY_RETRIES and not self.conn.in_transaction:
                    continue  # the statement was not applied: trying again is safe
                error = _write_error(self.path, exc)
                if error is None:
                    raise
                raise error from exc
        raise AssertionError("unreachable")

    def integrity_problems(self) -> list[str]:
        """Empty when PRAGMA integrity_check says 'ok'."""
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def rebuild_indexes(self) -> list[str]:
        """REINDEX (rebuilds every index from its table, the usual cure for the index
        damage quick_check misses), then the full check again: what is left."""
        self.execute("REINDEX")
        return self.integrity_problems()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()


def connect(path: Path) -> sqlite3.Connection:
    """A connection with Warta's pragmas; check_same_thread off for worker reads."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    # Unicode-aware search: SQLite's lower() only folds ASCII.
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    return conn


def _casefold(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).casefold()
    return value


def _corrupt_message(path: Path, detail: str) -> str:
    return (
        f"Basis data Warta rusak atau tidak dapat dibaca ({path.name}: {detail}). "
        "Berkas ini tidak akan ditimpa. Pulihkan dari cadangan terbaru, "
        "atau hubungi admin TI dengan menyertakan berkas tersebut."
    )


def _busy_message(path: Path) -> str:
    return (
        f"Basis data Warta ({path.name}) sedang dipakai program lain dan terkunci. "
        "Tutup program tersebut (atau jendela Warta lain), lalu coba lagi."
    )


def _is_busy(exc: BaseException) -> bool:
    """Locked by another connection: the file is fine, so no restore must be offered."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.OperationalError) or code is None:
        return False
    return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)  # incl. extended codes


FULL_DISK_BYTES = 1024 * 1024  # less free space than this: an I/O error means a full disk


def _is_full(exc: BaseException, path: Path) -> bool:
    """SQLITE_FULL, or an I/O error on a disk with (almost) no space left: writing the WAL
    or its index then fails as "disk I/O error", which must not pass for a damaged file."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return False
    if code & 0xFF == sqlite3.SQLITE_FULL:
        return True
    if code & 0xFF == sqlite3.SQLITE_IOERR:
        try:
            return shutil.disk_usage(path.parent).free < FULL_DISK_BYTES
        except OSError:
            return False
    return False


def _write_error(path: Path, exc: sqlite3.OperationalError) -> StoreWriteError | None:
    """The user's message for a lasting lock or a full disk; None for anything else."""
    if _is_busy(exc):
        return StoreWriteError(_busy_message(path))
    if _is_full(exc, path):
        return StoreWriteError(
            f"Disk penuh: perubahan tidak dapat disimpan ke basis data Warta ({path.name}). "
            "Kosongkan ruang disk lalu coba lagi; data yang sudah tersimpan tetap aman.")
    return None


def _connect_read_only(path: Path, timeout: float = BUSY_TIMEOUT_S,
                       **options: object) -> sqlite3.Connection:
    """A connection that cannot write the file (mode=ro), usable from any thread: for the
    checks and the helper process that read beside the app's own connection."""
    return sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, timeout=timeout,
                           check_same_thread=False, **options)


def full_integrity_check(path: Path | None = None, **_callbacks: object) -> list[str]:
    """PRAGMA integrity_check on its own read-only connection (safe on a worker thread
    while the app runs): start-up only runs quick_check, which misses damaged indexes.
    Empty when the database is sound. Accepts and ignores worker callbacks."""
    path = Path(path) if path is not None else paths.db_path()
    conn = _connect_read_only(path)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def open_reader(path: Path | None = None) -> Store:
    """A read-only Store on a database already at this Warta's schema, for a helper
    process reading beside the app (core/first_check.py): it never creates, checks or
    migrates the file (the app does that). Raises StoreError when the file is missing,
    unreadable or at another schema version."""
    path = Path(path) if path is not None else paths.db_path()
    try:
        conn = _connect_read_only(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(str(exc)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != migrations.SCHEMA_VERSION:
            raise StoreError(f"skema {version}, bukan {migrations.SCHEMA_VERSION}")
    except (sqlite3.Error, StoreError) as exc:
        conn.close()
        raise StoreError(str(exc)) from exc
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    return Store(path, conn)


# ---- the quick check, started early --------------------------------------------------

_early_checks: dict[Path, tuple[tuple, threading.Thread, list[str]]] = {}


def _stamp(path: Path) -> tuple:
    """What identifies the database's state on disk: the file and its WAL. An empty WAL
    counts as none: a reader of a WAL database makes one (and the -shm) when missing."""
    out = []
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            st = part.stat()
        except FileNotFoundError:
            out.append(None)
        else:
            out.append((st.st_ino, st.st_size, st.st_mtime_ns) if st.st_size else None)
    return tuple(out)


def start_quick_check(path: Path | None = None) -> None:
    """Run open_store's quick_check of an existing database now, in a thread: the GUI
    starts it before importing Qt, and SQLite checks without holding the GIL, so on a
    big database (~25 ms for three years of data) the check overlaps the imports.
    open_store then takes its "ok" for the same file instead of checking again; any
    other outcome, or a file changed since, means open_store checks as usual."""
    try:  # db_path() makes the data folder: an unusable one is open_store's to say
        path = Path(path) if path is not None else paths.db_path()
        if not path.is_file() or path.stat().st_size == 0:
            return
        stamp = _stamp(path)
    except OSError:
        return
    found: list[str] = []

    def run() -> None:
        try:
            conn = _connect_read_only(path, timeout=0.5)  # busy: open_store checks inline
            try:
                found.append(conn.execute("PRAGMA quick_check").fetchone()[0])
            finally:
                conn.close()
        except Exception:  # noqa: BLE001 - open_store checks again and says what is wrong
            found.clear()

    thread = threading.Thread(target=run, name="warta-quick-check", daemon=True)
    thread.start()
    _early_checks[path] = (stamp, thread, found)


def _checked_early(path: Path) -> bool:
    """True when start_quick_check found this very file state "ok" (used once)."""
    early = _early_checks.pop(path, None)
    if early is None:
        return False
    stamp, thread, found = early
    thread.join()
    try:
        return found == ["ok"] and _stamp(path) == stamp
    except OSError:
        return False


def open_store(path: Path | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the database, check it, and bring the schema up to date."""
    path = Path(path) if path is not None else paths.db_path()
    existed = path.exists() and path.stat().st_size > 0
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path)
        if existed and not _checked_early(path):
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise StoreCorrupt(_corrupt_message(path, check))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if migrate:
            migrations.migrate(conn)
    except BaseException as exc:
        # Never keep a handle on a file we refuse: on Windows it would block restore()
        # from moving the damaged file aside.
        if conn is not None:
            conn.close()
        if _is_busy(exc) or _is_full(exc, path):  # the file is fine: offer no restore
            raise StoreError(str(_write_error(path, exc))) from exc
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreCorrupt(_corrupt_message(path, str(exc))) from exc
        if isinstance(exc, RuntimeError):  # schema newer than this Warta
            raise StoreError(str(exc)) from exc
        raise
    return Store(path, conn)
