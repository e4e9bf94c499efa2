"""Downscaled photo copies: upright, small, cached by content, tolerant of a read-only cache."""

from __future__ import annotations

import hashlib
import io

from PIL import Image

from core import paths
from core.photo_cache import cached_downscale, downscale_jpeg


def _camera_jpeg(folder, orientation: int = 1, size=(3000, 2000)):
    img = Image.new("RGB", size, (200, 30, 30))
    img.paste((30, 30, 200), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90, exif=exif)
    data = buf.getvalue()
    path = folder / f"{hashlib.sha256(data).hexdigest()}.jpg"
    path.write_bytes(data)
    return path


def test_downscale_is_small_and_upright(tmp_path):
    src = _camera_jpeg(tmp_path, orientation=6)  # stored sideways, shown portrait
    data = downscale_jpeg(src, 1000, 80)
    with Image.open(io.BytesIO(data)) as im:
        assert im.size == (667, 1000)
        assert im.mode == "RGB"


def test_budget_forces_smaller_encoding(tmp_path):
    src = _camera_jpeg(tmp_path)
    generous = downscale_jpeg(src, 1000, 90)
    tight = downscale_jpeg(src, 1000, 90, budget=len(generous) - 1)
    assert len(tight) < len(generous)


def test_cache_reuses_result(tmp_path, monkeypatch):
    src = _camera_jpeg(tmp_path)
    first = cached_downscale(src, 800, 80)
    calls = []
    monkeypatch.setattr("core.photo_cache.downscale_jpeg", lambda *a, **k: calls.append(a))
    assert cached_downscale(src, 800, 80) == first
    assert not calls
    cached = list((paths.data_dir() / "cache" / "photos").glob("*.jpg"))
    assert len(cached) == 1 and cached[0].name.startswith(src.stem)


def test_unwritable_cache_still_returns_photo(tmp_path, monkeypatch):
    src = _camera_jpeg(tmp_path)
    (paths.data_dir() / "cache").mkdir(parents=True, exist_ok=True)
    (paths.data_dir() / "cache" / "photos").write_text("not a folder")
    data = cached_downscale(src, 500, 80)
    with Image.open(io.BytesIO(data)) as im:
        assert max(im.size) == 500
