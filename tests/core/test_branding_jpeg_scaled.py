"""The n/8-scale JPEG decoder: right size and pixels, and a clean hand-over to Pillow
for anything it should not decode itself."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw, ImageStat

from core.branding import imageio, jpeg_scaled
from core.branding.errors import RenderError
from core.branding.imageio import open_photo


def scene(size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """Quadrants of colour with a diagonal, so scaling or offset errors show."""
    w, h = size
    im = Image.new("RGB", size, (30, 110, 80))
    draw = ImageDraw.Draw(im)
    draw.rectangle((w // 2, 0, w, h // 2), fill=(220, 60, 40))
    draw.rectangle((0, h // 2, w // 2, h), fill=(240, 200, 70))
    draw.line((0, 0, w, h), fill=(255, 255, 255), width=12)
    return im


def save(im: Image.Image, path, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=92, **kw)
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


def near(pixel: tuple[int, ...], colour: tuple[int, ...]) -> bool:
    return max(abs(a - b) for a, b in zip(pixel, colour, strict=True)) <= 3


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def test_decodes_at_the_smallest_eighth_that_covers(tmp_path):
    save(scene(), tmp_path / "rapat.jpg")
    im = jpeg_scaled.decode_scaled(tmp_path / "rapat.jpg", "RGB", (500, 300))
    # 500/1600 = 0.31 and 300/1200 = 0.25: 3/8 is the smallest n/8 covering both
    assert im.mode == "RGB" and im.size == (600, 450)
    reference = scene().resize((600, 450), Image.Resampling.LANCZOS)
    assert mean_difference(im.convert("RGB"), reference) < 4


def test_greyscale_jpeg_stays_greyscale(tmp_path):
    save(scene().convert("L"), tmp_path / "hitam-putih.jpg")
    im = jpeg_scaled.decode_scaled(tmp_path / "hitam-putih.jpg", "L", (400, 300))
    assert im.mode == "L" and im.size == (400, 300)


@pytest.mark.parametrize("mode", ["CMYK", "P", "YCbCr"])
def test_other_modes_are_left_to_pillow(tmp_path, mode):
    save(scene(), tmp_path / "foto.jpg")
    assert jpeg_scaled.decode_scaled(tmp_path / "foto.jpg", mode, (400, 300)) is None


def test_damaged_files_are_left_to_pillow(tmp_path):
    data = save(scene(), tmp_path / "utuh.jpg")
    (tmp_path / "terpotong.jpg").write_bytes(data[: len(data) // 2])
    (tmp_path / "sampah.jpg").write_bytes(b"\xff\xd8\xff" + b"bukan jpeg" * 100)
    for name in ("terpotong.jpg", "sampah.jpg", "tidak-ada.jpg"):
        assert jpeg_scaled.decode_scaled(tmp_path / name, "RGB", (400, 300)) is None


def test_benign_warnings_still_decode_through_pillow(tmp_path):
    """Stray bytes before a marker: libjpeg warns (so the strict decoder declines) and
    Pillow decodes the photo as every viewer does."""
    data = save(scene(), tmp_path / "utuh.jpg")
    sos = data.index(b"\xff\xda")
    (tmp_path / "aneh.jpg").write_bytes(data[:sos] + b"\x00\x00\x00" + data[sos:])
    assert jpeg_scaled.decode_scaled(tmp_path / "aneh.jpg", "RGB", (400, 300)) is None
    photo = open_photo(tmp_path / "aneh.jpg", [(400, 300, "cover")])
    assert photo.image.size == (400, 300)  # Pillow's draft 1/4


def test_fast_and_fallback_paths_give_the_same_picture(tmp_path, monkeypatch):
    """Upright, cropped and resized the same, whichever decoder ran (EXIF orientation 6)."""
    exif = Image.Exif()
    exif[imageio.ORIENTATION_TAG] = 6
    save(scene(), tmp_path / "miring.jpg", exif=exif.tobytes())
    needs = [(420, 420, "cover")]  # 0.35 of the upright 1200x1600: 3/8 here, 1/2 in Pillow
    fast = open_photo(tmp_path / "miring.jpg", needs)
    monkeypatch.setattr(jpeg_scaled, "_DISABLED", True)
    slow = open_photo(tmp_path / "miring.jpg", needs)
    assert fast.image.size == (600, 450) and slow.image.size == (800, 600)
    assert fast.size == (450, 600) and fast.full_size == slow.full_size == (1200, 1600)
    box = (0, 0, fast.size[0], fast.size[1])
    a = fast.region(box, (300, 400))
    b = slow.region((0, 0, slow.size[0], slow.size[1]), (300, 400))
    assert mean_difference(a, b) < 3


def test_very_large_files_are_streamed_by_pillow_instead(tmp_path, monkeypatch):
    data = save(scene(), tmp_path / "panorama.jpg")
    monkeypatch.setattr(jpeg_scaled, "MAX_FILE_BYTES", len(data) - 1)
    assert jpeg_scaled.decode_scaled(tmp_path / "panorama.jpg", "RGB", (400, 300)) is None
    # 3/8: Pillow's own decoder reaches it (jpeg_scaled.draft) and streams the file
    assert open_photo(tmp_path / "panorama.jpg", [(600, 450, "cover")]).image.size == (600, 450)
    # 5/8 is only decode_scaled's, which declines the file: Pillow's draft, full size
    assert open_photo(tmp_path / "panorama.jpg", [(1000, 750, "cover")]).image.size == (1600, 1200)


_VALID = io.BytesIO()
scene((320, 240)).save(_VALID, "JPEG", quality=85)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(_VALID.getvalue()) - 1), st.integers(0, 255)),
                min_size=1, max_size=8), st.integers(20, len(_VALID.getvalue())))
def test_corrupted_jpegs_never_crash_either_decoder(tmp_path, edits, keep):
    """Flipped bytes and cut-off files: a picture or a RenderError, nothing else."""
    data = bytearray(_VALID.getvalue()[:keep])
    for at, value in edits:
        if at < len(data):
            data[at] = value
    path = tmp_path / "rusak.jpg"
    path.write_bytes(bytes(data))
    decoded = jpeg_scaled.decode_scaled(path, "RGB", (120, 90))
    assert decoded is None or decoded.size == (120, 90)
    try:
        photo = open_photo(path, [(120, 90, "cover")])
    except RenderError:
        return
    assert photo.region((0, 0, *photo.size), (60, 45)).size == (60, 45)


@pytest.mark.parametrize(("size", "need"), [
    ((1600, 1200), (500, 300)), ((1001, 667), (1, 1)), ((999, 1333), (375, 500)),
    ((4000, 6000), (1080, 1350)), ((17, 9), (17, 9)), ((640, 480), (641, 1)),
])
def test_scaled_size_is_the_size_libjpeg_turbo_decodes_to(tmp_path, size, need):
    save(scene(size), tmp_path / "foto.jpg")
    expected = jpeg_scaled.scaled_size(size, need)
    assert jpeg_scaled.decode_scaled(tmp_path / "foto.jpg", "RGB", need).size == expected
    assert expected[0] >= min(need[0], size[0]) and expected[1] >= min(need[1], size[1])


def test_a_decoded_photo_keeps_its_pixels_when_the_next_one_is_decoded(tmp_path):
    """The thread's buffers are reused: what a photo returned must be its own copy."""
    for name, colour in (("merah.jpg", (220, 40, 40)), ("biru.jpg", (40, 60, 220))):
        save(Image.new("RGB", (800, 600), colour), tmp_path / name)
        save(Image.new("L", (800, 600), colour[0]), tmp_path / ("abu-" + name))
    red = jpeg_scaled.decode_scaled(tmp_path / "merah.jpg", "RGB", (300, 225))
    grey = jpeg_scaled.decode_scaled(tmp_path / "abu-merah.jpg", "L", (300, 225))
    jpeg_scaled.decode_scaled(tmp_path / "biru.jpg", "RGB", (300, 225))
    jpeg_scaled.decode_scaled(tmp_path / "abu-biru.jpg", "L", (300, 225))
    assert near(red.getpixel((150, 100)), (220, 40, 40))
    assert abs(grey.getpixel((150, 100)) - 220) <= 3


