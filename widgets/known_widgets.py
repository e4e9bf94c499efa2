"""A scroll area's viewport, reached without PySide loading every QtWidgets class.

The first widget Qt hands to Python that no Python object stands for yet (a scroll
area's viewport(), a layout item's widget()) makes PySide load each QtWidgets class it
has not loaded so far (QWizard, QMdiArea, QGraphicsView..., ~60 enum types with them:
6-12 ms of Warta's start) to work out that one widget's type. findChild() with the type
named finds the viewport as a QWidget without that search, and from then on
viewport() returns the same object at no cost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

VIEWPORT_NAME = "qt_scrollarea_viewport"  # the name Qt gives every scroll area's viewport


def known_viewport(area: QAbstractScrollArea) -> QWidget:
    """`area.viewport()`, found as a QWidget by its name (see the module's docstring)."""
    found = area.findChild(QWidget, VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()
