"""The Konten page's first check in a process of its own (core/first_check.py): the
worker's answer, how a failed or stuck worker ends, and the read-only store it uses."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import sqlite3
import subprocess
import sys
import threading

import pytest

from core import first_check, posts
from core.check_request import run_check
from core.model import Post
from core.store import StoreError, open_reader

CAPTION = ("Pemkot Cimahi mengadakan kegitan himbauan pada hari Selasa, 12 November 2025. "
           "#CimahiKota")


def _finished(started: first_check.FirstCheck, seconds: float = 30) -> None:
    done = threading.Event()
    started.when_done(done.set)
    assert done.wait(seconds)


def _worker(**kwargs) -> first_check.FirstCheck:
    proc = subprocess.Popen(first_check.worker_command(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env={**os.environ}, **kwargs)
    started = first_check.FirstCheck(proc)
    _finished(started)
    return started


def test_the_worker_checks_the_post_the_konten_page_opens_on(store):
    posts.create_post(store, Post(title="Lama", activity_date=dt.date(2025, 11, 1),
                                  caption="Rapat di Cimahi.", platforms=["instagram"]))
    newest = posts.create_post(store, Post(title="Baru", activity_date=dt.date(2025, 11, 12),
                                           caption=CAPTION, platforms=["instagram"]))
    started = _worker()  # `main.py --check-worker`, as main.py starts it
    answer = started.answer()
    assert answer is not None
    request, findings, items, _seconds = answer
    assert request.post.id == newest.id  # the list's first post: newest first
    assert request == first_check.opening_request(store, today=request.today)
    assert started.answer_for(request) is not None
    same, same_items, _ = run_check(request)
    assert findings == same and items == same_items  # exactly the full check
    assert {"akurasi.ejaan", "akurasi.ejaan_baku"} <= {f.rule_id for f in findings}


def test_the_worker_has_no_answer_without_posts_or_database(warta_home):
    started = _worker()  # no database yet: the first start makes it, not the worker
    assert started.answer() is None
    assert not (warta_home / "warta.db").exists()


def test_an_answer_for_another_request_is_not_handed_out(store):
    posts.create_post(store, Post(title="Baru", activity_date=dt.date(2025, 11, 12),
                                  caption=CAPTION, platforms=["instagram"]))
    answer = first_check.compute(store)
    started = first_check.FirstCheck(FakeProcess(pickle.dumps(answer)))
    _finished(started)
    request = answer[0]
    assert started.answer_for(request) == answer[1:]
    other = type(request)(**{**request.__dict__, "profile": "santai"})
    assert started.answer_for(other) is None


class FakeProcess:
    def __init__(self, out: bytes, code: int = 0) -> None:
        self.out, self._code, self.returncode = out, code, None

    def communicate(self, timeout=None):
        self.returncode = self._code
        return self.out, b""


@pytest.mark.parametrize("out, code", [(b"not a pickle", 0), (pickle.dumps("x"), 0),
                                       (pickle.dumps((1, 2, 3, 4)), 1), (b"", 0)])
def test_a_failed_worker_has_no_answer(out, code):
    started = first_check.FirstCheck(FakeProcess(out, code))
    _finished(started, 5)
    assert started.is_done() and started.answer() is None


def test_a_stuck_worker_is_stopped_and_has_no_answer():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                            stdout=subprocess.PIPE)
    started = first_check.FirstCheck(proc, timeout=0.2)
    _finished(started, 10)
    assert started.answer() is None and proc.poll() is not None


def test_a_worker_still_running_when_warta_exits_is_ended(monkeypatch):
    import atexit

    at_exit = []
    monkeypatch.setattr(atexit, "register", at_exit.append)
    monkeypatch.setattr(first_check, "_started", None)
    started = first_check.start([sys.executable, "-c", "import time; time.sleep(60)"])
    assert at_exit == [started.stop_if_running]
    first_check.claim()
    at_exit[0]()  # Warta exits while the worker is still at work
    _finished(started, 10)
    assert started._proc.poll() is not None and started.answer() is None


def test_callbacks_come_once_the_worker_ended_and_one_failing_stops_no_other():
    gate = threading.Event()

    class Gated(FakeProcess):
        def communicate(self, timeout=None):
            gate.wait(timeout)
            return super().communicate(timeout)

    started = first_check.FirstCheck(Gated(b"", 1))
    called: list[str] = []
    started.when_done(lambda: 1 / 0)  # e.g. a window already closed
    started.when_done(lambda: called.append("waiting"))
    ended = threading.Event()
    started.when_done(ended.set)
    assert called == [] and not started.is_done()
    gate.set()
    assert ended.wait(5)
    started.when_done(lambda: called.append("late"))  # already ended: called at once
    assert called == ["waiting", "late"]


@pytest.mark.parametrize("argv, wanted", [
    ([], True), (["--lang", "en"], True), (["--screenshot", "a.png"], True),
    (["--screenshot", "a.png", "--page", "konten"], True), (["--page=konten"], True),
    (["--screenshot", "a.png", "--page", "media"], False), (["--page=laporan"], False),
    (["--selftest"], False)])
def test_the_worker_starts_only_for_a_start_on_the_konten_page(argv, wanted):
    assert first_check.wanted(argv) is wanted


def test_the_worker_command_runs_main_py_or_the_frozen_exe(monkeypatch):
    command = first_check.worker_command()
    assert command[0] == sys.executable and command[-1] == first_check.WORKER_FLAG
    assert command[1].endswith("main.py")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert first_check.worker_command() == [sys.executable, first_check.WORKER_FLAG]


def test_the_reader_store_neither_creates_nor_migrates(warta_home, store):
    reader = open_reader()
    try:
        assert reader.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 0
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("DELETE FROM posts")  # read-only
    finally:
        reader.close()
    store.execute("PRAGMA user_version = 1")  # an older schema: the app migrates first
    with pytest.raises(StoreError):
        open_reader()
    with pytest.raises(StoreError):
        open_reader(warta_home / "none.db")
    assert not (warta_home / "none.db").exists()


def test_the_answer_goes_to_file_descriptor_1_without_a_sys_stdout(monkeypatch):
    """A windowed Warta.exe may start with sys.stdout None: the answer still reaches the
    pipe the GUI gave it."""
    read, write = os.pipe()
    saved = os.dup(1)
    try:
        os.dup2(write, 1)
        monkeypatch.setattr(sys, "stdout", None)
        first_check._write_out(b"answer")
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(write)
    assert os.read(read, 100) == b"answer"
    os.close(read)


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux's idle scheduling class")
def test_the_worker_runs_at_idle_priority_once_started(monkeypatch):
    """It takes the CPU time the GUI leaves (Windows: BELOW_NORMAL_PRIORITY_CLASS)."""
    monkeypatch.setattr(first_check, "_started", None)
    started = first_check.start([sys.executable, "-c", "import time; time.sleep(30)"])
    assert started is not None and first_check.start() is started  # once per process
    try:
        assert os.sched_getscheduler(started._proc.pid) == os.SCHED_IDLE
    finally:
        started.stop()
        _finished(started, 10)
    assert first_check.claim() is started and first_check.claim() is None


@pytest.mark.parametrize("broken", ["open", "check", "write"])
def test_the_worker_never_raises(store, monkeypatch, broken):
    """A hidden, windowed Warta.exe would show a traceback box: any failure (a damaged
    database, a rule bug, the GUI gone before the answer) is only an exit code."""
    posts.create_post(store, Post(title="Baru", activity_date=dt.date(2025, 11, 12),
                                  caption=CAPTION, platforms=["instagram"]))
    import core.store

    def fail(*_a, **_k):
        raise {"open": core.store.StoreError, "check": RuntimeError,
               "write": BrokenPipeError}[broken]("rusak")

    target = {"open": (core.store, "open_reader"), "check": (first_check, "compute"),
              "write": (first_check, "_write_out")}[broken]
    monkeypatch.setattr(*target, fail)
    import gc

    monkeypatch.setattr(gc, "disable", lambda: None)  # the worker's, not this test process's
    assert first_check.worker_main([]) not in (0, None)
