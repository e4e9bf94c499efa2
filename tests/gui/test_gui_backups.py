"""Pengaturan > Cadangan: backup now, restore a backup into the running app."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from core import backup, posts
from core.model import Post


def test_backup_now_lists_it(main_window):
    tab = main_window.pengaturan.backups
    assert tab.list.count() == 0
    tab.make_now()
    assert tab.list.count() == 1
    assert "Cadangan disimpan" in main_window.statusBar().currentMessage()


def test_restore_replaces_data_and_keeps_safety_copy(main_window, store, monkeypatch):
    kept = posts.create_post(store, Post(title="Ada di cadangan"))
    tab = main_window.pengaturan.backups
    tab.make_now()
    posts.delete_post(store, kept.id)
    posts.create_post(store, Post(title="Dibuat sesudah cadangan"))
    main_window.konten.reload()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    tab.restore_selected()
    titles = [p.title for p in posts.list_posts(store)]
    assert titles == ["Ada di cadangan"]
    assert main_window.konten.model.rowCount() == 1
    safety = list(backup.paths.backups_dir().glob("pra-pulih-*.db"))
    assert len(safety) == 1 and backup.is_readable_database(safety[0])
    assert "pra-pulih" in main_window.statusBar().currentMessage()


def test_restore_declined_changes_nothing(main_window, store, monkeypatch):
    tab = main_window.pengaturan.backups
    tab.make_now()
    posts.create_post(store, Post(title="Tetap ada"))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    tab.restore_selected()
    assert [p.title for p in posts.list_posts(store)] == ["Tetap ada"]
