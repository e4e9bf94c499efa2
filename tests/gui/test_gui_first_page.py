"""The reminder banner is filled before the first page is built, so that page is laid
out once, in the room the banner leaves (issue 15)."""

from __future__ import annotations

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
