"""The recap chart for the Word report, drawn with Pillow (no plotting library).

Two panels side by side, one bar per platform: reach (Jangkauan) and interactions
(Interaksi), each on its own scale, with the value printed beside the bar in
Indonesian number format.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from core.platforms import platform_name
from core.report import ReportData, Totals
from core.report_format import format_number

WIDTH, HEIGHT = 2000, 820
INK = (31, 42, 39)
MUTED = (95, 107, 103)
GRID = (216, 222, 219)
PANELS = (("Jangkauan per platform", (11, 110, 79)),
          ("Interaksi per platform", (196, 140, 20)))


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        import fontpkg_poppins

        name = "Poppins-SemiBold.ttf" if bold else "Poppins-Regular.ttf"
        return ImageFont.truetype(str(Path(fontpkg_poppins.ROOT) / "files" / name), size)
    except (ImportError, OSError):
        return ImageFont.load_default(size)


def _nice_max(value: int) -> int:
    """A round axis end at or above `value` that splits into four round ticks."""
    if value <= 0:
        return 1
    power = 10 ** (len(str(int(value))) - 1)
    for step in (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10):
        if value <= step * power:
            return int(step * power)
    return 10 * power


def _panel(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], title: str,
           color: tuple[int, int, int], items: list[tuple[str, int]],
           label_w: int = 190) -> None:
    left, top, right, bottom = box
    draw.text((left, top), title, font=_font(40, bold=True), fill=INK)
    label_font, value_font, axis_font = _font(32), _font(30, bold=True), _font(24)
    plot_l, plot_r = left + label_w, right - 40
    plot_t, plot_b = top + 80, bottom - 40
    if not items:
        draw.text((plot_l, plot_t + 40), "Belum ada data metrik", font=label_font, fill=MUTED)
        return
    top_value = _nice_max(max(v for _, v in items))
    span = plot_r - plot_l - 150  # room for the value label after the longest bar
    for i in range(5):
        x = plot_l + span * i / 4
        draw.line([(x, plot_t), (x, plot_b)], fill=GRID, width=2)
        draw.text((x, plot_b + 6), format_number(top_value * i / 4), font=axis_font,
                  fill=MUTED, anchor="ma")
    slot = (plot_b - plot_t) / len(items)
    bar_h = min(70, slot * 0.62)
    for i, (name, value) in enumerate(items):
        cy = plot_t + slot * (i + 0.5)
        draw.text((plot_l - 16, cy), name, font=label_font, fill=INK, anchor="rm")
        length = span * value / top_value
        draw.rounded_rectangle([plot_l, cy - bar_h / 2, plot_l + max(length, 3), cy + bar_h / 2],
                               radius=8, fill=color)
        draw.text((plot_l + length + 12, cy), format_number(value), font=value_font, fill=INK,
                  anchor="lm")


def panels_png(panels: list[tuple[str, tuple[int, int, int], list[tuple[str, int]]]], *,
               height: int = HEIGHT, label_w: int = 190) -> bytes:
    """PNG bytes of bar panels side by side (title, colour, (label, value) bars each),
    every panel on its own scale; the monthly and the city report draw with it."""
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    width = WIDTH // len(panels)
    for i, (title, color, items) in enumerate(panels):
        _panel(draw, (30 + i * width, 20, (i + 1) * width - 10, height - 20), title, color,
               items, label_w)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def platform_chart_png(data: ReportData) -> bytes:
    """PNG bytes of the per-platform chart (2000 x 820 px, printed about 16 cm wide)."""
    measured: dict[str, Totals] = {k: t for k, t in data.by_platform.items() if t.with_metrics}
    values = (
        [(platform_name(k), t.sums["reach"]) for k, t in measured.items()],
        [(platform_name(k), t.interactions) for k, t in measured.items()],
    )
    return panels_png([(title, color, items)
                       for (title, color), items in zip(PANELS, values, strict=True)])
