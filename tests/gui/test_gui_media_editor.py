"""The post editor shows the post's photos in order ("Foto" card), follows the selected
post, and its changes go through the window's undo stack."""

from __future__ import annotations

from PIL import Image

from core import media_import, post_photos, posts
from core.model import Post
from widgets.thumbnail_grid import shared_loader


def test_editor_shows_and_edits_the_posts_photos(main_window, store, tmp_path, qtbot):
    ids = []
    for i in range(3):
        path = tmp_path / f"Apel Pagi {i + 1}.jpg"
        Image.new("RGB", (80, 60), (i * 80, 100, 50)).save(path, "JPEG")
        ids.append(media_import.import_file(store, path)[0].id)
    first = posts.create_post(store, Post(title="Apel Pagi Gabungan"))
    second = posts.create_post(store, Post(title="Rapat Staf"))
    post_photos.attach_photos(store, first.id, [ids[2], ids[0]])
    main_window.konten.reload(select_id=first.id)
    editor = main_window.konten.editor
    card = editor.photos_card
    qtbot.waitUntil(lambda: card.strip.post_id == first.id, timeout=2000)
    assert card.strip.photo_ids() == [ids[2], ids[0]]
    card.strip.view.setCurrentIndex(card.strip.model.index(0))
    card.strip.remove_selected()
    assert post_photos.post_photo_ids(store, first.id) == [ids[0]]
    main_window.undo_stack.undo()  # Ctrl+Z in the window brings it back
    assert card.strip.photo_ids() == [ids[2], ids[0]]
    main_window.konten.reload(select_id=second.id)
    qtbot.waitUntil(lambda: card.strip.post_id == second.id, timeout=2000)
    assert card.strip.photo_ids() == []
    shared_loader().wait_idle()
