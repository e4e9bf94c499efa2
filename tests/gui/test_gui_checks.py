"""Cek Sebelum Unggah in the post editor: underlines, findings panel, fixes, ignore,
glossary, checklist ticks, tone profile, and the reason asked before review."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QUndoStack

from core import check_records, posts, settings
from core.checks.finding import Target
from core.model import Post, Profile, Status
from core.profile import save_profile
from core.report import build_report
from gui.konten.check_panel import CheckPanel
from gui.konten.override_dialog import OverrideDialog
from tests.gui.editor_host import editor_in_host
from widgets.caption_editor import SEVERITY_COLORS
from widgets.findings_panel import row_of
from widgets.text_positions import PositionMap

T = Target.parse  # the stored text form reads as the typed target

CAPTION = ("🎉🇮🇩 Walikota Cimahi meresmikan Mal Pelayanan Publik (MPP) pada Senin "
           "(12/11/2025). Warga ikut ngaronda setiap malam.")


@pytest.fixture
def checks(qapp_id, qtbot, store, warm_dictionary):
    save_profile(store, Profile(pic_name="Rina Marlina", pic_nip="199001012015032001",
                                dept_name="Dinas Komunikasi dan Informatika",
                                dept_short="Diskominfo", city="Cimahi"))
    post = posts.create_post(store, Post(
        title="Peresmian Mal Pelayanan Publik", activity_date=dt.date(2025, 11, 12),
        caption=CAPTION, hashtags="#Cimahi #CimahiMaju", platforms=["instagram", "x"]))
    host, editor = editor_in_host(qtbot, store, 1100)
    undo = QUndoStack(host)
    panel = CheckPanel(store, editor, undo)
    host.show()
    editor.set_post(post)
    wait_checked(panel, qtbot)
    panel.undo = undo
    yield panel
    editor.flush()
    panel.runner.wait()
    panel.suggestions.wait()


def wait_checked(panel: CheckPanel, qtbot) -> None:
    qtbot.waitUntil(lambda: panel.runner.is_current(), timeout=5000)


def mark_of(editor, rule_id: str):
    return next(m for m in editor.marks() if m.data.rule_id == rule_id)


def menu_at(editor, mark):
    """The editor's context menu opened over `mark` (as a right-click would)."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(PositionMap(editor.text()).to_qt(mark.start + 1))
    return editor.context_menu_for(editor.cursorRect(cursor).center())


def action(menu, name: str, data: str | None = None):
    return next((a for a in menu.actions() if a.objectName() == name
                 and (data is None or a.data() == data)), None)


def test_underline_lands_on_the_word_after_emoji(checks) -> None:
    caption = checks.editor.caption
    mark = mark_of(caption, "akurasi.ejaan_baku")
    assert caption.text()[mark.start:mark.end] == "Walikota"
    # 🎉 and the two regional indicators of 🇮🇩 take two UTF-16 units each
    selection = next(s for s in caption.extraSelections()
                     if s.cursor.selectedText() == "Walikota")
    assert selection.cursor.selectionStart() == CAPTION.index("Walikota") + 3
    assert selection.format.underlineColor().name().upper() == SEVERITY_COLORS["warning"]
    day = next(s for s in caption.extraSelections() if s.cursor.selectedText() == "Senin")
    assert day.format.underlineColor().name().upper() == SEVERITY_COLORS["error"]
    assert "Wali Kota" in mark.tooltip  # message and suggestion in the tooltip


def test_panel_groups_by_category_and_summary_chip(checks) -> None:
    rows = checks.findings.rows()
    walikota = next(r for r in rows if r.finding.matched == "Walikota")
    assert walikota.category == "Akurasi"
    assert walikota.targets[0] == T("caption") and T("variant:instagram") in walikota.targets
    assert "galat" in checks.findings.summary_text()
    assert checks.chip.counts["error"] == 1  # one wrong day, not one per platform
    model = checks.findings.model
    heads = [model.item(r).text() for r in range(model.rowCount())]
    assert heads[0].startswith("Akurasi")


