"""The Konten list with years of data: the same rows in the same order as list_posts,
but only the posts on screen read (at start, and as the PIC scrolls)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core import post_listing, posts
from core.demo import fill_demo_years
from core.model import Status
from core.posts import PostFilter
from widgets.post_list import PostListModel

FILTERS = [
    PostFilter(), PostFilter(newest_first=False), PostFilter(search="rapat"),
    PostFilter(status=Status.TERBIT), PostFilter(status=Status.DRAF, search="a",
                                                 newest_first=False),
]


@pytest.fixture
def years(store, main_window):
    fill_demo_years(store, posts_wanted=700, years=1, end=(2026, 10))
    page = main_window.konten
    page.reload()
    return page


def _all_ids(model: PostListModel) -> list[int]:
    return [model.post_at(r).id for r in range(model.rowCount())]


def _apply(page, flt: PostFilter) -> None:
    page.search.blockSignals(True)
    page.search.setText(flt.search)
    page.search.blockSignals(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData(flt.status)
                                       if flt.status else 0)
    page.sort_button.setChecked(flt.newest_first)
    page.reload()


@pytest.mark.parametrize("flt", FILTERS)
def test_same_rows_in_the_same_order_as_list_posts(years, store, flt):
    _apply(years, flt)
    assert _all_ids(years.model) == [p.id for p in posts.list_posts(store, flt)]
    assert years.count_label.text().startswith(f"{years.model.total()} ")


def test_start_reads_only_the_first_screen(years, qtbot):
    model = years.model
    qtbot.wait(50)  # painted
    assert model.rowCount() == model.total() == posts.count_posts(years.store) == 700
    assert 0 < model.loaded <= PostListModel.BLOCK
    assert len(post_listing.listing(years.store).rows) <= PostListModel.BLOCK


def test_scrolling_reads_the_rows_shown_not_those_between(years, qtbot):
    qtbot.wait(50)
    before = years.model.loaded
    years.list.scrollToBottom()
    qtbot.waitUntil(lambda: years.model.loaded > before)
    qtbot.wait(50)
    assert years.model.loaded <= before + 2 * PostListModel.BLOCK
    years.list.setFocus()
    qtbot.keyClick(years.list, Qt.Key.Key_End)
    last = years.model.rowCount() - 1
    assert years.list.currentIndex().row() == last
    assert years.editor.post().id == years.model.post_at(last).id


def test_keyboard_moves_the_selection_and_the_editor(years, qtbot):
    years.list.setFocus()
    first = years.selected_id()
    qtbot.keyClick(years.list, Qt.Key.Key_Down)
    assert years.selected_id() != first
    assert years.editor.post().id == years.selected_id()


def test_an_old_post_far_down_the_list_opens(years, store):
    oldest = posts.list_posts(store, PostFilter(newest_first=False))[0]
    years.open_post(oldest.id)
    assert years.selected_id() == oldest.id
    assert years.editor.post().id == oldest.id
    assert years.model.row_of(oldest.id) == years.model.rowCount() - 1


def test_while_searching_the_editor_follows_the_list(years, qtbot):
    years.editor.flush()
    before = years.editor.post().id
    years.search.setText("zzz")  # nothing matches: the editor empties at once
    qtbot.waitUntil(lambda: years.model.total() == 0)
    assert years.editor.post() is None
    years.search.setText("rapat")
    qtbot.waitUntil(lambda: years.model.total() > 0)
    qtbot.waitUntil(lambda: years.editor.post() is not None)
    assert years.editor.post().id == years.selected_id()
    assert before is not None


def test_delete_right_after_a_search_deletes_the_selected_post(years, store):
    other = next(p for p in posts.list_posts(store) if "rapat" not in
                 f"{p.title} {p.activity} {p.location} {p.caption}".casefold())
    years.open_post(other.id)
    years.search.blockSignals(True)
    years.search.setText("rapat")
    years.search.blockSignals(False)
    years.search_changed()  # the selection moved; the editor follows a moment later
    selected = years.selected_id()
    assert selected != other.id and years.editor.post().id == other.id
    years.delete_post()
    assert posts.get_post(store, selected) is None
    assert posts.get_post(store, other.id) is not None


def test_the_search_text_is_read_when_the_pic_goes_to_search(years):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    assert not post_listing.search_ready(years.store)  # not at start-up
    QApplication.sendEvent(years.search, QFocusEvent(QEvent.Type.FocusIn))
    assert post_listing.search_ready(years.store)
