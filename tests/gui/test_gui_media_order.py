"""Issue 14 item 6: photos go to a post in the order the PIC chose or imported them (the
first is the cover), photos imported on Media while a post is open in Konten are
offered for it, and "Dari konten" without a post says why it cannot fill."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from core import post_photos, posts
from core.model import Post
from gui.konten.photo_picker import PhotoPickerDialog
from gui.media import media_import
from gui.media import page as media_page
from widgets.thumbnail_grid import shared_loader


def jpeg(path: Path, color) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (200, 150), color).save(path, "JPEG", quality=80)  # no EXIF date
    return path


@pytest.fixture
def page(main_window, monkeypatch):
    monkeypatch.setattr(media_import, "show_report", lambda parent, report: None)
    main_window.show_page("media")
    yield main_window.media
    shared_loader().wait_idle()
    main_window.media.brand.preview.wait_rendered()


@pytest.fixture
def shots(tmp_path) -> list[str]:
    return [str(jpeg(tmp_path / f"{n}.jpg", (i * 80, 60, 90)))
            for i, n in enumerate(["sampul", "kedua", "ketiga"])]


def _names(store, post_id: int) -> list[str]:
    return [pp.photo.original_name for pp in post_photos.post_photos(store, post_id)]


def test_attach_after_import_keeps_the_import_order(page, shots, monkeypatch):
    post = posts.create_post(page.store, Post(title="Rapat"))
    page.import_paths(shots)
    # the grid shows the newest import first; the post must still get the import order
    monkeypatch.setattr(media_page.PostPickerDialog, "get_post",
                        classmethod(lambda cls, store, parent=None: (post.id, True)))
    page.attach_selected()
    assert _names(page.store, post.id) == ["sampul.jpg", "kedua.jpg", "ketiga.jpg"]


def test_attach_follows_the_order_photos_were_clicked(page, shots, monkeypatch):
    post = posts.create_post(page.store, Post(title="Rapat"))
    page.import_paths(shots)
    grid = page.grid
    by_name = {p.original_name: row for row, p in enumerate(grid.thumbs.photos())}
    sm = grid.selectionModel()
    sm.clearSelection()
    for name in ("sampul.jpg", "ketiga.jpg"):  # ctrl+click order (the grid shows ketiga first)
        sm.select(grid.thumbs.index(by_name[name]), QItemSelectionModel.SelectionFlag.Select)
    monkeypatch.setattr(media_page.PostPickerDialog, "get_post",
                        classmethod(lambda cls, store, parent=None: (post.id, True)))
    page.attach_selected()
    assert _names(page.store, post.id) == ["sampul.jpg", "ketiga.jpg"]


def test_picker_returns_photos_in_the_order_imported(store, shots, qtbot, monkeypatch):
    monkeypatch.setattr(media_import, "show_report", lambda parent, report: None)
    dialog = PhotoPickerDialog(store)
    qtbot.addWidget(dialog)
    dialog._import_items(shots)
    names = {p.id: p.original_name for p in dialog.grid.thumbs.photos()}
    assert [names[i] for i in dialog.selected_ids()] == ["sampul.jpg", "kedua.jpg",
                                                         "ketiga.jpg"]
    shared_loader().wait_idle()


def test_import_on_media_is_offered_for_the_open_post(page, main_window, shots, monkeypatch):
    post = posts.create_post(page.store, Post(title="Senam Sehat"))
    main_window.konten.editor.set_post(post)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.import_paths(shots)
    assert len(asked) == 1 and "Senam Sehat" in asked[0]
    assert _names(page.store, post.id) == ["sampul.jpg", "kedua.jpg", "ketiga.jpg"]
    page.import_paths(shots[:1])  # already in the post: nothing to offer
    assert len(asked) == 1
    main_window.undo_stack.undo()  # the attach is undoable like any other
    assert _names(page.store, post.id) == []


def test_no_offer_when_declined_or_no_post_is_open(page, main_window, shots, monkeypatch):
    post = posts.create_post(page.store, Post(title="Senam Sehat"))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.No)
    main_window.konten.editor.set_post(post)
    page.import_paths(shots[:1])
    assert _names(page.store, post.id) == []
    main_window.konten.editor.set_post(None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    page.import_paths(shots[1:])


def test_from_post_without_a_post_says_why(page, shots):
    brand = page.brand
    brand.set_post(None)
    brand.set_photo(None)
    brand.from_post.click()
    assert not brand.from_post_hint.isHidden()
    assert "Tidak ada foto" in brand.from_post_hint.text() or "No photo" in \
        brand.from_post_hint.text()
    page.import_paths(shots[:1])  # a photo in no post
    brand.from_post.click()
    assert "konten" in brand.from_post_hint.text().casefold() or "post" in \
        brand.from_post_hint.text()
    post = posts.create_post(page.store, Post(title="Rapat", location="Aula"))
    brand.set_post(post)
    assert brand.from_post_hint.isHidden()
    brand.location.setText("")
    brand.from_post.click()
    assert brand.location.text() == "Aula"
