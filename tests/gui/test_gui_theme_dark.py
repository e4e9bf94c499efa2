"""Windows 11 in dark mode: Qt starts from a dark palette. After apply_theme every role
in use must still be readable (dark text on light backgrounds), in every colour group."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTableWidget, QToolTip

from gui.theme import apply_palette, light_palette

R = QPalette.ColorRole
G = QPalette.ColorGroup
# (foreground, background, minimum WCAG contrast)
PAIRS = [
    (R.Text, R.Base, 4.5),
    (R.Text, R.AlternateBase, 4.5),
    (R.WindowText, R.Window, 4.5),
    (R.ButtonText, R.Button, 4.5),
    (R.ToolTipText, R.ToolTipBase, 4.5),
    (R.HighlightedText, R.Highlight, 4.5),
    (R.Link, R.Base, 4.5),
    (R.PlaceholderText, R.Base, 3.0),
    (R.BrightText, R.Shadow, 3.0),
]


def luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def dark_palette() -> QPalette:
    """Roughly what Qt's Windows 11 style gives in dark mode: every role dark or light
    the wrong way round for our sheet's dark text."""
    palette = QPalette()
    dark = {R.Window: "#202020", R.WindowText: "#FFFFFF", R.Base: "#1C1C1C",
            R.AlternateBase: "#2B2B2B", R.ToolTipBase: "#2B2B2B", R.ToolTipText: "#FFFFFF",
            R.Text: "#FFFFFF", R.Button: "#2D2D2D", R.ButtonText: "#FFFFFF",
            R.Highlight: "#4CC2FF", R.HighlightedText: "#000000", R.Link: "#4CC2FF",
            R.PlaceholderText: "#9D9D9D", R.Light: "#3C3C3C", R.Mid: "#2A2A2A",
            R.Dark: "#101010", R.Shadow: "#000000", R.BrightText: "#FFFFFF"}
    for group in (G.Active, G.Inactive, G.Disabled):
        for role, colour in dark.items():
            palette.setColor(group, role, QColor(colour))
    return palette


@pytest.fixture
def dark_then_theme(qapp):
    """apply_theme's palette step after a dark start (not the whole theme: re-applying
    the style sheet re-polishes every widget the session has, which is slow)."""
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    apply_palette(qapp)
    yield qapp
    qapp.setPalette(before)


@pytest.mark.parametrize("group", [G.Active, G.Inactive])
@pytest.mark.parametrize(("fg", "bg", "minimum"), PAIRS)
def test_every_role_in_use_is_readable_after_a_dark_start(dark_then_theme, group, fg, bg,
                                                          minimum):
    palette = dark_then_theme.palette()
    ratio = contrast(palette.color(group, fg), palette.color(group, bg))
    assert ratio >= minimum, f"{fg.name} on {bg.name} ({group.name}): {ratio:.2f}"


def test_backgrounds_are_light_whatever_the_system_scheme(dark_then_theme):
    palette = dark_then_theme.palette()
    for role in (R.Window, R.Base, R.AlternateBase, R.Button, R.ToolTipBase):
        assert luminance(palette.color(G.Active, role)) > 0.7, role.name
    assert QToolTip.palette().color(R.ToolTipBase) == palette.color(R.ToolTipBase)


def test_metrik_style_table_rows_and_header_are_light(dark_then_theme, qtbot):
    """The Laporan > Metrik grid: alternating rows and a header over a dark start."""
    table = QTableWidget(3, 2)
    qtbot.addWidget(table)
    table.setAlternatingRowColors(True)
    table.show()
    qtbot.waitExposed(table)
    palette = table.palette()
    assert contrast(palette.color(R.Text), palette.color(R.AlternateBase)) >= 4.5
    header = table.horizontalHeader().palette()
    assert contrast(header.color(R.ButtonText), header.color(R.Button)) >= 4.5
    image = table.horizontalHeader().grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert luminance(middle) > 0.5  # drawn light, not the dark palette's header


def test_light_palette_sets_every_role_in_every_group():
    palette = light_palette()
    fresh = QPalette()
    for role in R:
        if role in (R.NColorRoles, R.NoRole):
            continue
        for group in (G.Active, G.Inactive, G.Disabled):
            assert palette.isBrushSet(group, role) or fresh.color(group, role) == palette.color(
                group, role), (group.name, role.name)
