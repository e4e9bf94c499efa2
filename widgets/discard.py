"""Taking a child widget away at once, for widgets that rebuild their rows.

Its own module so the reminder banner (built before the first paint) need not import
the month grid and the calendar code behind it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def discard(widget: QWidget) -> None:
    """Take a child off screen now; Qt deletes it when the event loop next runs."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
