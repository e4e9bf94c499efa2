"""Schema step _v10_narasi: its own test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core import migrations
from core.store import connect


def test_narasi_step_adds_campaigns_and_the_post_link(tmp_path: Path):
    conn = connect(tmp_path / "warta.db")
    before = migrations.MIGRATIONS.index(migrations._v10_narasi)
    conn.execute("BEGIN")
    for step in migrations.MIGRATIONS[:before]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute("INSERT INTO posts(title, created_at, updated_at) VALUES ('lama', 'x', 'x')")
    conn.execute("COMMIT")
    assert migrations.migrate(conn) >= before + 1
    # an existing post is linked to no campaign
    link = conn.execute("SELECT campaign_id, campaign_title FROM posts").fetchone()
    assert tuple(link) == ("", "")
    row = ("NRS-2026-11-ab", "Judul", "2026-11-01", "2026-11-30", "x", "x")
    sql = ("INSERT INTO narasi(uid, title, period_start, period_end, created_at, updated_at) "
           "VALUES (?, ?, ?, ?, ?, ?)")
    conn.execute(sql, row)
    with pytest.raises(sqlite3.IntegrityError):  # a campaign id once per folder
        conn.execute(sql, row)
    assert tuple(conn.execute("SELECT origin, document, photos FROM narasi").fetchone()) == (
        "sendiri", "{}", "[]")
    conn.close()
