"""Windows and dialogs that fit the screen they open on.

A 1366x768 laptop at 125 % scaling leaves about 1093x566 logical pixels under the
taskbar: a fixed 620x660 dialog or a 1024x640 minimum would put buttons off-screen.
Sizes here are capped to the screen's availableGeometry(), and the main window opens
maximised when its usual size does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# what the window frame (title bar, borders) takes outside the client area
FRAME = QSize(16, 40)


def available_size(widget: QWidget | None = None) -> QSize:
    """Logical size of the usable area (no taskbar) of the widget's screen."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all: do not limit anything
        return QSize(100_000, 100_000)
    return screen.availableGeometry().size()


def client_room(widget: QWidget | None = None) -> QSize:
    """The largest client area that fits on screen with its frame."""
    room = available_size(widget) - FRAME
    return room.expandedTo(QSize(320, 240))


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize to width x height or the screen's room, whichever is smaller; a minimum
    size larger than the room is lowered too. Returns the size given."""
    room = client_room(widget)
    minimum = widget.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        widget.setMinimumSize(minimum.boundedTo(room))
    size = QSize(width, height).boundedTo(room)
    widget.resize(size)
    return size


def set_minimum_within_screen(widget: QWidget, width: int, height: int) -> None:
    widget.setMinimumSize(QSize(width, height).boundedTo(client_room(widget)))


def too_small_for(widget: QWidget, width: int, height: int) -> bool:
    """The screen cannot show width x height plus the window frame."""
    room = client_room(widget)
    return room.width() < width or room.height() < height


def show_fitted(window: QWidget, width: int, height: int) -> None:
    """Show the main window: its usual size when the screen has room, else maximised."""
    if too_small_for(window, width, height):
        window.showMaximized()
    else:
        window.show()
