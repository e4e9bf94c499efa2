"""The Konten page: list, filters, create/duplicate/delete with undo, editor autosave."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from core import posts
from core.demo import fill_demo
from core.model import Post, Status


@pytest.fixture
def demo_window(store, main_window):
    fill_demo(store, 2025, 11)
    main_window.konten.reload()
    return main_window


def test_list_shows_all_posts_newest_first(demo_window):
    page = demo_window.konten
    assert page.model.rowCount() == 24
    dates = [page.model.post_at(r).activity_date for r in range(page.model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    page.sort_button.setChecked(False)
    dates = [page.model.post_at(r).activity_date for r in range(page.model.rowCount())]
    assert dates == sorted(dates)


def test_search_filters_by_text(demo_window, qtbot):
    page = demo_window.konten
    page.search.setText("pahlawan")
    qtbot.waitUntil(lambda: page.model.rowCount() < 24)
    titles = [page.model.post_at(r).title for r in range(page.model.rowCount())]
    assert titles and all("pahlawan" in (t + page.model.post_at(i).caption).lower()
                          for i, t in enumerate(titles))


def test_status_and_month_filters(demo_window, store):
    page = demo_window.konten
    page.status_filter.setCurrentIndex(page.status_filter.findData(Status.TERBIT))
    shown = [page.model.post_at(r) for r in range(page.model.rowCount())]
    assert shown and all(p.status is Status.TERBIT for p in shown)
    posts.create_post(store, Post(title="Desember", activity_date=dt.date(2025, 12, 3),
                                  status=Status.TERBIT))
    page.reload()
    page.month_filter.setCurrentIndex(page.month_filter.findData("2025-12"))
    assert page.month_filter.currentText() == "Desember 2025"
    assert [page.model.post_at(r).title for r in range(page.model.rowCount())] == ["Desember"]


def test_new_post_then_undo_removes_it(main_window, store, qtbot):
    page = main_window.konten
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert posts.count_posts(store) == 1
    assert page.editor.post() is not None
    main_window.undo_stack.undo()
    assert posts.count_posts(store) == 0
    main_window.undo_stack.redo()
    assert posts.count_posts(store) == 1


def test_delete_and_undo_restores_post(demo_window, store):
    page = demo_window.konten
    victim = page.editor.post()
    page.delete_post()
    assert posts.get_post(store, victim.id) is None
    assert page.model.row_of(victim.id) == -1
    assert page.editor.post() is not None  # the neighbour is selected
    assert "Ctrl+Z" in demo_window.statusBar().currentMessage()
    demo_window.undo_stack.undo()
    assert posts.get_post(store, victim.id) is not None
    assert page.selected_id() == victim.id


def test_delete_key_in_list_deletes(demo_window, store, qtbot):
    page = demo_window.konten
    page.list.setFocus()
    victim = page.selected_id()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert posts.get_post(store, victim) is None


def test_duplicate_creates_draft_copy(demo_window, store):
    page = demo_window.konten
    page.status_filter.setCurrentIndex(page.status_filter.findData(Status.TERBIT))
    original = page.editor.post()
    page.status_filter.setCurrentIndex(0)
    page.reload(select_id=original.id)
    page.duplicate_post()
    copies = [p for p in posts.list_posts(store) if p.title == original.title + " (salinan)"]
    assert len(copies) == 1
    assert copies[0].status is Status.DRAF
    assert copies[0].caption == original.caption


def test_editor_autosaves_after_debounce(main_window, store, qtbot):
    page = main_window.konten
    page.new_post()
    qtbot.keyClicks(page.editor.title, "Rapat koordinasi")
    assert page.editor.is_dirty()
    assert page.editor.save_state.text() == "Menyimpan…"
    qtbot.waitUntil(lambda: not page.editor.is_dirty(), timeout=3000)
    saved = posts.get_post(store, page.editor.post().id)
    assert saved.title == "Rapat koordinasi"
    assert page.editor.save_state.text() == "Semua perubahan tersimpan"
    assert page.model.post_at(page.list.currentIndex().row()).title == "Rapat koordinasi"


def test_editor_saves_every_field(main_window, store):
    page = main_window.konten
    page.new_post()
    ed = page.editor
    ed.title.setText("Judul")
    ed.title.textEdited.emit("Judul")
    ed.activity.setText("Kegiatan X")
    ed.activity.textEdited.emit("Kegiatan X")
    ed.location.setText("Aula")
    ed.location.textEdited.emit("Aula")
    ed.date.setDate(dt.date(2025, 11, 12))
    ed.category.setCurrentIndex(ed.category.findText("Imbauan"))
    ed.status.setCurrentIndex(ed.status.findText("Siap Ditinjau"))
    ed.caption.setPlainText("Keterangan 👨‍👩‍👧‍👦 עברית e\u0301 \u0007")
    ed.notes.setPlainText("Catatan")
    assert ed.flush()
    saved = posts.get_post(store, ed.post().id)
    assert (saved.title, saved.activity, saved.location) == ("Judul", "Kegiatan X", "Aula")
    assert saved.activity_date == dt.date(2025, 11, 12)
    assert str(saved.category) == "Imbauan" and saved.status is Status.SIAP_DITINJAU
    assert saved.caption == "Keterangan 👨‍👩‍👧‍👦 עברית e\u0301 \u0007"
    assert saved.notes == "Catatan"


def test_switching_posts_flushes_pending_edit(demo_window, store):
    page = demo_window.konten
    first = page.editor.post()
    page.editor.caption.setPlainText("ketikan terakhir")
    page.list.setCurrentIndex(page.model.index(3))
    assert posts.get_post(store, first.id).caption == "ketikan terakhir"


def test_paste_is_plain_text(main_window, qtbot):
    from PySide6.QtCore import QMimeData

    page = main_window.konten
    page.new_post()
    mime = QMimeData()
    mime.setHtml("<b>Tebal</b> dari Word")
    mime.setText("Tebal dari Word")
    page.editor.caption.insertFromMimeData(mime)
    assert page.editor.caption.toPlainText() == "Tebal dari Word"


def test_shortcuts_new_and_find(main_window, store, qtbot):
    page = main_window.konten
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert posts.count_posts(store) == 1
    qtbot.keyClick(page.editor.title, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    # Laporan is the fourth page since the Kalender (Ctrl+2) came after Konten
    qtbot.keyClick(page.search, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == "laporan"
