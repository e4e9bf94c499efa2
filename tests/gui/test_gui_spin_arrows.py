"""Spin boxes (report margins, hashtag cap, Rekap Kota's deadline) show their up and down
arrows: the style sheet draws the buttons, so it must also give them images that load."""

from __future__ import annotations

import re

from PySide6.QtCore import QFile
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSpinBox

from gui.theme import STYLE, register_icon_path


def test_every_image_the_style_names_loads():
    register_icon_path()
    names = re.findall(r"url\(icons:([\w.-]+)\)", STYLE)
    assert {"arrow-up.svg", "arrow-down.svg"} <= set(names)
    for name in names:
        assert QFile.exists(f"icons:{name}"), name
        assert not QImage(f"icons:{name}").isNull(), name


def test_spin_box_buttons_show_dark_arrows(qapp, qtbot):
    register_icon_path()
    spin = QSpinBox()
    spin.setStyleSheet(STYLE)
    spin.setRange(0, 60)
    spin.setValue(30)
    qtbot.addWidget(spin)
    spin.resize(120, 36)
    spin.show()
    image = spin.grab().toImage()
    w, h = image.width(), image.height()

    def row_widths(top: int, bottom: int) -> list[int]:
        """Dark pixels per row in the button column: a triangle's rows narrow or widen."""
        rows = [sum(1 for x in range(w - 20, w - 2) if image.pixelColor(x, y).lightness() < 90)
                for y in range(top, bottom)]
        return [n for n in rows if n]

    for name, widths in (("up", row_widths(2, h // 2)), ("down", row_widths(h // 2, h - 2))):
        # a Fusion fallback without images drew a 1-pixel line here, not an arrow
        assert len(widths) >= 3 and max(widths) >= 2 * min(widths), (name, widths)
