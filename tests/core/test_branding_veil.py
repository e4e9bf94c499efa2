"""The photo under a near-opaque band (band-bottom's 94 % green) is resized by a cheap
filter: the rows above it stay as they were, and the picture's quality does not drop."""

from __future__ import annotations

import math

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from core.branding import imageio, load_kit, renderer
from core.branding.formats import get_format
from core.branding.geometry import canvas_rect, safe_rect
from core.branding.imageio import open_photo
from core.branding.kit import load_kit_folder
from tests.core.test_branding_renderer import FIELDS, make_kit


def busy_photo(path, size=(3000, 2000), orientation: int = 1):
    """Gradients, fine lines and noise: detail a cheap resize would show."""
    w, h = size
    im = Image.merge("RGB", [Image.linear_gradient("L").resize(size),
                             Image.radial_gradient("L").resize(size),
                             Image.effect_noise(size, 60).point(lambda v: v // 2 + 64)])
    draw = ImageDraw.Draw(im)
    for x in range(0, w, 37):
        draw.line((x, 0, x + h // 3, h), fill=(250, 250, 240), width=2)
    for y in range(0, h, 53):
        draw.line((0, y, w, y + 40), fill=(10, 20, 30), width=1)
    exif = Image.Exif()
    exif[imageio.ORIENTATION_TAG] = orientation
    im.save(path, quality=92, exif=exif.tobytes())
    return path


def psnr(a: Image.Image, b: Image.Image) -> float:
    rms = ImageStat.Stat(ImageChops.difference(a, b)).rms
    mse = sum(v * v for v in rms) / len(rms)
    return math.inf if mse == 0 else 10 * math.log10(255 ** 2 / mse)


def rows_of(kit, template_id: str, format_id: str) -> tuple[int, int]:
    fmt = get_format(format_id)
    layers = [layer for layer in kit.template(template_id).layers if layer.applies_to(fmt.id)]
    return renderer.veiled_rows(layers, safe_rect(fmt, 1.0), canvas_rect(fmt, 1.0), 1.0)


def compose(kit, format_id: str, photo) -> Image.Image:
    template = kit.template("band-bottom")
    return renderer.compose(kit, template, get_format(format_id), photo, FIELDS, (0.5, 0.5),
                            1.0)[0]


def test_band_bottom_veils_the_rows_under_its_band(warta_home):
    kit = load_kit("cimahi")
    assert rows_of(kit, "band-bottom", "portrait") == (0, round(1350 * 0.72))
    for format_id in ("square", "story", "landscape", "youtube"):
        top, bottom = rows_of(kit, "band-bottom", format_id)
        assert top == 0 and 0.6 < bottom / get_format(format_id).height < 0.8


@pytest.mark.parametrize(("format_id", "orientation"), [
    ("portrait", 1), ("portrait", 6), ("square", 1), ("youtube", 8)])
def test_the_veiled_resize_keeps_the_picture_and_its_quality(warta_home, tmp_path, monkeypatch,
                                                              format_id, orientation):
    """Against the all-bicubic render: the rows above the band alike (at most +-1 where
    the sub-box's scale rounds differently), the whole frame >= 50 dB. Against a
    reference from the full-size photo resized with Lanczos: within 0.15 dB of what the
    all-bicubic render scores (measured on the benchmark's camera photos: -0.08 dB on
    average, -0.13 dB at worst)."""
    kit = load_kit("cimahi")
    path = busy_photo(tmp_path / "rapat.jpg", orientation=orientation)
    fmt = get_format(format_id)
    photo = open_photo(path, renderer.photo_needs(kit.template("band-bottom"), fmt))
    veiled = compose(kit, format_id, photo)
    top, bottom = rows_of(kit, "band-bottom", format_id)
    monkeypatch.setattr(renderer, "VEIL_OPACITY", 2.0)  # no layer veils: all bicubic
    before = compose(kit, format_id, photo)
    real = imageio.Photo._resized
    monkeypatch.setattr(imageio.Photo, "_resized", lambda self, box, out, method: real(
        self, box, out, Image.Resampling.LANCZOS))
    reference = compose(kit, format_id, open_photo(path))
    above = (0, top, fmt.width, bottom)
    assert max(hi for _, hi in ImageChops.difference(veiled.crop(above),
                                                     before.crop(above)).getextrema()) <= 1
    assert psnr(veiled, before) >= 50
    assert psnr(veiled, reference) >= psnr(before, reference) - 0.15


def test_only_a_plain_near_opaque_full_width_band_veils(tmp_path):
    def rows(rect: dict) -> tuple[int, int]:
        kit = load_kit_folder(make_kit(tmp_path / str(len(list(tmp_path.iterdir()))), [
            {"type": "photo", "fit": "cover"}, {"type": "rect", **rect}]))
        return rows_of(kit, "t", "portrait")

    band = {"box": ["0%", "80%", "100%", "20%"], "fill": "#0B6E4F"}
    assert rows(band) == (0, 1080)
    assert rows({**band, "opacity": 0.95}) == (0, 1080)
    assert rows({**band, "opacity": 0.8}) == (0, 1350)  # the photo shows through
    assert rows({**band, "fill": "#0B6E4F80"}) == (0, 1350)
    assert rows({**band, "radius": "20px"}) == (0, 1350)  # its corners show the photo
    assert rows({**band, "box": ["5%", "80%", "90%", "20%"]}) == (0, 1350)
    assert rows({**band, "box": ["0%", "40%", "100%", "20%"]}) == (0, 1350)  # not at an edge
    assert rows({**band, "box": ["0%", "0%", "100%", "10%"]}) == (135, 1350)  # a top band
