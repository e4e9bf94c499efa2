"""Errors must not vanish in the windowed Warta.exe: an exception in a slot, in a
thread, or a Qt warning lands in <data folder>/logs/warta.log, the user sees a calm
message with "Salin detail", and `doctor` points at the log."""

from __future__ import annotations

import faulthandler
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox

import cli
from core import crash_log
from gui import crash


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def installed(qapp_id, warta_home):
    shown: list[str] = []
    crash.install(show=shown.append)
    yield shown
    crash_log.uninstall()
    qInstallMessageHandler(None)


def _log() -> str:
    return crash_log.log_path().read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown(installed, qtbot, warta_home):
    emitter = Emitter()

    def broken_slot() -> None:
        raise ZeroDivisionError("pembagian uji di slot")

    emitter.fired.connect(broken_slot)
    emitter.fired.emit()
    qtbot.waitUntil(lambda: bool(installed))
    log = _log()
    assert crash_log.log_path() == warta_home / "logs" / "warta.log"
    assert "ZeroDivisionError: pembagian uji di slot" in log and "broken_slot" in log
    assert "pembagian uji di slot" in installed[0]


def test_exception_in_a_thread_is_logged(installed):
    def work() -> None:
        raise ValueError("galat di thread pekerja")

    thread = threading.Thread(target=work, name="pekerja-uji")
    thread.start()
    thread.join()
    assert "ValueError: galat di thread pekerja" in _log()
    assert "thread pekerja-uji" in _log()


def test_qt_warnings_go_to_the_same_log(installed):
    qWarning("peringatan Qt uji")
    assert "Qt: peringatan Qt uji" in _log()


def test_faulthandler_writes_to_the_logs_folder(installed, warta_home):
    assert faulthandler.is_enabled()
    assert (warta_home / "logs" / crash_log.FAULT_NAME).is_file()


def test_home_folder_is_not_written_to_the_log(installed):
    crash_log.log_error(crash_log.scrub(f"File {Path.home() / 'Dokumen' / 'x.py'}"))
    assert str(Path.home()) not in _log() and "~" in _log()


def test_message_is_calm_indonesian_and_copies_the_details(qapp_id, qtbot):
    box = crash.error_box("Traceback: detail uji")
    qtbot.addWidget(box)
    copy = next(b for b in box.buttons() if b.text() == "Salin detail")
    assert "Maaf" in box.text() and "aman" in box.informativeText()
    assert box.detailedText() == "Traceback: detail uji"
    copy.click()
    assert QApplication.clipboard().text() == "Traceback: detail uji"
    assert box.icon() == QMessageBox.Icon.Warning


def test_doctor_prints_the_log_and_the_last_errors(installed, capsys):
    crash_log.log_error("Traceback (most recent call last):\nKeyError: 'kunci-uji'", "main")
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert str(crash_log.log_path()) in out
    assert "KeyError: 'kunci-uji'" in out


def test_last_errors_keeps_the_newest(warta_home):
    for n in range(5):
        crash_log.log_error(f"Traceback\nRuntimeError: nomor {n}")
    errors = crash_log.last_errors(2)
    crash_log.uninstall()
    assert len(errors) == 2 and "nomor 4" in errors[-1] and "nomor 3" in errors[0]


def test_cli_crash_is_logged_too(warta_home, tmp_path):
    """`Warta.exe report ...` (windowed, no console) must not lose a crash either."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    script = ("import sys, main, cli.count\n"
              "def boom(args): raise LookupError('uji galat CLI')\n"
              "cli.count.run = boom\n"
              "sys.exit(main.main(['count', '-']))\n")
    env = dict(os.environ, WARTA_HOME=str(warta_home))
    result = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, input=b"x",
                            capture_output=True, timeout=60)
    assert result.returncode == 1
    assert b"LookupError: uji galat CLI" in result.stderr  # still shown on a console
    log = (warta_home / "logs" / "warta.log").read_text(encoding="utf-8")
    assert "LookupError: uji galat CLI" in log


def test_error_in_a_worker_thread_is_shown_in_the_gui_thread(installed, qtbot):
    shown_in: list[bool] = []
    crash_log._listeners.clear()
    crash.install(show=lambda details: shown_in.append(
        threading.current_thread() is threading.main_thread()))

    def work() -> None:
        raise RuntimeError("dari thread lain")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown_in))
    assert shown_in == [True]
