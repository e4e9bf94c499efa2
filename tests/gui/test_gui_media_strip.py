"""A post's photos in order: the photo strip (reorder by drag or keyboard, remove with
undo, photos dragged from the grid), the picker dialog, dropped files imported and
attached where dropped; and the details panel with several photos selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtWidgets import QWidget

from core import media_queries, photos, post_photos, posts
from core.media_import import import_file
from core.model import Post
from gui.konten.photo_picker import PhotoPickerDialog
from gui.konten.post_photos import PostPhotosCard
from gui.media import media_import
from gui.media.post_picker import PostPickerDialog
from widgets.photo_details import PhotoDetails
from widgets.thumbnail_grid import PHOTO_MIME, shared_loader


def _import(store, tmp_path: Path, n: int) -> list[int]:
    ids = []
    for i in range(n):
        path = tmp_path / f"Kegiatan {i + 1}.jpg"
        Image.new("RGB", (64, 48), (i * 60 % 256, 90, 120)).save(path, "JPEG")
        ids.append(import_file(store, path)[0].id)
    return ids


@pytest.fixture
def card(qapp_id, qtbot, store, monkeypatch):
    monkeypatch.setattr(media_import, "show_report", lambda parent, report: None)
    undo = QUndoStack()
    host = QWidget()  # no layout: the offscreen platform cannot follow size hints
    qtbot.addWidget(host)
    widget = PostPhotosCard(store, undo, host)
    widget.undo = undo
    widget.setGeometry(0, 0, 640, 230)
    host.resize(640, 230)
    host.show()
    yield widget
    shared_loader().wait_idle()


def _drop(view, mime: QMimeData, x: float, source=None) -> None:
    event = QDropEvent(QPointF(x, 30), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    if source is not None:
        event.source = lambda: source  # type: ignore[method-assign]
    view.dropEvent(event)


def test_strip_shows_order_and_reorders_with_undo(card, store, tmp_path, qtbot):
    ids = _import(store, tmp_path, 3)
    post = posts.create_post(store, Post(title="Musrenbang Kelurahan"))
    post_photos.attach_photos(store, post.id, ids)
    card.set_post(post.id)
    strip = card.strip
    assert strip.photo_ids() == ids
    assert strip.count.text() == "3 foto"
    strip.view.setCurrentIndex(strip.model.index(0))
    strip.view.setFocus()
    qtbot.keyClick(strip.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert post_photos.post_photo_ids(store, post.id) == [ids[1], ids[0], ids[2]]
    # dragging the last photo to the front
    strip.move_to([ids[2]], 0)
    assert strip.photo_ids() == [ids[2], ids[1], ids[0]]
    card.undo.undo()
    card.undo.undo()
    assert strip.photo_ids() == ids


def test_delete_key_removes_from_post_but_keeps_in_library(card, store, tmp_path, qtbot):
    ids = _import(store, tmp_path, 2)
    post = posts.create_post(store, Post(title="Posyandu Melati"))
    post_photos.attach_photos(store, post.id, ids)
    card.set_post(post.id)
    card.strip.view.setCurrentIndex(card.strip.model.index(0))
    card.strip.view.setFocus()
    qtbot.keyClick(card.strip.view, Qt.Key.Key_Delete)
    assert card.strip.photo_ids() == [ids[1]]
    assert media_queries.count_photos(store) == 2
    card.undo.undo()
    assert card.strip.photo_ids() == ids


def test_photos_dragged_from_the_library_are_inserted_where_dropped(card, store, tmp_path):
    ids = _import(store, tmp_path, 3)
    post = posts.create_post(store, Post(title="Bazar UMKM"))
    post_photos.attach_photos(store, post.id, ids[:2])
    card.set_post(post.id)
    mime = QMimeData()
    mime.setData(PHOTO_MIME, str(ids[2]).encode())
    _drop(card.strip.view, mime, 1)  # before the first photo
    assert card.strip.photo_ids() == [ids[2], ids[0], ids[1]]


def test_files_dropped_from_explorer_are_imported_and_attached(card, store, tmp_path):
    post = posts.create_post(store, Post(title="Donor Darah"))
    card.set_post(post.id)
    path = tmp_path / "dari explorer.jpg"
    Image.new("RGB", (50, 40), (10, 200, 10)).save(path, "JPEG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    _drop(card.strip.view, mime, 5)
    photos = card.photos()
    assert [p.original_name for p in photos] == ["dari explorer.jpg"]


def test_add_photo_uses_the_picker(card, store, tmp_path, monkeypatch):
    ids = _import(store, tmp_path, 3)
    post = posts.create_post(store, Post(title="Lomba Kebersihan"))
    post_photos.attach_photos(store, post.id, [ids[0]])
    card.set_post(post.id)
    seen = {}

    def fake(cls, store_, exclude, parent):
        seen["exclude"] = list(exclude)
        return [ids[2], ids[1]], True

    monkeypatch.setattr(PhotoPickerDialog, "get_photos", classmethod(fake))
    card.strip.add_button.click()
    assert seen["exclude"] == [ids[0]]
    assert card.strip.photo_ids() == [ids[0], ids[2], ids[1]]


def test_picker_dialog_filters_and_returns_selection(qapp_id, qtbot, store, tmp_path):
    ids = _import(store, tmp_path, 3)
    post = posts.create_post(store, Post(title="Rapat"))
    post_photos.attach_photos(store, post.id, [ids[0]])
    dialog = PhotoPickerDialog(store, exclude=[ids[1]])
    qtbot.addWidget(dialog)
    assert {p.id for p in dialog.grid.thumbs.photos()} == {ids[0], ids[2]}
    dialog.unused.setChecked(True)
    assert [p.id for p in dialog.grid.thumbs.photos()] == [ids[2]]
    assert not dialog.ok.isEnabled()
    dialog.grid.select_ids([ids[2]])
    assert dialog.ok.isEnabled() and dialog.selected_ids() == [ids[2]]


def test_post_picker_searches(qapp_id, qtbot, store):
    posts.create_post(store, Post(title="Rapat Paripurna DPRD"))
    wanted = posts.create_post(store, Post(title="Festival Kuliner Cimahi"))
    dialog = PostPickerDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    dialog.search.setText("kuliner")
    assert dialog.list.count() == 1 and dialog.post_id() == wanted.id


def test_details_with_several_photos_sets_credit_for_all(qapp_id, qtbot, store, tmp_path):
    ids = _import(store, tmp_path, 2)
    photos.update_photo(store, ids[0], credit="Prokopim", contains_minors=True)
    details = PhotoDetails(store)
    qtbot.addWidget(details)
    details.set_photos(photos.photos_by_ids(store, ids))
    assert details.title.text() == "2 foto dipilih"
    assert details.credit.text() == "" and "berbeda" in details.credit.placeholderText()
    assert details.minors.checkState() == Qt.CheckState.PartiallyChecked
    assert not details.alt.isEnabled()
    details.credit.setText("Humas Diskominfo")
    details.credit.textEdited.emit("Humas Diskominfo")
    details.flush()
    assert {p.credit for p in photos.photos_by_ids(store, ids)} == {"Humas Diskominfo"}
    # the mixed flag was left alone
    assert [p.contains_minors for p in photos.photos_by_ids(store, ids)] == [True, False]