def test_without_buffer_reuse_the_result_is_the_same(tmp_path, monkeypatch):
    save(scene(), tmp_path / "rapat.jpg")
    reused = jpeg_scaled.decode_scaled(tmp_path / "rapat.jpg", "RGB", (500, 300))
    monkeypatch.setattr(jpeg_scaled, "REUSE_BYTES", 1000)  # too big to keep: fresh memory
    fresh = jpeg_scaled.decode_scaled(tmp_path / "rapat.jpg", "RGB", (500, 300))
    assert fresh.tobytes() == reused.tobytes()


def test_threads_decoding_at_once_do_not_share_buffers(tmp_path):
    colours = [(200, 30 * i, 40) for i in range(6)]
    for i, colour in enumerate(colours):
        save(Image.new("RGB", (640, 480), colour), tmp_path / f"foto{i}.jpg")

    def decode(i: int) -> tuple[int, int, int]:
        return jpeg_scaled.decode_scaled(tmp_path / f"foto{i % 6}.jpg", "RGB",
                                         (240, 180)).getpixel((120, 90))

    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(decode, range(60)))
    for i, pixel in enumerate(got):
        assert near(pixel, colours[i % 6])


# ---------------------------------------------------------------- Pillow's own n/8


def pillow_at_eighths(path, need):
    im = Image.open(path)
    assert jpeg_scaled.draft(im, need)
    im.load()
    return im


