"""Spin boxes (report margins, hashtag cap, Rekap Kota's deadline) show their up and down
arrows, combo and date boxes their drop-down arrow: the style sheet draws the buttons, so
it must also give them images that load."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QFile, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QSpinBox

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


@pytest.mark.parametrize("make", [
    lambda: QComboBox(),
    lambda: QDateEdit(),
    lambda: QDateTimeEdit(),
], ids=["combo", "date", "datetime"])
def test_drop_down_button_shows_an_arrow_and_no_stray_frame(qapp, qtbot, make):
    """The period, date and status boxes: Fusion drew the unstyled drop-down button with a
    dark sunken edge on its right and bottom, at every scale."""
    register_icon_path()
    box = make()
    if isinstance(box, QComboBox):
        box.addItems(["November 2026", "Oktober 2026"])
    else:
        box.setCalendarPopup(True)
    box.setStyleSheet(STYLE)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus frame is the accent colour
    qtbot.addWidget(box)
    box.resize(180, 36)
    box.show()
    image = box.grab().toImage()
    w, h = image.width(), image.height()

    def dark(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        return colour.alpha() > 200 and colour.lightness() < 120

    edges = [(x, y) for x in range(w - 28, w) for y in range(h)
             if (x >= w - 3 or y >= h - 3) and dark(x, y)]
    assert edges == []
    arrow_rows = [sum(1 for x in range(w - 24, w - 3) if dark(x, y)) for y in range(h)]
    widths = [n for n in arrow_rows if n]
    assert len(widths) >= 3 and max(widths) >= 2 * min(widths), widths
