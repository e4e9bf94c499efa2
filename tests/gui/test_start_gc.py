"""The collector paused while Warta starts comes back once the Konten page has its first
check, or when there is nothing to check, or after MAX_PAUSE_MS (gui/start_gc.py)."""

from __future__ import annotations

import datetime as dt
import gc

import pytest

from core import posts
from core.model import Post
from gui import start_gc


@pytest.fixture
def collector():
    """Leave the test process's collector as it was (and nothing frozen)."""
    was = gc.isenabled()
    yield
    start_gc.resume()
    gc.unfreeze()
    if was:
        gc.enable()


def test_pause_then_resume_freezes_what_the_start_made(qapp, collector):
    start_gc.pause()
    assert start_gc.is_paused() and not gc.isenabled()
    start_gc.pause()  # twice is once
    start_gc.resume()
    assert not start_gc.is_paused() and gc.isenabled() and gc.get_freeze_count() > 0
    start_gc.resume()  # resuming again changes nothing
    assert gc.isenabled()


def test_a_disabled_collector_is_left_alone(qapp, collector):
    gc.disable()
    start_gc.pause()
    assert not start_gc.is_paused()
    start_gc.resume()
    assert not gc.isenabled()  # the caller had it off: still off


def test_resumes_after_the_longest_pause(qapp, qtbot, collector, monkeypatch):
    monkeypatch.setattr(start_gc, "MAX_PAUSE_MS", 20)
    start_gc.pause()
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    assert not start_gc.is_paused()


def test_resumes_when_the_konten_page_shows_its_first_check(store, qtbot, request, collector):
    posts.create_post(store, Post(
        title="Rapat", activity_date=dt.date(2025, 11, 12),
        caption="Diskominfo Kota Cimahi menggelar rapat koordinasi.", platforms=["instagram"]))
    from gui.main_window import MainWindow

    request.getfixturevalue("qapp_id")
    start_gc.pause()
    window = MainWindow(store)
    qtbot.addWidget(window)
    start_gc.resume_when_settled(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(lambda: "konten" in window.pages, timeout=5000)
    checks = window.konten.checks
    qtbot.waitUntil(lambda: checks.runner.last_result() is not None, timeout=10000)
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    assert not start_gc.is_paused()
    window.konten.editor.flush()
    checks.runner.wait()


def test_resumes_at_once_with_no_post_to_check(main_window, qtbot, collector):
    start_gc.pause()
    start_gc.resume_when_settled(main_window)
    main_window.first_page_ready.emit()  # the page is built and shows no post
    assert main_window.konten.editor.post() is None and gc.isenabled()


def test_a_failed_first_check_settles_the_page_too(store, qtbot, request, collector,
                                                  monkeypatch):
    """The warm-up and the collector wait for the first check; a first check that fails
    must not leave them waiting (the warm-up has no timer of its own)."""
    posts.create_post(store, Post(
        title="Rapat", activity_date=dt.date(2025, 11, 12),
        caption="Diskominfo Kota Cimahi menggelar rapat koordinasi.", platforms=["instagram"]))
    from gui.konten import check_runner
    from gui.main_window import MainWindow

    def broken(*_a, **_k):
        raise RuntimeError("aturan rusak")

    monkeypatch.setattr(check_runner, "run_check", broken)
    request.getfixturevalue("qapp_id")
    window = MainWindow(store)
    qtbot.addWidget(window)
    settled = []
    start_gc.when_settled(window, lambda: settled.append(True))
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(lambda: settled == [True], timeout=10000)
    window.konten.checks.runner.wait()


def test_the_warm_up_starts_a_moment_after_the_page_settled(main_window, qtbot,
                                                           monkeypatch):
    """The warm-up thread holds the GIL in slices: it starts WARM_UP_AFTER_MS after the
    page settled, so the page draws its first check first (gui/app.py)."""
    from gui import app

    started = []
    monkeypatch.setattr(app, "warm_up_checks", lambda: started.append(True))
    monkeypatch.setattr(app, "WARM_UP_AFTER_MS", 60)
    app.settle_then_warm_up(main_window)
    main_window.first_page_ready.emit()  # the page is built and shows no post: settled
    assert started == []  # not at once
    qtbot.waitUntil(lambda: started == [True], timeout=2000)
    start_gc.resume()


def test_a_pause_main_py_made_is_taken_over(qapp, qtbot, collector, monkeypatch):
    """main.py stops the collector before Qt is imported; take_over() makes that this
    module's pause: pause() then limits it, resume() ends it."""
    monkeypatch.setattr(start_gc, "MAX_PAUSE_MS", 20)
    gc.disable()  # as main.py
    start_gc.take_over()
    assert start_gc.is_paused()
    start_gc.pause()  # as run_interactive: only the limit is new
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    assert not start_gc.is_paused()


def test_take_over_leaves_a_running_collector_alone(qapp, collector):
    start_gc.take_over()  # the collector runs: nothing was paused
    assert not start_gc.is_paused() and gc.isenabled()


def test_main_py_stops_the_collector_before_qt(tmp_path):
    """In a fresh interpreter: the GUI start stops the collector before PySide6 is first
    imported and hands the pause to start_gc (gui.app.run stubbed: no window)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = (
        "import builtins, gc, sys, types\n"
        "seen = []\n"
        "real = builtins.__import__\n"
        "def spy(name, *a, **k):\n"
        "    if name.startswith('PySide6') and not seen:\n"
        "        seen.append(gc.isenabled())\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = spy\n"
        "stub = types.ModuleType('gui.app')\n"
        "stub.run = lambda argv: 0\n"
        "sys.modules['gui.app'] = stub\n"
        "import main\n"
        "main.main(['--page', 'kalender'])\n"
        "from gui import start_gc\n"
        "print(seen, gc.isenabled(), start_gc.is_paused())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WARTA_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], cwd=root, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[False]", "False", "True"]
