"""A preview spaces letters as the exported file does (issue 14 item 10).

At preview scale a 30 px date is drawn at 7-11 px, where FreeType hints every glyph to
whole pixels: with Pillow's basic layout (no libraqm, as on many Windows installs) the
advances themselves are rounded ('e' 7 px instead of 5.7), and even with raqm each hinted
glyph snaps to the pixel grid, so the screen read "4 D esemb er 2026" while the JPEG was
even. The renderer now lays preview text out at the exported size and shrinks it.
"""

from __future__ import annotations

import functools

import pytest
from PIL import Image, ImageFont, features

from core.branding import fonts, load_kit, render_image

FIELDS = {"title": "", "date": "4 Desember 2026", "location": "Cimahi Tengah",
          "department": "", "city": ""}
ENGINES = [ImageFont.Layout.BASIC] + (
    [ImageFont.Layout.RAQM] if features.check("raqm") else [])


def ink_shift(a: Image.Image, b: Image.Image) -> float:
    """Mean horizontal distance (px) between the ink of two crops of one line of text
    (the area between their cumulative column-ink curves)."""
    def cumulative(im: Image.Image) -> list[float]:
        g = im.convert("L")
        w, h = g.size
        px = g.load()
        bg = px[w - 1, h // 2]
        cols = [sum(abs(px[x, y] - bg) for y in range(h)) for x in range(w)]
        total, acc, out = sum(cols), 0, []
        for c in cols:
            acc += c
            out.append(acc / total)
        return out
    return sum(abs(x - y) for x, y in zip(cumulative(a), cumulative(b), strict=True))


@pytest.fixture(params=ENGINES, ids=lambda e: e.name)
def layout_engine(request, monkeypatch):
    """Render with this Pillow layout engine (BASIC: what a PC without libraqm gets)."""
    monkeypatch.setattr(fonts.ImageFont, "truetype",
                        functools.partial(ImageFont.truetype, layout_engine=request.param))
    fonts.get_font.cache_clear()
    yield request.param
    fonts.get_font.cache_clear()


@pytest.mark.parametrize("scale", [0.25, 0.3, 0.35])
def test_preview_letters_sit_where_the_exported_file_has_them(layout_engine, scale):
    kit = load_kit("cimahi")
    preview = render_image(kit, "band-bottom", "portrait", None, FIELDS, scale=scale).image
    exported = render_image(kit, "band-bottom", "portrait", None, FIELDS, scale=1.0).image
    shrunk = exported.resize(preview.size, Image.Resampling.LANCZOS)
    w, h = preview.size
    date_line = (0, int(h * 0.9), w, int(h * 0.97))
    shift = ink_shift(preview.crop(date_line), shrunk.crop(date_line))
    assert shift < 0.75