@pytest.mark.parametrize(("size", "need"), [
    ((1600, 1200), (500, 300)), ((1001, 667), (1, 1)), ((999, 1333), (375, 500)),
    ((4000, 6000), (1080, 1350)), ((17, 9), (17, 9)), ((1601, 1203), (401, 301)),
    ((6000, 4000), (2025, 1350)), ((1600, 1200), (790, 590)),
])
def test_pillow_reaches_the_same_eighths_with_the_same_pixels(tmp_path, size, need):
    """1/8-4/8 and 8/8 through Pillow's decoder: decode_scaled's size and its very pixels
    (the same libjpeg-turbo IDCT scaling), so outputs do not change with the decoder."""
    save(scene(size), tmp_path / "foto.jpg")
    ours = pillow_at_eighths(tmp_path / "foto.jpg", need)
    theirs = jpeg_scaled.decode_scaled(tmp_path / "foto.jpg", "RGB", need)
    assert ours.size == theirs.size == jpeg_scaled.scaled_size(size, need)
    assert ours.tobytes() == theirs.tobytes()


@pytest.mark.parametrize("options", [{"progressive": True}, {"subsampling": 0},
                                     {"subsampling": 1, "progressive": True}])
def test_pillow_eighths_match_for_progressive_and_other_subsampling(tmp_path, options):
    save(scene(), tmp_path / "foto.jpg", **options)
    ours = pillow_at_eighths(tmp_path / "foto.jpg", (500, 300))
    theirs = jpeg_scaled.decode_scaled(tmp_path / "foto.jpg", "RGB", (500, 300))
    assert ours.size == theirs.size == (600, 450)
    assert ours.tobytes() == theirs.tobytes()


def test_pillow_at_eighths_keeps_greyscale_and_cmyk(tmp_path):
    save(scene().convert("L"), tmp_path / "abu.jpg")
    save(scene().convert("CMYK"), tmp_path / "cmyk.jpg")
    grey = pillow_at_eighths(tmp_path / "abu.jpg", (500, 300))
    assert grey.mode == "L" and grey.size == (600, 450)
    assert grey.tobytes() == jpeg_scaled.decode_scaled(tmp_path / "abu.jpg", "L",
                                                       (500, 300)).tobytes()
    cmyk = pillow_at_eighths(tmp_path / "cmyk.jpg", (500, 300))
    assert cmyk.mode == "CMYK" and cmyk.size == (600, 450)
    reference = scene().resize((600, 450), Image.Resampling.LANCZOS)
    assert mean_difference(cmyk.convert("RGB"), reference) < 6


def test_pillow_leaves_five_to_seven_eighths_to_decode_scaled(tmp_path):
    save(scene(), tmp_path / "foto.jpg")
    im = Image.open(tmp_path / "foto.jpg")
    assert not jpeg_scaled.draft(im, (1000, 750))  # 5/8
    assert im.size == (1600, 1200) and not im.decoderconfig
    photo = open_photo(tmp_path / "foto.jpg", [(1000, 750, "cover")])
    assert photo.image.size == (1000, 750)  # decode_scaled's 5/8


def test_pillow_eighths_are_not_used_when_disabled_or_not_a_plain_jpeg(tmp_path, monkeypatch):
    save(scene(), tmp_path / "foto.jpg")
    scene().save(tmp_path / "foto.png")
    assert not jpeg_scaled.draft(Image.open(tmp_path / "foto.png"), (500, 300))
    drafted = Image.open(tmp_path / "foto.jpg")
    drafted.draft(None, (500, 300))  # Pillow's own draft already chose a scale
    assert not jpeg_scaled.draft(drafted, (500, 300))
    monkeypatch.setattr(jpeg_scaled, "_DISABLED", True)
    assert not jpeg_scaled.draft(Image.open(tmp_path / "foto.jpg"), (500, 300))


def test_a_batch_render_does_not_import_numpy(tmp_path):
    """numpy (~65 ms holding the GIL) comes only with simplejpeg, which a camera photo's
    usual 1/8-4/8 scales no longer need."""
    import subprocess
    import sys

    save(scene((4000, 3000)), tmp_path / "foto.jpg")
    code = ("import sys; from core.branding.imageio import open_photo; "
            f"p = open_photo({str(tmp_path / 'foto.jpg')!r}, [(1080, 1080, 'cover')]); "
            "assert p.image.size == (1500, 1125), p.image.size; "
            "print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"
