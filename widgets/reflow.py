"""Layouts that reflow when the window is narrow (1366x768 at 125 or 150 %, 1280x720).

A page offers arrangements from the widest (columns side by side) to the narrowest
(columns stacked, or shown one at a time); `Arrangements` applies the widest one whose
width need fits the widget. A page reports the minimum width of its NARROWEST
arrangement (`narrowest_hint`), so its host scrolls sideways only when even that does
not fit, and a narrow window is never held wide by the arrangement shown before.

Going back to a wider arrangement waits for HYSTERESIS more pixels than it needs, so a
window resized around a threshold does not flap between two layouts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from widgets.known_widgets import known_viewport

HYSTERESIS = 24  # more than a scroll bar: one appearing after a switch cannot undo it
WATCHED = (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
STACKED_PANE_HEIGHT = 280  # a stacked pane's least height (the page scrolls down)


class Arrangements(QObject):
    """Watches `widget`'s width and calls `apply(index)` when another arrangement fits.

    `needs[i]()` is the width arrangement i needs (0 the widest); the last arrangement
    is used whatever the width, so it has no need."""

    def __init__(self, widget: QWidget, needs: Sequence[Callable[[], int]],
                 apply: Callable[[int], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.needs = list(needs)
        self.apply = apply
        self.current = 0  # as built: the widest
        self.settled = False  # shown, and its layouts have given it its width
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is not self.widget:
            return False
        if event.type() == QEvent.Type.Show:
            # the width a widget has as it is shown may be a stale one (a page is built
            # at 640 pixels): choose once the layouts have run, without hysteresis
            self.settled = False
            QTimer.singleShot(0, self, self._settle)
        elif event.type() in WATCHED:
            self.update()
        return False

    def _settle(self) -> None:
        self.settled = True
        self.update(hysteresis=False)

    def settle_now(self) -> bool:
        """Choose the arrangement now, not in the event after the Show: for a caller that
        has just laid the widget out at its real width. True when it changed."""
        before = self.current
        self._settle()
        return self.current != before

    def fitting(self, width: int, hysteresis: bool = True) -> int:
        """The widest arrangement that fits `width` (with hysteresis above the current)."""
        for index, need in enumerate(self.needs):
            margin = HYSTERESIS if hysteresis and index < self.current else 0
            if need() + margin <= width:
                return index
        return len(self.needs)

    def update(self, hysteresis: bool = True) -> None:
        """Apply the arrangement the widget's width calls for, if it is not the current.
        A hidden widget waits to be shown and settled: until then its width is not the
        one it will have."""
        if not (self.settled and self.widget.isVisible()):
            return
        index = self.fitting(self.widget.width(), hysteresis)
        if index != self.current:
            self.current = index
            self.apply(index)


def narrowest_hint(hint: QSize, narrowest_width: int) -> QSize:
    """A minimumSizeHint whose width is the narrowest arrangement's."""
    return QSize(min(hint.width(), narrowest_width), hint.height())


