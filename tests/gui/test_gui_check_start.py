"""The Konten page's first show (at start-up) neither reloads the rules nor checks the
post twice; coming back to the page later still does both (issue 15)."""

from __future__ import annotations

import datetime as dt
import pickle
import threading
from dataclasses import replace

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

import core.check_request as check_request_mod
import gui.konten.check_panel as check_panel_mod
from core import first_check, posts
from core.model import Post
from gui.konten.check_panel import CheckPanel
from gui.konten.post_editor import PostEditor


def test_first_show_reads_the_rules_once_and_checks_once(qapp_id, qtbot, store, monkeypatch):
    reloads: list[int] = []
    checks: list[int] = []
    real_check = check_request_mod.check_post
    monkeypatch.setattr(check_panel_mod, "reload_rules", lambda: reloads.append(1))
    monkeypatch.setattr(check_request_mod, "check_post",
                        lambda *a, **kw: checks.append(1) or real_check(*a, **kw))
    post = posts.create_post(store, Post(
        title="Rapat Koordinasi", activity_date=dt.date(2025, 11, 12),
        caption="Diskominfo Kota Cimahi menggelar rapat koordinasi.", platforms=["instagram"]))
    host = QWidget()
    qtbot.addWidget(host)
    editor = PostEditor(store, host)
    panel = CheckPanel(store, editor, QUndoStack(host))
    editor.set_post(post)  # as the Konten page at start-up: the post, then the first show
    host.show()
    qtbot.waitUntil(panel.runner.is_current, timeout=5000)
    assert reloads == [] and checks == [1]

    host.hide()  # another page, e.g. Pengaturan
    host.show()  # back on Konten: the rules may have changed
    qtbot.waitUntil(panel.runner.is_current, timeout=5000)
    assert reloads == [1] and checks == [1, 1]
    editor.flush()
    panel.runner.wait()



def test_the_page_layout_hiding_the_editor_does_not_check_again(store, monkeypatch, request,
                                                                qtbot):
    """The Konten page hides and shows its editor side for its own layout (the narrow
    layout, the reflow at start-up): no rule changed, so no second check; leaving the
    page and coming back still checks again."""
    checks: list[int] = []
    real_check = check_request_mod.check_post
    monkeypatch.setattr(check_request_mod, "check_post",
                        lambda *a, **kw: checks.append(1) or real_check(*a, **kw))
    posts.create_post(store, Post(
        title="Rapat Koordinasi", activity_date=dt.date(2025, 11, 12),
        caption="Diskominfo Kota Cimahi menggelar rapat koordinasi.", platforms=["instagram"]))
    window = request.getfixturevalue("main_window")
    panel = window.konten.checks
    qtbot.waitUntil(lambda: panel.editor.post() is not None and panel.runner.is_current(),
                    timeout=5000)
    assert checks == [1]

    window.konten.right.hide()  # the page's own layout
    window.konten.right.show()
    qtbot.wait(10)
    assert panel.runner.is_current() and checks == [1]

    window.show_page("kalender")  # another page, then back on Konten
    window.show_page("konten")
    qtbot.waitUntil(panel.runner.is_current, timeout=5000)
    assert checks == [1, 1]


def test_the_first_check_at_start_shows_what_a_full_check_finds(store, request, qtbot):
    """The check run while the page opens (dictionary still loading in the background)
    reports exactly what a full check of the same post reports later: no rule, spelling
    included, is skipped to show a result sooner."""
    posts.create_post(store, Post(
        title="Rapat koordinasi", activity_date=dt.date(2025, 11, 12),
        caption="Pemkot Cimahi mengadakan kegitan himbauan pada hari Selasa, 12 November "
                "2025 di gedung DPRD. Info: www.cimahikota.go.id #CimahiKota",
        platforms=["instagram", "facebook"]))
    window = request.getfixturevalue("main_window")
    runner = window.konten.checks.runner
    qtbot.waitUntil(lambda: runner.is_current(), timeout=10000)
    first = runner.last_result()
    findings, items, _seconds = check_request_mod.run_check(first.request)

    assert first.findings == findings and first.checklist == items
    rules = {f.rule_id for f in findings}  # the dictionary's typo, a word list, a date
    assert {"akurasi.ejaan", "akurasi.ejaan_baku", "akurasi.hari_tanggal"} <= rules


# ---- the first check worked out by the process main.py starts (core/first_check.py) ------

class FakeProcess:
    """Stands in for the worker process: ends with `out` and `code`, once `gate` is set."""

    def __init__(self, out: bytes, code: int = 0, gate: threading.Event | None = None):
        self.out, self.returncode, self.gate = out, None, gate
        self._code = code

    def communicate(self, timeout=None):
        if self.gate is not None:
            self.gate.wait(timeout)
        self.returncode = self._code
        return self.out, b""

    def kill(self):
        self.returncode = -9


TYPO_CAPTION = ("Pemkot Cimahi mengadakan kegitan himbauan pada hari Selasa, 12 November 2025 "
                "di gedung DPRD. Info: www.cimahikota.go.id #CimahiKota")


def _post_with_typos(store):
    return posts.create_post(store, Post(
        title="Rapat koordinasi", activity_date=dt.date(2025, 11, 12), caption=TYPO_CAPTION,
        platforms=["instagram", "facebook"]))


def _count_checks(monkeypatch) -> list[int]:
    checks: list[int] = []
    real_check = check_request_mod.check_post
    monkeypatch.setattr(check_request_mod, "check_post",
                        lambda *a, **kw: checks.append(1) or real_check(*a, **kw))
    return checks


def _opened(request, qtbot):
    """The main window opened and its Konten page's first check shown: (window, runner)."""
    window = request.getfixturevalue("main_window")
    runner = window.konten.checks.runner
    qtbot.waitUntil(runner.is_current, timeout=10000)
    return window, runner


