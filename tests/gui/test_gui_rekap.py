"""Rekap Kota page: shown only at the coordinator; importing packets (drop or dialog),
the replace question, filtering, and mapping an unknown unit name."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from PySide6.QtWidgets import QMessageBox

from core import settings
from core.actions import rekap
from core.demo import fill_demo
from core.rekap import paket
from core.rekap.papan import LATE, MISSING, ON_TIME
from core.store import open_store

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture
def packets(tmp_path, monkeypatch, warta_home):
    made = []
    for unit in ("Dinas Kesehatan", "Dinas Pendidikan"):
        home = tmp_path / unit.replace(" ", "_")
        home.mkdir()
        monkeypatch.setenv("WARTA_HOME", str(home))
        store = open_store()
        fill_demo(store, 2026, 11, unit=unit)
        made.append(rekap.export_packet(store, *NOV, tmp_path))
        store.close()
    monkeypatch.setenv("WARTA_HOME", str(warta_home))
    return made


def _window(qtbot, store):
    from gui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    return window


def test_only_the_coordinator_sees_rekap_kota(qapp_id, qtbot, store):
    assert _window(qtbot, store).rekap is None  # no profile: not Diskominfo
    settings.set(store, "rekap_coordinator", "ya")
    window = _window(qtbot, store)
    assert window.rekap is not None and "rekap" in window.nav_buttons


def test_import_ask_replace_filter_and_map(qapp_id, qtbot, store, packets, monkeypatch,
                                           tmp_path):
    settings.set(store, "rekap_coordinator", "ya")
    window = _window(qtbot, store)
    page = window.rekap
    page.year, page.month_no = 2026, 11
    page.reload()
    page.import_paths([packets[0].parent])
    sent = [r.name for r in page.board.rows if r.status != MISSING]
    assert sorted(sent) == ["Dinas Kesehatan", "Dinas Pendidikan"]
    assert "Tepat waktu" in page.summary.text() or "On time" in page.summary.text()
    # a newer packet of the same unit asks, and "Yes" replaces it
    with zipfile.ZipFile(packets[0]) as zf:
        doc = json.loads(zf.read("laporan.json"))
    doc["created_at"] = "2026-12-03T09:00:00"
    doc["unit"]["name"] = "Dinas Kesehatan Kota Cimahi"
    newer = tmp_path / "newer.warta"
    newer.write_bytes(paket.packet_bytes(doc))
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    page.import_paths([newer])
    assert asked and "Dinas Kesehatan" in asked[0]
    dinkes = next(r for r in page.board.rows if r.unit and r.unit.id == "dinkes")
    assert dinkes.sent_at == dt.datetime(2026, 12, 3, 9, 0)
    # filtering by status hides the missing units
    page.status_filter.setCurrentIndex(page.status_filter.findData(MISSING))
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())
             if not page.table.isRowHidden(r)]
    assert shown and "Dinas Kesehatan" not in shown
    # a packet whose unit name is unknown is mapped once with a choice
    doc["unit"].update(name="Puskesmas Gabungan", short_name="PKM")
    odd = tmp_path / "odd.warta"
    odd.write_bytes(paket.packet_bytes(doc))
    page.import_paths([odd])
    page.status_filter.setCurrentIndex(0)
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data() == "Puskesmas Gabungan")
    monkeypatch.setattr("gui.rekap.page.QInputDialog.getItem",
                        lambda *a, **k: (next(c for c in a[3] if c.startswith("Dinas Sosial")),
                                         True))
    page._map_row(page.proxy.index(row, 0))
    dinsos = next(r for r in page.board.rows if r.unit and r.unit.id == "dinsos")
    assert dinsos.figures is not None


def test_refused_packets_are_listed_with_their_reason(qapp_id, qtbot, store, tmp_path,
                                                      monkeypatch):
    settings.set(store, "rekap_coordinator", "ya")
    page = _window(qtbot, store).rekap
    bad = tmp_path / "rusak.warta"
    bad.write_bytes(b"bukan zip")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    page.import_paths([bad])
    assert shown and "rusak.warta" in shown[0] and "bukan Paket Laporan" in shown[0]
    assert page.table.model().rowCount() > 0
    assert page.table.horizontalHeader().sortIndicatorSection() in (-1, page.model.columnCount())


def test_laporan_page_sends_the_period_to_diskominfo(qapp_id, qtbot, store, tmp_path,
                                                     monkeypatch):
    from PySide6.QtGui import QUndoStack

    from gui.laporan.page import LaporanPage

    fill_demo(store, 2026, 11, unit="Dinas Kesehatan")
    page = LaporanPage(store, QUndoStack())
    qtbot.addWidget(page)
    page.month.setCurrentIndex(page.month.findData("2026-11"))
    offered = []

    def save_as(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / "kirim.warta"), ""

    monkeypatch.setattr("gui.laporan.page.QFileDialog.getSaveFileName", save_as)
    page.send_button.click()
    assert offered and offered[0].endswith("Laporan-Dinkes-2026-11.warta")
    from core.rekap.validasi import read_packet

    packet = read_packet(tmp_path / "kirim.warta")
    assert packet.unit_short == "Dinkes" and packet.start == dt.date(2026, 11, 1)
    assert "kirim.warta" in page.result.text()


def test_city_report_button_writes_word_and_excel(qapp_id, qtbot, store, packets,
                                                  monkeypatch, tmp_path):
    settings.set(store, "rekap_coordinator", "ya")
    page = _window(qtbot, store).rekap
    page.year, page.month_no = 2026, 11
    page.import_paths([packets[0].parent])
    offered = []

    def save_as(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / "kota.docx"), ""

    monkeypatch.setattr("gui.rekap.page.QFileDialog.getSaveFileName", save_as)
    messages = []
    page.message.connect(messages.append)
    page.report_button.click()
    assert offered[0].endswith("Laporan-Rekap-Kota-2026-11.docx")
    assert (tmp_path / "kota.docx").is_file() and (tmp_path / "kota.xlsx").is_file()
    assert messages and "kota.docx" in messages[-1]


def test_diskominfo_own_record_reads_data_sendiri(qapp_id, qtbot, store):
    fill_demo(store, 2026, 11, unit="Dinas Komunikasi dan Informatika")
    window = _window(qtbot, store)
    page = window.rekap
    assert page is not None  # the profile is Diskominfo's: coordinator by default
    page.year, page.month_no = 2026, 11
    page.reload()
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data() == "Dinas Komunikasi dan Informatika")
    assert page.proxy.index(row, 2).data() == "data sendiri"
    assert page.proxy.index(row, 1).data() != MISSING.capitalize()


def test_deadline_spin_box_saves_and_redraws_the_board(qapp_id, qtbot, store, packets,
                                                       tmp_path):
    settings.set(store, "rekap_coordinator", "ya")
    page = _window(qtbot, store).rekap
    page.year, page.month_no = 2026, 11
    with zipfile.ZipFile(packets[0]) as zf:
        doc = json.loads(zf.read("laporan.json"))
    doc["created_at"] = "2026-12-09T09:00:00"  # 9 days after November
    late = tmp_path / "late.warta"
    late.write_bytes(paket.packet_bytes(doc))
    page.import_paths([late])

    def dinkes():
        return next(r for r in page.board.rows if r.unit and r.unit.id == "dinkes").status

    assert page.deadline.value() == 5 and dinkes() == LATE
    with qtbot.waitSignal(page.message):
        page.deadline.setValue(10)
    assert dinkes() == ON_TIME and rekap.deadline_days(store) == 10
    assert "10" in page.deadline.text()
