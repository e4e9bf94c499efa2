"""Bantuan > Panduan (F1): the offline guide opens inside the app, in Indonesian, with its
pictures found locally."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on a real dialog
def test_f1_opens_the_guide_with_its_pictures(main_window, qtbot):
    main_window.show_guide()
    dialog = main_window._guide
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert "Pekerjaan sepekan" in text and "Kirim ke Diskominfo" in text
    assert dialog.windowTitle() == "Panduan"
    doc = dialog.browser.document()
    for name in ("konten.jpg", "kalender.jpg", "media.jpg", "laporan.jpg"):
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name


def test_the_guide_is_bound_to_f1(main_window):
    actions = [a for menu in main_window.menuBar().findChildren(type(main_window.menuBar()
                                                                     .actions()[0].menu()))
               for a in menu.actions()]
    assert any(a.shortcut().toString() == "F1" for a in actions)
