"""The live brand preview: renders at the shown size on a worker, follows edits without
piling up renders, moves the focus point on click, shows the safe area and errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF

from core.branding import load_kit
from widgets.brand_preview import BrandPreview

FIELDS = {"title": "Peresmian Mal Pelayanan Publik", "date": "12 November 2025",
          "location": "Cimahi Tengah", "department": "Diskominfo", "city": "Cimahi"}


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """Left half red, right half blue: where the crop lands is visible in the pixels."""
    im = Image.new("RGB", (1200, 400), (220, 20, 20))
    im.paste((20, 20, 220), (600, 0, 1200, 400))
    path = tmp_path / "lebar.jpg"
    im.save(path, "JPEG", quality=90)
    return path


@pytest.fixture
def preview(qapp_id, qtbot, photo):
    view = BrandPreview()
    qtbot.addWidget(view)
    view.resize(300, 340)
    view.show()
    qtbot.waitExposed(view)
    view.set_kit(load_kit("cimahi"))
    view.set_template("band-bottom")
    view.set_format("square")
    view.set_photo(photo)
    view.set_fields(FIELDS)
    assert view.wait_rendered()
    return view


def test_renders_at_screen_size(preview):
    image = preview.image()
    assert image is not None and not preview.error()
    ratio = preview.devicePixelRatioF()
    assert image.width() <= 300 * ratio and image.width() > 200 * ratio  # not 1080 px
    assert image.width() == image.height()  # square


def test_typing_is_debounced_into_few_renders(preview, qtbot):
    before = preview.render_count
    title = ""
    for ch in "Rapat Koordinasi Penanganan Banjir":
        title += ch
        preview.set_fields(FIELDS | {"title": title})
    assert preview.wait_rendered()
    qtbot.wait(150)
    preview.wait_rendered()
    assert 1 <= preview.render_count - before <= 2


def test_click_moves_the_focus_and_the_crop(preview, qtbot):
    rect = preview._image_rect()
    centre = preview.image().pixelColor(preview.image().width() // 2, 40)
    with qtbot.waitSignal(preview.focus_changed, timeout=1000) as got:
        focus = preview.click_at(QPointF(rect.left() + 4, rect.top() + 40))
    assert focus is not None and focus[0] < 0.5
    assert got.args[0] == pytest.approx(focus[0])
    preview.wait_rendered()
    left = preview.image().pixelColor(preview.image().width() // 2, 40)
    assert centre.blue() > centre.red()  # centred crop: the middle of the photo (blue)
    assert left.red() > left.blue()  # after clicking left, the red half fills the middle


def test_click_outside_the_photo_does_nothing(preview):
    assert preview.click_at(QPointF(1, 1)) is None  # the grey margin around the image


def test_safe_area_overlay_for_story(preview):
    preview.set_format("story")
    preview.wait_rendered()
    plain = preview.grab().toImage()
    preview.set_safe_zone(True)
    marked = preview.grab().toImage()
    rect = preview._image_rect()
    y = int(rect.top() + 5)
    x = int(rect.center().x())
    assert plain.pixelColor(x, y) != marked.pixelColor(x, y)  # the hidden band is tinted


def test_missing_photo_shows_the_reason(preview, tmp_path):
    preview.set_photo(tmp_path / "hilang.jpg")
    preview.wait_rendered()
    assert "tidak ditemukan" in preview.error()
    assert preview.image() is None
