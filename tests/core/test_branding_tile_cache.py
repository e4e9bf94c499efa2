"""A kit picture resized for a full-size render is kept in the cache folder and read
back by later runs, the same bytes (core/branding/tile_cache.py); a changed picture, a
damaged file or a live preview's size means resizing as before."""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

from core.branding import load_kit, render_set, renderer, tile_cache
from core.branding.renderer import render_image
from tests.core.test_branding_veil import busy_photo

FIELDS = {"title": "Rapat Pleno Penetapan APBD 2026", "date": "12 November 2025",
          "location": "Balai Kota Cimahi", "department": "Diskominfo", "city": "Cimahi"}


def tiles(home: Path) -> list[Path]:
    folder = home / "cache" / tile_cache.FOLDER
    return sorted(folder.iterdir()) if folder.is_dir() else []


def fresh_process_caches() -> None:
    """What a new `warta brand` process starts with: nothing resized in memory."""
    for cached in (renderer._asset, renderer._asset_size, renderer._asset_resized,
                   renderer._kept_tile):
        cached.cache_clear()


@pytest.fixture
def counted(monkeypatch) -> list[tuple[int, int]]:
    """The sizes the renderer resized a kit picture to."""
    sizes: list[tuple[int, int]] = []
    real = renderer._asset_resized.__wrapped__

    @functools.lru_cache(maxsize=64)
    def resized(path, mtime_ns, size, crop):
        sizes.append(size)
        return real(path, mtime_ns, size, crop)

    monkeypatch.setattr(renderer, "_asset_resized", resized)
    return sizes


def render_bytes(photo: Path, out_dir: Path) -> list[bytes]:
    out_dir.mkdir()
    outputs = {f: out_dir / f"{f}.jpg" for f in ("portrait", "square")}
    render_set(load_kit("cimahi"), "band-bottom", outputs, photo, FIELDS)
    return [path.read_bytes() for path in outputs.values()]


def test_a_later_run_reads_the_tile_and_writes_the_same_files(tmp_path, warta_home, counted):
    photo = busy_photo(tmp_path / "rapat.jpg")
    fresh_process_caches()
    first = render_bytes(photo, tmp_path / "satu")
    assert len(counted) == 2 and len(tiles(warta_home)) == 2  # the logo, at two sizes
    fresh_process_caches()
    again = render_bytes(photo, tmp_path / "dua")
    assert again == first
    assert len(counted) == 2  # nothing resized again


def test_a_changed_logo_is_resized_again(tmp_path, warta_home, counted, monkeypatch):
    kit = load_kit("cimahi")
    logo = tmp_path / "logo.png"
    shutil.copy(kit.logos["city"], logo)
    size, crop = (120, 120), None
    make = lambda: renderer._asset_resized(str(logo), logo.stat().st_mtime_ns, size, crop)  # noqa: E731
    first = tile_cache.tile(str(logo), logo.stat().st_mtime_ns, size, crop, make)
    fresh_process_caches()
    assert tile_cache.tile(str(logo), logo.stat().st_mtime_ns, size, crop, make).tobytes() \
        == first.tobytes() and len(counted) == 1
    Image.new("RGBA", (512, 512), (200, 30, 30, 255)).save(logo)
    os.utime(logo, ns=(logo.stat().st_atime_ns, logo.stat().st_mtime_ns + 10**9))
    changed = tile_cache.tile(str(logo), logo.stat().st_mtime_ns, size, crop, make)
    assert len(counted) == 2 and changed.getpixel((60, 60)) == (200, 30, 30, 255)
    assert len(tiles(warta_home)) == 1  # the same file, overwritten


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong contents"])
def test_a_damaged_tile_only_means_resizing(tmp_path, warta_home, counted, damage):
    logo = str(load_kit("cimahi").logos["city"])
    mtime = os.stat(logo).st_mtime_ns
    make = lambda: renderer._asset_resized(logo, mtime, (90, 90), None)  # noqa: E731
    good = tile_cache.tile(logo, mtime, (90, 90), None, make).tobytes()
    [file] = tiles(warta_home)
    if damage == "garbage":
        file.write_bytes(b"not marshal")
    elif damage == "truncated":
        file.write_bytes(file.read_bytes()[:500])
    else:
        import marshal

        key, _value = marshal.loads(file.read_bytes())
        file.write_bytes(marshal.dumps((key, ("RGBA", 90, 90, b"short"))))
    fresh_process_caches()
    assert tile_cache.tile(logo, mtime, (90, 90), None, make).tobytes() == good
    assert len(counted) == 2


def test_a_preview_keeps_no_tile(warta_home, counted):
    render_image(load_kit("cimahi"), "band-bottom", "portrait", None, FIELDS, scale=0.3)
    assert counted and tiles(warta_home) == []
