"""Keyboard shortcuts as QActions added to a widget (the pages and editors each had a copy)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def add_shortcut(owner: QWidget, text: str, keys: str | QKeySequence | QKeySequence.StandardKey,
                 slot: Callable[..., object],
                 context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut
                 ) -> QAction:
    """A QAction owned by and added to `owner`, firing `slot` on `keys` within `context`
    (by default only while the focus is inside `owner`)."""
    act = QAction(text, owner)
    act.setShortcut(QKeySequence(keys))
    act.setShortcutContext(context)
    act.triggered.connect(slot)
    owner.addAction(act)
    return act