def test_clicking_a_row_selects_the_text(checks, qtbot) -> None:
    view = checks.findings.view
    index = next(i for i in checks.findings._items()
                 if row_of(i).finding.matched == "Walikota")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert checks.editor.caption.textCursor().selectedText() == "Walikota"


def test_jump_to_a_platform_version_switches_its_tab(checks) -> None:
    finding = next(f for f in checks.shown_findings()
                   if f.target == T("variant:x") and f.matched == "Walikota")
    checks.jump_to(finding)
    assert checks.editor.current_platform() == "x"
    x_editor = checks.editor.variants.tabs_by_platform["x"].editor
    assert x_editor.textCursor().selectedText() == "Walikota"
    assert any(m.data == finding for m in x_editor.marks())  # underlined there too


def test_f8_walks_the_findings(checks) -> None:
    checks.next_action.trigger()
    first = row_of(checks.findings.view.currentIndex())
    checks.next_action.trigger()
    second = row_of(checks.findings.view.currentIndex())
    assert first != second
    checks.previous_action.trigger()
    assert row_of(checks.findings.view.currentIndex()) == first


def test_replace_with_suggestion_is_one_undoable_edit(checks, qtbot) -> None:
    caption = checks.editor.caption
    menu = menu_at(caption, mark_of(caption, "akurasi.ejaan_baku"))
    fix = action(menu, "replace_with", "Wali Kota")
    assert fix is not None and "Wali Kota" in fix.text()
    fix.trigger()
    assert caption.text().startswith("🎉🇮🇩 Wali Kota Cimahi")
    wait_checked(checks, qtbot)
    assert not any(f.matched == "Walikota" for f in checks.shown_findings())
    caption.undo()
    assert caption.text() == CAPTION


def test_day_fix_from_a_version_goes_to_the_main_caption(checks) -> None:
    finding = next(f for f in checks.shown_findings()
                   if f.target == T("variant:x") and f.rule_id == "akurasi.hari_tanggal")
    checks.jump_to(finding)
    x_editor = checks.editor.variants.tabs_by_platform["x"].editor
    menu = menu_at(x_editor, next(m for m in x_editor.marks() if m.data == finding))
    action(menu, "replace_with", "Rabu").trigger()
    assert "pada Rabu (12/11/2025)" in checks.editor.caption.text()
    assert not checks.editor.variants.variant("x").edited  # the version still follows


def test_spelling_suggestions_come_from_a_worker(checks, qtbot) -> None:
    caption = checks.editor.caption
    menu = menu_at(caption, mark_of(caption, "akurasi.ejaan"))
    assert action(menu, "suggestions_waiting") is not None  # "Mencari saran…" at once
    with qtbot.waitSignal(checks.suggestions.ready, timeout=10000):
        pass
    replacements = [a.data() for a in menu.actions() if a.objectName() == "replace_with"]
    assert action(menu, "suggestions_waiting") is None
    assert "garong" in replacements  # the dictionary's nearest words, filled in place
    assert action(menu, "add_to_glossary") is not None


def test_ignore_hides_persists_and_undoes(checks, qtbot, store) -> None:
    caption = checks.editor.caption
    mark = mark_of(caption, "akurasi.ejaan_baku")
    action(menu_at(caption, mark), "ignore_finding").trigger()
    assert not any(m.data.key == mark.data.key for m in caption.marks())  # at once
    assert mark.data.key in check_records.ignored_keys(store, checks._post_id)
    wait_checked(checks, qtbot)
    assert not any(f.key == mark.data.key for f in checks.shown_findings())
    assert checks.findings.ignored_button.isVisibleTo(checks)
    # opening the post again keeps it hidden
    checks.editor.set_post(posts.get_post(store, checks._post_id))
    wait_checked(checks, qtbot)
    assert not any(f.key == mark.data.key for f in checks.shown_findings())
    checks.undo.undo()
    wait_checked(checks, qtbot)
    assert any(f.key == mark.data.key for f in checks.shown_findings())


