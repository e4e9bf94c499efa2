"""The thumbnail grid with 1,000 photos: only what is on screen is loaded, off the UI
thread, cached on disk and in memory; placeholders meanwhile; keyboard and drops."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPixmapCache

from core import media_files
from core.media_thumbs import thumb_path
from core.model import Photo
from widgets.thumbnail_grid import (
    ConsentRole,
    StateRole,
    ThumbnailGrid,
    ThumbnailLoader,
)


def library(n: int) -> list[Photo]:
    """n small photos written straight into the library layout (no import, no thumbs)."""
    photos = []
    for i in range(n):
        buf = io.BytesIO()
        Image.new("RGB", (48, 32), (i % 256, (i * 7) % 256, (i * 13) % 256)).save(
            buf, "JPEG", quality=60)
        data = buf.getvalue()
        sha = hashlib.sha256(data + i.to_bytes(4, "big")).hexdigest()
        path = media_files.photo_path(sha, "jpg")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        photos.append(Photo(sha, f"foto {i:04}.jpg", "jpg", len(data), 48, 32, id=i + 1))
    return photos


@pytest.fixture
def grid(qapp_id, qtbot):
    QPixmapCache.clear()
    loader = ThumbnailLoader(threads=2)
    view = ThumbnailGrid(icon_size=96, loader=loader)
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    yield view
    loader.wait_idle()


def _wait_loaded(qtbot, grid):
    qtbot.wait(30)  # let the view paint: painting is what requests thumbnails
    qtbot.waitUntil(lambda: grid.thumbs.loader.pending() == 0
                    and grid.thumbs.loader.pool.activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(20)


def test_thousand_photos_load_only_what_is_visible(grid, qtbot):
    photos = library(1000)
    grid.set_photos(photos)
    qtbot.wait(30)
    loader = grid.thumbs.loader
    first = grid.thumbs.index(0)
    assert grid.thumbs.rowCount() == 1000
    requested = loader.requested
    assert 0 < requested < 100, "cells that are not on screen must not be requested"
    _wait_loaded(qtbot, grid)
    assert first.data(StateRole) == "ready"
    made = [p for p in photos if thumb_path(p.sha256, 256).is_file()]
    assert len(made) == loader.produced <= loader.requested < 100
    # scrolling to the end loads the last cells, not the thousand in between
    grid.scrollToBottom()
    qtbot.wait(30)
    _wait_loaded(qtbot, grid)
    assert grid.thumbs.index(999).data(StateRole) == "ready"
    assert loader.requested < 200


def test_placeholder_first_then_cached_pixmap(grid, qtbot):
    photos = library(3)
    grid.set_photos(photos)
    index = grid.thumbs.index(1)
    assert index.data(StateRole) == "loading"
    placeholder = index.data(Qt.ItemDataRole.DecorationRole)
    _wait_loaded(qtbot, grid)
    pix = index.data(Qt.ItemDataRole.DecorationRole)
    assert pix.cacheKey() != placeholder.cacheKey()
    assert max(pix.width(), pix.height()) == 96
    # a second model (another view) finds the disk cache: nothing is decoded again
    produced = grid.thumbs.loader.produced
    QPixmapCache.clear()
    grid.thumbs.data(index, Qt.ItemDataRole.DecorationRole)
    _wait_loaded(qtbot, grid)
    assert grid.thumbs.loader.produced == produced + 1
    assert thumb_path(photos[1].sha256).stat().st_size > 0


def test_broken_photo_shows_why(grid, qtbot):
    photos = library(2)
    media_files.path_of(photos[0]).write_bytes(b"rusak")
    grid.set_photos(photos)
    _wait_loaded(qtbot, grid)
    index = grid.thumbs.index(0)
    assert index.data(StateRole) == "failed"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "foto 0000.jpg bukan berkas gambar" in tip
    assert grid.thumbs.index(1).data(StateRole) == "ready"


def test_minors_without_consent_are_flagged(grid):
    photos = library(2)
    photos[0].contains_minors = True
    photos[1].contains_minors = True
    photos[1].consent_obtained = True
    grid.set_photos(photos)
    assert grid.thumbs.index(0).data(ConsentRole) is True
    assert grid.thumbs.index(1).data(ConsentRole) is False
    assert "consent" in grid.thumbs.index(0).data(Qt.ItemDataRole.ToolTipRole).lower() or \
        "izin" in grid.thumbs.index(0).data(Qt.ItemDataRole.ToolTipRole).lower()


def test_keyboard_selection_and_delete(grid, qtbot):
    grid.set_photos(library(6))
    grid.setFocus()
    grid.setCurrentIndex(grid.thumbs.index(0))
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert [p.original_name for p in grid.selected_photos()] == ["foto 0000.jpg",
                                                                  "foto 0001.jpg"]
    with qtbot.waitSignal(grid.delete_requested, timeout=1000):
        qtbot.keyClick(grid, Qt.Key.Key_Delete)
    grid.set_photos(grid.thumbs.photos())  # a reload keeps the selection
    assert len(grid.selected_photos()) == 2


def test_dropping_files_and_folders_asks_for_import(grid, qtbot, tmp_path: Path):
    folder = tmp_path / "Kegiatan"
    folder.mkdir()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(tmp_path / "a.jpg"))])
    event = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(grid.files_dropped, timeout=1000) as got:
        grid.dropEvent(event)
    assert got.args[0] == [str(folder), str(tmp_path / "a.jpg")]
