"""The caption editor: UTF-16 positions, marks, emoji-safe cursor, paste, undo, counts, cut."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from widgets.caption_editor import HIDDEN_TINT, OVER_TINT, CaptionEditor, Mark
from widgets.text_positions import PositionMap, grapheme_bounds, utf16_len

FAMILY = "👨\u200d👩\u200d👧\u200d👦"
FLAG = "🇮🇩"
THUMB = "👍🏽"
KEYCAP = "1️⃣"


@pytest.fixture
def editor(qtbot):
    ed = CaptionEditor()
    qtbot.addWidget(ed)
    ed.resize(420, 220)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


# ---- positions (no Qt) ----------------------------------------------------------------------

def test_position_map_counts_astral_characters_twice():
    text = f"a{FAMILY}b{FLAG}c"
    pmap = PositionMap(text)
    assert pmap.to_qt(0) == 0
    assert pmap.to_qt(1) == 1  # before the family
    assert pmap.to_qt(1 + len(FAMILY)) == 1 + utf16_len(FAMILY) == 12
    assert pmap.to_qt(len(text)) == utf16_len(text)
    assert pmap.to_py(12) == 1 + len(FAMILY)
    assert pmap.to_py(2) == 1  # between the two halves of 👨: back to its start


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "é", "\n", "😀", "👍", "\U0001F3FD", "\u200d",
                                         "🇮", "🇩", "#", " ", "\u0301", "漢"]), max_size=40),
       st.data())
def test_position_map_round_trips(text, data):
    pmap = PositionMap(text)
    index = data.draw(st.integers(0, len(text)))
    qt = pmap.to_qt(index)
    assert qt == utf16_len(text[:index])
    assert pmap.to_py(qt) == index


def test_grapheme_bounds_keep_emoji_whole():
    text = f"x{FAMILY}{FLAG}{THUMB}{KEYCAP}e\u0301"
    bounds = grapheme_bounds(text)
    start = 1
    for cluster in (FAMILY, FLAG, THUMB, KEYCAP, "e\u0301"):
        assert start in bounds and start + len(cluster) in bounds
        assert not any(start < b < start + len(cluster) for b in bounds)
        start += len(cluster)


# ---- marks --------------------------------------------------------------------------------

def test_mark_after_emoji_covers_the_right_word(editor):
    text = f"{FAMILY}{FLAG} Walikota meresmikan MPP"
    editor.setPlainText(text)
    start = text.index("Walikota")
    editor.set_marks([Mark(start, start + len("Walikota"), "error", "Tulis: Wali Kota")])
    selections = editor.extraSelections()
    selection = selections[-1].cursor
    assert selection.selectedText() == "Walikota"
    assert selection.selectionStart() == utf16_len(text[:start])  # 11 + 4 + 1, not 8
    assert editor.marks()[0].start == start
    assert editor.mark_at(start + 2).tooltip == "Tulis: Wali Kota"
    assert editor.mark_at(0) is None


def test_marks_follow_typing_and_vanish_when_deleted(editor):
    editor.setPlainText("hadir di Cimahi")
    editor.set_marks([Mark(9, 15, "warning", "Nama kota")])
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText(f"{THUMB} Warga ")
    mark = editor.marks()[0]
    assert editor.text()[mark.start:mark.end] == "Cimahi"
    cursor.setPosition(editor.document().characterCount() - 1)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousWord,
                        QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert editor.marks() == []


def test_marks_are_not_in_the_undo_history(editor):
    editor.setPlainText("teks")
    editor.set_marks([Mark(0, 4, "info")])
    assert not editor.document().isUndoAvailable()


def test_tooltip_and_context_menu_of_a_mark(editor):
    text = f"{FLAG} Mohon hadir tepat waktu"
    editor.setPlainText(text)
    start = text.index("hadir")
    editor.set_marks([Mark(start, start + 5, "error", "Contoh saran", kind="ejaan")])
    cursor = QTextCursor(editor.document())
    cursor.setPosition(PositionMap(text).to_qt(start + 2))
    point = editor.cursorRect(cursor).center()
    assert editor.mark_at_point(point).kind == "ejaan"

    seen = []

    def provider(mark, menu: QMenu):
        seen.append(mark.tooltip)
        menu.addAction("Ganti dengan: datang").triggered.connect(
            lambda: editor.replace_range(mark.start, mark.end, "datang"))

    editor.set_mark_menu_provider(provider)
    signalled = []
    editor.mark_context_menu.connect(lambda mark, menu: signalled.append(mark.start))
    menu = editor.context_menu_for(point)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Ganti dengan: datang"
    assert seen == ["Contoh saran"] and signalled == [start]
    menu.actions()[0].trigger()
    assert editor.text() == f"{FLAG} Mohon datang tepat waktu"
    editor.undo()
    assert editor.text() == text


def test_plain_context_menu_without_mark_has_no_fix(editor):
    editor.setPlainText("tanpa tanda")
    calls = []
    editor.set_mark_menu_provider(lambda m, menu: calls.append(m))
    editor.context_menu_for(editor.cursorRect().center())
    assert calls == []


# ---- emoji-safe cursor ----------------------------------------------------------------------

@pytest.mark.parametrize("emoji", [FAMILY, FLAG, THUMB, KEYCAP, "🏴\U000E0067\U000E0062"
                                   "\U000E0073\U000E0063\U000E0074\U000E007F"])
def test_backspace_and_delete_remove_a_whole_emoji(editor, qtbot, emoji):
    editor.setPlainText(f"a{emoji}b")
    cursor = editor.textCursor()
    cursor.setPosition(1 + utf16_len(emoji))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "ab"
    editor.setPlainText(f"a{emoji}b")
    cursor.setPosition(1)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == "ab"


def test_cursor_never_stays_inside_a_cluster(editor, qtbot):
    editor.setPlainText(f"a{FAMILY}b")
    cursor = editor.textCursor()
    cursor.setPosition(3)  # inside the family, between code points
    editor.setTextCursor(cursor)
    assert editor.textCursor().position() in (1, 1 + utf16_len(FAMILY))
    cursor.setPosition(1)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == FAMILY
    cursor.setPosition(1)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert editor.textCursor().position() == 1 + utf16_len(FAMILY)
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    assert editor.textCursor().position() == 1


def test_plain_letters_still_delete_one_by_one(editor, qtbot):
    editor.setPlainText("Cimahi")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "Cimah"


# ---- text, paste, undo ------------------------------------------------------------------------

def test_paste_is_plain_text_and_no_break_space_is_kept(editor):
    mime = QMimeData()
    mime.setHtml("<b>Tebal</b> dari Word")
    mime.setText("Tebal\u00a0dari Word")
    editor.insertFromMimeData(mime)
    assert editor.text() == "Tebal\u00a0dari Word"
    assert editor.toPlainText() == "Tebal dari Word"  # what Qt alone would have saved


def test_replace_all_is_one_undo_step(editor):
    editor.setPlainText("Teks lama")
    editor.replace_all("Teks dari templat\nbaris dua")
    assert editor.text() == "Teks dari templat\nbaris dua"
    editor.undo()
    assert editor.text() == "Teks lama"
    editor.redo()
    assert editor.text().endswith("baris dua")


# ---- counts and the feed cut ------------------------------------------------------------------

def test_counts_follow_typing_per_platform(editor, qtbot):
    editor.set_platforms(["instagram", "x", "youtube", "threads"])
    got = []
    editor.counts_changed.connect(got.append)
    editor.insertPlainText(f"Halo {FAMILY} https://cimahikota.go.id/berita/2025")
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    counts = got[-1]
    assert list(counts) == ["instagram", "x", "youtube", "threads"]
    assert counts["instagram"].used == 5 + 11 + 1 + 36  # UTF-16 units
    assert counts["x"].used == 5 + 2 + 1 + 23  # weighted: emoji 2, link 23
    assert counts["youtube"].used == len(f"Halo {FAMILY} https://cimahikota.go.id/berita/2025"
                                         .encode())


def test_feed_cut_and_overflow_are_marked_for_the_focus_platform(editor):
    text = f"{FAMILY} " + "Warga Cimahi dapat mengurus layanan di MPP. " * 8
    editor.set_platforms(["instagram", "x"])
    editor.setPlainText(text)
    editor.recount()
    editor.set_focus_platform("instagram")
    cut = editor.counts()["instagram"].truncation
    assert editor.cut_position() == PositionMap(text).to_qt(cut)
    tints = [s for s in editor.extraSelections()
             if s.format.background().color().name().upper() == HIDDEN_TINT.upper()]
    assert tints and tints[0].cursor.selectionStart() == editor.cut_position()
    assert editor.cut_marker_rect() is not None
    editor.set_focus_platform("x")
    over = editor.counts()["x"].overflow_at
    reds = [s for s in editor.extraSelections()
            if s.format.background().color().name().upper() == OVER_TINT.upper()]
    assert reds and reds[0].cursor.selectionStart() == PositionMap(text).to_qt(over)
    assert editor.cut_position() is None  # X shows the whole post


def test_hovering_the_feed_cut_explains_it(editor, monkeypatch):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent

    shown = []
    monkeypatch.setattr("widgets.caption_editor.QToolTip.showText",
                        lambda pos, text, widget=None: shown.append(text))
    monkeypatch.setattr("widgets.caption_editor.QToolTip.hideText", lambda: shown.append(""))
    editor.set_platforms(["instagram"])
    editor.setPlainText("Warga Cimahi dapat mengurus layanan kependudukan di MPP. " * 4)
    editor.recount()
    editor.set_focus_platform("instagram")
    rect = editor.cut_marker_rect()
    for point in (rect.center(), QPoint(2, rect.bottom() + 40)):
        editor.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point,
                                        editor.viewport().mapToGlobal(point)))
    assert "Instagram" in shown[0] and "lainnya" in shown[0]
    assert shown[1] == ""  # elsewhere: no tooltip
    editor.set_marks([Mark(6, 12, "error", "Nama kota: Cimahi")])
    cursor = QTextCursor(editor.document())
    cursor.setPosition(8)
    point = editor.cursorRect(cursor).center()
    editor.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point,
                                    editor.viewport().mapToGlobal(point)))
    assert shown[-1] == "Nama kota: Cimahi"


def test_a_word_mark_inside_a_sentence_mark_keeps_its_own_underline(editor):
    """Rules report overlapping findings (a typo inside a long sentence); the editor shows
    both, the word's underline on top whatever order the marks come in."""
    text = "Kalimat yang sangat panjang ini memuat kata salaah di tengahnya."
    editor.setPlainText(text)
    start = text.index("salaah")
    word = Mark(start, start + 6, "warning", "Ejaan")
    sentence = Mark(0, len(text), "info", "Kalimat panjang")
    for marks in ([sentence, word], [word, sentence]):
        editor.set_marks(marks)
        last = editor.extraSelections()[-1]
        assert last.cursor.selectedText() == "salaah"
        assert last.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
        assert editor.mark_at(start + 1).tooltip == "Ejaan"
        assert editor.mark_at(1).tooltip == "Kalimat panjang"
        assert len(editor.marks()) == 2


def test_recount_counts_a_text_once_until_it_or_the_platforms_change(editor, monkeypatch):
    """Showing a post recounts at several steps (platforms set, text set): the same text
    for the same platforms is counted once, and the counts still go out each time."""
    import widgets.caption_editor as module

    calls, sent = [], []
    real = module.count_all
    monkeypatch.setattr(module, "count_all",
                        lambda text, ids: calls.append((text, list(ids))) or real(text, ids))
    editor.counts_changed.connect(sent.append)
    editor.setPlainText("Rapat koordinasi di lapor.go.id")
    editor.set_platforms(["instagram", "x"])
    first = editor.recount()
    assert len(calls) == 1 and len(sent) == 2 and sent[-1] == first
    editor.set_platforms(["instagram", "x", "threads"])  # other platforms: counted again
    assert len(calls) == 2 and set(editor.counts()) == {"instagram", "x", "threads"}
    editor.setPlainText("Rapat koordinasi")  # other text: counted again
    editor.recount()
    assert len(calls) == 3
    assert editor.counts()["x"] == real("Rapat koordinasi", ["x"])["x"]
