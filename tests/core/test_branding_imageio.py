"""Opening photos: every kind of bad or unusual input from the issue's list, each with a
clear Indonesian RenderError or a correct image. Fixtures are made here with Pillow."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageDraw

from core.branding import imageio, jpeg_scaled
from core.branding.errors import RenderError
from core.branding.imageio import make_thumbnail, open_photo, thumbnail_image

# The four quadrants of an upright test photo: top-left red, top-right green,
# bottom-left blue, bottom-right yellow.
QUADS = {"tl": (220, 30, 30), "tr": (30, 200, 30), "bl": (30, 30, 220), "br": (230, 220, 40)}
# What a camera stores for each EXIF orientation: the inverse of the viewer's transform.
STORE = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def quadrant_image(w: int = 120, h: int = 80) -> Image.Image:
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w // 2 - 1, h // 2 - 1), fill=QUADS["tl"])
    d.rectangle((w // 2, 0, w - 1, h // 2 - 1), fill=QUADS["tr"])
    d.rectangle((0, h // 2, w // 2 - 1, h - 1), fill=QUADS["bl"])
    d.rectangle((w // 2, h // 2, w - 1, h - 1), fill=QUADS["br"])
    return im


def close(a: tuple[int, ...], b: tuple[int, ...], tol: int = 40) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=False))


def upright(path: Path, size: tuple[int, int] | None = None) -> Image.Image:
    photo = open_photo(path)
    return photo.region((0, 0, *photo.size), size or photo.size)


# ---------------------------------------------------------------- bad files


def test_zero_byte_file_is_reported(tmp_path):
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    with pytest.raises(RenderError, match=r"kosong \(0 byte\): kosong\.jpg"):
        open_photo(empty)


def test_text_file_named_jpg_is_not_an_image(tmp_path):
    fake = tmp_path / "undangan.jpg"
    fake.write_text("Undangan rapat koordinasi, Senin 10.00 WIB", encoding="utf-8")
    with pytest.raises(RenderError, match="bukan berkas gambar yang dikenali.*\\.jpg"):
        open_photo(fake)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(RenderError, match="tidak ditemukan"):
        open_photo(tmp_path / "tidak-ada.jpg")
    with pytest.raises(RenderError, match="folder, bukan berkas foto"):
        open_photo(tmp_path)


def test_truncated_jpeg_is_reported_as_damaged(tmp_path):
    buf = io.BytesIO()
    quadrant_image(400, 300).save(buf, "JPEG", quality=90)
    cut = tmp_path / "terpotong.jpg"
    cut.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    with pytest.raises(RenderError, match="rusak atau terpotong: terpotong\\.jpg"):
        open_photo(cut)
    with pytest.raises(RenderError, match="rusak atau terpotong: terpotong\\.jpg"):
        open_photo(cut, [(100, 100, "cover")])  # the scaled decode falls back to Pillow's


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def test_decompression_bomb_header_is_refused(tmp_path):
    ihdr = struct.pack(">IIBBBBB", 40000, 40000, 8, 2, 0, 0, 0)
    bomb = tmp_path / "bom.png"
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
                     + _png_chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + _png_chunk(b"IEND", b""))
    with pytest.raises(RenderError, match="Gambar terlalu besar: bom\\.png"):
        open_photo(bomb)


def test_png_above_own_limit_but_below_pillows_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(imageio, "MAX_PIXELS", 5000)
    Image.new("RGB", (100, 100)).save(tmp_path / "besar.png")
    with pytest.raises(RenderError, match="Gambar terlalu besar: besar.png"):
        open_photo(tmp_path / "besar.png")


def test_huge_panorama_decodes_at_draft_scale(tmp_path):
    pano = Image.new("RGB", (20000, 2000), (40, 90, 160))
    ImageDraw.Draw(pano).rectangle((0, 0, 9999, 1999), fill=(200, 60, 40))
    pano.save(tmp_path / "panorama.jpg", quality=70)
    photo = open_photo(tmp_path / "panorama.jpg", [(540, 540, "cover")])
    assert photo.full_size == (20000, 2000)
    assert photo.image.size == (7500, 750)  # decoded at 3/8: the smallest n/8 covering 540
    left = photo.region((0, 0, 2000, 750), (200, 75)).getpixel((100, 37))
    assert close(left, (200, 60, 40))
    full = open_photo(tmp_path / "panorama.jpg", [(1080, 1080, "cover")])
    assert full.image.size == (12500, 1250)  # 5/8: 1/2 would be too small for 1080 high


def test_pillow_draft_is_the_fallback_without_the_fast_decoder(tmp_path, monkeypatch):
    monkeypatch.setattr(jpeg_scaled, "_DISABLED", True)
    pano = Image.new("RGB", (20000, 2000), (40, 90, 160))
    pano.save(tmp_path / "panorama.jpg", quality=70)
    assert open_photo(tmp_path / "panorama.jpg", [(540, 540, "cover")]).image.size == (10000, 1000)


def test_tiny_photo_opens_and_knows_it_is_too_small(tmp_path):
    quadrant_image(120, 80).save(tmp_path / "kecil.png")
    photo = open_photo(tmp_path / "kecil.png", [(1080, 1080, "cover")])
    warning = photo.too_small_for((1080, 1080), "Persegi 1080x1080")
    assert warning is not None and "terlalu kecil" in warning and "120x80" in warning
    assert photo.too_small_for((100, 60), "kecil") is None


# ---------------------------------------------------------------- colour modes


def test_cmyk_jpeg_becomes_rgb_with_right_colours(tmp_path):
    cmyk = Image.new("CMYK", (64, 32), (0, 255, 255, 0))  # pure red ink
    ImageDraw.Draw(cmyk).rectangle((32, 0, 63, 31), fill=(0, 0, 0, 0))  # paper white
    cmyk.save(tmp_path / "cetak.jpg", quality=95)
    out = upright(tmp_path / "cetak.jpg")
    assert out.mode == "RGB"
    assert close(out.getpixel((10, 16)), (255, 0, 0), 30)
    assert close(out.getpixel((50, 16)), (255, 255, 255), 10)


def test_sixteen_bit_grey_png_is_scaled_not_clipped(tmp_path):
    deep = Image.new("I;16", (8, 8), 0)
    deep.paste(32896, (0, 0, 4, 8))  # mid-grey in 16 bits
    deep.paste(65535, (4, 0, 8, 8))
    deep.save(tmp_path / "16bit.png")
    assert Image.open(tmp_path / "16bit.png").mode.startswith("I")
    out = upright(tmp_path / "16bit.png")
    assert out.mode == "RGB"
    assert close(out.getpixel((1, 1)), (128, 128, 128), 2)
    assert out.getpixel((6, 1)) == (255, 255, 255)


def test_palette_png_with_transparency_goes_on_white(tmp_path):
    pal = Image.new("P", (20, 10), 0)
    pal.putpalette([0, 0, 0, 200, 30, 30] + [0] * 762)
    pal.paste(1, (10, 0, 20, 10))
    pal.info["transparency"] = 0
    pal.save(tmp_path / "palet.png", transparency=0)
    out = upright(tmp_path / "palet.png")
    assert out.getpixel((2, 5)) == (255, 255, 255)  # transparent -> white, not black
    assert close(out.getpixel((15, 5)), (200, 30, 30), 2)


@pytest.mark.parametrize("mode", ["LA", "RGBA"])
def test_alpha_modes_are_flattened_on_white(tmp_path, mode):
    im = Image.new(mode, (10, 10), (0,) * len(mode))  # fully transparent black
    im.save(tmp_path / f"alpha_{mode}.png")
    assert upright(tmp_path / f"alpha_{mode}.png").getpixel((5, 5)) == (255, 255, 255)


def test_animated_gif_uses_first_frame_and_warns(tmp_path):
    frames = [Image.new("RGB", (16, 16), c) for c in ((200, 0, 0), (0, 0, 200), (0, 200, 0))]
    frames[0].save(tmp_path / "anim.gif", save_all=True, append_images=frames[1:], duration=100)
    photo = open_photo(tmp_path / "anim.gif")
    assert close(photo.region((0, 0, 16, 16), (16, 16)).getpixel((8, 8)), (200, 0, 0), 10)
    assert any("animasi" in w for w in photo.warnings)


def test_phone_mpo_jpeg_is_draft_decoded_without_animation_warning(tmp_path):
    quadrant_image(1600, 1200).save(tmp_path / "ponsel.jpg", "MPO", save_all=True,
                                    append_images=[Image.new("RGB", (160, 120))])
    assert Image.open(tmp_path / "ponsel.jpg").format == "MPO"
    photo = open_photo(tmp_path / "ponsel.jpg", [(200, 150, "cover")])
    assert photo.image.size == (200, 150) and not photo.warnings


def _linear_rgb_icc() -> bytes:
    """A minimal ICC v2 profile: sRGB primaries with a linear (gamma 1.0) curve."""

    def s15(v: float) -> bytes:
        return struct.pack(">i", round(v * 65536))

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ " + b"\0" * 4 + s15(x) + s15(y) + s15(z)

    curve = b"curv" + b"\0" * 4 + struct.pack(">IH", 1, 256) + b"\0\0"
    text = b"Linear RGB (uji)\0"
    desc = (b"desc" + b"\0" * 4 + struct.pack(">I", len(text)) + text + b"\0" * 8
            + b"\0" * 3 + b"\0" * 67)
    tags = [(b"desc", desc), (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
            (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)), (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
            (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
            (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]
    offset = 128 + 4 + 12 * len(tags)
    table = data = b""
    for sig, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += sig + struct.pack(">II", offset + len(data), len(body))
        data += body
    header = (struct.pack(">I", offset + len(data)) + b"\0" * 4 + struct.pack(">I", 0x02100000)
              + b"mntrRGB XYZ " + b"\0" * 12 + b"acsp" + b"\0" * 28
              + s15(0.9642) + s15(1.0) + s15(0.8249) + b"\0" * 48)
    return header + struct.pack(">I", len(tags)) + table + data


def test_embedded_icc_profile_is_converted_to_srgb(tmp_path):
    icc = _linear_rgb_icc()
    ImageCms.ImageCmsProfile(io.BytesIO(icc))  # a valid profile
    Image.new("RGB", (8, 8), (128, 128, 128)).save(tmp_path / "linear.png", icc_profile=icc)
    Image.new("RGB", (8, 8), (128, 128, 128)).save(tmp_path / "polos.png")
    # linear 0.5 is sRGB ~188; without the profile the value stays 128
    assert close(upright(tmp_path / "linear.png").getpixel((4, 4)), (188, 188, 188), 3)
    assert upright(tmp_path / "polos.png").getpixel((4, 4)) == (128, 128, 128)


def test_embedded_icc_profile_is_converted_on_the_scaled_jpeg_path(tmp_path):
    Image.new("RGB", (800, 600), (128, 128, 128)).save(tmp_path / "linear.jpg", quality=95,
                                                        icc_profile=_linear_rgb_icc())
    photo = open_photo(tmp_path / "linear.jpg", [(300, 225, "cover")])
    assert photo.image.size == (300, 225)  # 3/8: decoded by jpeg_scaled, not Pillow's draft
    assert close(photo.region((0, 0, 300, 225), (150, 110)).getpixel((75, 55)),
                 (188, 188, 188), 3)


def test_broken_icc_profile_is_ignored_with_a_warning(tmp_path):
    Image.new("RGB", (8, 8), (90, 90, 90)).save(tmp_path / "icc.png", icc_profile=b"bukan icc")
    photo = open_photo(tmp_path / "icc.png")
    assert photo.region((0, 0, 8, 8), (8, 8)).getpixel((1, 1)) == (90, 90, 90)
    assert any("Profil warna" in w for w in photo.warnings)


# ---------------------------------------------------------------- EXIF


def oriented_jpeg(folder: Path, orientation: int, size: tuple[int, int]) -> Path:
    """The quadrant picture as a camera stores it for `orientation` (upright `size`)."""
    stored = quadrant_image(*size)
    if STORE[orientation] is not None:
        stored = stored.transpose(STORE[orientation])
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = folder / f"orientasi{orientation}.jpg"
    stored.save(path, quality=95, exif=exif.tobytes())
    return path


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_comes_out_upright(tmp_path, orientation):
    photo = open_photo(oriented_jpeg(tmp_path, orientation, (120, 80)))
    assert photo.size == (120, 80)
    out = photo.region((0, 0, 120, 80), (120, 80))
    for name, (x, y) in {"tl": (20, 15), "tr": (100, 15), "bl": (20, 65), "br": (100, 65)}.items():
        assert close(out.getpixel((x, y)), QUADS[name]), (orientation, name)
    # a crop of the top-right quadrant, resized, is still the green one
    crop = photo.region((60, 0, 120, 40), (30, 20))
    assert close(crop.getpixel((15, 10)), QUADS["tr"])


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_comes_out_upright_when_decoded_scaled(tmp_path, orientation):
    photo = open_photo(oriented_jpeg(tmp_path, orientation, (960, 640)), [(360, 240, "cover")])
    assert photo.size == (360, 240) and photo.full_size == (960, 640)  # 3/8, upright
    out = photo.region((0, 0, 360, 240), (120, 80))
    for name, (x, y) in {"tl": (20, 15), "tr": (100, 15), "bl": (20, 65), "br": (100, 65)}.items():
        assert close(out.getpixel((x, y)), QUADS[name]), (orientation, name)


def test_orientation_with_draft_decoding(tmp_path):
    stored = quadrant_image(1600, 1200).transpose(STORE[6])
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.save(tmp_path / "miring.jpg", quality=90, exif=exif.tobytes())
    photo = open_photo(tmp_path / "miring.jpg", [(200, 150, "cover")])
    assert photo.full_size == (1600, 1200) and photo.size == (200, 150)
    out = photo.region((0, 0, 200, 150), (200, 150))
    assert close(out.getpixel((150, 30)), QUADS["tr"])


def test_corrupt_exif_is_ignored(tmp_path):
    buf = io.BytesIO()
    broken = b"Exif\x00\x00MM\x00\x2a\xff\xff\xff\xf0rusak"  # IFD offset far past the end
    quadrant_image().save(buf, "JPEG", quality=90, exif=broken)
    (tmp_path / "exif.jpg").write_bytes(buf.getvalue())
    photo = open_photo(tmp_path / "exif.jpg")
    assert photo.orientation == 1 and photo.exif == b""
    assert photo.size == (120, 80)


def test_only_date_and_credit_survive_from_exif(tmp_path):
    exif = Image.Exif()
    exif[0x013B] = "Humas Diskominfo"  # Artist
    exif[0x8298] = "Pemkot Cimahi"  # Copyright
    exif[0x010F] = "KameraUji"  # Make: dropped
    exif.get_ifd(0x8769)[0x9003] = "2025:11:12 09:30:00"
    exif.get_ifd(0x8825).update({1: "S", 2: (6.0, 52.0, 12.3), 3: "E", 4: (107.0, 32.0, 45.6)})
    quadrant_image().save(tmp_path / "gps.jpg", exif=exif.tobytes())
    kept = Image.Exif()
    kept.load(open_photo(tmp_path / "gps.jpg").exif)
    assert kept[0x013B] == "Humas Diskominfo" and kept[0x8298] == "Pemkot Cimahi"
    assert kept.get_ifd(0x8769)[0x9003] == "2025:11:12 09:30:00"
    assert 0x010F not in kept and not kept.get_ifd(0x8825)


def test_file_names_with_spaces_and_non_ascii(tmp_path):
    folder = tmp_path / "Foto Kegiatan ☆ Cimahi"
    folder.mkdir()
    path = folder / "Rapat Koordinasi – Walikota Ngatiyana (ñ).jpg"
    quadrant_image().save(path)
    assert open_photo(path).size == (120, 80)


def test_heic_photo_opens(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")
    try:
        pillow_heif.from_pillow(quadrant_image(128, 96)).save(tmp_path / "ponsel.heic", quality=90)
    except Exception as exc:  # noqa: BLE001 - no HEIF encoder in this build
        pytest.skip(f"HEIF encoder not available: {exc}")
    out = upright(tmp_path / "ponsel.heic")
    assert out.size == (128, 96)
    assert close(out.getpixel((100, 70)), QUADS["br"], 50)
    # phones store rotation as a HEIF transform; it is applied once, never twice
    exif = Image.Exif()
    exif[0x0112] = 6
    quadrant_image(128, 96).save(tmp_path / "miring.heic", exif=exif.tobytes(), quality=90)
    photo = open_photo(tmp_path / "miring.heic")
    assert photo.size == (96, 128) and photo.orientation == 1
    turned = photo.region((0, 0, 96, 128), (96, 128))
    assert close(turned.getpixel((80, 20)), QUADS["tl"], 50)  # rotated clockwise once


# ---------------------------------------------------------------- thumbnails


def test_thumbnail_fits_box_is_upright_and_has_no_exif(tmp_path):
    stored = quadrant_image(1200, 800).transpose(STORE[8])
    exif = Image.Exif()
    exif[0x0112] = 8
    exif.get_ifd(0x8825)[1] = "S"
    stored.save(tmp_path / "asli.jpg", exif=exif.tobytes())
    dst = make_thumbnail(tmp_path / "asli.jpg", tmp_path / "thumb.jpg", size=256)
    with Image.open(dst) as thumb:
        assert thumb.size == (256, 171)
        assert close(thumb.getpixel((20, 20)), QUADS["tl"])
        assert not thumb.getexif()
    assert thumbnail_image(tmp_path / "asli.jpg", 64).size == (64, 43)


def test_thumbnail_of_bad_file_raises_render_error(tmp_path):
    (tmp_path / "x.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(RenderError):
        make_thumbnail(tmp_path / "x.jpg", tmp_path / "t.jpg")
    assert not (tmp_path / "t.jpg").exists()


def test_a_jpeg_is_decoded_in_one_decoder_call(tmp_path, monkeypatch):
    """Pillow lets the GIL go for each decoder call; in its 64 KB steps a camera JPEG
    took ~130 calls, each waiting for the GIL while another thread held it (the decode
    ~8x slower beside a busy Python thread). One call, the same pixels."""
    from PIL import ImageFile

    seen: list[int] = []
    real = ImageFile.ImageFile.load

    def load(self):
        seen.append(self.decodermaxblock)
        return real(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    big = tmp_path / "besar.jpg"
    Image.effect_noise((1500, 1500), 60).convert("RGB").save(big, quality=95)
    assert big.stat().st_size > ImageFile.MAXBLOCK
    needs = [(1080, 1350, "cover")]
    one = imageio.open_photo(big, needs)
    assert seen and seen[-1] >= big.stat().st_size
    monkeypatch.setattr(imageio, "ONE_READ_BYTES", 0)  # Pillow's own steps
    assert imageio.open_photo(big, needs).image.tobytes() == one.image.tobytes()
