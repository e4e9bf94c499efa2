"""The Media page as a PIC uses it: import (drop, dialog, duplicates, bad files), the
grid and filters, details autosave, delete with undo, attach to a post, branding fields
from the post, focus by click, export with files recorded per post, shortcuts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core import media_queries, photos, post_branding, post_photos, posts, renders
from core.model import Post
from gui.media import brand_export, media_import
from widgets.thumbnail_grid import shared_loader


def jpeg(path: Path, color, taken: str | None = None) -> Path:
    exif = Image.Exif()
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (320, 240), color).save(path, "JPEG", quality=80, exif=exif.tobytes())
    return path


@pytest.fixture
def page(main_window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(media_import, "show_report", lambda parent, report: shown.append(report))
    monkeypatch.setattr(brand_export, "show_result", lambda parent, result: shown.append(result))
    monkeypatch.setattr(brand_export, "JOBS", 1)
    main_window.show_page("media")
    page = main_window.media
    page.shown_reports = shown
    yield page
    shared_loader().wait_idle()
    page.brand.preview.wait_rendered()


@pytest.fixture
def photos_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "Flashdisk" / "Rapat Koordinasi"
    jpeg(folder / "IMG_0001.jpg", (200, 30, 30), "2025:11:12 09:00:00")
    jpeg(folder / "IMG_0002.jpg", (30, 200, 30), "2025:11:12 09:05:00")
    jpeg(folder / "IMG_0003.jpg", (30, 30, 200), "2025:10:01 08:00:00")
    (folder / "catatan.txt").write_text("daftar hadir", encoding="utf-8")
    return folder


def _names(page) -> list[str]:
    return [p.original_name for p in page.grid.thumbs.photos()]


def test_drop_a_folder_imports_reports_and_selects(page, photos_dir, qtbot):
    with qtbot.waitSignal(page.message, timeout=5000) as msg:
        page.grid.files_dropped.emit([str(photos_dir)])
    assert msg.args[0] == "3 foto diimpor; 1 berkas dilewati."
    assert sorted(_names(page)) == ["IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"]
    assert len(page.grid.selected_photos()) == 3
    report = page.shown_reports[-1]
    assert [f.name for f in report.failed] == ["catatan.txt"]
    assert page.count_label.text() == "3 foto"
    # the same folder again: duplicates are reported, nothing is stored twice
    page.import_paths([str(photos_dir / "IMG_0001.jpg")])
    assert page.shown_reports[-1].summary() == "1 foto sudah ada di pustaka."
    assert media_queries.count_photos(page.store) == 3


def test_ctrl_i_opens_the_file_dialog(page, photos_dir, qtbot, monkeypatch):
    from gui.media import page as media_page

    asked = []
    monkeypatch.setattr(media_page, "choose_files",
                        lambda parent: asked.append(1) or [str(photos_dir / "IMG_0002.jpg")])
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1]
    assert _names(page) == ["IMG_0002.jpg"]


def test_filters_month_unused_and_search(page, photos_dir, qtbot):
    page.import_paths([str(photos_dir)])
    months = [page.month.itemText(i) for i in range(page.month.count())]
    assert months == ["Semua bulan", "November 2025", "Oktober 2025"]
    page.month.setCurrentIndex(2)
    assert _names(page) == ["IMG_0003.jpg"]
    assert page.count_label.text() == "1 dari 3 foto"
    page.month.setCurrentIndex(0)
    page.search.setText("0002")
    qtbot.waitUntil(lambda: _names(page) == ["IMG_0002.jpg"], timeout=2000)


def test_details_autosave_and_minors_badge(page, photos_dir, qtbot):
    page.import_paths([str(photos_dir / "IMG_0001.jpg")])
    details = page.details
    assert details.title.text() == "IMG_0001.jpg"
    assert details.taken.text() == "12 November 2025, 09.00"
    details.credit.setText("Humas Diskominfo")
    details.credit.textEdited.emit("Humas Diskominfo")
    details.minors.click()
    assert details.warning.isVisibleTo(details)
    qtbot.waitUntil(lambda: not details.is_dirty(), timeout=3000)
    assert page.side.tabText(1) == "Detail ⚠"
    photo = media_queries.list_photos(page.store)[0]
    assert photo.credit == "Humas Diskominfo" and photo.contains_minors
    assert page.grid.thumbs.index(0).data(Qt.ItemDataRole.UserRole + 5) is True  # badge
    details.consent.click()
    details.flush()
    assert not photos.needs_consent(media_queries.list_photos(page.store)[0])
    assert page.side.tabText(1) == "Detail"


def test_delete_unused_photo_then_undo(page, main_window, photos_dir, qtbot):
    page.import_paths([str(photos_dir / "IMG_0001.jpg"), str(photos_dir / "IMG_0002.jpg")])
    page.grid.select_ids([page.grid.thumbs.photos()[0].id])
    page.delete_selected()
    assert len(_names(page)) == 1
    main_window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(_names(page)) == 2, timeout=2000)  # follows the undo


def test_delete_used_photo_asks_first(page, main_window, photos_dir, monkeypatch):
    post = posts.create_post(page.store, Post(title="Rapat Koordinasi Banjir"))
    page.import_paths([str(photos_dir / "IMG_0001.jpg")])
    photo = page.grid.selected_photos()[0]
    post_photos.attach_photos(page.store, post.id, [photo.id])
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    page.delete_selected()
    assert "Rapat Koordinasi Banjir" in asked[0]
    assert media_queries.count_photos(page.store) == 1  # cancelled: nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert media_queries.count_photos(page.store) == 0
    main_window.undo_stack.undo()
    assert post_photos.post_photo_ids(page.store, post.id) == [photo.id]


def test_attach_to_post_in_order_with_undo(page, main_window, photos_dir, qtbot):
    post = posts.create_post(page.store, Post(title="Senam Sehat ASN",
                                              activity_date=dt.date(2025, 11, 14),
                                              location="Alun-alun Cimahi"))
    page.import_paths([str(photos_dir)])
    ids = [p.id for p in page.grid.thumbs.photos()]
    page.attach_to(post.id, [ids[2], ids[0]])
    assert post_photos.post_photo_ids(page.store, post.id) == [ids[2], ids[0]]
    page.reload_posts()
    page.show_post(post.id)
    qtbot.waitUntil(lambda: len(_names(page)) == 2, timeout=2000)
    # the branding fields now come from the post
    assert page.brand.title.text() == "Senam Sehat ASN"
    assert page.brand.location.text() == "Alun-alun Cimahi"
    assert page.brand.fields()["date"] == "14 November 2025"
    main_window.undo_stack.undo()
    assert post_photos.post_photo_ids(page.store, post.id) == []


def test_export_selected_goes_to_the_post_folder_and_is_recorded(page, photos_dir, qtbot,
                                                                  monkeypatch, tmp_path):
    from core import settings

    settings.set(page.store, "export_folder", str(tmp_path / "Dokumen" / "Warta"))
    post = posts.create_post(page.store, Post(title="Peresmian Taman Kota",
                                              activity_date=dt.date(2025, 11, 12)))
    page.import_paths([str(photos_dir / "IMG_0001.jpg"), str(photos_dir / "IMG_0002.jpg")])
    post_photos.attach_photos(page.store, post.id, [p.id for p in page.grid.thumbs.photos()])
    page.reload_posts()
    page.show_post(post.id)
    page.brand.set_template("framed")
    page.brand.chips["square"].setChecked(True)
    assert page.brand.formats() == ["square", "portrait"]
    page.grid.selectAll()
    assert page.brand.export_button.text() == "Ekspor (2)"
    result = page.export_selected()
    folder = tmp_path / "Dokumen" / "Warta" / "2025-11-12 Peresmian Taman Kota"
    assert result.out_dir == folder
    assert sorted(p.name for p in folder.iterdir()) == [
        "IMG_0001_bingkai_persegi.jpg", "IMG_0001_bingkai_potret.jpg",
        "IMG_0002_bingkai_persegi.jpg", "IMG_0002_bingkai_potret.jpg"]
    assert len(renders.renders_for_post(page.store, post.id)) == 4
    choice = post_branding.get_branding(page.store, post.id)
    assert (choice.template_id, choice.formats) == ("framed", ["square", "portrait"])
    assert page.shown_reports[-1] is result


def test_export_of_minors_without_consent_asks(page, photos_dir, monkeypatch):
    page.import_paths([str(photos_dir / "IMG_0001.jpg")])
    photo = page.grid.selected_photos()[0]
    photos.update_photo(page.store, photo.id, contains_minors=True)
    page.reload()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert page.export_selected() is None


def test_focus_click_is_saved_for_the_photo(page, photos_dir, qtbot):
    page.import_paths([str(photos_dir / "IMG_0001.jpg")])
    preview = page.brand.preview
    page.brand.preview_format.setCurrentIndex(0)
    assert preview.wait_rendered()
    rect = preview._image_rect()
    from PySide6.QtCore import QPointF

    focus = preview.click_at(QPointF(rect.left() + 3, rect.top() + rect.height() * 0.3))
    assert focus is not None
    photo = page.grid.selected_photos()[0]
    assert post_photos.get_focus(page.store, photo.id) == pytest.approx(focus)
