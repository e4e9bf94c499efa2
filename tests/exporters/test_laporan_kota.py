"""The city report (issue 17 item 5): three units send, one of them also for the month
before; Diskominfo writes Word and Excel, and both are read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from core.actions import rekap
from core.demo import fill_demo
from core.rekap import paket
from core.rekap.laporan_kota import TITLE, conclusions_and_suggestions
from core.rekap.papan import LATE, MISSING, ON_TIME
from core.store import open_store
from exporters.laporan_kota import export_city_report
from tests.exporters.xlsx_labels import cut_labels, needs_fonts

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
UNITS = ("Dinas Kesehatan", "Dinas Pendidikan", "Kecamatan Cimahi Utara")
# Diskominfo's own published record is on its board beside the packets it imported
OWN = "Dinas Komunikasi dan Informatika"
SENT = (*UNITS, OWN)


@pytest.fixture
def city(tmp_path, monkeypatch):
    """Diskominfo's store with three November packets and Dinkes's October one."""
    outbox = tmp_path / "paket"
    outbox.mkdir()
    for unit in UNITS:
        home = tmp_path / unit.replace(" ", "_")
        home.mkdir()
        monkeypatch.setenv("WARTA_HOME", str(home))
        store = open_store()
        try:
            fill_demo(store, 2026, 11, unit=unit)
            rekap.export_packet(store, *NOV, outbox)
            if unit == "Dinas Kesehatan":
                fill_demo(store, 2026, 10, unit=unit)
                rekap.export_packet(store, *OCT, outbox)
        finally:
            store.close()
    home = tmp_path / "diskominfo"
    home.mkdir()
    monkeypatch.setenv("WARTA_HOME", str(home))
    store = open_store()
    fill_demo(store, 2026, 11, unit="Dinas Komunikasi dan Informatika")
    results = rekap.import_packets(store, [outbox])
    assert [r.outcome for r in results] == [rekap.IMPORTED] * 4
    yield store, outbox
    store.close()


def _posts_and_uploads(outbox: Path, store) -> tuple[int, int]:
    """Posts and uploads of November: every packet sent plus Diskominfo's own."""
    docs = [paket.build_document(store, *NOV)]
    for f in outbox.glob("*-2026-11.warta"):
        with zipfile.ZipFile(f) as zf:
            docs.append(json.loads(zf.read(paket.DOCUMENT)))
    posts = sum(len(doc["posts"]) for doc in docs)
    uploads = sum(len(p["uploads"]) for doc in docs for p in doc["posts"])
    return posts, uploads


def _docx_text(path: Path) -> tuple[str, list]:
    doc = Document(str(path))
    return "\n".join(p.text for p in doc.paragraphs), doc.tables


