"""Paket Aturan in the GUI: the diff dialog (counts per list, readable entries), the
import strip in Pengaturan (status, accept / cancel, older packet question, refusal) and
the export button on the Rekap Kota page."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from core import hashtag_sets, settings
from core.actions import aturan
from core.checks import add_to_glossary, config
from core.hashtag_sets import HashtagSet
from core.store import open_store

SHOTS = os.environ.get("WARTA_SHOTS")  # a folder: save the dialog as PNG to look at it


@pytest.fixture
def packets(tmp_path, monkeypatch, warta_home) -> list[Path]:
    """Two packets from a Diskominfo folder: v1, then v2 with a new Wali Kota."""
    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "diskominfo"))
    config.reload()
    store = open_store()
    settings.set(store, "rekap_coordinator", "ya")
    hashtag_sets.save_set(store, HashtagSet("Hari Jadi Kota", "#HJKCimahi #CimahiKota"))
    add_to_glossary("Kampung Adat Cireundeu", kind="wilayah")
    made = [aturan.export_rules(store, tmp_path, today=dt.date(2026, 11, 1)).path]
    add_to_glossary("Wali Kota Cimahi", kind="jabatan", holder="Ngatiyana")
    made.append(aturan.export_rules(store, tmp_path, today=dt.date(2026, 12, 1)).path)
    store.close()
    monkeypatch.setenv("WARTA_HOME", str(warta_home))
    config.reload()
    return made


@pytest.fixture
def page(qapp_id, qtbot, store):
    from gui.pengaturan.page import PengaturanPage

    widget = PengaturanPage(store)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def test_diff_dialog_lists_counts_and_entries(qapp_id, qtbot, store, packets):
    from gui.pengaturan.aturan_dialog import AturanDiffDialog

    preview = aturan.import_rules(store, packets[1])
    dialog = AturanDiffDialog(preview)
    qtbot.addWidget(dialog)
    tree = dialog.tree
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert tops[0] == "Glosarium: 1 ditambah, 1 diubah, 0 dihapus"
    assert tops[1] == "Kumpulan tagar: 1 ditambah, 0 diubah, 0 dihapus"
    assert len(tops) == 5
    glossary = tree.topLevelItem(0)
    groups = {glossary.child(i).text(0): glossary.child(i) for i in range(glossary.childCount())}
    assert set(groups) == {"Ditambah (1)", "Diubah (1)"}
    assert groups["Diubah (1)"].child(0).text(0) == "Wali Kota Cimahi: jabatan → Ngatiyana"
    assert dialog.accept_button.text() == "Terima perubahan"
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "aturan_diff.png"))


def test_import_shows_status_and_applies_only_when_accepted(page, store, packets,
                                                            monkeypatch):
    box = page.aturan
    assert box.status.text() == "Paket aturan kota: belum ada"
    monkeypatch.setattr(box, "ask", lambda preview: QDialog.DialogCode.Rejected)
    assert box.import_file(packets[0]) is False
    assert hashtag_sets.list_sets(store) == []
    monkeypatch.setattr(box, "ask", lambda preview: QDialog.DialogCode.Accepted)
    threads = []
    read = aturan.preview_rules
    monkeypatch.setattr(aturan, "preview_rules",
                        lambda *a: threads.append(threading.current_thread()) or read(*a))
    assert box.import_file(packets[1]) is True
    assert threads and threads[0] is not threading.main_thread()  # read off the UI thread
    assert box.status.text() == ("Paket aturan kota: v2, 2026-12-01, dari Diskominfo "
                                 "Kota Cimahi")
    assert page.hashtags.table.model().rowCount() == 1  # the tab shows the new set
    assert [s.name for s in hashtag_sets.list_sets(store)] == ["Hari Jadi Kota"]


def test_older_packet_asks_and_refused_packet_warns(page, store, packets, monkeypatch,
                                                    tmp_path):
    box = page.aturan
    monkeypatch.setattr(box, "ask", lambda preview: QDialog.DialogCode.Accepted)
    assert box.import_file(packets[1])
    asked: list[str] = []

    def no(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    assert box.import_file(packets[0]) is False
    assert asked and "Paket aturan v1 lebih lama dari yang berlaku (v2)" in asked[0]
    assert aturan.status(store).version == 2
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: warned.append(text))
    bad = tmp_path / "rusak.warta"
    bad.write_bytes(b"bukan zip")
    assert box.import_file(bad) is False
    assert warned and "bukan Paket Aturan" in warned[0]


def test_rekap_page_exports_the_rules_packet(qapp_id, qtbot, store, tmp_path):
    from gui.rekap.page import RekapPage

    settings.set(store, "rekap_coordinator", "ya")
    page = RekapPage(store)
    qtbot.addWidget(page)
    assert page.rules_button.text() == "Ekspor Paket Aturan…"
    from gui.rekap.aturan_export import export_rules_packet

    written = export_rules_packet(page, store, str(tmp_path / "Aturan.warta"))
    assert written is not None and written.exists()

    assert settings.get(store, "aturan_versi_ekspor") == 1


def test_dropping_a_packet_on_pengaturan_imports_it(page, packets, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    seen: list[Path] = []
    monkeypatch.setattr(page.aturan, "import_file", lambda path: seen.append(path) or True)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(packets[0])), QUrl.fromLocalFile("/tmp/foto.jpg")])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert seen == [packets[0]]
    # a Paket Narasi dropped here is sent to the Konten page with a message, not imported
    from core.rekap import wadah

    campaign = packets[0].with_name("Narasi-Cimahi.warta")
    campaign.write_bytes(wadah.packet_bytes("warta-paket-narasi", "narasi.json", {}))
    said: list[str] = []
    page.message.connect(said.append)
    mime.setUrls([QUrl.fromLocalFile(str(campaign))])
    page.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert seen == [packets[0]]
    assert said == ["Narasi-Cimahi.warta adalah Paket Narasi; impor di halaman Konten."]


def test_rules_export_failure_is_said_and_runs_off_the_ui_thread(qapp_id, qtbot, store,
                                                                 tmp_path, monkeypatch):
    from gui.rekap.aturan_export import export_rules_packet

    settings.set(store, "rekap_coordinator", "ya")
    threads, warned = [], []
    write = aturan.export_rules
    monkeypatch.setattr(aturan, "export_rules",
                        lambda *a, **k: threads.append(threading.current_thread())
                        or write(*a, **k))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: warned.append((title, text)))
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    assert export_rules_packet(None, store, str(blocker / "Aturan.warta")) is None
    assert threads and threads[0] is not threading.main_thread()
    assert warned and warned[0][0] == "Paket Aturan tidak disimpan" and warned[0][1]
    assert blocker.read_text() == "bukan folder"
