"""The first photo of a `brand` batch decoded while the program starts
(core/branding/early_decode.py): the render takes it only for the same file and needs,
and the outputs are the bytes a plain decode gives."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageCms

import cli
import cli.brand
from core.branding import early_decode, imageio

NEEDS = [(1080, 1350, "cover")]


@pytest.fixture
def photo(tmp_path) -> Path:
    path = tmp_path / "rapat.jpg"
    Image.radial_gradient("L").resize((1600, 1200)).convert("RGB").save(path, quality=90)
    return path


@pytest.fixture
def decodes(monkeypatch) -> list[str]:
    """The thread of every decode_photo call."""
    seen: list[str] = []
    real = imageio.decode_photo

    def counted(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(imageio, "decode_photo", counted)
    yield seen
    early_decode.discard()


def test_the_render_takes_the_early_photo_once(photo, decodes):
    assert early_decode.start(str(photo), NEEDS)
    got = imageio.open_photo(str(photo), NEEDS)
    assert decodes == ["warta-early-decode"]
    fresh = imageio.open_photo(str(photo), NEEDS)  # taken once: the next one decodes
    assert decodes == ["warta-early-decode", threading.current_thread().name]
    assert got.image.tobytes() == fresh.image.tobytes()
    assert (got.size, got.full_size, got.orientation, got.exif) == \
        (fresh.size, fresh.full_size, fresh.orientation, fresh.exif)


def test_other_needs_or_files_decode_as_always(photo, tmp_path, decodes):
    other = tmp_path / "lain.jpg"
    other.write_bytes(photo.read_bytes())
    assert early_decode.start(str(photo), NEEDS)
    assert not early_decode.start(str(other), NEEDS)  # one at a time
    imageio.open_photo(str(photo), [(1080, 1080, "cover")])
    imageio.open_photo(str(other), NEEDS)
    early_decode.discard()  # waits for the unused decode and drops it
    assert sorted(decodes) == sorted(["warta-early-decode", "MainThread", "MainThread"])
    assert early_decode.take(str(photo), NEEDS) is None


def test_a_failed_early_decode_is_decoded_again_with_its_message(tmp_path, decodes):
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 bukan foto")
    assert early_decode.start(str(broken), NEEDS)
    with pytest.raises(imageio.RenderError) as first:
        imageio.open_photo(str(broken), NEEDS)
    with pytest.raises(imageio.RenderError) as again:
        imageio.decode_photo(str(broken), NEEDS)
    assert str(first.value) == str(again.value)


def _brand(files: list[Path], out: Path, *formats: str) -> int:
    args = ["brand", *map(str, files), "--template", "band-bottom", "--title", "Rapat",
            "--department", "Diskominfo", "--city", "Cimahi", "--jobs", "2", "-o", str(out)]
    for f in formats:
        args += ["--format", f]
    return cli.main(args)


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_cli_outputs_are_the_same_bytes_with_and_without_the_early_decode(
        photo, tmp_path, monkeypatch, capsys, decodes):
    png = tmp_path / "tangkapan.png"
    Image.new("RGBA", (700, 900), (200, 30, 60, 128)).save(png)
    with_icc = tmp_path / "profil.jpg"
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()
    Image.open(photo).save(with_icc, icc_profile=icc)
    for first in (photo, png, with_icc):
        files = [first, photo, png]
        assert _brand(files, tmp_path / f"awal-{first.stem}", "portrait", "square") == 0
        assert decodes[0] == "warta-early-decode"  # the first file, decoded early
        decodes.clear()
        with monkeypatch.context() as m:
            m.setattr(cli.brand, "_decode_first_early", lambda *a: None)
            assert _brand(files, tmp_path / f"biasa-{first.stem}", "portrait", "square") == 0
        assert "warta-early-decode" not in decodes
        decodes.clear()
        early = _outputs(tmp_path / f"awal-{first.stem}")
        assert len(early) == 6
        assert early == _outputs(tmp_path / f"biasa-{first.stem}")
    capsys.readouterr()


def test_no_early_decode_without_format_or_on_one_core(photo, tmp_path, monkeypatch, capsys,
                                                        decodes):
    assert _brand([photo], tmp_path / "semua") == 0  # the template's formats: not known
    monkeypatch.setattr(cli.brand.os, "cpu_count", lambda: 1)
    assert _brand([photo], tmp_path / "satu", "square") == 0
    assert "warta-early-decode" not in decodes
    capsys.readouterr()


def test_the_early_photo_of_a_png_is_its_own(tmp_path, decodes):
    png = tmp_path / "tangkapan.png"
    buf = io.BytesIO()
    Image.new("RGB", (640, 480), (10, 200, 30)).save(buf, "PNG")
    png.write_bytes(buf.getvalue())
    assert early_decode.start(png, NEEDS)
    got = imageio.open_photo(png, NEEDS)
    assert decodes == ["warta-early-decode"]
    assert got.image.getpixel((5, 5)) == (10, 200, 30)


def test_a_jpeg_is_decoded_in_one_call(photo, monkeypatch):
    """Pillow lets the GIL go for each decoder call; in its 64 KB steps a camera JPEG
    took ~130 calls, each waiting for the GIL while another thread held it (a decode
    ~8x slower beside a busy thread, the early decode beside the start-up's imports)."""
    from PIL import ImageFile

    seen: list[int] = []
    real = ImageFile.ImageFile.load

    def load(self):
        seen.append(self.decodermaxblock)
        return real(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    big = photo.parent / "besar.jpg"
    Image.effect_noise((1500, 1500), 60).convert("RGB").save(big, quality=95)
    assert big.stat().st_size > ImageFile.MAXBLOCK
    one = imageio.decode_photo(big, NEEDS)
    assert seen and seen[-1] >= big.stat().st_size
    monkeypatch.setattr(imageio, "ONE_READ_BYTES", 0)  # Pillow's steps: the same pixels
    assert imageio.decode_photo(big, NEEDS).image.tobytes() == one.image.tobytes()