def test_add_to_glossary_stops_the_spelling_finding(checks, qtbot) -> None:
    caption = checks.editor.caption
    menu = menu_at(caption, mark_of(caption, "akurasi.ejaan"))
    action(menu, "add_to_glossary").trigger()
    wait_checked(checks, qtbot)
    assert not any(f.matched == "ngaronda" for f in checks.shown_findings())


def test_tick_is_stored_with_name_and_time(checks, store) -> None:
    item = checks.checklist.items()[0]
    checks.checklist.boxes[item.id].click()
    tick = check_records.list_ticks(store, checks._post_id)[item.id]
    assert tick.ticked_by == "Rina Marlina"
    assert abs((dt.datetime.now() - tick.ticked_at).total_seconds()) < 120
    stamp = checks.checklist.stamp_text(item.id)
    assert "Rina Marlina" in stamp and tick.ticked_at.strftime("%d/%m/%Y %H.%M") in stamp
    checks.checklist.boxes[item.id].click()
    assert item.id not in check_records.list_ticks(store, checks._post_id)


def test_tone_profile_is_a_setting_that_changes_the_findings(checks, qtbot, store) -> None:
    caption = checks.editor.caption
    caption.setPlainText(CAPTION + " Gak perlu antre.")
    wait_checked(checks, qtbot)
    assert any(f.rule_id == "nada.tidak_baku" for f in checks.shown_findings())
    checks.findings.profile.setCurrentIndex(checks.findings.profile.findData("santai"))
    wait_checked(checks, qtbot)
    assert settings.get(store, "tone_profile") == "santai"
    assert not any(f.rule_id == "nada.tidak_baku" for f in checks.shown_findings())


