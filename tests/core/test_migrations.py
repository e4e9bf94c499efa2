"""Each schema step has its own test; a failing step leaves the database as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core import migrations
from core.store import connect

V1_TABLES = {"settings", "profile", "accounts", "posts", "variants", "photos", "post_photos"}
V2_TABLES = {"renders", "checklist_ticks", "ignored_findings", "check_overrides",
             "hashtag_sets", "follower_counts", "import_mappings"}


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def _version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    c = connect(tmp_path / "warta.db")
    yield c
    c.close()


def _apply(conn: sqlite3.Connection, step: migrations.Migration, version: int) -> None:
    """Run exactly one step, as migrate() would, and stamp its version."""
    conn.execute("BEGIN")
    step(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("COMMIT")


def _build_v1(conn: sqlite3.Connection) -> None:
    """A database as the first release left it: only step 1 applied."""
    assert migrations.MIGRATIONS[0] is migrations._v1_initial
    _apply(conn, migrations._v1_initial, 1)


def test_every_step_has_a_test() -> None:
    """A step counts as tested when some test file names its function."""
    tests_root = Path(__file__).resolve().parents[1]
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in tests_root.rglob("test_*.py"))
    untested = [step.__name__ for step in migrations.MIGRATIONS if step.__name__ not in corpus]
    assert untested == [], f"write a test for migration step(s) {untested}"
    assert len(migrations.MIGRATIONS) == migrations.SCHEMA_VERSION


def test_v0_to_v1_creates_the_foundation_tables(conn: sqlite3.Connection) -> None:
    assert _version(conn) == 0 and _tables(conn) == set()
    _build_v1(conn)
    assert _tables(conn) == V1_TABLES
    post_cols = {r[1] for r in conn.execute("PRAGMA table_info(posts)")}
    assert {"title", "activity", "activity_date", "location", "category", "status", "caption",
            "hashtags", "collaborators", "notes", "platforms", "deleted_at"} <= post_cols
    # the profile table holds exactly one row
    conn.execute("INSERT INTO profile(id, pic_name) VALUES (1, 'Rina')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO profile(id, pic_name) VALUES (2, 'Budi')")
    # one variant per platform per post
    conn.execute("INSERT INTO posts(title, created_at, updated_at) VALUES ('Rapat', 'x', 'x')")
    conn.execute("INSERT INTO variants(post_id, platform) VALUES (1, 'instagram')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO variants(post_id, platform) VALUES (1, 'instagram')")


def test_migrate_from_empty_reaches_current_version(conn: sqlite3.Connection) -> None:
    assert migrations.migrate(conn) == migrations.SCHEMA_VERSION
    assert _version(conn) == migrations.SCHEMA_VERSION
    tables = _tables(conn)
    assert tables >= V1_TABLES | V2_TABLES
    assert migrations.migrate(conn) == migrations.SCHEMA_VERSION  # a second run is a no-op
    assert _tables(conn) == tables


def test_v1_to_v2_keeps_data_and_adds_tables(conn: sqlite3.Connection) -> None:
    _build_v1(conn)
    conn.execute("INSERT INTO profile(id, pic_name, pic_nip, city) "
                 "VALUES (1, 'Rina Marlina', '199203152019032007', 'Cimahi')")
    conn.execute("INSERT INTO accounts(name, is_own, handles) "
                 "VALUES ('Diskominfo Kota Cimahi', 1, '{\"instagram\": \"diskominfocimahi\"}')")
    conn.execute("INSERT INTO posts(title, caption, activity_date, created_at, updated_at) "
                 "VALUES ('Rapat Satu Data', 'Keterangan 🇮🇩', '2025-11-03', "
                 "'2025-11-03T09:00:00', '2025-11-03T09:00:00')")
    conn.execute("INSERT INTO variants(post_id, platform, text, reach) "
                 "VALUES (1, 'instagram', 'Teks IG', 1234)")

    assert migrations.MIGRATIONS[1] is migrations._v2_work_records
    _apply(conn, migrations._v2_work_records, 2)
    assert _version(conn) == 2
    assert _tables(conn) == V1_TABLES | V2_TABLES
    assert tuple(conn.execute("SELECT pic_name, pic_nip FROM profile").fetchone()) == (
        "Rina Marlina", "199203152019032007")
    assert tuple(conn.execute("SELECT title, caption FROM posts").fetchone()) == (
        "Rapat Satu Data", "Keterangan 🇮🇩")
    assert tuple(conn.execute("SELECT text, reach FROM variants").fetchone()) == ("Teks IG", 1234)
    assert conn.execute("SELECT name FROM accounts").fetchone()[0] == "Diskominfo Kota Cimahi"
    # the new tables are wired to the old ones
    conn.execute("INSERT INTO checklist_ticks VALUES (1, 'izin_foto', 'Rina', '2025-11-03')")
    conn.execute("INSERT INTO follower_counts VALUES (1, 'instagram', '2025-11-30', 5120)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO checklist_ticks VALUES (42, 'izin_foto', 'Rina', 'x')")


def test_failing_step_rolls_back(conn: sqlite3.Connection,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _build_v1(conn)
    conn.execute("INSERT INTO posts(title, created_at, updated_at) VALUES ('Aman', 'x', 'x')")

    def broken_step(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE renders (id INTEGER PRIMARY KEY)")
        c.execute("DELETE FROM posts")
        raise sqlite3.OperationalError("langkah gagal di tengah jalan")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations._v1_initial, broken_step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    assert _version(conn) == 1
    assert "renders" not in _tables(conn)
    assert conn.execute("SELECT title FROM posts").fetchall()[0][0] == "Aman"
    assert not conn.in_transaction


def test_failing_step_after_a_good_one_keeps_the_good_one(
        conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_step(c: sqlite3.Connection) -> None:
        raise RuntimeError("rusak")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations._v1_initial, broken_step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    with pytest.raises(RuntimeError):
        migrations.migrate(conn)
    assert _version(conn) == 1  # step 1 committed on its own
    assert _tables(conn) == V1_TABLES


def test_newer_database_is_refused_untouched(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(RuntimeError, match="lebih baru"):
        migrations.migrate(conn)
    assert _version(conn) == 99
    assert _tables(conn) == set()
