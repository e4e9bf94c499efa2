"""The Konten page's first show (at start-up) neither reloads the rules nor checks the
post twice; coming back to the page later still does both (issue 15)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

import gui.konten.check_panel as check_panel_mod
import gui.konten.check_runner as check_runner_mod
from core import posts
from core.model import Post
from gui.konten.check_panel import CheckPanel
from gui.konten.post_editor import PostEditor


def test_first_show_reads_the_rules_once_and_checks_once(qapp_id, qtbot, store, monkeypatch):
    reloads: list[int] = []
    checks: list[int] = []
    real_check = check_runner_mod.check_post
    monkeypatch.setattr(check_panel_mod, "reload_rules", lambda: reloads.append(1))
    monkeypatch.setattr(check_runner_mod, "check_post",
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
    real_check = check_runner_mod.check_post
    monkeypatch.setattr(check_runner_mod, "check_post",
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
    findings, items, _seconds = check_runner_mod.run_check(first.request)

    assert first.findings == findings and first.checklist == items
    rules = {f.rule_id for f in findings}  # the dictionary's typo, a word list, a date
    assert {"akurasi.ejaan", "akurasi.ejaan_baku", "akurasi.hari_tanggal"} <= rules
