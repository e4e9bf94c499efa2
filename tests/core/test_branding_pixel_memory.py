"""`brand` keeps Pillow's freed pixel blocks for the next photo (core/branding/pixel_memory):
the same files come out, and Pillow's settings are back when the batch ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

import cli
from core.branding import load_kit, pixel_memory, render_set
from tests.core.test_branding_veil import busy_photo

FIELDS = {"title": "Rapat Pleno Penetapan APBD 2026", "date": "12 November 2025",
          "location": "Balai Kota Cimahi", "department": "Diskominfo", "city": "Cimahi"}


def settings() -> tuple[int, int]:
    return Image.core.get_block_size(), Image.core.get_blocks_max()


def render_bytes(photo: Path, out_dir: Path, name: str) -> list[bytes]:
    outputs = {f: out_dir / f"{name}_{f}.jpg" for f in ("portrait", "story", "square")}
    render_set(load_kit("cimahi"), "band-bottom", outputs, photo, FIELDS)
    return [path.read_bytes() for path in outputs.values()]


def test_reused_blocks_give_the_same_files(tmp_path):
    photo = busy_photo(tmp_path / "rapat.jpg", orientation=6)
    plain = render_bytes(photo, tmp_path, "plain")
    with pixel_memory.reused(2):
        assert settings() == (pixel_memory.BLOCK_BYTES, 2 * pixel_memory.BLOCKS_PER_THREAD)
        # the second and third renders run in blocks the first one freed
        for i in range(3):
            assert render_bytes(photo, tmp_path, f"kept{i}") == plain
        assert Image.core.get_stats()["reused_blocks"] > 0


def test_settings_are_restored_and_kept_blocks_freed(tmp_path):
    before = settings()
    with pytest.raises(RuntimeError), pixel_memory.reused(1):
        Image.new("RGB", (2000, 2000)).resize((1000, 1000))  # blocks to keep
        raise RuntimeError("a batch stopped halfway")
    assert settings() == before
    assert Image.core.get_stats()["blocks_cached"] <= before[1]


def test_brand_renders_its_batch_with_reused_blocks(tmp_path, capsys, monkeypatch):
    entered = []
    real = pixel_memory.reused

    def spy(threads: int):
        entered.append((threads, settings()))
        return real(threads)

    monkeypatch.setattr(pixel_memory, "reused", spy)
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    photo = busy_photo(tmp_path / "rapat.jpg", size=(1200, 800))
    before = settings()
    code = cli.main(["brand", str(photo), "--template", "band-bottom", "--format", "portrait",
                     "--jobs", "2", "-o", str(tmp_path / "hasil")])
    assert code == 0, capsys.readouterr().err
    assert [threads for threads, _ in entered] == [2]
    assert settings() == before