def test_word_report_has_units_missing_conclusions_and_signature(city, tmp_path):
    store, outbox = city
    data = rekap.city_report(store, *NOV)
    [docx] = export_city_report(data, docx=tmp_path / "kota")
    assert docx.suffix == ".docx"
    text, tables = _docx_text(docx)
    assert "LAPORAN REKAPITULASI PENGELOLAAN MEDIA SOSIAL PERANGKAT DAERAH KOTA CIMAHI" in text
    assert "PERIODE NOVEMBER 2026" in text and "SIMPULAN DAN SARAN" in text
    kop = tables[0].rows[0].cells[1].text
    assert "DINAS KOMUNIKASI DAN INFORMATIKA" in kop and "PEMERINTAH KOTA CIMAHI" in kop
    # the per-unit recap: one row per unit that sent, then the city and October totals
    recap = next(t for t in tables if len(t.columns) == 11)
    names = [r.cells[1].text for r in recap.rows[1:]]
    assert sorted(names[:4]) == sorted(SENT) and names[4] == "Jumlah kota"
    assert names[5].startswith("Periode lalu (Oktober 2026)")
    posts, _ = _posts_and_uploads(outbox, store)
    assert recap.rows[5].cells[2].text == str(posts)
    # the city totals beside the previous period's (Dinkes sent October too)
    compare = next(t for t in tables if t.rows[0].cells[0].text == "Uraian")
    assert [c.text for c in compare.rows[1].cells[:3]] == ["Unit yang melapor", "1", "4"]
    konten = compare.rows[2]
    assert konten.cells[0].text == "Konten terbit"
    assert konten.cells[1].text == str(data.board.previous_totals.posts) != "0"
    # units that have not reported, listed by name
    missing = next(t for t in tables if t.rows[0].cells[1].text.startswith("Unit yang belum"))
    listed = {r.cells[1].text for r in missing.rows[1:]}
    assert len(listed) == data.board.count(MISSING) and "Sekretariat Daerah" in listed
    assert not listed & set(SENT)
    # Simpulan dan Saran drafted from the data, and the signature block
    for sentence in data.conclusions + data.suggestions:
        assert sentence in text
    assert "4 dari" in data.conclusions[0]
    assert f"Angka {OWN} dibaca dari data Warta-nya sendiri." in text
    assert any("belum menyampaikan" in s for s in data.suggestions)
    signature = "\n".join(c.text for t in tables for c in t.rows[0].cells)
    assert "Yang membuat laporan," in signature and "Mengetahui," in signature
    section = Document(str(docx)).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_excel_flat_table_measures_and_subtotals(city, tmp_path):
    store, outbox = city
    data = rekap.city_report(store, *NOV)
    [xlsx] = export_city_report(data, xlsx=tmp_path / "kota.xlsx")
    wb = load_workbook(xlsx)
    flat = wb["Unggahan"]
    assert "Jumlah Unggahan" in wb.sheetnames and "Unggahan1" not in wb.sheetnames
    posts, uploads = _posts_and_uploads(outbox, store)
    [table] = flat.tables.values()
    first, last = table.ref.split(":")
    assert first == "A1" and int(last[1:]) - 1 == uploads == len(data.uploads)
    heads = [c.value for c in flat[1]]
    assert heads[:7] == ["Unit", "ID Konten", "Tanggal", "Judul", "Kategori", "Platform",
                         "Tautan"]
    distinct = {(flat.cell(r, 1).value, flat.cell(r, 2).value) for r in range(2, uploads + 2)}
    assert len(distinct) == posts  # every post of every packet, one row per upload
    assert {flat.cell(r, 1).value for r in range(2, uploads + 2)} == set(SENT)
    assert isinstance(flat.cell(2, 3).value, dt.datetime)
    total = flat.cell(uploads + 2, 8).value
    assert total == f"=SUBTOTAL(109,H2:H{uploads + 1})"
    for name in ("Konten", "Jangkauan", "Keterlibatan", "Lolos Cek", "Kolaborasi"):
        ws = wb[name]
        assert ws._charts, name
        formulas = [c.value for row in ws.iter_rows() for c in row
                    if isinstance(c.value, str) and c.value.startswith("=SUBTOTAL")]
        assert formulas, name
    konten = wb["Konten"]
    units = [konten.cell(r, 1).value for r in range(4, 4 + 4)]
    assert sorted(units) == sorted(SENT)
    assert konten.cell(8, 3).value == "=SUBTOTAL(109,C4:C7)"
    assert "Simpulan" in [c.value for c in wb["Ringkasan"]["A"]]
    # written once, with Warta (not openpyxl) named as the application, as the PIC's report
    with zipfile.ZipFile(xlsx) as z:
        assert b"<Application>Warta</Application>" in z.read("docProps/app.xml")
        assert not [n for n in z.namelist() if n.endswith(".rows")]


def test_formula_like_titles_stay_text(city, tmp_path):
    store, _ = city
    data = rekap.city_report(store, *NOV)
    bad = dataclasses.replace(data.uploads[0], title="=HYPERLINK(1)")
    data.uploads[0] = bad
    [xlsx] = export_city_report(data, xlsx=tmp_path / "kota.xlsx")
    cell = load_workbook(xlsx)["Unggahan"]["D2"]
    assert cell.value == "=HYPERLINK(1)" and cell.data_type == "s"