def _started(monkeypatch, process: FakeProcess) -> first_check.FirstCheck:
    started = first_check.FirstCheck(process)  # type: ignore[arg-type]
    monkeypatch.setattr(first_check, "_started", started)
    return started


def test_the_workers_first_check_is_shown_without_checking_here(store, request, qtbot,
                                                                monkeypatch):
    """The page opens on the post the worker checked: its findings are shown as they
    are (no check in the GUI's process) and equal a full check of the same post."""
    post = _post_with_typos(store)
    answer = first_check.compute(store)  # what `main.py --check-worker` sends
    assert answer is not None and answer[0].post.id == post.id
    _started(monkeypatch, FakeProcess(pickle.dumps(answer)))
    checks = _count_checks(monkeypatch)

    window, runner = _opened(request, qtbot)
    first = runner.last_result()
    assert checks == []  # the worker's answer fit the page's own request
    assert first.request == answer[0]
    findings, items, _seconds = check_request_mod.run_check(first.request)
    assert first.findings == findings and first.checklist == items
    assert "akurasi.ejaan" in {f.rule_id for f in window.konten.checks.shown_findings()}
    assert first_check.claim() is None  # handed out once


def test_a_worker_answering_late_is_still_used(store, request, qtbot, monkeypatch):
    from gui.konten.check_runner import ChildAnswer

    _post_with_typos(store)
    answer = first_check.compute(store)
    gate = threading.Event()
    _started(monkeypatch, FakeProcess(pickle.dumps(answer), gate=gate))
    monkeypatch.setattr(ChildAnswer, "WAIT_MS", 60_000)  # within the time it is given
    checks = _count_checks(monkeypatch)

    window = request.getfixturevalue("main_window")
    runner = window.konten.checks.runner
    qtbot.wait(50)
    assert not runner.is_idle() and runner.last_result() is None  # waiting for it
    gate.set()  # the worker ends now
    qtbot.waitUntil(runner.is_current, timeout=10000)
    assert checks == [] and runner.last_result().request == answer[0]


def test_a_failed_worker_means_checking_here(store, request, qtbot, monkeypatch):
    _post_with_typos(store)
    _started(monkeypatch, FakeProcess(b"", code=2))
    checks = _count_checks(monkeypatch)

    window, runner = _opened(request, qtbot)
    first = runner.last_result()
    assert checks == [1]
    findings, items, _seconds = check_request_mod.run_check(first.request)
    assert first.findings == findings and first.checklist == items
    assert "akurasi.ejaan" in {f.rule_id for f in first.findings}


def test_a_worker_that_checked_an_older_text_is_not_used(store, request, qtbot, monkeypatch):
    """The post changed after the worker read it (or the page opened another one): its
    findings would be for text no longer shown, so the page checks by itself."""
    post = _post_with_typos(store)
    answer = first_check.compute(store)
    posts.update_post(store, replace(post, caption="Rapat koordinasi di Cimahi. #CimahiKota"))
    _started(monkeypatch, FakeProcess(pickle.dumps(answer)))
    checks = _count_checks(monkeypatch)

    window, runner = _opened(request, qtbot)
    first = runner.last_result()
    assert checks == [1]
    assert first.request.post.caption == "Rapat koordinasi di Cimahi. #CimahiKota"
    assert "akurasi.ejaan" not in {f.rule_id for f in first.findings}


def test_a_slow_worker_races_a_check_here_and_is_stopped_when_it_loses(
        store, request, qtbot, monkeypatch):
    """A busy PC leaves the (lower-priority) worker no time: ChildAnswer.WAIT_MS after
    the page asked, the page checks by itself; that check is shown and the worker stopped."""
    from gui.konten.check_runner import ChildAnswer

    _post_with_typos(store)
    answer = first_check.compute(store)
    gate = threading.Event()
    process = FakeProcess(pickle.dumps(answer), gate=gate)
    _started(monkeypatch, process)
    monkeypatch.setattr(ChildAnswer, "WAIT_MS", 20)
    checks = _count_checks(monkeypatch)

    window, runner = _opened(request, qtbot)
    assert checks == [1] and process.returncode == -9  # checked here, worker stopped
    first = runner.last_result()
    gate.set()  # the stopped worker's answer: nothing changes
    qtbot.wait(50)
    assert runner.last_result() is first


def test_a_slow_worker_that_ends_first_is_shown(store, request, qtbot, monkeypatch):
    """The check here started (the worker was slow) but the worker ends first: its
    findings are shown; the check here goes on as the warm-up, its result dropped."""
    from gui.konten.check_runner import ChildAnswer

    _post_with_typos(store)
    answer = first_check.compute(store)
    gate = threading.Event()
    _started(monkeypatch, FakeProcess(pickle.dumps(answer), gate=gate))
    monkeypatch.setattr(ChildAnswer, "WAIT_MS", 20)
    here_started, here_go = threading.Event(), threading.Event()
    real_check = check_request_mod.check_post

    def slow_check(*args, **kwargs):
        here_started.set()
        here_go.wait(10)  # the check here takes its time
        return real_check(*args, **kwargs)

    monkeypatch.setattr(check_request_mod, "check_post", slow_check)
    window = request.getfixturevalue("main_window")
    runner = window.konten.checks.runner
    qtbot.waitUntil(here_started.is_set, timeout=10000)
    gate.set()  # now the worker ends, first
    qtbot.waitUntil(runner.is_current, timeout=10000)
    shown = runner.last_result()
    assert shown.request == answer[0] and shown.findings == answer[1]
    here_go.set()
    assert runner.wait(10000)
    qtbot.wait(50)
    assert runner.last_result() is shown and runner.is_current()
