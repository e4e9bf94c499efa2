"""Schema step 3 (report notes): its own test, as every migration step has."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core import migrations
from core.store import connect


def test_v2_to_v3_adds_report_notes_and_keeps_data(tmp_path: Path) -> None:
    conn = connect(tmp_path / "warta.db")
    conn.execute("BEGIN")
    migrations.MIGRATIONS[0](conn)
    migrations.MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.execute("INSERT INTO posts(title, created_at, updated_at) "
                 "VALUES ('Rapat Satu Data', 'x', 'x')")

    step = migrations.MIGRATIONS.index(migrations._v3_report_notes) + 1
    assert migrations.migrate(conn) >= step
    conn.execute("INSERT INTO report_notes(department, period_start, period_end, text, "
                 "updated_at) VALUES ('Diskominfo', '2025-11-01', '2025-11-30', "
                 "'Koneksi internet kantor terputus dua hari.', '2025-12-01T08:00:00')")
    assert conn.execute("SELECT title FROM posts").fetchone()[0] == "Rapat Satu Data"
    with pytest.raises(sqlite3.IntegrityError):  # one text per department and period
        conn.execute("INSERT INTO report_notes(department, period_start, period_end, text, "
                     "updated_at) VALUES ('Diskominfo', '2025-11-01', '2025-11-30', 'lagi', "
                     "'x')")
    conn.close()