def test_rules_follow_the_data_not_praise(city):
    store, _ = city
    board = rekap.period_board(store, *NOV)
    simpulan, saran = conclusions_and_suggestions(board, "Oktober 2026")
    assert any(s.startswith("Pada 1 unit yang melapor pada kedua periode") and
               "Oktober 2026" in s for s in simpulan)  # Dinkes alone: like with like
    for row in board.rows:  # every unit sends on time, with collaborations: no such saran
        if row.figures is not None:
            row.status = ON_TIME
            row.figures.collaborations = 1
    for row in board.rows:
        if row.status in (MISSING, LATE):
            row.status = ON_TIME
    simpulan, saran = conclusions_and_suggestions(board, "Oktober 2026")
    assert not any("belum menyampaikan" in s or "terlambat" in s for s in saran)
    assert not any("kolaborasi" in s for s in saran)
    words = " ".join(simpulan + saran).casefold()
    assert not any(w in words for w in ("sangat baik", "luar biasa", "membanggakan"))


def test_no_packets_still_writes_both(store, tmp_path):
    data = rekap.city_report(store, *NOV)
    written = export_city_report(data, docx=tmp_path / "a.docx", xlsx=tmp_path / "a.xlsx")
    text, _ = _docx_text(written[0])
    assert "Seluruh unit" not in text and "Belum ada unit" in text
    assert data.title.startswith(TITLE)


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or poppler-utils not installed")
def test_libreoffice_opens_both(city, tmp_path, libreoffice_text):
    store, _ = city
    files = export_city_report(rekap.city_report(store, *NOV), docx=tmp_path / "k.docx",
                               xlsx=tmp_path / "k.xlsx")
    for f in files:
        assert "Dinas Kesehatan" in libreoffice_text(f, tmp_path)


@needs_fonts
def test_excel_labels_are_not_cut(city, tmp_path):
    store, _ = city
    [xlsx] = export_city_report(rekap.city_report(store, *NOV), xlsx=tmp_path / "kota.xlsx")
    assert cut_labels(xlsx) == []


def test_collaboration_saran_leaves_out_diskominfo(city):
    """Diskominfo runs the city's own accounts, so it is never told to collaborate with
    them; the other units without a collaboration are."""
    store, _ = city
    board = rekap.period_board(store, *NOV)
    for row in board.rows:
        if row.figures is not None:
            row.figures.collaborations = 0
    _, saran = conclusions_and_suggestions(board, "Oktober 2026")
    [collab] = [s for s in saran if "kolaborasi" in s]
    assert "Dinas Kesehatan" in collab and OWN not in collab
    assert any(r.figures is not None and r.unit and r.unit.id == "diskominfo"
               for r in board.rows)


def test_excel_terms_note_sits_under_the_table_it_explains(city, tmp_path):
    """The note defining Keterlibatan and Lolos Cek follows the measures table, not the
    end of the sheet (there, after a long Saran, it printed alone on a page of its own)."""
    store, _ = city
    [xlsx] = export_city_report(rekap.city_report(store, *NOV), xlsx=tmp_path / "kota.xlsx")
    ws = load_workbook(xlsx)["Ringkasan"]
    labels = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    note = next(i for i, v in enumerate(labels) if v and v.startswith("Keterlibatan ="))
    assert labels[note - 1] == "Kolaborasi dengan akun kota"
    assert labels.index("Saran") > note


def test_excel_dash_for_a_missing_period_sits_right_like_the_figures(store, tmp_path):
    """With no period before, "Periode Lalu" holds dashes: right-aligned as the numbers of
    the column are (left-aligned, the dash touched the figure beside it: "18–")."""
    data = rekap.city_report(store, *NOV)
    assert not data.has_previous
    [xlsx] = export_city_report(data, xlsx=tmp_path / "kota.xlsx")
    ws = load_workbook(xlsx)["Ringkasan"]
    dashes = [ws.cell(r, 3) for r in range(6, 16) if ws.cell(r, 3).value == "\u2013"]
    assert len(dashes) == 10
    assert {c.alignment.horizontal for c in dashes} == {"right"}
