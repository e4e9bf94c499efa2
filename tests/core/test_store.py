"""The SQLite store: pragmas, schema version, transactions, and damaged files left untouched."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from core import migrations, paths, posts
from core import store as store_module
from core.model import Post
from core.store import Store, StoreCorrupt, StoreError, open_store


@pytest.fixture
def store() -> Store:
    s = open_store()
    yield s
    s.close()


def _folder_snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _db_with_posts(path: Path, count: int = 200) -> None:
    s = open_store(path)
    with s.transaction():
        for i in range(count):
            posts.create_post(s, Post(title=f"Rapat Koordinasi {i}", caption="Satu Data " * 40))
    s.close()


def test_default_location_is_warta_home(warta_home: Path, store: Store) -> None:
    assert store.path == warta_home / "warta.db"
    assert store.path.exists()


def test_wal_and_foreign_keys_are_on(store: Store) -> None:
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_schema_is_current(store: Store) -> None:
    assert store.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    tables = {r[0] for r in store.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"settings", "profile", "accounts", "posts", "variants", "photos",
            "post_photos", "renders", "checklist_ticks"} <= tables


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.execute("INSERT INTO variants(post_id, platform) VALUES (999, 'instagram')")


def test_reopening_is_idempotent() -> None:
    first = open_store()
    posts.create_post(first, Post(title="Peringatan Hari Pahlawan"))
    first.close()
    for _ in range(3):
        again = open_store()
        assert again.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert [p.title for p in posts.list_posts(again)] == ["Peringatan Hari Pahlawan"]
        assert again.integrity_problems() == []
        again.close()


def test_two_connections_see_each_others_commits() -> None:
    a, b = open_store(), open_store()
    try:
        posts.create_post(a, Post(title="Layanan Adminduk Keliling"))
        assert posts.count_posts(b) == 1
    finally:
        a.close()
        b.close()


def test_transaction_rolls_back_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        posts.create_post(store, Post(title="Tidak jadi disimpan"))
        raise RuntimeError("listrik padam")
    assert posts.count_posts(store) == 0
    assert not store.conn.in_transaction
    with store.transaction():  # the connection is usable again
        posts.create_post(store, Post(title="Disimpan"))
    assert posts.count_posts(store) == 1


def test_nested_transaction_joins_the_outer_one(store: Store) -> None:
    with pytest.raises(ValueError), store.transaction():
        posts.create_post(store, Post(title="Luar"))
        with store.transaction():
            posts.create_post(store, Post(title="Dalam"))
        raise ValueError("batal")
    assert posts.count_posts(store) == 0


def test_transaction_commits(store: Store) -> None:
    with store.transaction():
        posts.create_post(store, Post(title="Rapat"))
    other = open_store()
    assert posts.count_posts(other) == 1
    other.close()


def test_integrity_problems_empty_on_healthy_db(store: Store) -> None:
    assert store.integrity_problems() == []


def test_migrate_false_leaves_a_new_file_unversioned(tmp_path: Path) -> None:
    s = open_store(tmp_path / "kosong.db", migrate=False)
    assert s.execute("PRAGMA user_version").fetchone()[0] == 0
    s.close()


# --- damaged files ------------------------------------------------------------------

def _assert_corrupt_and_untouched(path: Path) -> StoreCorrupt:
    before = _folder_snapshot(path.parent)
    with pytest.raises(StoreCorrupt) as info:
        open_store(path)
    assert _folder_snapshot(path.parent) == before, "the damaged file must never be changed"
    # the same when the GUI started the check early (main.py, before Qt's imports)
    store_module.start_quick_check(path)
    with pytest.raises(StoreCorrupt):
        open_store(path)
    assert _folder_snapshot(path.parent) == before, "the damaged file must never be changed"
    message = str(info.value)
    assert "rusak" in message and "cadangan" in message and "ditimpa" in message
    assert path.name in message
    return info.value


def test_random_bytes_are_corrupt_and_untouched(warta_home: Path) -> None:
    db = paths.db_path()
    db.write_bytes(random.Random(7).randbytes(16384))
    _assert_corrupt_and_untouched(db)


def test_text_file_is_corrupt_and_untouched() -> None:
    db = paths.db_path()
    db.write_text("Daftar konten bulan November\nRapat koordinasi\n", encoding="utf-8")
    _assert_corrupt_and_untouched(db)


@pytest.mark.parametrize("keep", [100, 4096, 0.5, -4096])
def test_truncated_database_is_corrupt_and_untouched(tmp_path: Path, keep: float) -> None:
    good = tmp_path / "utuh.db"
    _db_with_posts(good)
    data = good.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep % len(data)
    db = paths.db_path()
    db.write_bytes(data[:cut])
    _assert_corrupt_and_untouched(db)


def test_garbled_pages_are_corrupt_and_untouched(tmp_path: Path) -> None:
    good = tmp_path / "utuh.db"
    _db_with_posts(good)
    data = bytearray(good.read_bytes())
    data[8192:10192] = random.Random(3).randbytes(2000)
    db = paths.db_path()
    db.write_bytes(bytes(data))
    _assert_corrupt_and_untouched(db)


def test_corrupt_open_leaves_no_file_handle_behind() -> None:
    """On Windows an open handle would stop restore() from moving the damaged file aside."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        pytest.skip("needs /proc")
    db = paths.db_path()
    db.write_bytes(random.Random(11).randbytes(8192))
    with pytest.raises(StoreCorrupt):
        open_store(db)
    held = []
    for fd in fd_dir.iterdir():
        try:
            held.append(os.readlink(fd))
        except OSError:
            continue
    assert str(db) not in held


