"""Geometry checks for the reflow tests: what a user would see as overlapping, cut or
hidden on a small screen, found by walking a page's visible widgets."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLayout,
    QSplitter,
    QTabBar,
    QWidget,
)

# the window sizes (Qt's pixels) Windows gives a maximised Warta: screen, scaling
SCREENS = {
    "1366x768@100": (1366, 697),
    "1366x768@125": (1093, 558),
    "1366x768@150": (910, 464),
    "1920x1080@100": (1920, 1009),
    "1920x1080@125": (1536, 807),
    "1920x1080@150": (1280, 673),
    "1280x720@100": (1280, 650),
    "1280x720@125": (1024, 520),
    "1280x720@150": (853, 433),
}
CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and not widget.isHidden() and widget.isVisible()


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, through its nested layouts."""
    found = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found.extend(_layout_widgets(item.layout()))
    return found


def _siblings(widget: QWidget) -> list[QWidget]:
    """The widgets placed side by side inside `widget` (by its layout or splitter)."""
    if isinstance(widget, QSplitter):
        return [widget.widget(i) for i in range(widget.count())]
    layout = widget.layout()
    if layout is None or type(layout).__name__ == "QStackedLayout":
        return []
    return _layout_widgets(layout)


def overlaps(top: QWidget) -> list[str]:
    """Pairs of visible widgets of one layout whose rectangles intersect."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget, top):
            continue
        shown = [w for w in _siblings(widget) if _shown(w, top) and not w.isWindow()]
        for a, b in combinations(shown, 2):
            if a.geometry().intersects(b.geometry()):
                found.append(f"{_name(a)} {a.geometry().getRect()} overlaps "
                             f"{_name(b)} {b.geometry().getRect()} in {_name(widget)}")
    return found


def clipped(top: QWidget) -> list[str]:
    """Visible controls narrower than their minimum (cut text, "Semua st"), plain labels
    cut short, and tab bars that hide a tab behind scroll arrows."""
    found = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        need = widget.minimumSizeHint().width()
        if isinstance(widget, CONTROLS) and widget.width() < need:
            found.append(f"{_name(widget)} is {widget.width()} px wide, needs {need}")
        elif (isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
              and widget.width() < need and not widget.pixmap()):
            found.append(f"label {widget.text()[:30]!r} is {widget.width()} px, needs {need}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if not widget.rect().contains(widget.tabRect(i)):
                    found.append(f"tab {widget.tabText(i)!r} of {_name(widget)} is hidden")
    return found


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.objectName() or '?'}"
