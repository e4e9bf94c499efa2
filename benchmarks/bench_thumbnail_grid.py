"""Media library grid with 1,000 photos: how fast it shows, and how long the UI thread is
ever blocked while thumbnails load and the user scrolls through all of them.

Run: uv run python benchmarks/bench_thumbnail_grid.py [--photos N] [--side PX]

Photos (default 1,000 JPEGs of 1600x1200, ~150 KB each) are written straight into a
temporary library; no thumbnail exists yet, so every one is made from the original on
first sight, as right after a big import. Figures:
- "show": set the 1,000 photos on the grid and paint the first screen (placeholders);
- "visible": until the first screen's thumbnails are all drawn;
- "scroll": page down through the whole grid, waiting for each screen's thumbnails;
- UI stall: the longest gap between two ticks of a 5 ms timer while showing, and while
  thumbnails load and the grid scrolls (what a user feels as a freeze; a 60 Hz frame is
  16.7 ms).
Baseline in the same run: the naive grid (QListWidget, each icon decoded on the UI
thread with QImageReader's scaled decoding) for the same photos.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pin_singletons() -> None:
    """PySide6 6.12.0 (abi3 wheel) on CPython 3.11 returns None/True/False from C++ calls
    without a new reference (it assumes 3.12's immortal objects), so every void Qt call
    drains None's refcount until the process aborts ("none_dealloc"). Give them a huge
    refcount, as 3.12 does, so the benchmark can run long enough to measure."""
    import ctypes

    if sys.version_info < (3, 12):
        for obj in (None, True, False):
            ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


class StallMeter:
    """Longest gap between ticks of a 5 ms timer: how long the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst * 1000


def make_library(n: int, side: int) -> list:
    from PIL import Image

    from core import media_files
    from core.model import Photo

    photos = []
    for i in range(n):
        im = Image.new("RGB", (side, side * 3 // 4), ((i * 37) % 256, (i * 11) % 256, 120))
        # some texture so the JPEG is photo-sized, not a flat colour
        im.paste((255 - (i * 37) % 256, 90, 40), (side // 4, side // 8, side // 2, side // 3))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=85)
        data = buf.getvalue()
        sha = hashlib.sha256(data + i.to_bytes(4, "big")).hexdigest()
        path = media_files.photo_path(sha, "jpg")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        photos.append(Photo(sha, f"foto {i:04}.jpg", "jpg", len(data), im.width, im.height,
                            id=i + 1))
    return photos


def run_ours(app, photos) -> dict[str, float]:
    from PySide6.QtGui import QPixmapCache

    from widgets.thumbnail_grid import StateRole, ThumbnailGrid, shared_loader

    QPixmapCache.clear()
    grid = ThumbnailGrid(icon_size=108)
    grid.resize(900, 620)
    grid.show()
    app.processEvents()
    loader = shared_loader()
    meter = StallMeter()

    def settle() -> None:
        while True:
            app.processEvents()
            visible = [grid.indexAt(grid.viewport().rect().center())]
            if loader.pending() == 0 and loader.pool.activeThreadCount() == 0:
                app.processEvents()
                if all(i.data(StateRole) != "loading" for i in visible if i.isValid()):
                    return
            time.sleep(0.001)

    meter.start()
    t0 = time.perf_counter()
    grid.set_photos(photos)
    grid.repaint()
    app.processEvents()
    show = time.perf_counter() - t0
    show_stall = meter.stop()
    meter.start()
    settle()
    visible = time.perf_counter() - t0
    bar = grid.verticalScrollBar()
    t1 = time.perf_counter()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        settle()
    scroll = time.perf_counter() - t1
    stall = meter.stop()
    grid.close()
    return {"show": show, "visible": visible, "scroll": scroll, "stall_ms": stall,
            "show_stall_ms": show_stall, "made": loader.produced}


def run_naive(app, photos) -> dict[str, float]:
    """Every icon decoded on the UI thread before the grid can show."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QImageReader, QPixmap
    from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

    from core import media_files

    view = QListWidget()
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setIconSize(QSize(108, 108))
    view.resize(900, 620)
    view.show()
    meter = StallMeter()
    meter.start()
    t0 = time.perf_counter()
    for p in photos:
        reader = QImageReader(str(media_files.path_of(p)))
        size = reader.size()
        size.scale(216, 216, __import__("PySide6.QtCore").QtCore.Qt.AspectRatioMode
                   .KeepAspectRatio)
        reader.setScaledSize(size)
        item = QListWidgetItem(QIcon(QPixmap.fromImage(reader.read())), p.original_name)
        view.addItem(item)
    view.repaint()
    app.processEvents()
    show = time.perf_counter() - t0
    stall = meter.stop()
    view.close()
    return {"show": show, "visible": show, "scroll": 0.0, "stall_ms": stall}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--side", type=int, default=1600)
    args = parser.parse_args()
    pin_singletons()
    with tempfile.TemporaryDirectory(prefix="warta-bench-grid-") as home:
        os.environ["WARTA_HOME"] = home
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        t = time.perf_counter()
        photos = make_library(args.photos, args.side)
        print(f"{len(photos)} photos {args.side}x{args.side * 3 // 4} written in "
              f"{time.perf_counter() - t:.1f} s")
        ours = run_ours(app, photos)
        naive = run_naive(app, photos)
        print(f"{'':<28}{'Warta grid':>14}{'naive (UI thread)':>20}")
        print(f"{'show 1,000 items':<28}{ours['show'] * 1000:>11.0f} ms"
              f"{naive['show'] * 1000:>17.0f} ms")
        print(f"{'first screen thumbnails':<28}{ours['visible'] * 1000:>11.0f} ms"
              f"{naive['visible'] * 1000:>17.0f} ms")
        print(f"{'scroll through all':<28}{ours['scroll']:>12.1f} s{'-':>18}")
        print(f"{'UI blocked while showing':<28}{ours['show_stall_ms']:>11.0f} ms"
              f"{naive['stall_ms']:>17.0f} ms")
        print(f"{'longest stall, load+scroll':<28}{ours['stall_ms']:>11.0f} ms{'-':>18}")
        print(f"thumbnails made: {ours['made']} (each once, cached on disk)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
