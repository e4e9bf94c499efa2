"""Hostile PNG chunks and damaged bytes give the app's own messages, never "galat tak
terduga" (issue 16 item 12)."""

from __future__ import annotations

import io
import random
import struct
import zlib

import pytest
from PIL import Image

from core.branding.catalog import replace_logo
from core.branding.errors import LogoError, RenderError
from core.branding.imageio import open_photo, photo_size
from core.media_files import MediaError
from core.media_import import import_file


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGBA", (48, 32), (200, 10, 10, 255)).save(buf, "PNG")
    return buf.getvalue()


def hostile_png(kind: str, after_idat: bool = False) -> bytes:
    """A tiny PNG whose zTXt/iCCP/iTXt chunk inflates to 3 MB (Pillow's limit is 1 MB)."""
    bomb = zlib.compress(b"A" * (3 * 1024 * 1024), 9)
    extra = {"zTXt": _chunk(b"zTXt", b"Comment\0\0" + bomb),
             "iCCP": _chunk(b"iCCP", b"icc\0\0" + bomb),
             "iTXt": _chunk(b"iTXt", b"Comment\0\1\0\0\0" + bomb)}[kind]
    raw = _png()
    at = raw.index(b"IEND" if after_idat else b"IDAT") - 4
    return raw[:at] + extra + raw[at:]


CASES = [(k, a) for k in ("zTXt", "iCCP", "iTXt") for a in (False, True)]


@pytest.mark.parametrize(("kind", "after"), CASES)
def test_hostile_chunks_in_photos_are_render_errors(tmp_path, kind, after):
    path = tmp_path / f"{kind}.png"
    path.write_bytes(hostile_png(kind, after))
    for fn in (open_photo, photo_size):
        try:
            fn(path)
        except RenderError as exc:
            assert path.name in str(exc)
            assert "ValueError" not in str(exc)


@pytest.mark.parametrize("kind", ["zTXt", "iCCP", "iTXt"])
def test_hostile_chunks_before_the_pixels_are_explained(tmp_path, kind):
    path = tmp_path / f"{kind}.png"
    path.write_bytes(hostile_png(kind))
    with pytest.raises(RenderError, match="terlalu besar"):
        open_photo(path)


@pytest.mark.parametrize(("kind", "after"), CASES)
def test_replace_logo_refuses_hostile_pngs_with_a_logo_error(tmp_path, kind, after):
    path = tmp_path / "logo.png"
    path.write_bytes(hostile_png(kind, after))
    try:
        replace_logo("cimahi", "city", path)
    except LogoError as exc:
        assert "logo.png" in str(exc)


@pytest.mark.parametrize(("kind", "after"), CASES)
def test_media_import_refuses_hostile_pngs_with_a_media_error(store, tmp_path, kind, after):
    path = tmp_path / "foto.png"
    path.write_bytes(hostile_png(kind, after))
    try:
        import_file(store, path)
    except MediaError as exc:
        assert "foto.png" in str(exc)


def test_damaged_bytes_only_ever_give_our_errors(store, tmp_path):
    """200 random corruptions of a PNG and a JPEG: each opens, or fails with our error."""
    rng = random.Random(16)
    jpeg = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 120, 60)).save(jpeg, "JPEG", quality=80)
    sources = {"png": _png(), "jpg": jpeg.getvalue()}
    for i in range(200):
        ext = "png" if i % 2 else "jpg"
        data = bytearray(sources[ext])
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            del data[rng.randrange(len(data)):]
        path = tmp_path / f"rusak{i}.{ext}"
        path.write_bytes(bytes(data) or b"\0")
        for call, errors in ((lambda p=path: open_photo(p), RenderError),
                             (lambda p=path: photo_size(p), RenderError),
                             (lambda p=path: import_file(store, p), MediaError),
                             (lambda p=path: replace_logo("cimahi", "city", p), LogoError)):
            try:
                call()
            except errors as exc:
                assert str(exc) and "galat" not in str(exc)


def test_hostile_png_in_brand_cli_is_a_message(tmp_path, capsys):
    import cli

    path = tmp_path / "foto.png"
    path.write_bytes(hostile_png("zTXt"))
    code = cli.main(["brand", str(path), "--template", "band-bottom", "-o",
                     str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code != 0 and "terlalu besar" in err and "Traceback" not in err
