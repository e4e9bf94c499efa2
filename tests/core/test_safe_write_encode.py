"""JPEG encoding off the GIL: Pillow encodes into a pipe (a real file descriptor, so it
lets the GIL go) drained into memory; the bytes are exactly Pillow's in-memory encode,
and anything wrong with the pipe falls back to that encode instead of failing."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from PIL import Image

from core import safe_write


def _photo(size=(640, 480)) -> Image.Image:
    """Smooth gradients plus noise: compresses like a photo, bigger than a pipe buffer."""
    w, h = size
    base = Image.merge("RGB", [Image.linear_gradient("L").resize(size),
                               Image.linear_gradient("L").rotate(90).resize(size),
                               Image.new("L", size, 128)])
    noise = Image.frombytes("RGB", size, os.urandom(w * h * 3))
    return Image.blend(base, noise, 0.3)


def _in_memory(image: Image.Image, **params) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", **params)
    return out.getvalue()


EXIF = Image.Exif()
EXIF[0x013B] = "Diskominfo Cimahi"


@pytest.mark.parametrize("params", [
    {"quality": 88, "optimize": True, "progressive": True, "subsampling": 2,
     "exif": EXIF.tobytes()},
    {"quality": 95, "subsampling": 0},
    {"quality": 80},
])
def test_the_pipe_gives_pillows_bytes_exactly(params):
    """Also what would catch a text-mode pipe on Windows (\\n written as \\r\\n)."""
    image = _photo()
    assert safe_write._encode_through_pipe(image, "JPEG", params) == _in_memory(image, **params)
    assert safe_write.encode_image(image, "JPEG", **params) == _in_memory(image, **params)
    grey = image.convert("L")
    assert safe_write.encode_image(grey, "JPEG", **params) == _in_memory(grey, **params)


def test_a_pipe_that_loses_the_end_falls_back_to_memory(monkeypatch):
    """A pipe write cut short (a signal) goes unnoticed by Pillow: the bytes miss the
    JPEG's end marker, so they are encoded again in memory."""
    real = safe_write._drain

    def lossy(read_fd, chunks):
        real(read_fd, chunks)
        chunks[-1] = chunks[-1][:-100]

    monkeypatch.setattr(safe_write, "_drain", lossy)
    image = _photo()
    assert safe_write._encode_through_pipe(image, "JPEG", {"quality": 88}) is None
    assert safe_write.encode_image(image, "JPEG", quality=88) == _in_memory(image, quality=88)


def test_a_drain_that_gives_up_breaks_the_pipe_instead_of_hanging(monkeypatch):
    def gives_up(read_fd, chunks):
        os.close(read_fd)  # the encoder's write now fails (EPIPE) rather than waits

    monkeypatch.setattr(safe_write, "_drain", gives_up)
    image = _photo((1200, 900))  # far more than a pipe's buffer
    assert safe_write.encode_image(image, "JPEG", quality=90) == _in_memory(image, quality=90)


def test_no_pipe_to_be_had_encodes_in_memory(monkeypatch):
    def no_pipe():
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(safe_write, "_pipe", no_pipe)
    image = _photo()
    assert safe_write.encode_image(image, "JPEG", quality=88) == _in_memory(image, quality=88)


def test_png_is_still_encoded_in_memory(monkeypatch):
    monkeypatch.setattr(safe_write, "_encode_through_pipe",
                        lambda *a: pytest.fail("PNG took the JPEG path"))
    image = _photo((64, 48))
    out = io.BytesIO()
    image.save(out, "PNG")
    assert safe_write.encode_image(image, "PNG") == out.getvalue()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_GETPIPE_SZ is Linux's")
def test_the_pipe_has_room_for_a_whole_photo():
    """The drain needs the GIL for every read and may wait for it; with room for the
    whole JPEG in the pipe the encoder's write never waits for the drain (where the
    system allows that size; 64 KB, Linux' default, otherwise)."""
    import fcntl

    read_fd, write_fd = safe_write._pipe()
    try:
        room = fcntl.fcntl(write_fd, fcntl.F_GETPIPE_SZ)
    finally:
        os.close(read_fd)
        os.close(write_fd)
    allowed = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    assert room >= min(safe_write.PIPE_BYTES, allowed)
    image = _photo((1080, 1350))
    assert safe_write._encode_through_pipe(image, "JPEG", {"quality": 88}) == \
        _in_memory(image, quality=88)
