"""Writes that meet a lock or a full disk end in a clear message and exit code 1, never a
traceback; a lock released within the retries is waited out (issue 16 item 8)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import cli
from core import paths, posts
from core import store as store_mod
from core.store import StoreError, StoreWriteError, open_store

ROOT = Path(__file__).resolve().parents[2]
ADD = ["add", "--title", "Rapat koordinasi", "--date", "2025-11-12"]


def _add(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(warta_home) -> Path:
    open_store().close()  # created and migrated
    return paths.db_path()


def _hold_write_lock(db: Path) -> sqlite3.Connection:
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings(key, value) VALUES ('kunci', '1')")
    return other


def test_add_while_another_program_holds_the_write_lock(db, capsys, monkeypatch):
    monkeypatch.setattr(store_mod, "BUSY_TIMEOUT_S", 0.05)
    other = _hold_write_lock(db)
    try:
        code, out, err = _add(capsys, *ADD)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1 and out == ""
    assert "terkunci" in err and "Traceback" not in err


def test_a_lock_released_during_the_retries_is_waited_out(db, capsys, monkeypatch):
    monkeypatch.setattr(store_mod, "BUSY_TIMEOUT_S", 0.05)
    monkeypatch.setattr(store_mod, "BUSY_RETRIES", 200)  # up to ~10 s; released after 0.3
    other = _hold_write_lock(db)
    timer = threading.Timer(0.3, lambda: (other.execute("ROLLBACK"), other.close()))
    timer.start()
    try:
        code, out, err = _add(capsys, *ADD)
    finally:
        timer.join()
    assert code == 0, err
    assert int(out) > 0


def test_a_write_inside_a_transaction_maps_a_lasting_lock(db, monkeypatch):
    monkeypatch.setattr(store_mod, "BUSY_TIMEOUT_S", 0.05)
    s = open_store()
    other = _hold_write_lock(db)
    try:
        with pytest.raises(StoreWriteError, match="terkunci") as info, s.transaction():
            s.execute("INSERT INTO settings(key, value) VALUES ('a', '1')")
        assert isinstance(info.value, sqlite3.OperationalError)  # old handlers still match
    finally:
        other.execute("ROLLBACK")
        other.close()
        s.close()


def _full_disk(monkeypatch) -> None:
    """SQLite's own SQLITE_FULL: the file may not grow by another page."""
    real = store_mod.connect

    def capped(path):
        conn = real(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        return conn

    monkeypatch.setattr(store_mod, "connect", capped)


def test_add_on_a_full_disk(db, capsys, monkeypatch):
    s = open_store()
    for i in range(200):  # fill the free pages so the next post needs a new one
        s.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (f"isi{i}", "x" * 500))
    s.close()
    _full_disk(monkeypatch)
    code, out, err = _add(capsys, "add", "--title", "x" * 20_000, "--date", "2025-11-12")
    assert code == 1 and out == ""
    assert "Disk penuh" in err and "Traceback" not in err and "rusak" not in err


def test_open_store_on_a_full_disk_is_not_called_corrupt(warta_home, monkeypatch):
    _full_disk(monkeypatch)  # a brand-new database cannot even be created
    with pytest.raises(StoreError, match="Disk penuh") as info:
        open_store()
    assert type(info.value).__name__ != "StoreCorrupt"


def test_add_with_a_title_that_is_not_utf8(db, capsys):
    code, out, err = _add(capsys, "add", "--title", "Rapat \udcff\udcfe", "--date",
                          "2025-11-12")
    assert code == 1 and "bukan UTF-8" in err and "judul" in err
    s = open_store()
    try:
        assert posts.count_posts(s) == 0
    finally:
        s.close()


@pytest.mark.skipif(os.name == "nt", reason="POSIX argv carries raw bytes")
def test_add_with_raw_non_utf8_bytes_on_the_command_line(db, warta_home):
    env = {**os.environ, "WARTA_HOME": str(warta_home), "PYTHONUTF8": "0", "LC_ALL": "C.UTF-8"}
    result = subprocess.run([sys.executable, "main.py", "add", "--title", b"Rapat \xff\xfe",
                             "--date", "2025-11-12"], cwd=ROOT, env=env,
                            capture_output=True, timeout=120)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1 and "bukan UTF-8" in err and "Traceback" not in err


@pytest.mark.skipif(os.name == "nt" or not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="mounting a tmpfs needs root on Linux")
def test_add_on_a_real_full_disk(tmp_path, capsys, monkeypatch):
    from tests.core.test_safe_write_hardening import _tiny_tmpfs

    with _tiny_tmpfs(tmp_path / "disk", "2m") as disk:
        monkeypatch.setenv("WARTA_HOME", str(disk))
        code, out, _ = _add(capsys, *ADD)
        assert code == 0
        with contextlib.suppress(OSError), open(disk / "isi", "wb") as fh:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
        code, out, err = _add(capsys, "add", "--title", "x" * 200_000, "--date", "2025-11-12")
        assert code == 1 and out == ""
        assert "Disk penuh" in err and "Traceback" not in err and "rusak" not in err
        (disk / "isi").unlink()
        s = open_store()
        try:
            assert posts.count_posts(s) == 1  # the earlier post is intact
        finally:
            s.close()
