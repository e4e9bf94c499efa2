"""Schema step _v7_rekap: its own test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core import migrations
from core.store import connect


def test_rekap_step_adds_packets_and_aliases(tmp_path: Path):
    conn = connect(tmp_path / "warta.db")
    before = migrations.MIGRATIONS.index(migrations._v7_rekap)
    conn.execute("BEGIN")
    for step in migrations.MIGRATIONS[:before]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute("COMMIT")
    assert migrations.migrate(conn) >= before + 1
    row = ("dinas kesehatan", "dinkes", "Dinas Kesehatan", "2026-11-01", "2026-11-30",
           "2026-12-01T08:00:00", "2026-12-02T08:00:00", "ab", "{}")
    conn.execute("INSERT INTO rekap_packets(unit_key, unit_id, unit_name, period_start, "
                 "period_end, created_at, imported_at, sha256, document) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
    with pytest.raises(sqlite3.IntegrityError):  # one packet per unit and period
        conn.execute("INSERT INTO rekap_packets(unit_key, unit_id, unit_name, period_start, "
                     "period_end, created_at, imported_at, sha256, document) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
    conn.execute("INSERT INTO rekap_aliases VALUES ('dinkes cmh', 'dinkes')")
    conn.close()
