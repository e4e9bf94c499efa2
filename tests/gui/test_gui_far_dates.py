"""The GUI starts and every page works with any date already stored (issue 16 item 2)."""

from __future__ import annotations

import datetime as dt

from core import posts
from core.date_range import MAX_DATE, MIN_DATE
from core.model import Post, Status


def _stored(store, title: str, value: str) -> int:
    post = posts.create_post(store, Post(title=title, activity_date=dt.date(2025, 1, 1),
                                         status=Status.TERBIT))
    store.execute("UPDATE posts SET activity_date = ? WHERE id = ?", (value, post.id))
    return post.id


def test_main_window_opens_with_a_published_post_dated_9999(qapp_id, qtbot, store):
    from gui.main_window import PAGES, MainWindow

    far = _stored(store, "Tahun jauh", "9999-12-01")
    _stored(store, "Tanggal rusak", "20x5-13-99")
    window = MainWindow(store)  # raised "year 10000 is out of range" in Laporan's months
    qtbot.addWidget(window)
    window.show()
    for page in PAGES:
        window.show_page(page)
    assert window.laporan.period() == (dt.date(9999, 12, 1), dt.date(9999, 12, 31))
    window.show_page("konten")
    window.konten.reload(select_id=far)
    editor = window.konten.editor
    assert editor.date.maximumDate().toPython() == MAX_DATE
    assert editor.date.minimumDate().toPython() == MIN_DATE
    assert editor.date.date().toPython() == MAX_DATE  # shown at the bound, not wrapped
    editor.flush()
