"""The Cek tab builds its findings list and checklist when it is first shown: until then
the check still runs, the summary chip and the underlines show its result, and the tab
shows that result (and later ones) once opened."""

from __future__ import annotations

import datetime as dt

import pytest

from core import posts
from core.model import Post
from gui.konten.check_panel import CheckPanel
from tests.gui.editor_host import editor_in_host
from widgets.checklist_panel import ChecklistPanel
from widgets.findings_panel import FindingsPanel, row_of

CAPTION = ("Walikota Cimahi meresmikan Mal Pelayanan Publik (MPP) pada Senin "
           "(12/11/2025). Warga ikut ngaronda setiap malam.")


@pytest.fixture
def panel(qapp_id, qtbot, store, warm_dictionary):
    post = posts.create_post(store, Post(
        title="Peresmian MPP", activity_date=dt.date(2025, 11, 12), caption=CAPTION,
        hashtags="#Cimahi", platforms=["instagram", "x"]))
    host, editor = editor_in_host(qtbot, store, 1100)
    panel = CheckPanel(store, editor)
    host.show()
    editor.set_post(post)
    qtbot.waitUntil(lambda: panel.runner.is_current() and bool(panel.shown_findings()),
                    timeout=5000)
    yield panel
    editor.flush()
    panel.runner.wait()
    panel.suggestions.wait()


def rule_ids_listed(findings: FindingsPanel) -> set[str]:
    model = findings.model
    ids = set()
    for r in range(model.rowCount()):
        head = model.index(r, 0)
        for c in range(model.rowCount(head)):
            row = row_of(model.index(c, 0, head))
            if row is not None:
                ids.add(row.finding.rule_id)
    return ids


def test_the_check_runs_and_marks_before_the_tab_is_built(panel):
    assert not panel.views_built()
    assert not panel.findChildren(FindingsPanel) and not panel.findChildren(ChecklistPanel)
    assert panel.shown_findings()
    assert panel.editor.caption.marks()  # underlines in the caption
    assert panel.chip.text()  # the summary chip in the caption's header


def test_the_tab_shows_the_findings_when_first_shown(panel, qtbot):
    shown = {f.rule_id for f in panel.shown_findings()}
    panel.editor.side_tabs.setCurrentWidget(panel)
    assert panel.views_built()
    findings = panel.findChildren(FindingsPanel)[0]
    assert findings is panel.findings and findings.isVisible()
    assert rule_ids_listed(findings) == shown
    assert not findings.state.isVisibleTo(findings)  # no "Checking…" left over
    assert findings.current_profile() == panel.profile
    assert panel.checklist.items()  # the checklist is filled too
    # a later check shows in the built tab
    panel.editor.caption.setPlainText("Teks baru tanpa masalah ejaan apa pun.")
    qtbot.waitUntil(lambda: panel.runner.is_current()
                    and rule_ids_listed(findings) == {f.rule_id for f in
                                                      panel.shown_findings()},
                    timeout=5000)


def test_reading_the_findings_builds_them_with_the_same_content(panel):
    shown = {f.rule_id for f in panel.shown_findings()}
    assert rule_ids_listed(panel.findings) == shown
    assert panel.views_built()