def test_review_with_errors_asks_a_reason_and_the_report_shows_it(checks, qtbot, store,
                                                                   monkeypatch) -> None:
    editor = checks.editor
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(lambda cls, *a, **k: ("", False)))
    editor.status.setCurrentIndex(editor.status.findData(Status.SIAP_DITINJAU))
    assert editor.status.currentData() == Status.DRAF  # refused: old status kept
    assert check_records.list_overrides(store, checks._post_id) == []

    asked = []

    def ask(cls, errors, status, parent=None):
        asked.append((errors, status))
        return "Tanggal sudah dikonfirmasi panitia lewat telepon.", True

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(ask))
    editor.status.setCurrentIndex(editor.status.findData(Status.SIAP_DITINJAU))
    assert editor.status.currentData() == Status.SIAP_DITINJAU
    assert asked[0][1] == "Siap Ditinjau"
    assert [f.rule_id for f in asked[0][0]] == ["akurasi.hari_tanggal"]
    override = check_records.list_overrides(store, checks._post_id)[0]
    assert override.decided_by == "Rina Marlina"
    for item_id in checks.checklist.boxes:  # Terbit also wants the checklist ticked
        check_records.tick(store, checks._post_id, item_id, "Rina Marlina")
    editor.status.setCurrentIndex(editor.status.findData(Status.TERBIT))
    assert len(asked) == 1  # the same errors were already explained
    assert editor.flush()
    assert posts.get_post(store, checks._post_id).review_reason == override.reason

    data = build_report(store, dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    row = next(c for c in data.compliance if c.post_id == checks._post_id)
    assert row.reasons == ["Tanggal sudah dikonfirmasi panitia lewat telepon."]
    assert any("Rabu, bukan Senin" in e for e in row.errors)


def test_override_dialog_wants_a_real_reason(qapp_id, qtbot, checks) -> None:
    errors = [f for f in checks.shown_findings() if f.severity == "error"]
    dialog = OverrideDialog(errors, "Siap Ditinjau")
    qtbot.addWidget(dialog)
    assert not dialog.move_button.isEnabled()
    dialog.reason.setPlainText("Sudah dicek ke Bagian Prokopim.")
    assert dialog.move_button.isEnabled()
    assert dialog.errors.count() == len(errors)


def test_typing_waits_for_a_pause_and_stale_results_are_dropped(checks, qtbot) -> None:
    runner = checks.runner
    results = []
    runner.finished.connect(results.append)
    checks.editor.caption.insertPlainText("Kalimat tambahan ")
    checks.editor.caption.insertPlainText("sebelum jeda.")
    assert not runner.is_idle() and results == []  # waiting for the pause
    wait_checked(checks, qtbot)
    assert len(results) == 1
    assert results[0].request.post.caption == checks.editor.caption.text()

    results.clear()
    runner.run_now()  # a check starts ...
    runner.schedule()  # ... and the text changes before it ends
    stale = runner.generation() - 1
    wait_checked(checks, qtbot)
    assert all(r.generation != stale for r in results)
    assert results and results[-1].generation == runner.generation()


def test_photos_of_the_post_are_checked_and_named(checks, qtbot, store) -> None:
    cur = store.execute(
        "INSERT INTO photos(sha256, original_name, ext, size_bytes, width, height, "
        "contains_minors, imported_at) VALUES (?, 'posyandu.jpg', 'jpg', 10, 400, 300, 1, "
        "'2025-11-12T08:00:00')", ("a" * 64,))
    store.execute("INSERT INTO post_photos(post_id, photo_id, position) VALUES (?, ?, 0)",
                  (checks._post_id, cur.lastrowid))
    checks.runner.run_now()
    wait_checked(checks, qtbot)
    photo_rows = [r for r in checks.findings.rows()
                  if any(t == T(f"photo:{cur.lastrowid}") for t in r.targets)]
    assert photo_rows  # missing alt text at least
    assert "Foto posyandu.jpg" in checks.findings.where_text(photo_rows[0])
    assert "izin_foto_anak" in {i.id for i in checks.checklist.items()}


def test_unticked_checklist_asks_to_continue_and_the_report_shows_it(checks, store,
                                                                      monkeypatch) -> None:
    from gui.konten.override_dialog import ChecklistGateDialog

    editor = checks.editor
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, errors, status, parent=None: ("Tanggal dikonfirmasi panitia.", True)))
    editor.status.setCurrentIndex(editor.status.findData(Status.SIAP_DITINJAU))
    assert editor.status.currentData() == Status.SIAP_DITINJAU  # no checklist gate yet

    asked = []

    def refuse(cls, items, status, parent=None):
        asked.append(([i.label for i in items], status))
        return "", False

    monkeypatch.setattr(ChecklistGateDialog, "ask", classmethod(refuse))
    editor.status.setCurrentIndex(editor.status.findData(Status.DISETUJUI))
    assert editor.status.currentData() == Status.SIAP_DITINJAU  # refused: old status kept
    labels, status = asked[0]
    assert status == "Disetujui" and "Sudah disetujui atasan sebelum diunggah" in labels
    assert [o for o in check_records.list_overrides(store, checks._post_id)
            if o.errors and o.errors[0].get("kind") == "checklist"] == []

    monkeypatch.setattr(ChecklistGateDialog, "ask", classmethod(
        lambda cls, items, status, parent=None: ("Atasan menyetujui lewat telepon.", True)))
    editor.status.setCurrentIndex(editor.status.findData(Status.DISETUJUI))
    assert editor.status.currentData() == Status.DISETUJUI
    last = check_records.list_overrides(store, checks._post_id)[-1]
    assert last.reason == "Atasan menyetujui lewat telepon."
    assert last.decided_by == "Rina Marlina" and last.decided_at is not None
    assert [e["message"] for e in last.errors] == labels
    monkeypatch.setattr(ChecklistGateDialog, "ask", classmethod(
        lambda cls, *a, **k: pytest.fail("the same items were already confirmed")))
    editor.status.setCurrentIndex(editor.status.findData(Status.TERBIT))
    assert editor.flush()
    assert posts.get_post(store, checks._post_id).status is Status.TERBIT
    assert posts.get_post(store, checks._post_id).review_reason == \
        "Tanggal dikonfirmasi panitia."  # review_reason stays the errors' reason

    data = build_report(store, dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    row = next(c for c in data.compliance if c.post_id == checks._post_id)
    assert row.unticked == labels and row.overridden
    assert "Atasan menyetujui lewat telepon." in row.reasons
    assert any(s.startswith("Belum dicentang: ") for s in row.skipped)


def test_checklist_gate_dialog_lists_items_and_wants_a_reason(qapp_id, qtbot, checks) -> None:
    from core.checks import applicable_items
    from gui.konten.override_dialog import ChecklistGateDialog

    items = applicable_items(checks.editor.current_post())
    dialog = ChecklistGateDialog(items, "Terbit")
    qtbot.addWidget(dialog)
    assert dialog.errors.count() == len(items)
    assert dialog.move_button.text() == "Tetap lanjutkan"
    assert not dialog.move_button.isEnabled()
    dialog.reason.setPlainText("Atasan menyetujui lewat telepon.")
    assert dialog.move_button.isEnabled()


def test_background_warm_up_also_builds_the_link_regexes(qapp_id, warta_home, monkeypatch):
    """The start-up warm-up builds the link finder's regexes too (and caches them on
    disk): the first post with a link the PIC opens does not wait ~100-300 ms for them."""
    from core.captions import urls
    from gui.konten import check_runner

    urls._extract_re.cache_clear()
    urls._ascii_domain_re.cache_clear()
    monkeypatch.setattr(check_runner, "_warm_task", None)
    task = check_runner.warm_up_in_background()
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(60_000)
    assert task is check_runner._warm_task
    assert urls._extract_re.cache_info().currsize == 1
    assert urls._ascii_domain_re.cache_info().currsize == 1
    assert list((warta_home / "cache" / "regex").glob("urls_*.marshal"))


def test_background_warm_up_saves_the_dataclass_code(qapp_id, warta_home, monkeypatch):
    """Once the page has settled, the warm-up writes the code of the dataclasses made so
    far (core/dataclass_cache.py), so the next start compiles none of them."""
    from core import dataclass_cache
    from gui.konten import check_runner

    monkeypatch.setattr(dataclass_cache, "_stored", set())
    monkeypatch.setattr(dataclass_cache, "_scope", ["gui"])
    monkeypatch.setattr(dataclass_cache, "_codes", {"def f():\n pass": compile(
        "def f():\n pass", "<string>", "exec", dont_inherit=True)})
    monkeypatch.setattr(check_runner, "_warm_task", None)
    check_runner.warm_up_in_background()
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(60_000)
    assert (warta_home / "cache" / dataclass_cache.FOLDER
            / dataclass_cache.file_name("gui")).is_file()


def test_the_gui_warm_up_makes_the_forms_file(warta_home, monkeypatch):
    """The GUI's first check is the worker's or a spylls one; the file is made by the
    warm-up that runs once the Konten page has settled."""
    from core.checks import spelling, spelling_cache
    from gui.konten import check_runner

    monkeypatch.setattr(spelling, "_speller", None)
    assert check_runner._warm()
    assert spelling_cache.forms_file(spelling.dictionary_base()).is_file()
    assert spelling.speller()._forms is not None


def test_the_end_of_the_event_loop_stops_the_forms_file(monkeypatch):
    import threading

    from core.checks import spelling
    from gui.app import stop_background_work

    monkeypatch.setattr(spelling, "_stop_forms", threading.Event())
    stop_background_work()
    assert spelling._stop_forms.is_set()
