"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None on every call of a
Qt method that returns nothing; after a few thousand paints the process aborts
("none_dealloc" or a bus error). pyproject pins below 6.12; this test fails if a future
upgrade brings such a build back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QComboBox


def test_void_qt_calls_keep_none_alive(qapp):
    font = QFont()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(5000):
        font.setBold(True)
        painter.setPen(QPen(QColor("#0B6E4F")))
        painter.drawRoundedRect(0, 0, 4, 4, 1, 1)
    painter.end()
    assert sys.getrefcount(None) - before > -100


def test_none_returning_data_keeps_none_alive(qapp):
    combo = QComboBox()
    combo.addItem("Semua", None)
    before = sys.getrefcount(None)
    for _ in range(5000):
        assert combo.currentData() is None
        assert combo.itemData(0, Qt.ItemDataRole.UserRole) is None
    assert sys.getrefcount(None) - before > -100
