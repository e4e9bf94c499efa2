"""The renderer: layers, safe zones, focus, metadata, output formats and failed writes."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from core.branding import renderer
from core.branding.errors import RenderError
from core.branding.kit import load_kit_folder
from core.branding.renderer import PhotoCache, render, render_image, render_set

ALL = ["square", "portrait", "story", "landscape", "youtube"]
FIELDS = {"title": "Peluncuran Aplikasi Layanan Kependudukan Daring", "date": "12 November 2025",
          "location": "Gedung B Pemkot Cimahi", "department": "Disdukcapil", "city": "Cimahi"}


def make_kit(root: Path, layers: list[dict], formats: list[str] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "logos").mkdir(exist_ok=True)
    Image.new("RGBA", (50, 50), (255, 255, 255, 255)).save(root / "logos" / "city.png")
    data = {"id": "uji", "name": "Uji", "colors": {"primary": "#0B6E4F", "text": "#FFFFFF"},
            "fonts": {"heading": "fontpkg:Poppins:700"}, "logos": {"city": "logos/city.png"},
            "templates": [{"id": "t", "name": "T", "formats": formats or ALL, "layers": layers}]}
    (root / "kit.json").write_text(json.dumps(data), encoding="utf-8")
    return root


def split_photo(path: Path, size=(400, 200), exif: bytes = b"") -> Path:
    """Left half red, right half blue."""
    im = Image.new("RGB", size, (0, 0, 230))
    ImageDraw.Draw(im).rectangle((0, 0, size[0] // 2 - 1, size[1]), fill=(230, 0, 0))
    im.save(path, quality=95, exif=exif)
    return path


def lit_rows(image: Image.Image, top: int, bottom: int) -> int:
    """How many pixels in rows [top, bottom) are not black."""
    band = image.crop((0, top, image.width, bottom)).convert("L")
    return band.point(lambda v: 255 if v > 60 else 0).histogram()[255]


def test_safe_zone_is_enforced_for_text_and_logo_whatever_the_kit_says(tmp_path):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [
        {"type": "rect", "fill": "#000000"},
        {"type": "text", "value": "{title}", "box": ["0%", "0%", "100%", "100%"],
         "font": "heading", "size": [90, 90], "color": "#FFFFFF"},
        {"type": "text", "value": "{title}", "box": ["0px", "1300px", "100%", "600px"],
         "font": "heading", "size": [90, 90], "color": "#FFFFFF", "valign": "bottom"},
        {"type": "logo", "key": "city", "box": ["0px", "1350px", "200px", "400px"],
         "valign": "bottom"},
    ]))
    res = render_image(kit, "t", "story", None, FIELDS)
    assert res.image.size == (1080, 1920)
    assert lit_rows(res.image, 0, 250) == 0
    assert lit_rows(res.image, 1670, 1920) == 0
    assert lit_rows(res.image, 250, 400) > 0 and lit_rows(res.image, 1550, 1670) > 0


def test_default_style_band_bleeds_to_the_bottom_of_a_story(tmp_path):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [
        {"type": "rect", "fill": "#000000"},
        {"type": "rect", "box": ["0%", "80%", "100%", "20%"], "fill": "#FFFFFF"},
    ]))
    image = render_image(kit, "t", "story", None, {}).image
    assert image.getpixel((540, 1915)) == (255, 255, 255)  # band reaches the canvas edge
    assert image.getpixel((540, 250 + int(0.8 * 1420) - 5)) == (0, 0, 0)


def test_focus_point_moves_the_crop(tmp_path):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "photo"}]))
    photo = split_photo(tmp_path / "dua warna.jpg")
    left = render_image(kit, "t", "square", photo, {}, focus=(0.0, 0.5), scale=0.1).image
    right = render_image(kit, "t", "square", photo, {}, focus=(1.0, 0.5), scale=0.1).image
    assert left.getpixel((54, 54))[0] > 200 and right.getpixel((54, 54))[2] > 200


def test_contain_fit_shows_the_whole_photo_on_the_background(tmp_path):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [
        {"type": "photo", "fit": "contain", "background": "primary"}]))
    image = render_image(kit, "t", "square", split_photo(tmp_path / "p.jpg"), {}, scale=0.2).image
    assert image.size == (216, 216)
    assert image.getpixel((108, 5)) == (11, 110, 79)  # letterbox above the 2:1 photo
    assert image.getpixel((10, 108))[0] > 200 and image.getpixel((200, 108))[2] > 200


def test_gradients_and_rounded_corners(tmp_path):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [
        {"type": "rect", "fill": "#000000"},
        {"type": "rect", "box": ["0%", "0%", "50%", "100%"],
         "gradient": {"from": "#000000", "to": "#FFFFFF", "direction": "vertical"}},
        {"type": "rect", "box": ["50%", "0%", "50%", "50%"],
         "gradient": {"from": "#000000", "to": "#FFFFFF", "direction": "horizontal"}},
        {"type": "rect", "box": ["55%", "55%", "40%", "40%"], "fill": "#FFFFFF", "radius": "50%",
         "bleed": False},
    ], formats=["square"]))
    im = render_image(kit, "t", "square", None, {}, scale=0.2).image.convert("L")
    assert im.getpixel((50, 2)) < 20 and im.getpixel((50, 213)) > 235
    assert im.getpixel((110, 50)) < 20 and im.getpixel((213, 50)) > 235
    assert im.getpixel((120, 120)) < 20  # rounded corner of the circle-ish rect stays black
    assert im.getpixel((162, 162)) > 235


def test_text_is_drawn_in_its_colour(tmp_path):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [
        {"type": "rect", "fill": "#000000"},
        {"type": "text", "value": "{title}", "box": ["5%", "5%", "90%", "90%"],
         "font": "heading", "size": [80, 40], "color": "#F2C14E", "uppercase": True},
    ], formats=["square"]))
    im = render_image(kit, "t", "square", None, FIELDS, scale=0.3).image
    colours = {c for _, c in im.getcolors(100000)}
    assert (242, 193, 78) in colours


def test_photo_metadata_keeps_date_and_credit_but_not_gps(tmp_path):
    exif = Image.Exif()
    exif[0x013B] = "Humas Disdukcapil"
    exif.get_ifd(0x8769)[0x9003] = "2025:11:12 09:30:00"
    exif.get_ifd(0x8825).update({1: "S", 2: (6.0, 52.0, 12.3), 3: "E", 4: (107.0, 32.0, 45.6)})
    photo = split_photo(tmp_path / "gps.jpg", exif=exif.tobytes())
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "photo"}]))
    for fmt, name in (("jpeg", "out.jpg"), ("png", "out.png")):
        res = render(kit, "t", "youtube", photo, {}, out_path=tmp_path / name, fmt=fmt)
        with Image.open(res.path) as out:
            assert out.format == ("JPEG" if fmt == "jpeg" else "PNG")
            ex = out.getexif()
            assert ex[0x013B] == "Humas Disdukcapil"
            assert ex.get_ifd(0x8769)[0x9003] == "2025:11:12 09:30:00"
            assert not ex.get_ifd(0x8825) and 0x8825 not in ex
            if fmt == "jpeg":
                assert out.info.get("progressive") and out.size == (1280, 720)


def test_source_icc_profile_and_comment_do_not_reach_outputs(tmp_path):
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = Image.new("RGB", (300, 200), (90, 90, 90))
    source.save(tmp_path / "icc.jpg", icc_profile=srgb, comment=b"Lokasi: -6.87, 107.54")
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "photo"}]))
    for name in ("o.png", "o.jpg"):
        res = render(kit, "t", "square", tmp_path / "icc.jpg", {}, out_path=tmp_path / name,
                     fmt="png" if name.endswith("png") else "jpeg")
        with Image.open(res.path) as out:
            assert "icc_profile" not in out.info and "comment" not in out.info
        assert b"107.54" not in res.path.read_bytes()


def test_quality_setting_changes_the_jpeg(tmp_path):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "photo"}]))
    photo = split_photo(tmp_path / "p.jpg")
    low = render(kit, "t", "square", photo, {}, out_path=tmp_path / "low.jpg", quality=30)
    high = render(kit, "t", "square", photo, {}, out_path=tmp_path / "high.jpg", quality=95)
    assert low.path.stat().st_size < high.path.stat().st_size


def test_exif_orientation_is_honoured_in_the_output(tmp_path):
    upright = Image.new("RGB", (300, 200), (0, 0, 230))
    ImageDraw.Draw(upright).rectangle((0, 0, 299, 99), fill=(230, 0, 0))  # red on top
    exif = Image.Exif()
    exif[0x0112] = 6
    upright.transpose(Image.Transpose.ROTATE_90).save(tmp_path / "hp.jpg", exif=exif.tobytes())
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "photo"}]))
    res = render(kit, "t", "landscape", tmp_path / "hp.jpg", {}, out_path=tmp_path / "o.jpg")
    with Image.open(res.path) as out:
        assert out.getpixel((800, 100))[0] > 200 and out.getpixel((800, 800))[2] > 200
        assert 0x0112 not in out.getexif()


def test_tiny_photo_renders_with_a_warning(tmp_path):
    Image.new("RGB", (120, 80), (90, 120, 60)).save(tmp_path / "kecil.jpg")
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "photo"}]))
    res = render(kit, "t", "portrait", tmp_path / "kecil.jpg", {}, out_path=tmp_path / "o.jpg")
    assert res.path.exists() and res.size == (1080, 1350)
    assert any("terlalu kecil" in w and "120x80" in w for w in res.warnings)


def test_missing_output_folder_and_path_under_a_file(tmp_path):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "rect", "fill": "primary"}]))
    with pytest.raises(RenderError, match="tidak ada. Pilih folder lain"):
        render(kit, "t", "square", None, {}, out_path=tmp_path / "tidak-ada" / "o.jpg")
    (tmp_path / "berkas").write_text("x")
    with pytest.raises(RenderError):
        render(kit, "t", "square", None, {}, out_path=tmp_path / "berkas" / "o.jpg")


@pytest.mark.parametrize(("code", "message"), [(errno.ENOSPC, "Disk penuh"),
                                               (errno.EACCES, "tidak dapat ditulis")])
def test_full_disk_or_read_only_leaves_old_file_and_no_temp(tmp_path, monkeypatch, code, message):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "rect", "fill": "primary"}]))
    out_dir = tmp_path / "hasil"
    out_dir.mkdir()
    target = out_dir / "pengumuman.jpg"
    target.write_bytes(b"versi lama")

    def refuse(src, dst):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(RenderError, match=message):
        render(kit, "t", "square", None, {}, out_path=target)
    assert target.read_bytes() == b"versi lama"
    assert [p.name for p in out_dir.iterdir()] == ["pengumuman.jpg"]


def test_template_format_and_photo_errors_are_render_errors(tmp_path):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "photo"}], formats=["square"]))
    with pytest.raises(RenderError, match="tidak mendukung format Potret"):
        render_image(kit, "t", "portrait")
    with pytest.raises(RenderError, match="Templat 'x' tidak ada"):
        render_image(kit, "x", "square")
    with pytest.raises(RenderError, match="memerlukan foto"):
        render(kit, "t", "square", None, {}, out_path=tmp_path / "o.jpg")
    placeholder = render_image(kit, "t", "square", None, {}, scale=0.1)
    assert placeholder.image.getpixel((50, 50)) == renderer.PLACEHOLDER_GREY
    assert any("Belum ada foto" in w for w in placeholder.warnings)


def test_preview_cache_decodes_once_per_photo(tmp_path, monkeypatch):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "photo"}]))
    photo = split_photo(tmp_path / "p.jpg", size=(1600, 800))
    calls = []
    real = renderer.open_photo
    monkeypatch.setattr(renderer, "open_photo", lambda *a, **k: calls.append(a) or real(*a, **k))
    cache = PhotoCache()
    first = render_image(kit, "t", "portrait", photo, {}, scale=0.4, cache=cache)
    moved = render_image(kit, "t", "portrait", photo, {}, focus=(0.9, 0.5), scale=0.4,
                         cache=cache)
    assert len(calls) == 1 and first.image.size == moved.image.size == (432, 540)
    assert first.image.tobytes() != moved.image.tobytes()
    photo.touch()
    os.utime(photo, ns=(1, 1))  # a changed file is decoded again
    render_image(kit, "t", "portrait", photo, {}, scale=0.4, cache=cache)
    assert len(calls) == 2


def test_render_set_decodes_once_for_all_formats(tmp_path, monkeypatch):
    kit = load_kit_folder(make_kit(tmp_path / "kit", [{"type": "photo"}]))
    photo = split_photo(tmp_path / "p.jpg")
    calls = []
    real = renderer.open_photo
    monkeypatch.setattr(renderer, "open_photo", lambda *a, **k: calls.append(a) or real(*a, **k))
    outputs = {f: tmp_path / f"p_{f}.jpg" for f in ("square", "story", "youtube")}
    results = render_set(kit, "t", outputs, photo, {})
    assert len(calls) == 1
    assert [r.size for r in results] == [(1080, 1080), (1080, 1920), (1280, 720)]
    assert all(p.exists() for p in outputs.values())


def test_image_overlay_layer_stretch_and_contain(tmp_path):
    root = make_kit(tmp_path / "kit", [
        {"type": "rect", "fill": "#000000"},
        {"type": "image", "src": "overlays/bingkai.png"},
        {"type": "image", "src": "overlays/bingkai.png", "fit": "contain", "align": "left",
         "box": ["0%", "40%", "100%", "20%"], "bleed": False, "opacity": 0.5},
    ], formats=["square"])
    (root / "overlays").mkdir()
    frame = Image.new("RGBA", (100, 100), (0, 0, 0, 0))  # a frame: white edge, clear centre
    ImageDraw.Draw(frame).rectangle((0, 0, 99, 99), outline=(255, 255, 255, 255), width=10)
    frame.save(root / "overlays" / "bingkai.png")
    im = render_image(load_kit_folder(root), "t", "square", None, {}, scale=0.5).image
    assert im.getpixel((5, 270)) == (255, 255, 255)  # stretched frame edge
    assert im.getpixel((270, 150)) == (0, 0, 0)  # clear centre shows what is below
    # the contained copy is 108 px square at the left of its band, half transparent
    assert im.getpixel((5, 260))[0] in range(250, 256) and im.getpixel((60, 221))[0] in range(
        120, 135)


def test_kit_font_file_and_vanished_assets(tmp_path):
    import fontpkg

    root = make_kit(tmp_path / "kit", [
        {"type": "rect", "fill": "#000000"},
        {"type": "logo", "key": "city", "box": ["0%", "0%", "20%", "20%"]},
        {"type": "text", "value": "{title}", "box": ["5%", "30%", "90%", "60%"],
         "font": "body", "size": [60, 20]},
    ], formats=["square"])
    data = json.loads((root / "kit.json").read_text(encoding="utf-8"))
    data["fonts"]["body"] = "fonts/Body.ttf"
    (root / "kit.json").write_text(json.dumps(data), encoding="utf-8")
    (root / "fonts").mkdir()
    (root / "fonts" / "Body.ttf").write_bytes(fontpkg.path("Poppins", 400).read_bytes())
    kit = load_kit_folder(root)
    assert kit.fonts["body"] == (root / "fonts" / "Body.ttf").resolve()
    assert render_image(kit, "t", "square", None, FIELDS, scale=0.3).image.getbbox()
    (root / "logos" / "city.png").unlink()
    with pytest.raises(RenderError, match="Berkas kit merek Uji tidak dapat dibaca"):
        render_image(kit, "t", "square", None, FIELDS, scale=0.3)


def test_focus_at_maps_a_preview_click_to_the_photo():
    from core.branding import focus_at, load_kit, photo_rect

    kit = load_kit("cimahi")
    assert photo_rect(kit, "announcement", "square") is None
    assert photo_rect(kit, "framed", "square", 0.5) == renderer.Rect(27, 27, 513, 367)
    # portrait preview at half size of a 6000x4000 photo centred: the crop is x 1400-4600
    centre = focus_at(kit, "band-bottom", "portrait", (6000, 4000), (0.5, 0.5), (270, 337.5), 0.5)
    assert centre == pytest.approx((0.5, 0.5))
    left_edge = focus_at(kit, "band-bottom", "portrait", (6000, 4000), (0.5, 0.5), (0, 0), 0.5)
    assert left_edge == pytest.approx((1400 / 6000, 0.0))
    assert focus_at(kit, "framed", "square", (6000, 4000), (0.5, 0.5), (5, 5), 0.5) is None


def test_photo_size_reads_the_header_and_orientation(tmp_path):
    from core.branding import photo_size

    exif = Image.Exif()
    exif[0x0112] = 8
    Image.new("RGB", (300, 200)).save(tmp_path / "p.jpg", exif=exif.tobytes())
    assert photo_size(tmp_path / "p.jpg") == (200, 300)
    (tmp_path / "x.jpg").write_text("bukan foto")
    with pytest.raises(RenderError):
        photo_size(tmp_path / "x.jpg")


def test_render_threads_resize_a_logo_once(monkeypatch):
    """A batch's threads start their first photos together: one resizes the logo, the
    other waits for it (it used to resize the same logo again, ~8 ms)."""
    import functools
    import threading
    import time

    from core.branding import load_kit
    from core.branding.geometry import Rect

    kit = load_kit("cimahi")
    calls: list[str] = []

    @functools.lru_cache(maxsize=4)
    def slow_resized(path, mtime_ns, size, crop):
        calls.append(threading.current_thread().name)
        time.sleep(0.3)  # long enough for the other thread to arrive meanwhile
        return renderer._asset(path, mtime_ns).resize(size, box=crop)

    monkeypatch.setattr(renderer, "_asset_resized", slow_resized)
    logo = kit.logos["city"]
    canvases = [Image.new("RGB", (400, 400)) for _ in range(2)]
    threads = [threading.Thread(target=renderer._draw_picture,
                                args=(c, logo, Rect(10, 10, 200, 200), "contain", "center",
                                      "middle", 1.0)) for c in canvases]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert canvases[0].tobytes() == canvases[1].tobytes()
