"""Start-up restore skips a backup made by a newer Warta and restores the older good one;
a failed full integrity check offers REINDEX (issue 16 item 11)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from core import backup, paths, posts
from core.migrations import SCHEMA_VERSION
from core.model import Post
from core.store import full_integrity_check, open_store
from gui.startup import IntegrityWatch, Startup


class Box:
    """QMessageBox stand-in: records text, clicks the button whose label contains `pick`."""

    pick = ""
    shown: list[str] = []
    Icon = QMessageBox.Icon
    ButtonRole = QMessageBox.ButtonRole

    def __init__(self, icon, title, text, parent=None):
        Box.shown.append(text)
        self._buttons: list[tuple[str, object]] = []
        self._clicked = None

    def setInformativeText(self, text):
        Box.shown.append(text)

    def addButton(self, text, role):
        button = object()
        self._buttons.append((text, button))
        return button

    def exec(self):
        self._clicked = next((b for t, b in self._buttons if Box.pick in t), None)

    def clickedButton(self):
        return self._clicked

    @staticmethod
    def information(*args):
        Box.shown.append(args[2])

    critical = warning = information


def test_newest_backup_from_a_newer_warta_is_skipped_and_the_older_restored(
        qapp_id, warta_home, monkeypatch):
    store = open_store()
    posts.create_post(store, Post(title="Dari cadangan lama"))
    backup.make_backup(store.conn, today=dt.date(2025, 11, 1))
    newer = backup.make_backup(store.conn, today=dt.date(2025, 11, 2))
    store.close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    paths.db_path().write_bytes(b"rusak " * 500)
    for side in ("-wal", "-shm"):
        Path(str(paths.db_path()) + side).unlink(missing_ok=True)
    Box.pick, Box.shown = "Pulihkan", []
    monkeypatch.setattr("gui.startup.QMessageBox", Box)
    restored = Startup().open_store()  # raised ValueError before
    assert restored is not None
    try:
        assert [p.title for p in posts.list_posts(restored)] == ["Dari cadangan lama"]
    finally:
        restored.close()
    assert any("2025-11-01" in t for t in Box.shown)
    assert any("lebih baru" in t for t in Box.shown)


def test_backups_tab_labels_a_newer_backup_and_selects_an_older_one(main_window, store):
    backup.make_backup(store.conn, today=dt.date(2025, 11, 1))
    newer = backup.make_backup(store.conn, today=dt.date(2025, 11, 2))
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    tab = main_window.pengaturan.backups
    tab.refresh()
    assert tab.list.count() == 2
    assert "tidak dapat dipulihkan" in tab.list.item(0).text()
    assert tab.list.currentRow() == 1


def test_failed_full_check_offers_reindex_which_repairs(qapp_id, store, monkeypatch):
    for day in (1, 2):
        posts.create_post(store, Post(title=f"Rapat {day}", activity_date=dt.date(2025, 11, day)))
    store.execute("PRAGMA writable_schema = ON")
    store.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX posts_date ON posts(title)' "
                  "WHERE name = 'posts_date'")
    store.execute("PRAGMA writable_schema = OFF")
    store.conn.close()
    conn = sqlite3.connect(store.path)
    conn.execute("REINDEX posts_date")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX posts_date ON "
                 "posts(activity_date)' WHERE name = 'posts_date'")
    conn.commit()
    conn.close()
    damaged = open_store()
    try:
        problems = full_integrity_check(damaged.path)
        assert problems
        Box.pick, Box.shown = "Bangun ulang", []
        monkeypatch.setattr("gui.startup.QMessageBox", Box)
        watch = IntegrityWatch(damaged)
        watch._checked(problems)
        assert full_integrity_check(damaged.path) == []
        assert any("posts_date" in t for t in Box.shown)
    finally:
        damaged.close()


def test_the_background_check_runs_on_a_worker_and_asks_when_damaged(qapp_id, qtbot, store,
                                                                     monkeypatch):
    posts.create_post(store, Post(title="Rapat", activity_date=dt.date(2025, 11, 1)))
    calls: list[list[str]] = []
    monkeypatch.setattr(IntegrityWatch, "offer", lambda self, problems: calls.append(problems))
    sound = IntegrityWatch(store)
    sound.start()
    qtbot.waitUntil(lambda: sound.problems is not None, timeout=10_000)
    assert sound.problems == [] and calls == []
    monkeypatch.setattr("gui.startup.full_integrity_check", lambda *a, **k: ["row 1 missing"])
    damaged = IntegrityWatch(store)
    damaged.start()
    qtbot.waitUntil(lambda: damaged.problems is not None, timeout=10_000)
    assert calls == [["row 1 missing"]]