def test_newer_schema_raises_store_error(tmp_path: Path) -> None:
    db = tmp_path / "dari-warta-baru.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        open_store(db)
    assert not isinstance(info.value, StoreCorrupt)
    assert "lebih baru" in str(info.value) and "perbarui" in str(info.value)
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 99
    check.close()


def test_busy_database_is_not_reported_as_corrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program holding a write lock is not damage: no restore must be offered."""
    from core import store as store_mod

    open_store().close()
    db = paths.db_path()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    real_connect = store_mod.connect

    def quick_connect(path: Path) -> sqlite3.Connection:
        conn = real_connect(path)
        conn.execute("PRAGMA busy_timeout = 50")
        return conn

    monkeypatch.setattr(store_mod, "connect", quick_connect)
    try:
        with pytest.raises(StoreError) as info:
            open_store(db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not isinstance(info.value, StoreCorrupt)
    assert "dipakai" in str(info.value)


# --- the quick check started early (main.py starts it before the GUI's imports) ----------

def _statements(monkeypatch) -> list[str]:
    """Every statement the connections open_store makes run."""
    seen: list[str] = []
    real = store_module.connect

    def traced(path):
        conn = real(path)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(store_module, "connect", traced)
    return seen


def test_an_early_ok_check_is_taken_once_and_not_run_again(tmp_path, monkeypatch) -> None:
    db = tmp_path / "warta.db"
    _db_with_posts(db, 20)
    store_module.start_quick_check(db)
    seen = _statements(monkeypatch)
    open_store(db).close()
    assert not [s for s in seen if "quick_check" in s]
    open_store(db).close()  # no early check any more: checked as usual
    assert [s for s in seen if "quick_check" in s] == ["PRAGMA quick_check"]


def test_a_file_changed_after_the_early_check_is_checked_again(tmp_path, monkeypatch) -> None:
    db = tmp_path / "warta.db"
    _db_with_posts(db, 20)
    store_module.start_quick_check(db)
    store_module._early_checks[db][1].join()
    _db_with_posts(db, 1)  # written after the early check (e.g. a restored backup)
    seen = _statements(monkeypatch)
    open_store(db).close()
    assert [s for s in seen if "quick_check" in s] == ["PRAGMA quick_check"]


def test_early_check_only_reads_a_healthy_database(tmp_path) -> None:
    db = tmp_path / "warta.db"
    _db_with_posts(db, 20)
    before = db.read_bytes()
    store_module.start_quick_check(db)
    store_module._early_checks[db][1].join()
    assert db.read_bytes() == before
    made = {p.name for p in tmp_path.iterdir()} - {"warta.db"}
    assert made <= {"warta.db-wal", "warta.db-shm"}  # what any reader of a WAL file makes
    wal = tmp_path / "warta.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    store_module.start_quick_check(tmp_path / "belum-ada.db")  # no database yet: nothing
    assert tmp_path / "belum-ada.db" not in store_module._early_checks
    assert not (tmp_path / "belum-ada.db").exists()


def test_early_check_of_an_unusable_data_folder_is_left_to_open_store(monkeypatch) -> None:
    def unusable():
        raise PermissionError("folder data tidak dapat dibuat")

    monkeypatch.setattr(paths, "db_path", unusable)
    before = dict(store_module._early_checks)
    store_module.start_quick_check()  # says nothing: the GUI's own start reports it
    assert store_module._early_checks == before
