"""A layout that places widgets left to right and wraps, for rows of chips.

Chips (platforms, counters, collaborators) must fit a 1366x768 screen whatever their
number; wrapping keeps every chip at its full size instead of squeezing it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Qt asks heightForWidth hundreds of times while a page is laid out: the chips'
        # sizes and the heights per width are kept until the layout is invalidated
        self._heights: dict[int, int] = {}
        self._hints: list[tuple[QLayoutItem, QSize]] | None = None
        self._minimum: QSize | None = None
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)
        self._forget()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        self._forget()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def clear(self) -> None:
        """Remove and delete every widget in the layout."""
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def invalidate(self) -> None:
        """A chip changed (text, shown or hidden, style, margins): Qt calls this; sizes
        and heights are measured again."""
        self._forget()
        super().invalidate()

    def _forget(self) -> None:
        self._heights.clear()
        self._hints = None
        self._minimum = None

    def _shown_hints(self) -> list[tuple[QLayoutItem, QSize]]:
        """The shown chips with their size hints (kept until the next invalidate)."""
        if self._hints is None:
            self._hints = [(i, i.sizeHint()) for i in self._items if self._shown(i)]
        return self._hints

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), apply=False)
        return height

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        height = self._place(rect, apply=True)
        owner = self.parentWidget()
        if owner is not None and owner.layout() is self and owner.minimumHeight() != height:
            # wrapped rows are a minimum the layouts above must keep (they do not ask
            # heightForWidth through splitters and tabs): a tight column scrolls instead
            # of drawing the next control over the second row
            owner.setMinimumHeight(height)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(hint.width() + self._spacing for _, hint in self._shown_hints())
        return QSize(max(0, width - self._spacing), self.minimumSize().height())

    def minimumSize(self) -> QSize:  # noqa: N802
        if self._minimum is None:
            size = QSize()
            for item, _ in self._shown_hints():
                size = size.expandedTo(item.minimumSize())
            margins = self.contentsMargins()
            self._minimum = size + QSize(margins.left() + margins.right(),
                                         margins.top() + margins.bottom())
        return QSize(self._minimum)

    @staticmethod
    def _shown(item: QLayoutItem) -> bool:
        widget = item.widget()
        return widget is None or not widget.isHidden()

    def _place(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item, hint in self._shown_hints():
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()
