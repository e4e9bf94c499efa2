"""Restores that cannot work must change nothing; search folds combining accents."""

from __future__ import annotations

import sqlite3

import pytest

from core import backup, paths, posts
from core.model import Post
from core.store import open_store


def _newer_backup(tmp_path):
    path = tmp_path / "warta-2099-01-01.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    return path


def test_restore_into_live_refuses_newer_backup_before_touching_data(store, tmp_path):
    posts.create_post(store, Post(title="Data hidup"))
    with pytest.raises(ValueError, match="lebih baru"):
        backup.restore_into_live(store.conn, _newer_backup(tmp_path))
    assert [p.title for p in posts.list_posts(store)] == ["Data hidup"]


def test_restore_refuses_newer_backup_and_keeps_db(tmp_path):
    store = open_store()
    store.close()
    before = paths.db_path().read_bytes()
    with pytest.raises(ValueError, match="lebih baru"):
        backup.restore(_newer_backup(tmp_path))
    assert paths.db_path().read_bytes() == before


def test_failed_copy_leaves_damaged_file_in_place(tmp_path, monkeypatch):
    store = open_store()
    made = backup.make_backup(store.conn)
    store.close()
    paths.db_path().write_bytes(b"rusak" * 50)

    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, conn):
            self.conn = conn

        def backup(self, dest):
            raise sqlite3.OperationalError("database or disk is full")

        def __getattr__(self, name):
            return getattr(self.conn, name)

    def fake_connect(target, *a, **k):
        conn = real_connect(target, *a, **k)
        return FullDisk(conn) if k.get("uri") else conn

    monkeypatch.setattr(backup.sqlite3, "connect", fake_connect)
    with pytest.raises(sqlite3.OperationalError):
        backup.restore(made)
    assert paths.db_path().read_bytes() == b"rusak" * 50
    assert not list(paths.data_dir().glob("*.rusak-*"))
    assert not list(paths.data_dir().glob("*.restore-tmp"))


def test_search_matches_decomposed_accents(store):
    posts.create_post(store, Post(title="Kafe Caf\u00e9 Cimahi"))
    found = posts.list_posts(store, posts.PostFilter(search="cafe\u0301"))
    assert [p.title for p in found] == ["Kafe Caf\u00e9 Cimahi"]


def test_empty_platform_list_round_trips(store):
    post = posts.create_post(store, Post(title="Tanpa platform", platforms=[]))
    assert posts.get_post(store, post.id).platforms == []
