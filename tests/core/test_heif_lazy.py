"""HEIC photos open through Pillow as before, with pillow-heif loaded only at the first
HEIC file or HEIF save (core/branding/heif.py). Fresh interpreters: the test process
may have registered pillow-heif already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from core.branding import heif

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, tmp_path: Path) -> dict:
    script = f"import json, sys\nsys.path.insert(0, {str(ROOT)!r})\n{code}"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120, check=True).stdout
    return json.loads(out.splitlines()[-1])


@pytest.fixture
def heic_file(tmp_path: Path) -> Path:
    pillow_heif = pytest.importorskip("pillow_heif")
    path = tmp_path / "ponsel.heic"
    try:
        pillow_heif.from_pillow(Image.new("RGB", (64, 48), (200, 30, 30))).save(path)
    except Exception as exc:  # noqa: BLE001 - no HEIF encoder in this build
        pytest.skip(f"HEIF encoder not available: {exc}")
    return path


def test_heic_opens_and_loads_pillow_heif_only_then(tmp_path, heic_file):
    Image.new("RGB", (32, 24), (1, 2, 3)).save(tmp_path / "kamera.jpg")
    result = _run(f"""
from PIL import Image
from core.branding.imageio import open_photo, photo_size
loaded = ["pillow_heif" in sys.modules]
with Image.open("kamera.jpg") as im:
    im.load()
loaded.append("pillow_heif" in sys.modules)
size = photo_size({str(heic_file)!r})
with Image.open({str(heic_file)!r}) as im:
    pixel = im.convert("RGB").getpixel((10, 10))
photo = open_photo({str(heic_file)!r})
loaded.append("pillow_heif" in sys.modules)
print(json.dumps({{"loaded": loaded, "size": size, "pixel": pixel,
                   "photo": photo.image.size,
                   "ext": Image.registered_extensions().get(".heic")}}))
""", tmp_path)
    assert result["loaded"] == [False, False, True]
    assert result["size"] == [64, 48] and result["photo"] == [64, 48]
    red, green, blue = result["pixel"]
    assert red > 150 and green < 90 and blue < 90
    assert result["ext"] == "HEIF"


def test_heic_saved_through_pillow_before_any_is_opened(tmp_path):
    pytest.importorskip("pillow_heif")
    try:
        result = _run("""
from PIL import Image
import core.branding.imageio
Image.new("RGB", (40, 30), (9, 99, 9)).save("baru.heic")
with Image.open("baru.heic") as im:
    print(json.dumps({"format": im.format, "size": im.size}))
""", tmp_path)
    except subprocess.CalledProcessError as exc:
        if "penulis HEIF tidak tersedia" in exc.stderr:
            pytest.skip("HEIF encoder not available")
        raise
    assert result == {"format": "HEIF", "size": [40, 30]}


def test_other_ftyp_files_are_not_taken_for_heif():
    mp4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00"
    avif = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00"
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"
    assert not heif.looks_heif(mp4) and not heif.looks_heif(avif)
    assert heif.looks_heif(heic) and not heif.looks_heif(b"\xff\xd8\xff\xe0")


def test_not_an_image_is_still_refused_clearly(tmp_path):
    bad = tmp_path / "rusak.heic"
    bad.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40)
    result = _run(f"""
from PIL import Image, UnidentifiedImageError
import core.branding.imageio
try:
    Image.open({str(bad)!r}).load()
    print(json.dumps("opened"))
except (UnidentifiedImageError, OSError, ValueError) as exc:
    print(json.dumps(type(exc).__name__))
""", tmp_path)
    assert result != "opened"
