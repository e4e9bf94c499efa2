"""Schema step 4 (media library and branding): its own test, as every step has."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core import migrations
from core.store import connect


def test_v3_to_v4_adds_focus_branding_and_keeps_photos(tmp_path: Path) -> None:
    conn = connect(tmp_path / "warta.db")
    step = migrations.MIGRATIONS.index(migrations._v4_media_branding) + 1
    conn.execute("BEGIN")
    for earlier in migrations.MIGRATIONS[: step - 1]:
        earlier(conn)
    conn.execute(f"PRAGMA user_version = {step - 1}")
    conn.execute("COMMIT")
    conn.execute("INSERT INTO posts(id, title, created_at, updated_at) "
                 "VALUES (1, 'Peresmian Mal Pelayanan Publik', 'x', 'x')")
    conn.execute("INSERT INTO photos(id, sha256, original_name, ext, size_bytes, imported_at) "
                 "VALUES (7, 'ab' || hex(randomblob(31)), 'IMG_0012.JPG', 'jpg', 10, 'x')")

    assert migrations.migrate(conn) >= step
    # the existing photo got a centred focus point; posts can keep a branding choice
    row = conn.execute("SELECT focus_x, focus_y FROM photos WHERE id = 7").fetchone()
    assert tuple(row) == (0.5, 0.5)
    conn.execute("INSERT INTO post_branding(post_id, kit_id, template_id, formats, updated_at) "
                 "VALUES (1, 'cimahi', 'band-bottom', '[\"portrait\"]', 'x')")
    with pytest.raises(sqlite3.IntegrityError):  # one choice per post
        conn.execute("INSERT INTO post_branding(post_id, kit_id, template_id, updated_at) "
                     "VALUES (1, 'cimahi', 'framed', 'x')")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM posts WHERE id = 1")
    assert conn.execute("SELECT count(*) FROM post_branding").fetchone()[0] == 0
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"post_photos_photo", "photos_taken", "renders_post"} <= indexes
    conn.close()
