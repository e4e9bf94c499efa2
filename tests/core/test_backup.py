"""Rotating backups with the SQLite backup API, and a restore that never loses the damaged file."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from core import backup, paths, posts
from core.model import Post
from core.store import Store, open_store


@pytest.fixture
def store() -> Store:
    s = open_store()
    posts.create_post(s, Post(title="Rapat Koordinasi Satu Data", caption="Satu Data 📊"))
    yield s
    s.close()


def _titles(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM posts ORDER BY id")]
    finally:
        conn.close()


def test_make_backup_is_a_readable_copy_with_the_data(store: Store) -> None:
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    assert made == paths.backups_dir() / "warta-2025-11-12.db"
    assert backup.is_readable_database(made)
    assert _titles(made) == ["Rapat Koordinasi Satu Data"]
    assert [p.name for p in paths.backups_dir().iterdir()] == ["warta-2025-11-12.db"]


def test_make_backup_includes_uncheckpointed_wal_data(store: Store) -> None:
    """Writes still sitting in the -wal file are part of the copy."""
    posts.create_post(store, Post(title="Baru saja disimpan"))
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    assert _titles(made) == ["Rapat Koordinasi Satu Data", "Baru saja disimpan"]


def test_make_backup_replaces_a_leftover_partial_file(store: Store) -> None:
    folder = paths.backups_dir()
    (folder / "warta-2025-11-12.tmp").write_bytes(b"sisa salinan yang terputus")
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    assert _titles(made) == ["Rapat Koordinasi Satu Data"]


def test_daily_backup_at_most_once_a_day(store: Store) -> None:
    day = dt.date(2025, 11, 12)
    first = backup.daily_backup(store.conn, today=day)
    assert first is not None and first.exists()
    posts.create_post(store, Post(title="Sore hari"))
    assert backup.daily_backup(store.conn, today=day) is None
    assert backup.list_backups() == [first]
    assert _titles(first) == ["Rapat Koordinasi Satu Data"]  # the morning copy is kept


def test_daily_backup_keeps_the_newest_seven(store: Store) -> None:
    start = dt.date(2025, 11, 25)  # crosses a month end
    for i in range(10):
        posts.create_post(store, Post(title=f"Hari {i}"))
        assert backup.daily_backup(store.conn, today=start + dt.timedelta(days=i)) is not None
    kept = backup.list_backups()
    assert len(kept) == backup.KEEP == 7
    expected = [f"warta-{(start + dt.timedelta(days=i)).isoformat()}.db" for i in range(9, 2, -1)]
    assert [p.name for p in kept] == expected  # newest first
    assert _titles(kept[0])[-1] == "Hari 9"
    assert _titles(kept[-1])[-1] == "Hari 3"


def test_prune_ignores_other_files() -> None:
    folder = paths.backups_dir()
    for i in range(1, 10):
        (folder / f"warta-2025-11-0{i}.db").write_bytes(b"x")
    (folder / "catatan.txt").write_text("jangan dihapus")
    removed = backup.prune(keep=7)
    assert sorted(p.name for p in removed) == ["warta-2025-11-01.db", "warta-2025-11-02.db"]
    assert (folder / "catatan.txt").exists()


def test_is_readable_database_rejects_garbage(tmp_path: Path) -> None:
    bad = tmp_path / "warta-2025-11-01.db"
    bad.write_bytes(random.Random(5).randbytes(8192))
    assert not backup.is_readable_database(bad)
    assert not backup.is_readable_database(tmp_path / "tidak-ada.db")
    assert not (tmp_path / "tidak-ada.db").exists()  # checking never creates a file


def _damage(db: Path) -> bytes:
    garbage = random.Random(9).randbytes(12000)
    db.write_bytes(garbage)
    return garbage


def test_restore_moves_the_damaged_file_aside_and_puts_the_backup_in_place(
        store: Store) -> None:
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    store.close()
    db = paths.db_path()
    garbage = _damage(db)

    kept = backup.restore(made)

    assert kept is not None and "rusak" in kept.name and kept.parent == db.parent
    assert kept.read_bytes() == garbage
    assert made.exists() and backup.is_readable_database(made)
    reopened = open_store()
    assert [p.title for p in posts.list_posts(reopened)] == ["Rapat Koordinasi Satu Data"]
    reopened.close()


def test_restore_moves_the_wal_files_along(store: Store) -> None:
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    db = paths.db_path()
    store.close()
    _damage(db)
    wal = db.with_name("warta.db-wal")
    wal.write_bytes(b"wal dari berkas rusak")
    kept = backup.restore(made)
    assert kept is not None
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal dari berkas rusak"
    assert not wal.exists() or wal.read_bytes() != b"wal dari berkas rusak"


def test_two_restores_in_the_same_second_keep_both_old_files(store: Store) -> None:
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    store.close()
    db = paths.db_path()
    garbage = _damage(db)
    first = backup.restore(made)
    second = backup.restore(made)
    assert first is not None and second is not None and first != second
    assert first.read_bytes() == garbage, "the damaged original must never be overwritten"
    assert backup.is_readable_database(second)


def test_restore_ignores_a_leftover_temp_file(store: Store) -> None:
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    store.close()
    db = paths.db_path()
    _damage(db)
    db.with_name("warta.db.restore-tmp").write_bytes(b"sisa pemulihan yang terputus")
    backup.restore(made)
    assert _titles(db) == ["Rapat Koordinasi Satu Data"]


def test_restore_refuses_a_broken_backup_and_touches_nothing(store: Store) -> None:
    store.close()
    db = paths.db_path()
    garbage = _damage(db)
    broken = paths.backups_dir() / "warta-2025-11-12.db"
    broken.write_bytes(b"bukan basis data")
    with pytest.raises(ValueError) as info:
        backup.restore(broken)
    message = str(info.value)
    assert "warta-2025-11-12.db" in message and "pilih cadangan lain" in message
    assert db.read_bytes() == garbage
    assert not [p for p in db.parent.iterdir() if "rusak" in p.name]


def test_restore_without_a_database_just_copies(store: Store) -> None:
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    store.close()
    db = paths.db_path()
    db.unlink()
    assert backup.restore(made) is None
    assert _titles(db) == ["Rapat Koordinasi Satu Data"]


@pytest.mark.parametrize("folder_name", ["Unduhan%20Humas", "Humas #2", "Apa?", "Dinas Kominfo"])
def test_backup_and_restore_in_folders_with_uri_characters(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder_name: str) -> None:
    """'%', '#' and '?' are legal in folder names; restore must still copy the real data."""
    home = tmp_path / folder_name
    monkeypatch.setenv(paths.ENV_HOME, str(home))
    s = open_store()
    posts.create_post(s, Post(title="Data asli"))
    made = backup.make_backup(s.conn, today=dt.date(2025, 11, 12))
    s.close()
    assert backup.is_readable_database(made)
    _damage(paths.db_path())
    backup.restore(made)
    assert _titles(paths.db_path()) == ["Data asli"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder_name]  # no stray files


# --- restoring into the running app (Pengaturan > Cadangan) ------------------------------

def test_restore_into_live_replaces_data_and_keeps_a_safety_copy(store: Store) -> None:
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    posts.create_post(store, Post(title="Dibuat setelah cadangan"))

    safety = backup.restore_into_live(store.conn, made)

    assert [p.title for p in posts.list_posts(store)] == ["Rapat Koordinasi Satu Data"]
    assert sorted(_titles(safety)) == ["Dibuat setelah cadangan", "Rapat Koordinasi Satu Data"]
    assert safety not in backup.list_backups()  # never pruned with the daily copies
    posts.create_post(store, Post(title="Masih bisa menulis"))  # connection still usable
    other = open_store()
    assert posts.count_posts(other) == 2
    other.close()


def test_restore_into_live_refuses_a_broken_backup(store: Store) -> None:
    broken = paths.backups_dir() / "warta-2025-11-12.db"
    broken.write_bytes(b"bukan basis data")
    with pytest.raises(ValueError, match="pilih cadangan lain"):
        backup.restore_into_live(store.conn, broken)
    assert [p.title for p in posts.list_posts(store)] == ["Rapat Koordinasi Satu Data"]


def test_two_live_restores_in_the_same_second_keep_both_safety_copies(store: Store) -> None:
    made = backup.make_backup(store.conn, today=dt.date(2025, 11, 12))
    posts.create_post(store, Post(title="Data sebelum pulih"))
    first = backup.restore_into_live(store.conn, made)
    second = backup.restore_into_live(store.conn, made)
    assert first != second
    assert "Data sebelum pulih" in _titles(first), "the pre-restore data must survive"
