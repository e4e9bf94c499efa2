"""The reminder banner is filled before the first page is built, so that page is laid
out once, in the room the banner leaves (issue 15)."""

from __future__ import annotations

import pytest

from gui import main_window as mw


def test_the_reminders_are_read_before_the_first_page(store, qtbot, qapp_id, monkeypatch):
    order: list[str] = []
    refresh = mw.MainWindow.refresh_reminders
    page_class = mw._page_class

    def read_reminders(window):
        order.append("reminders")
        refresh(window)

    def built(key):
        order.append(key)
        return page_class(key)

    monkeypatch.setattr(mw.MainWindow, "refresh_reminders", read_reminders)
    monkeypatch.setattr(mw, "_page_class", built)
    window = mw.MainWindow(store)
    qtbot.addWidget(window)
    assert order == []  # nothing read before a page is wanted (the first paint)
    window.page("konten")
    window.page("kalender")
    window.refresh_reminders()  # later refreshes (a day changed) read them again
    assert order == ["reminders", "konten", "kalender", "reminders"]
    window.konten.checks.runner.wait()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, resizing
def test_the_first_page_is_built_in_the_room_the_banner_leaves(store, qtbot, qapp_id):
    """A narrow window wraps the reminders onto more rows: that happens before the
    page is built, so the page keeps the size it was built at (no second layout)."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from core.actions import kalender

    for days, name in ((2, "Hari Jadi Dinas"), (4, "Hari Jadi Bidang"), (6, "Hari Arsip")):
        soon = dt.date.today() + dt.timedelta(days=days)
        kalender.add_own_day(store, name, (soon.month, soon.day), "Perwal No. 7")
    window = mw.MainWindow(store)
    qtbot.addWidget(window)
    window.setMinimumSize(0, 0)
    window.resize(760, 560)  # narrow: the reminders wrap
    window._after_first_paint = lambda: None  # the page is built below, as the probe does
    window.show()
    qtbot.waitExposed(window)
    page = window.page("konten")
    built_at, banner_at = page.size(), window.reminders.size()
    for _ in range(5):
        QApplication.processEvents()
    assert window.reminders.size() == banner_at and banner_at.height() > 40  # two rows
    assert page.size() == built_at
    window.konten.checks.runner.wait()
