"""Paket narasi in the GUI: the campaign editor on the Rekap Kota page (save, refuse a bad
draft, export), and on the Konten page the import (button and drop), the question
before a second post from the same campaign, and the editor's "Narasi: <judul>" label."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QMimeData, Qt, QUrl
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from core import accounts, posts, settings
from core.actions import narasi as actions
from core.model import Account
from core.rekap import narasi_paket, wadah
from core.rekap.narasi import Narasi


@pytest.fixture
def coordinator(store):
    settings.set(store, "rekap_coordinator", "ya")
    accounts.save_account(store, Account(name="Pemerintah Kota Cimahi", is_own=True,
                                         handles={"instagram": "pemkotcimahi"}))
    return store


def _packet(store, tmp_path: Path) -> Path:
    photo = tmp_path / "resmi.jpg"
    Image.new("RGB", (40, 30), (0, 90, 50)).save(photo, "JPEG")
    saved = actions.save_narasi(store, Narasi(
        title="Gerakan Cimahi Hijau", start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30),
        key_messages=["Tanam satu pohon"], hashtags=["#CimahiHijau"],
        captions={"instagram": "Ayo tanam pohon! 🌳"}, dos=["Sebut lokasi"],
        donts=["Jangan pakai foto lama"]), [photo])
    return actions.export_narasi(store, saved.id, tmp_path)


def test_campaign_editor_saves_lists_and_exports(qapp_id, qtbot, coordinator, monkeypatch,
                                                 tmp_path):
    from gui.rekap.narasi_dialog import NarasiDialog
    from gui.rekap.page import RekapPage

    page = RekapPage(coordinator)
    qtbot.addWidget(page)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = NarasiDialog(coordinator, parent=page)
    qtbot.addWidget(dialog)
    dialog.save()  # no title: refused, the dialog stays
    assert warnings and "Judul" in warnings[0] and dialog.saved is None
    dialog.title.setText("Pekan Imunisasi — Cimahi Sehat")
    dialog.start.setDate(QDate(2026, 11, 3))
    dialog.end.setDate(QDate(2026, 11, 20))
    dialog.key_messages.setPlainText("Imunisasi gratis di puskesmas\n\nBawa buku KIA")
    dialog.hashtags.setText("#CimahiSehat Imunisasi")
    dialog.dos.setPlainText("Cantumkan jadwal")
    dialog.donts.setPlainText("Jangan tampilkan wajah anak")
    dialog.collaborators.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.caption_edits["instagram"].setPlainText("Yuk imunisasi! 💉")
    dialog.save()
    saved = dialog.saved
    assert saved is not None and saved.hashtags == ["#CimahiSehat", "#Imunisasi"]
    assert saved.key_messages == ["Imunisasi gratis di puskesmas", "Bawa buku KIA"]
    assert saved.collaborator_names() == ["Pemerintah Kota Cimahi"]
    page._campaign_changed(saved)
    assert (page.year, page.month_no) == (2026, 11)
    tab = page.narasi
    assert tab.model.rowCount() == 1
    assert tab.model.item(0, 0).text() == "Pekan Imunisasi — Cimahi Sehat"
    assert "Belum ada unit" in tab.detail.text()  # nobody amplified it yet
    tab.table.selectRow(0)
    assert tab.export_button.isEnabled()
    written = tab.export_to(saved.id, tmp_path)
    assert written is not None and written.name.startswith("Narasi-Pekan-Imunisasi")
    # a target that cannot be written: said, nothing else written
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    assert tab.export_to(saved.id, blocker / "sub") is None and warned
    # editing keeps the id and fills the fields back
    again = NarasiDialog(coordinator, actions.get_narasi(coordinator, saved.id), page)
    qtbot.addWidget(again)
    assert again.title.text() == "Pekan Imunisasi — Cimahi Sehat"
    assert again.collaborators.item(0).checkState() == Qt.CheckState.Checked
    assert again.caption_edits["instagram"].toPlainText() == "Yuk imunisasi! 💉"


class _Drop:
    """What dropEvent reads from a QDropEvent."""

    def __init__(self, paths: list[Path]) -> None:
        self.data = QMimeData()
        self.data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        self.accepted = False

    def mimeData(self):  # noqa: N802 - Qt's name
        return self.data

    def acceptProposedAction(self) -> None:  # noqa: N802 - Qt's name
        self.accepted = True


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, showing a page
def test_konten_imports_a_packet_and_shows_the_campaign(qapp_id, qtbot, coordinator,
                                                        monkeypatch, tmp_path):
    from gui.konten.page import KontenPage

    packet = _packet(coordinator, tmp_path)
    page = KontenPage(coordinator, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    post = page.import_narasi(packet)
    assert post is not None and post.campaign_title == "Gerakan Cimahi Hijau"
    assert page.selected_id() == post.id
    label = page.editor.campaign_label
    assert label.isVisible() and label.text() == "Narasi: Gerakan Cimahi Hijau"
    assert "Tanam satu pohon" in label.toolTip() and "Jangan pakai foto lama" in label.toolTip()
    assert page.editor.caption.toPlainText().startswith("Ayo tanam pohon!")
    # the same packet dropped again: asked; "No" makes nothing
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    drop = _Drop([packet, tmp_path / "catatan.txt"])
    page.dropEvent(drop)
    assert drop.accepted and asked and "Gerakan Cimahi Hijau" in asked[0]
    assert len(posts.posts_of_campaign(coordinator, post.campaign_id)) == 1
    # "Yes" makes a second one from the packet read before asking; undo takes it back
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    reads = []
    read = narasi_paket.read_packet
    monkeypatch.setattr(narasi_paket, "read_packet", lambda p: reads.append(p) or read(p))
    page.dropEvent(_Drop([packet]))
    assert len(posts.posts_of_campaign(coordinator, post.campaign_id)) == 2
    assert reads == [packet]
    page.undo_stack.undo()
    assert len(posts.posts_of_campaign(coordinator, post.campaign_id)) == 1
    page.undo_stack.redo()  # and redo brings it back, selected
    again = posts.posts_of_campaign(coordinator, post.campaign_id)
    assert len(again) == 2 and page.selected_id() in {p.id for p in again} - {post.id}
    page.undo_stack.undo()
    assert len(posts.posts_of_campaign(coordinator, post.campaign_id)) == 1
    # a Paket Aturan dropped here is not taken for a campaign: the page says where it goes
    rules = tmp_path / "Aturan-Cimahi-v1.warta"
    rules.write_bytes(wadah.packet_bytes("warta-paket-aturan", "aturan.json", {}))
    said = []
    page.message.connect(said.append)
    page.dropEvent(_Drop([rules]))
    assert said == ["Aturan-Cimahi-v1.warta adalah Paket Aturan; impor di halaman Pengaturan."]
    assert len(posts.posts_of_campaign(coordinator, post.campaign_id)) == 1
    # a post without a campaign hides the label
    page.new_post()
    assert not label.isVisible()


def test_konten_refuses_a_broken_packet_with_its_reason(qapp_id, qtbot, store, monkeypatch,
                                                        tmp_path):
    from gui.konten.page import KontenPage

    page = KontenPage(store, QUndoStack())
    qtbot.addWidget(page)
    bad = tmp_path / "Narasi-rusak.warta"
    bad.write_bytes(b"bukan zip")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    before = posts.count_posts(store)
    assert page.import_narasi(bad) is None
    assert warnings and "Narasi-rusak.warta" in warnings[0] and "Paket narasi" in warnings[0]
    assert posts.count_posts(store) == before



@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_undoing_an_import_takes_its_new_photos_out_of_media(qapp_id, qtbot, coordinator,
                                                             tmp_path):
    """Ctrl+Z after "Impor Paket Narasi…": the photos the packet brought leave Media (the
    page is told), and Ctrl+Y brings them back into the post."""
    from core import photos, post_photos
    from core.actions import media
    from gui.konten.page import KontenPage
    from widgets.media_commands import media_events

    packet = _packet(coordinator, tmp_path)
    media.delete_photos(coordinator, actions.list_narasi(coordinator)[0].photo_ids,
                        confirmed=True)  # so the packet's photo is new here
    page = KontenPage(coordinator, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    told = []
    media_events().library_changed.connect(lambda: told.append(True))
    post = page.import_narasi(packet)
    [photo_id] = post_photos.post_photo_ids(coordinator, post.id)
    page.undo_stack.undo()
    assert photos.get_photo(coordinator, photo_id) is None and told
    told.clear()
    page.undo_stack.redo()
    assert post_photos.post_photo_ids(coordinator, post.id) == [photo_id] and told
