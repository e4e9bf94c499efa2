"""Restore skips backups it cannot use and still offers the older good ones; the full
integrity check finds index damage that quick_check misses, and REINDEX repairs it
(issue 16 item 11)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from core import backup, paths, posts
from core.migrations import SCHEMA_VERSION
from core.model import Post
from core.store import full_integrity_check, open_store


def _backup(store, day: str, user_version: int | None = None) -> Path:
    made = backup.make_backup(store.conn, today=dt.date.fromisoformat(day))
    if user_version is not None:
        conn = sqlite3.connect(made)
        conn.execute(f"PRAGMA user_version = {user_version}")
        conn.close()
    return made


def test_newer_schema_backup_is_labelled_and_older_ones_offered(store):
    posts.create_post(store, Post(title="lama"))
    good = _backup(store, "2025-11-01")
    newer = _backup(store, "2025-11-03", SCHEMA_VERSION + 1)
    broken = paths.backups_dir() / "warta-2025-11-02.db"
    broken.write_bytes(b"bukan sqlite" * 100)
    choices = backup.backup_choices()
    assert [c.path for c in choices] == [newer, broken, good]
    assert "lebih baru" in choices[0].problem and "tidak dapat dibaca" in choices[1].problem
    assert choices[2].problem is None
    assert backup.restorable_backups() == [good]


def _damage_an_index(db: Path) -> None:
    """Index content that no longer matches its table: quick_check passes, queries lie."""
    def set_sql(sql: str) -> None:
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'posts_date'", (sql,))
        conn.commit()
        conn.close()

    set_sql("CREATE INDEX posts_date ON posts(title)")
    conn = sqlite3.connect(db)
    conn.execute("REINDEX posts_date")  # built from titles ...
    conn.commit()
    conn.close()
    set_sql("CREATE INDEX posts_date ON posts(activity_date)")  # ... but said to be dates


def test_full_check_finds_index_damage_quick_check_misses_and_reindex_repairs(warta_home):
    s = open_store()
    for day in (1, 2):
        posts.create_post(s, Post(title=f"Rapat {day}", activity_date=dt.date(2025, 11, day)))
    s.close()
    _damage_an_index(paths.db_path())
    s = open_store()  # quick_check at start-up says ok
    try:
        query = ("SELECT count(*) FROM posts INDEXED BY posts_date "
                 "WHERE activity_date = '2025-11-01'")
        assert s.execute(query).fetchone()[0] == 0  # the damaged index answers wrongly
        problems = full_integrity_check(s.path)
        assert problems and any("posts_date" in p for p in problems)
        assert s.rebuild_indexes() == []
        assert full_integrity_check(s.path) == []
        assert s.execute(query).fetchone()[0] == 1
    finally:
        s.close()


def test_full_check_of_a_sound_database_is_empty(store):
    assert full_integrity_check(store.path) == []
