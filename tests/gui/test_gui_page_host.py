"""On a screen smaller than a page needs (1366x768 at 125 or 150 %), the page scrolls in
its host instead of being squeezed below its minimum size, where its parts overlap. Pages
reflow first (tests/gui/test_gui_reflow.py), so that scrolling is only ever downwards."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gui.main_window import PAGES
from tests.gui.geometry import clipped, overlaps


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, resizing
@pytest.mark.parametrize("page", PAGES)
def test_a_page_is_never_squeezed_below_its_minimum(main_window, page):
    main_window.setMinimumSize(0, 0)
    main_window.resize(910, 465)  # 1366x697 physical at 150 %
    main_window.show_page(page)
    for _ in range(3):  # a page that reflowed as it was shown settles over a few passes
        QApplication.processEvents()
    widget = main_window.pages[page]
    host = main_window._hosts[page]
    assert main_window.stack.currentWidget() is host and main_window.current_page() == page
    need = widget.minimumSizeHint()
    assert widget.width() >= need.width() and widget.height() >= need.height()
    if need.width() > host.viewport().width():  # too wide for the window: it scrolls
        assert host.horizontalScrollBar().maximum() > 0
    # the page reflowed to the window's width instead: nothing overlaps, nothing is cut
    assert need.width() <= host.viewport().width()
    assert overlaps(widget) == [] and clipped(widget) == []


def test_at_full_size_nothing_scrolls(main_window):
    main_window.resize(1366, 728)
    main_window.show_page("konten")
    QApplication.processEvents()
    host = main_window._hosts["konten"]
    assert host.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("page", PAGES)
def test_at_1366_no_page_scrolls(main_window, page):
    """A page that fits is given the window, not its preferred height (word-wrapped
    labels made QScrollArea's own resizing scroll the Kalender at 100 %)."""
    main_window.resize(1366, 728)
    main_window.show_page(page)
    QApplication.processEvents()
    host = main_window._hosts[page]
    assert host.verticalScrollBar().maximum() == 0 and host.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("page", [p for p in PAGES if p != "konten"])  # Konten: the fixture
def test_a_page_is_made_inside_its_host_in_the_window(main_window, page, monkeypatch):
    """Made inside the shown window, not made alone and moved in: moving a built page
    into the window had Qt work out every widget's style sheet and font again."""
    from gui import main_window as module

    made_in = {}
    real = module._page_class

    def recording(key):
        class Recording(real(key)):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                made_in[key] = (self.parentWidget(), self.window())

        return Recording

    monkeypatch.setattr(module, "_page_class", recording)
    main_window.show_page(page)
    host = main_window._hosts[page]
    assert made_in[page] == (host.viewport(), main_window)
    assert host.widget() is main_window.pages[page]
    assert main_window.stack.currentWidget() is host and main_window.current_page() == page


def test_konten_parts_are_made_inside_their_containers(qapp_id, qtbot, store, monkeypatch):
    """The editor is made inside the page's right side, and the editor's preview tabs
    inside its splitter: made alone and put in later, Qt worked out their whole trees'
    style sheet and font again at every level (issue 15)."""
    from PySide6.QtGui import QUndoStack

    from gui.konten import page as konten_page
    from gui.konten import post_editor

    made_in = {}

    class Editor(post_editor.PostEditor):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made_in["editor"] = self.parentWidget()
            made_in["side_tabs"] = self.side_tabs.parentWidget()

    monkeypatch.setattr(konten_page, "PostEditor", Editor)
    page = konten_page.KontenPage(store, QUndoStack())
    qtbot.addWidget(page)
    assert made_in["editor"] is page.right
    assert made_in["side_tabs"] is page.editor.splitter
    assert page.right.parentWidget() is page.splitter and page.left.parentWidget() is page.splitter
    assert [page.splitter.widget(i) for i in range(2)] == [page.left, page.right]
    assert [page.editor.splitter.widget(i) for i in range(2)] == [page.editor.scroll,
                                                                  page.editor.side_tabs]
