"""Cadangan use cases: back up now (with the rotation), restore, copy to a flash drive."""

from __future__ import annotations

import pytest

from core import posts
from core.actions import cadangan
from core.model import Post


def test_backup_now_restore_and_copy(store, tmp_path):
    posts.create_post(store, Post(title="Sebelum cadangan"))
    made = cadangan.backup_now(store)
    assert made.is_file() and made in [c.path for c in cadangan.choices()]
    posts.create_post(store, Post(title="Sesudah cadangan"))
    safety = cadangan.restore_backup(store, made)
    assert [p.title for p in posts.list_posts(store)] == ["Sebelum cadangan"]
    assert safety.is_file()  # the replaced data is kept
    drive = tmp_path / "flashdisk"
    drive.mkdir()
    copied = cadangan.copy_newest_backup(store, drive)
    assert copied.parent == drive and copied.stat().st_size > 0
    assert not list(drive.glob("*.tmp"))


def test_copy_to_a_missing_folder_is_a_clear_error(store, tmp_path):
    with pytest.raises(OSError):
        cadangan.copy_newest_backup(store, tmp_path / "tidak-ada")


def test_unreadable_backup_is_refused_with_a_reason(store, tmp_path):
    bad = tmp_path / "warta-2026-01-01.db"
    bad.write_bytes(b"bukan basis data")
    with pytest.raises(ValueError, match="tidak dapat dibaca"):
        cadangan.restore_backup(store, bad)
