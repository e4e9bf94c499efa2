"""Large images are decoded within a memory budget (issue 16 item 6): the decode is
capped by bytes, not only by pixel count, and a large PNG is reduced strip by strip
instead of being copied at full size for flattening and conversion."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from core.branding import imageio
from core.branding.errors import RenderError
from core.branding.imageio import decode_bytes, open_photo

ROOT = Path(__file__).resolve().parents[2]
SIDE = 4000  # RGBA: 61 MB decoded; the old path peaked at ~5x that, now ~1.6x


def _transparent_png(path: Path, side: int = SIDE) -> Path:
    im = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    ImageDraw.Draw(im).rectangle((side // 4, side // 4, side * 3 // 4, side * 3 // 4),
                                 fill=(200, 30, 30, 255))
    im.save(path, compress_level=1)
    return path


def test_the_cap_counts_bytes_not_only_pixels(tmp_path, monkeypatch):
    rgba = tmp_path / "rgba.png"
    Image.new("RGBA", (1500, 1500), (10, 20, 30, 255)).save(rgba)
    grey = tmp_path / "grey.png"
    Image.new("L", (1500, 1500), 128).save(grey)
    assert decode_bytes("RGBA", (1500, 1500)) == 4 * decode_bytes("L", (1500, 1500))
    monkeypatch.setattr(imageio, "MAX_DECODE_BYTES", decode_bytes("L", (1500, 1500)) * 2)
    with pytest.raises(RenderError, match="perlu sekitar .* MB memori"):
        open_photo(rgba)
    assert open_photo(grey).size == (1500, 1500)  # same pixel count, a quarter of the bytes


def test_reduced_decode_flattens_on_white_and_keeps_the_picture(tmp_path):
    path = _transparent_png(tmp_path / "logo-besar.png", 2000)
    photo = open_photo(path, [(250, 250, "cover")])
    assert photo.full_size == (2000, 2000)
    assert photo.image.mode == "RGB" and max(photo.image.size) <= 1000
    out = photo.region((0, 0, *photo.size), (250, 250))
    assert out.getpixel((5, 5)) == (255, 255, 255)  # transparent -> white, as viewers show
    r, g, b = out.getpixel((125, 125))
    assert r > 180 and g < 60 and b < 60


_MEASURE = """
import json, sys
sys.path.insert(0, {root!r})


def peak_kb():  # VmHWM belongs to this process image (ru_maxrss keeps the parent's)
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))


from core.branding.imageio import open_photo, thumbnail_image
from core.photo_cache import downscale_jpeg
from pathlib import Path
open_photo({small!r}, [(64, 64, "cover")])  # warm every import and allocator pool
base = peak_kb()
{call}
peak = peak_kb()
print(json.dumps({{"delta_kb": peak - base}}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")
@pytest.mark.parametrize(("call", "ratio"), [
    ('open_photo({path!r}, [(1080, 1350, "cover"), (1080, 1080, "cover")])', 2),
    ("thumbnail_image({path!r}, 256)", 2),
    ("downscale_jpeg(Path({path!r}), 1000, 80, 140000)", 2),
    ("__import__('core.media_import').media_import.import_file("
     "__import__('core.store').store.open_store(), "
     "{path!r})", 2),
    # the header alone: Pillow's PNG getexif() used to decode every pixel for it
    ("__import__('core.branding.imageio').branding.imageio.photo_size({path!r})", 0.3),
])
def test_peak_memory_of_a_large_transparent_png_stays_near_one_decode(tmp_path, call, ratio):
    path = str(_transparent_png(tmp_path / "besar.png"))
    small = str(_transparent_png(tmp_path / "kecil.png", 200))
    code = _MEASURE.format(root=str(ROOT), small=small, call=call.format(path=path))
    env = {**os.environ, "WARTA_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    delta_mb = json.loads(result.stdout.strip().splitlines()[-1])["delta_kb"] / 1024
    one_decode_mb = decode_bytes("RGBA", (SIDE, SIDE)) / 2**20
    assert delta_mb < ratio * one_decode_mb, f"{delta_mb:.0f} MB for {one_decode_mb:.0f} MB"
