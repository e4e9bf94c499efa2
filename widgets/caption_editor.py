"""The caption editor: plain text, live per-platform counts, feed cut, emoji-safe cursor, marks.

`CaptionEditor` is a QPlainTextEdit, so everything a text box does still works (undo/redo
with Ctrl+Z/Ctrl+Y, the standard context menu). On top of that:

- Paste is always plain text (no fonts or colours from Word or WhatsApp Web).
- The cursor and the selection never stand inside a grapheme cluster (ZWJ family, flag,
  skin tone, keycap, a letter with its combining accent); Backspace and Delete remove a
  whole emoji.
- Counts: after each edit the text is recounted for `platforms()` on a short timer
  (RECOUNT_MS) with core.captions.counting.count_all; `counts_changed(dict)` carries
  {platform_id: Count}. Counting 2,200 characters for six platforms takes about a
  millisecond, so the timer only batches fast typing; it never blocks.
- The feed cut and the over-limit part of the focus platform (`set_focus_platform`) are
  shown in the text: a thin vertical marker where the feed shows "... lainnya", a grey
  tint on what follows it, and a red tint on what goes past the platform's limit.

Highlighter interface (for spelling and "Cek Sebelum Unggah" findings)
--------------------------------------------------------------------
Marks are ranges of the text given in **Python str indices** (what core returns):

    editor.set_marks([Mark(start=10, end=16, severity="error", tooltip="Salah ketik",
                           kind="ejaan", data=finding)])

- They are drawn as wavy (error, spelling) or straight (warning, info) underlines in the
  severity's colour; converting str indices to Qt's UTF-16 positions is done here.
- They follow the text while the user types (each mark holds a QTextCursor); `marks()`
  returns them with their current str indices; a mark whose text was deleted is dropped.
- Hovering a mark shows its tooltip. `mark_at(index)` finds the mark at a str index.
- Right-clicking a mark emits `mark_context_menu(mark, menu)` before the menu opens,
  and calls the provider set with `set_mark_menu_provider(fn(mark, menu))`; add
  QActions (fixes, "Abaikan") to `menu` there. `replace_range(start, end, text)` applies
  a fix as one undoable edit.
- `set_marks([])` or `clear_marks()` removes them. Marks never enter the undo history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPolygon,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from core.captions.counting import Count, count_all
from core.platforms import PLATFORMS
from widgets.known_widgets import known_viewport
from widgets.text_positions import (
    PositionMap,
    is_emoji_cluster,
    next_cluster,
    previous_cluster,
    snap,
)

RECOUNT_MS = 100

SEVERITY_COLORS = {
    "error": "#C62828",
    "warning": "#C77700",
    "info": "#1D63B8",
}
CUT_COLOR = "#0B6E4F"
HIDDEN_TINT = "#ECEFEE"  # text the feed hides behind "... lainnya"
OVER_TINT = "#FBD9D6"  # text past the platform's limit


@dataclass(frozen=True)
class Mark:
    """A range to underline, in Python str indices of the editor's text.

    severity: "error" (red wave), "warning" (amber line) or "info" (blue dotted line);
    kind: free text for the caller (a rule id, "ejaan"); data: anything (e.g. a Finding).
    """

    start: int
    end: int
    severity: str = "warning"
    tooltip: str = ""
    kind: str = ""
    data: Any = None


class _LiveMark:
    """A Mark plus a QTextCursor that moves with the text."""

    __slots__ = ("cursor", "mark")

    def __init__(self, mark: Mark, cursor: QTextCursor) -> None:
        self.mark = mark
        self.cursor = cursor


class CaptionEditor(QPlainTextEdit):
    """Plain-text caption box with counts, the feed cut and marks (see module docstring)."""

    counts_changed = Signal(object)  # dict[str, Count]
    mark_context_menu = Signal(object, object)  # (Mark, QMenu)
    marks_changed = Signal()

    def __init__(self, parent: QWidget | None = None, platforms: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self._platforms: list[str] = list(platforms)
        self._focus: str | None = None
        self._counts: dict[str, Count] = {}
        self._counted: tuple[str, tuple[str, ...]] | None = None  # what _counts are for
        self._marks: list[_LiveMark] = []
        self._menu_provider: Callable[[Mark, QMenu], None] | None = None
        self._snapping = False
        self._last_pos = 0
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(RECOUNT_MS)
        self._recount_timer.timeout.connect(self.recount)
        self.textChanged.connect(self._recount_timer.start)
        self.cursorPositionChanged.connect(self._snap_cursor)
        self.setTabChangesFocus(True)  # Tab moves on, as in every form
        known_viewport(self).setMouseTracking(True)  # found cheaply (known_widgets)

    # ---- text -------------------------------------------------------------------------
    def text(self) -> str:
        """The exact text: unlike toPlainText(), a no-break space stays a no-break space."""
        raw = self.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt override
        """Paste as plain text only."""
        if source.hasText():
            self.insertPlainText(source.text())

    def replace_range(self, start: int, end: int, text: str) -> None:
        """Replace text[start:end] (str indices) with `text` as one undoable edit."""
        pmap = PositionMap(self.text())
        cursor = QTextCursor(self.document())
        cursor.setPosition(pmap.to_qt(start))
        cursor.setPosition(pmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self.setTextCursor(cursor)

    def replace_all(self, text: str) -> None:
        """Replace the whole text as one undoable edit (templates, resets, suggestions)."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)

    # ---- counting ---------------------------------------------------------------------
    def set_platforms(self, platform_ids: Iterable[str]) -> None:
        """Which platforms to count for (table order is kept by the caller)."""
        self._platforms = list(platform_ids)
        if self._focus not in self._platforms:
            self._focus = self._platforms[0] if len(self._platforms) == 1 else self._focus
        self.recount()

    def platforms(self) -> list[str]:
        return list(self._platforms)

    def set_focus_platform(self, platform_id: str | None) -> None:
        """The platform whose feed cut and limit are shown in the text (None: none)."""
        self._focus = platform_id
        self._refresh_selections()

    def focus_platform(self) -> str | None:
        return self._focus

    def counts(self) -> dict[str, Count]:
        """The latest counts (call recount() first for the freshest)."""
        return dict(self._counts)

    def recount(self) -> dict[str, Count]:
        """Count now (the timer calls this after typing) and emit counts_changed."""
        self._recount_timer.stop()
        text = self.text()
        counted = (text, tuple(self._platforms))
        if counted != self._counted:  # a post shown counts once, not per step of showing it
            self._counts = count_all(text, self._platforms) if self._platforms else {}
            self._counted = counted
        self._refresh_selections()
        self.counts_changed.emit(dict(self._counts))
        return dict(self._counts)

    # ---- marks (highlighter interface) --------------------------------------------------
    def set_marks(self, marks: Iterable[Mark]) -> None:
        """Underline these ranges (str indices); replaces the previous marks."""
        text = self.text()
        pmap = PositionMap(text)
        live: list[_LiveMark] = []
        for mark in marks:
            start, end = sorted((max(0, mark.start), min(len(text), mark.end)))
            if start >= end:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(pmap.to_qt(start))
            cursor.setPosition(pmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            live.append(_LiveMark(replace(mark, start=start, end=end), cursor))
        self._marks = live
        self._refresh_selections()
        self.marks_changed.emit()

    def clear_marks(self) -> None:
        self.set_marks([])

    def marks(self) -> list[Mark]:
        """The marks with their current str indices (they move as the user types)."""
        pmap = PositionMap(self.text())
        out = []
        for live in self._marks:
            if not live.cursor.hasSelection():
                continue
            out.append(replace(live.mark, start=pmap.to_py(live.cursor.selectionStart()),
                               end=pmap.to_py(live.cursor.selectionEnd())))
        return out

    def mark_at(self, index: int) -> Mark | None:
        """The mark covering str index `index` (the most severe if several, then the
        narrowest: the word before the sentence around it), else None."""
        order = {"error": 0, "warning": 1, "info": 2}
        hits = [m for m in self.marks() if m.start <= index < m.end]
        hits.sort(key=lambda m: (order.get(m.severity, 3), m.end - m.start))
        return hits[0] if hits else None

    def mark_at_point(self, point: QPoint) -> Mark | None:
        """The mark under a viewport point (mouse position), else None."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(point.y() - rect.center().y()) > rect.height():
            return None  # below the last line
        index = PositionMap(self.text()).to_py(cursor.position())
        mark = self.mark_at(index)
        if mark is None and index > 0:
            mark = self.mark_at(index - 1)  # the right half of the last letter of a mark
        return mark

    def set_mark_menu_provider(self, provider: Callable[[Mark, QMenu], None] | None) -> None:
        """`provider(mark, menu)` adds fix actions before a mark's context menu opens."""
        self._menu_provider = provider

    def context_menu_for(self, point: QPoint) -> QMenu:
        """The context menu for a viewport point: fixes for a mark there, then the usual."""
        menu = self.createStandardContextMenu()
        mark = self.mark_at_point(point)
        if mark is not None:
            first = menu.actions()[0] if menu.actions() else None
            holder = QMenu(menu)
            if self._menu_provider is not None:
                self._menu_provider(mark, holder)
            self.mark_context_menu.emit(mark, holder)
            added = holder.actions()
            if added:
                for action in added:
                    menu.insertAction(first, action)
                menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.context_menu_for(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            mark = self.mark_at_point(event.pos())
            cut = self.cut_marker_rect()
            if mark is not None and mark.tooltip:
                QToolTip.showText(event.globalPos(), mark.tooltip, self.viewport())
            elif cut is not None and cut.adjusted(-5, -5, 5, 5).contains(event.pos()):
                QToolTip.showText(event.globalPos(), self.cut_tooltip(), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # ---- drawing ----------------------------------------------------------------------
    def _refresh_selections(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        count = self._counts.get(self._focus) if self._focus else None
        if count is not None:
            pmap = PositionMap(self.text())
            end = self.document().characterCount() - 1
            if count.truncation is not None:
                start = pmap.to_qt(count.truncation)
                selections.append(self._tint(start, end, HIDDEN_TINT))
            if count.overflow_at is not None:
                selections.append(self._tint(pmap.to_qt(count.overflow_at), end, OVER_TINT))
        for live in self._drawing_order():
            if live.cursor.hasSelection():
                sel = QTextEdit.ExtraSelection()
                sel.cursor = live.cursor
                sel.format = self._mark_format(live.mark)
                selections.append(sel)
        self.setExtraSelections(selections)
        self.viewport().update()

    def _drawing_order(self) -> list[_LiveMark]:
        """Marks overlap (a misspelt word inside a long sentence): later selections paint
        over earlier ones, so the widest marks go first and, on the same range, the most
        severe last. Every finding keeps its mark; the word's own underline shows."""
        rank = {"error": 2, "warning": 1, "info": 0}

        def key(live: _LiveMark) -> tuple[int, int]:
            c = live.cursor
            return (-(c.selectionEnd() - c.selectionStart()), rank.get(live.mark.severity, 1))

        return sorted(self._marks, key=key)

    def _tint(self, start: int, end: int, color: str) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(max(start, end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        sel.format = fmt
        return sel

    @staticmethod
    def _mark_format(mark: Mark) -> QTextCharFormat:
        fmt = QTextCharFormat()
        color = QColor(SEVERITY_COLORS.get(mark.severity, SEVERITY_COLORS["warning"]))
        styles = {
            "error": QTextCharFormat.UnderlineStyle.WaveUnderline,
            "warning": QTextCharFormat.UnderlineStyle.SingleUnderline,
            "info": QTextCharFormat.UnderlineStyle.DotLine,
        }
        fmt.setUnderlineStyle(styles.get(mark.severity, styles["warning"]))
        fmt.setUnderlineColor(color)
        return fmt

    def cut_position(self) -> int | None:
        """Qt position of the focus platform's feed cut, None when the whole text shows."""
        count = self._counts.get(self._focus) if self._focus else None
        if count is None or count.truncation is None:
            return None
        return PositionMap(self.text()).to_qt(count.truncation)

    def cut_tooltip(self) -> str:
        """What the feed-cut marker means (shown when hovering it)."""
        name = PLATFORMS[self._focus].name if self._focus in PLATFORMS else ""
        return self.tr("The %1 feed shows the caption up to here, then \"… lainnya\". Put "
                       "what matters most before this mark.").replace("%1", name)

    def cut_marker_rect(self) -> QRect | None:
        """Where the feed-cut marker is drawn (viewport coordinates), None when no cut."""
        position = self.cut_position()
        if position is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        rect = self.cut_marker_rect()
        if rect is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(CUT_COLOR)
        painter.fillRect(QRect(rect.left() - 1, rect.top() + 2, 2, rect.height() - 2), color)
        flag = QPolygon([QPoint(rect.left() - 4, rect.top() - 1),
                         QPoint(rect.left() + 4, rect.top() - 1),
                         QPoint(rect.left(), rect.top() + 4)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(flag)  # a small pennant, so it is not mistaken for the cursor
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.viewport().update()

    # ---- emoji-safe cursor --------------------------------------------------------------
    def _block_text_and_offset(self, position: int) -> tuple[str, int, int]:
        """(block text, the block's first document position, position within the block)."""
        block = self.document().findBlock(position)
        return block.text(), block.position(), position - block.position()

    def _snapped(self, position: int, forward: bool) -> int:
        """`position` moved to the nearest grapheme boundary (forward or back)."""
        text, base, offset = self._block_text_and_offset(position)
        pmap = PositionMap(text)
        index = pmap.to_py(offset)
        if pmap.to_qt(index) != offset and forward:
            index += 1  # between the two halves of a surrogate pair
        return base + pmap.to_qt(snap(text, index, forward=forward))

    def _snap_cursor(self) -> None:
        """Keep both ends of the cursor on grapheme boundaries, whatever moved it (a click,
        a program, a key): a cursor inside a cluster goes on in the direction it moved."""
        if self._snapping:
            return
        cursor = self.textCursor()
        pos, anchor = cursor.position(), cursor.anchor()
        forward = pos > self._last_pos
        new_pos = self._snapped(pos, forward)
        new_anchor = self._snapped(anchor, forward) if anchor != pos else new_pos
        self._last_pos = new_pos
        if (new_pos, new_anchor) == (pos, anchor):
            return
        self._snapping = True
        try:
            cursor.setPosition(new_anchor)
            cursor.setPosition(new_pos, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
        finally:
            self._snapping = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Backspace/Delete next to an emoji remove the whole emoji (family, flag, keycap).

        Other text keeps Qt's behaviour: Backspace after a combining accent removes just the
        accent, and arrow keys already move by whole clusters (snapping guards the rest)."""
        cursor = self.textCursor()
        plain = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                      | Qt.KeyboardModifier.ShiftModifier)
        if not cursor.hasSelection() and plain == Qt.KeyboardModifier.NoModifier:
            if event.key() == Qt.Key.Key_Backspace and self._delete_cluster(cursor, True):
                return
            if event.key() == Qt.Key.Key_Delete and self._delete_cluster(cursor, False):
                return
        super().keyPressEvent(event)

    def _delete_cluster(self, cursor: QTextCursor, backwards: bool) -> bool:
        """Remove the whole emoji next to the cursor; False to let Qt handle other text."""
        text, base, offset = self._block_text_and_offset(cursor.position())
        pmap = PositionMap(text)
        index = pmap.to_py(offset)
        span = previous_cluster(text, index) if backwards else next_cluster(text, index)
        if span is None or not is_emoji_cluster(text[span[0]:span[1]]):
            return False
        edit = QTextCursor(cursor)
        edit.setPosition(base + pmap.to_qt(span[0]))
        edit.setPosition(base + pmap.to_qt(span[1]), QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()
        self.setTextCursor(edit)
        return True
