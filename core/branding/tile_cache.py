"""Kit pictures (logos, overlays) resized for an output size, kept in the cache folder
(<data folder>/cache/tiles) so a batch does not resize them again.

A batch's first render resized the kit's 512 px logo with LANCZOS (~60M instructions,
~10 ms) while the other render thread waited for it (renderer._ASSET_LOCK), in every
`brand` run. A kept tile is its raw RGBA, read back in well under a millisecond: the
same bytes. It is keyed by the picture's path, file size and modification time, the
output size and crop, and Pillow's version (its resampling makes the bytes); one file
per picture, size and crop, so a replaced logo overwrites its own files. Only full-size
renders keep theirs (a live preview's sizes follow the window). Best effort: a missing,
damaged or stale file, or a folder that cannot be written, only means resizing.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PIL import Image

from core import disk_cache

FORMAT = 1
FOLDER = "tiles"

Crop = tuple[float, float, float, float] | None


def _file_and_key(path: str, mtime_ns: int, size: tuple[int, int], crop: Crop
                  ) -> tuple[str, str]:
    import PIL

    where = f"{os.path.abspath(path)}\0{size!r}\0{crop!r}"
    name = disk_cache.new_digest(where.encode("utf-8", "surrogatepass")).hexdigest()
    key = (f"{FORMAT}\0{PIL.__version__}\0{mtime_ns}\0{os.stat(path).st_size}\0"
           f"{size!r}\0{crop!r}")
    return f"{name}.marshal", key


def tile(path: str, mtime_ns: int, size: tuple[int, int], crop: Crop,
         make: Callable[[], Image.Image]) -> Image.Image:
    """The tile `make()` gives, read from the cache folder when an earlier run kept it
    (and kept there when not)."""
    try:
        name, key = _file_and_key(path, mtime_ns, size, crop)
        file = disk_cache.cache_path(FOLDER, name)
    except (OSError, ValueError):  # no data folder, or the picture vanished: as usual
        return make()
    found = disk_cache.read_marshal(file, key)
    if found is not None:
        try:
            mode, width, height, data = found[0]
            return Image.frombytes(mode, (width, height), data)
        except (TypeError, ValueError):  # a whole file with wrong contents: made again
            pass
    made = make()
    disk_cache.write_marshal(file, key, (made.mode, made.width, made.height, made.tobytes()))
    return made
