"""Konten > Pratinjau shows the post's first photo, cropped like each platform, and follows
photos added, reordered and removed (the 1080 px copy is read off the UI thread)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QUndoStack

from core import media_import, model, posts
from core.model import Post
from widgets.media_commands import AttachPhotosCommand, DetachPhotosCommand, ReorderPhotosCommand

GREEN, BLUE, MAGENTA = (20, 140, 60), (30, 70, 200), (230, 0, 200)


def _photo(store, folder: Path, name: str, colour: tuple[int, int, int]) -> model.Photo:
    """A 3:2 landscape photo with magenta bands at the far left and right, which a
    square (Instagram) crop cuts off."""
    im = Image.new("RGB", (1200, 800), colour)
    im.paste(MAGENTA, (0, 0, 150, 800))
    im.paste(MAGENTA, (1050, 0, 1200, 800))
    path = folder / name
    im.save(path, "JPEG", quality=95)
    return media_import.import_file(store, path)[0]


def _near(colour: QColor, rgb: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 24 for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


@pytest.fixture
def editor(main_window, store, tmp_path):
    post = posts.create_post(store, Post(title="Peresmian MPP Cimahi",
                                         activity_date=dt.date(2025, 11, 12)))
    main_window.konten.reload(select_id=post.id)
    ed = main_window.konten.editor
    ed.set_current_platform("instagram")
    assert ed.post().id == post.id
    yield ed
    ed.preview_photo.loader.wait_idle()


def _wait_for(qtbot, editor, sha: str | None) -> None:
    if editor.preview_photo.wanted_sha() == sha and \
            editor.preview.previews["instagram"].image.has_image() == (sha is not None):
        return
    with qtbot.waitSignal(editor.preview_photo.image_shown, timeout=5000,
                          check_params_cb=lambda shown: shown == sha):
        pass


def test_instagram_preview_shows_the_first_photo_cropped_square(editor, store, tmp_path,
                                                                 qtbot):
    box = editor.preview.previews["instagram"].image
    assert not box.has_image()  # no photo yet: the neutral placeholder
    photo = _photo(store, tmp_path, "Peresmian MPP.jpg", GREEN)
    AttachPhotosCommand(store, editor.post().id, [photo.id]).redo()
    _wait_for(qtbot, editor, photo.sha256)
    assert box.has_image()
    assert editor.preview_photo.is_settled()  # --screenshot waits on this
    assert abs(box.width() - box.height()) <= 1  # Instagram's square
    shot = box.grab().toImage()
    w, h = shot.width(), shot.height()
    for x, y in ((w // 2, h // 2), (2, 2), (w - 3, 2), (2, h - 3), (w - 3, h - 3)):
        # the photo fills the box edge to edge, and the side bands are cropped off
        assert _near(shot.pixelColor(x, y), GREEN), (x, y, shot.pixelColor(x, y).getRgb())


def test_preview_follows_reorder_undo_and_removal(editor, store, tmp_path, qtbot):
    green = _photo(store, tmp_path, "Foto 1.jpg", GREEN)
    blue = _photo(store, tmp_path, "Foto 2.jpg", BLUE)
    AttachPhotosCommand(store, editor.post().id, [green.id, blue.id]).redo()
    _wait_for(qtbot, editor, green.sha256)
    undo = QUndoStack()
    undo.push(ReorderPhotosCommand(store, editor.post().id, [blue.id, green.id]))
    _wait_for(qtbot, editor, blue.sha256)
    box = editor.preview.previews["instagram"].image
    centre = box.grab().toImage().pixelColor(box.width() // 2, box.height() // 2)
    assert _near(centre, BLUE)
    undo.undo()  # back to green first, shown from the cache at once
    _wait_for(qtbot, editor, green.sha256)
    undo.push(DetachPhotosCommand(store, editor.post().id, [green.id, blue.id]))
    _wait_for(qtbot, editor, None)
    assert not box.has_image()


def test_x_preview_crops_the_same_photo_wide(editor, store, tmp_path, qtbot):
    photo = _photo(store, tmp_path, "Apel pagi.jpg", GREEN)
    AttachPhotosCommand(store, editor.post().id, [photo.id]).redo()
    _wait_for(qtbot, editor, photo.sha256)
    editor.set_current_platform("x")
    qtbot.waitUntil(lambda: editor.preview.previews["x"].isVisible())
    box = editor.preview.previews["x"].image
    assert box.has_image() and box.width() > box.height() * 1.6  # 16:9
    shot = box.grab().toImage()
    left = shot.pixelColor(6, shot.height() // 2)
    assert _near(left, MAGENTA)  # a wide crop keeps the sides of a 3:2 photo
