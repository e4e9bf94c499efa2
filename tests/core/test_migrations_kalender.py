"""Schema step _v6_kalender (commemorations, planned times): its own test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core import migrations
from core.store import connect


def test_kalender_step_adds_commemorations_and_planned_at_and_keeps_data(tmp_path: Path):
    conn = connect(tmp_path / "warta.db")
    before = migrations.MIGRATIONS.index(migrations._v6_kalender)
    conn.execute("BEGIN")
    for step in migrations.MIGRATIONS[:before]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute("COMMIT")
    conn.execute("INSERT INTO posts(title, created_at, updated_at) VALUES ('Rapat', 'x', 'x')")
    conn.execute("INSERT INTO variants(post_id, platform, text) VALUES (1, 'x', 'teks')")

    assert migrations.migrate(conn) >= before + 1
    assert tuple(conn.execute("SELECT text, planned_at FROM variants").fetchone()) == ("teks", None)
    conn.execute("INSERT INTO commemorations(name, month, day) VALUES ('HUT Dinas', 3, 15)")
    conn.execute("INSERT INTO commemorations(builtin_id, hidden) VALUES ('hari-kartini', 1)")
    with pytest.raises(sqlite3.IntegrityError):  # a shipped day is hidden once
        conn.execute("INSERT INTO commemorations(builtin_id, hidden) VALUES ('hari-kartini', 0)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO commemorations(name, month, day) VALUES ('x', 13, 1)")
    conn.close()