class VerticalScroll(QScrollArea):
    """A frameless area that scrolls its widget up and down only, and says so: its minimum
    width is the widget's plus the scroll bar, so a column is never cut on the right."""

    def __init__(self, widget: QWidget | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        known_viewport(self)  # viewport() costs nothing from now on (known_widgets)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if widget is not None:  # else setWidget later, e.g. one made in the viewport
            self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        margins = self.contentsMargins()
        need = widget.minimumSizeHint().expandedTo(widget.minimumSize()).width()
        return QSize(max(hint.width(), need + bar + margins.left() + margins.right()),
                     hint.height())


class ReflowRows(QWidget):
    """Groups of controls in rows: all in one row where the width allows, else wrapped
    as the next layout says. `layouts` lists, widest first, the rows of each layout as
    lists of group indexes, e.g. in_rows(4), in_rows(3, 1), in_rows(2, 1, 1): a header
    whose controls wrap onto two, then three rows. A group a layout leaves out is hidden
    there (a banner's introduction, where room is short). Each group keeps at least its
    minimum width, so nothing is cut."""

    def __init__(self, groups: Sequence[QWidget], layouts: Sequence[Sequence[Sequence[int]]],
                 spacing: int = 8, end_stretch: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups = list(groups)
        self.layouts = [[list(row) for row in rows] for rows in layouts]
        self.spacing = spacing
        self.end_stretch = end_stretch
        self._left_out: set[QWidget] = set()  # hidden by a layout, not by their owner
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(spacing)
        self._place(0)
        self.arrangements = Arrangements(
            self, [lambda i=i: self.need(i) for i in range(len(self.layouts) - 1)], self._place)

    def rows(self, index: int) -> list[list[QWidget]]:
        return [[self.groups[i] for i in row] for row in self.layouts[index]]

    def need(self, index: int) -> int:
        """The width layout `index` needs: its widest row."""
        margins = self.column.contentsMargins()
        return margins.left() + margins.right() + max(
            sum(minimum_width(g) for g in row) + self.spacing * (len(row) - 1)
            for row in self.rows(index))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return narrowest_hint(super().minimumSizeHint(), self.need(len(self.layouts) - 1))

    def _place(self, index: int) -> None:
        while self.column.count():  # empty the old rows; the groups stay
            row = self.column.takeAt(0).layout()
            while row is not None and row.count():
                row.takeAt(0)
            if row is not None:
                row.deleteLater()
        for groups in self.rows(index):
            row = QHBoxLayout()
            row.setSpacing(self.spacing)
            for group in groups:
                row.addWidget(group)
            if self.end_stretch:
                row.addStretch(1)
            stretch = max(g.sizePolicy().verticalStretch() for g in groups)
            self.column.addLayout(row, stretch)
        placed = [g for groups in self.rows(index) for g in groups]
        for group in self.groups:  # after the rows: a group is a child, never a window
            if group not in placed:
                group.setParent(self)
                group.hide()
                self._left_out.add(group)
            elif group in self._left_out:
                group.show()
                self._left_out.discard(group)


def in_rows(*counts: int) -> list[list[int]]:
    """A ReflowRows layout from how many groups each row holds: in_rows(3, 1) is
    [[0, 1, 2], [3]]."""
    rows, start = [], 0
    for count in counts:
        rows.append(list(range(start, start + count)))
        start += count
    return rows


def minimum_width(widget: QWidget) -> int:
    """The width a layout gives `widget` at least (its explicit minimum wins, as in Qt)."""
    if widget.minimumWidth():
        return widget.minimumWidth()
    hint = widget.minimumSizeHint().width()
    if not widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ShrinkFlag.value:
        hint = max(hint, widget.sizeHint().width())
    return hint


class ReflowSplitter(QSplitter):
    """A splitter whose panes sit side by side where they fit and are stacked (a vertical
    splitter) where they do not, so a narrow window scrolls down instead of sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.arrangements = Arrangements(self, [self.side_by_side_need], self._orient)

    def _panes(self) -> list[QWidget]:
        return [w for w in (self.widget(i) for i in range(self.count())) if not w.isHidden()]

    def side_by_side_need(self) -> int:
        panes = self._panes()
        return (sum(minimum_width(w) for w in panes)
                + self.handleWidth() * max(0, len(panes) - 1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        stacked = max((minimum_width(w) for w in self._panes()), default=0)
        return narrowest_hint(super().minimumSizeHint(), stacked)

    def _orient(self, index: int) -> None:
        stacked = index == 1
        for pane in self._panes():  # stacked, a table in a pane still shows a few rows
            if stacked:
                pane.setProperty("reflow_min_height", pane.minimumHeight())
                pane.setMinimumHeight(max(pane.minimumHeight(), STACKED_PANE_HEIGHT))
            elif pane.property("reflow_min_height") is not None:
                pane.setMinimumHeight(pane.property("reflow_min_height"))
        self.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
