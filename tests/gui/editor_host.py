"""The post editor as the GUI tests set it up: in a host widget of a given size, not yet
shown (a test may put a check panel beside it first)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.konten.post_editor import PostEditor


def editor_in_host(qtbot, store, width: int, height: int = 700,
                   **options) -> tuple[QWidget, PostEditor]:
    """(host, editor): a PostEditor (options: PostEditor's keywords) filling a `width` x
    `height` host that qtbot closes after the test. Keep the host: the Python object owns
    the window, and the editor goes with it."""
    host = QWidget()
    qtbot.addWidget(host)
    editor = PostEditor(store, host, **options)
    editor.setGeometry(0, 0, width, height)
    host.resize(width, height)
    return host, editor
