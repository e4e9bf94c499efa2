"""The post editor's form is built top-down (each card made in the form's body once the
form is in its place): the reading order, the Tab order and the form's place are what
they were when the cards were filled first and put in afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame

from core import posts
from core.model import Post
from tests.gui.editor_host import editor_in_host


@pytest.fixture(params=[False, True], ids=["beside the preview", "as a tab"])
def editor(request, qapp_id, qtbot, store):
    post = posts.create_post(store, Post(
        title="Peresmian MPP", activity_date=dt.date(2025, 11, 12),
        caption="Walikota Cimahi meresmikan MPP.", platforms=["instagram", "x"]))
    host, editor = editor_in_host(qtbot, store, 1100, tabbed=request.param)
    host.show()
    editor.set_post(post)
    yield editor
    editor.flush()


def test_cards_sit_in_the_form_in_reading_order(editor):
    body = editor.scroll.widget()
    cards = [body.layout().itemAt(i).widget() for i in range(body.layout().count())]
    cards = [c for c in cards if isinstance(c, QFrame)]
    assert [c.objectName() for c in cards] == ["Card"] * 5
    assert cards[2] is editor.photos_card
    assert editor.title.parentWidget() is cards[0] and editor.caption.parentWidget() is cards[1]
    assert editor.variants.parentWidget() is cards[3] and editor.notes.parentWidget() is cards[4]
    assert editor.is_tabbed() == (editor.side_tabs.indexOf(editor.scroll) == 0)
    assert editor.side_tabs.indexOf(editor.preview) == (1 if editor.is_tabbed() else 0)


def test_tab_goes_through_the_form_in_reading_order(editor, qtbot):
    wanted = [editor.title, editor.activity, editor.location, editor.date, editor.status,
              editor.category, editor.caption, editor.hashtags.edit, editor.notes]
    chain, widget = [], editor.title
    for _ in range(500):
        if widget in wanted and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is editor.title:
            break
    assert chain == wanted
    editor.title.setFocus()
    qtbot.keyClick(editor.title, Qt.Key.Key_Tab)
    assert editor.activity.hasFocus() or not editor.window().isActiveWindow()
