"""Rekap Kota: a unit's packet, Diskominfo's import (hostile packets refused), the board."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import jsonschema
import pytest

from core.actions import rekap
from core.demo import fill_demo
from core.profile import load_profile, save_profile
from core.rekap import paket
from core.rekap.papan import LATE, MISSING, ON_TIME, UNMAPPED
from core.rekap.unit import match_unit, same_city, units
from core.rekap.validasi import PacketError, read_packet
from core.store import open_store

ROOT = Path(__file__).resolve().parents[2]
NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
SCHEMA = json.loads((ROOT / "docs" / "paket-laporan.schema.json").read_text(encoding="utf-8"))


def _unit_packet(tmp_path: Path, unit: str, monkeypatch) -> Path:
    """A packet made in a data folder of its own, as a PIC of `unit` would."""
    home = tmp_path / unit.replace(" ", "_")
    home.mkdir()
    monkeypatch.setenv("WARTA_HOME", str(home))
    store = open_store()
    try:
        fill_demo(store, 2026, 11, unit=unit)
        return rekap.export_packet(store, *NOV, tmp_path)
    finally:
        store.close()


@pytest.fixture
def packets(tmp_path, monkeypatch):
    made = [_unit_packet(tmp_path, u, monkeypatch)
            for u in ("Dinas Kesehatan", "Dinas Pendidikan", "Kecamatan Cimahi Utara")]
    home = tmp_path / "diskominfo"
    home.mkdir()
    monkeypatch.setenv("WARTA_HOME", str(home))
    return made


def test_packet_document_follows_the_published_schema(store):
    fill_demo(store, 2026, 11, unit="Dinas Kesehatan")
    doc = paket.build_document(store, *NOV)
    jsonschema.validate(doc, SCHEMA)
    assert doc["unit"]["name"] == "Dinas Kesehatan Kota Cimahi"
    assert doc["posts"] and all(p["uploads"] for p in doc["posts"])
    assert {u["platform"] for p in doc["posts"] for u in p["uploads"]} <= {
        "instagram", "facebook", "x", "tiktok", "youtube", "threads"}


def test_packet_file_name_and_manifest(store, tmp_path):
    fill_demo(store, 2026, 11, unit="Dinas Kesehatan")
    path = rekap.export_packet(store, *NOV, tmp_path)
    assert path.name == "Laporan-Dinkes-2026-11.warta"
    packet = read_packet(path)
    assert packet.unit_short == "Dinkes" and (packet.start, packet.end) == NOV
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["laporan.json", "manifest.json"]


def test_three_units_send_and_the_board_shows_them_and_the_missing(packets, store):
    results = rekap.import_packets(store, [packets[0].parent])
    assert [r.outcome for r in results] == [rekap.IMPORTED] * 3
    board = rekap.period_board(store, *NOV)
    sent = {r.unit.id for r in board.rows if r.status in (ON_TIME, LATE)}
    assert sent == {"dinkes", "disdik", "kec-cimahi-utara"}
    assert board.count(MISSING) == len(units()) - 3 and board.count(UNMAPPED) == 0
    dinkes = next(r for r in board.rows if r.unit and r.unit.id == "dinkes")
    assert dinkes.figures.posts == 18 and dinkes.figures.uploads > 18
    assert board.totals.posts == sum(r.figures.posts for r in board.rows if r.figures)


def test_on_time_and_late_follow_the_packet_date(packets, store):
    rekap.import_packets(store, packets)
    board = rekap.period_board(store, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    made = read_packet(packets[0]).created_at.date()
    expected = ON_TIME if made <= dt.date(2026, 12, 5) else LATE
    assert next(r for r in board.rows if r.unit and r.unit.id == "dinkes").status == expected


def test_same_packet_twice_and_a_newer_one_asks(packets, store, monkeypatch, tmp_path):
    assert rekap.import_packet(store, packets[0]).outcome == rekap.IMPORTED
    assert rekap.import_packet(store, packets[0]).outcome == rekap.SAME
    newer = _rewrite(packets[0], tmp_path / "newer.warta",
                     lambda d: d.update(created_at="2026-12-02T08:00:00"))
    asked = rekap.import_packet(store, newer)
    assert asked.outcome == rekap.NEEDS_REPLACE and "ganti" in asked.message
    assert rekap.import_packet(store, newer, replace=True).outcome == rekap.REPLACED


def test_packet_of_another_period_is_refused_when_a_period_is_chosen(packets, store):
    result = rekap.import_packet(store, packets[0],
                                 period=(dt.date(2026, 10, 1), dt.date(2026, 10, 31)))
    assert result.outcome == rekap.REFUSED and "periode" in result.message


def test_unknown_unit_name_waits_for_mapping(packets, store, tmp_path):
    odd = _rewrite(packets[0], tmp_path / "odd.warta",
                   lambda d: d["unit"].update(name="Dinkes Cmh", short_name="DKC"))
    result = rekap.import_packet(store, odd)
    assert result.outcome == rekap.IMPORTED and not result.mapped
    assert rekap.period_board(store, *NOV).count(UNMAPPED) == 1
    rekap.map_unit(store, "Dinkes Cmh", "dinkes")
    board = rekap.period_board(store, *NOV)
    assert board.count(UNMAPPED) == 0
    assert next(r for r in board.rows if r.unit and r.unit.id == "dinkes").figures


@pytest.mark.parametrize("name,short,unit_id", [
    ("Dinas Kesehatan Kota Cimahi", "", "dinkes"), ("DINAS  KESEHATAN", "", "dinkes"),
    ("Diskominfo", "", "diskominfo"), ("x", "Disdukcapil", "disdukcapil"),
    ("Kec. Cimahi Utara", "", "kec-cimahi-utara")])
def test_unit_names_match_loosely(name, short, unit_id):
    assert match_unit(name, short).id == unit_id


def test_cimahi_has_3_kecamatan_and_15_kelurahan():
    kinds = [u.kind for u in units()]
    assert kinds.count("kecamatan") == 3 and kinds.count("kelurahan") == 15


# ---- hostile packets --------------------------------------------------------------------

def _doc(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("laporan.json"))


def _rewrite(src: Path, dst: Path, change) -> Path:
    doc = _doc(src)
    change(doc)
    dst.write_bytes(paket.packet_bytes(doc))
    return dst


def _zip(dst: Path, entries: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    dst.write_bytes(buffer.getvalue())
    return dst


def _refused(store, path: Path, words: str) -> None:
    result = rekap.import_packet(store, path)
    assert result.outcome == rekap.REFUSED, result
    assert words in result.message
    assert rekap.period_board(store, *NOV).count(ON_TIME) + \
        rekap.period_board(store, *NOV).count(LATE) == 0  # nothing half-imported


def test_zip_slip_and_too_many_entries_and_bombs(packets, store, tmp_path):
    body = json.dumps(_doc(packets[0])).encode()
    _refused(store, _zip(tmp_path / "slip.warta", {"../laporan.json": body,
                                                   "manifest.json": b"{}"}), "tidak aman")
    many = {f"f{i}.txt": b"x" for i in range(10_000)}
    _refused(store, _zip(tmp_path / "many.warta", many), "terlalu banyak")
    bomb = {"laporan.json": b"0" * 40_000_000, "manifest.json": b"{}"}
    _refused(store, _zip(tmp_path / "bomb.warta", bomb), "zip bomb")


def test_manifest_mismatch_and_not_a_zip(packets, store, tmp_path):
    body = json.dumps(_doc(packets[0])).encode()
    bad = _zip(tmp_path / "tampered.warta", {
        "laporan.json": body, "manifest.json": json.dumps(
            {"sha256": {"laporan.json": "0" * 64}}).encode()})
    _refused(store, bad, "tidak cocok dengan manifest")
    junk = tmp_path / "junk.warta"
    junk.write_bytes(b"PK\x03\x04 bukan zip")
    _refused(store, junk, "bukan Paket Laporan")


def test_newer_schema_wrong_types_and_duplicate_ids(packets, store, tmp_path):
    _refused(store, _rewrite(packets[0], tmp_path / "v9.warta",
                             lambda d: d.update(schema_version=9)), "lebih baru")
    _refused(store, _rewrite(packets[0], tmp_path / "types.warta",
                             lambda d: d["posts"][0].update(uploads="banyak")), "skema")
    _refused(store, _rewrite(packets[0], tmp_path / "dup.warta",
                             lambda d: d["posts"].append(dict(d["posts"][0]))), "ganda")
    _refused(store, _rewrite(packets[0], tmp_path / "huge.warta",
                             lambda d: d["posts"][0]["uploads"][0]["metrics"].update(
                                 reach=99999999999999999999)), "batas wajar")
    _refused(store, _rewrite(packets[0], tmp_path / "bool.warta",
                             lambda d: d["posts"][0].update(id=True)), "bilangan")


def test_fifo_and_folder_are_refused_not_hung(store, tmp_path):
    import os

    fifo = tmp_path / "pipa.warta"
    os.mkfifo(fifo)
    _refused(store, fifo, "bukan berkas biasa")


def test_formula_and_control_characters_are_neutralised(packets, store, tmp_path):
    evil = _rewrite(packets[0], tmp_path / "evil.warta", lambda d: d["unit"].update(
        name="=HYPERLINK(\"http://x\")\u202e\x07 Dinas", short_name=""))
    result = rekap.import_packet(store, evil)
    assert result.outcome == rekap.IMPORTED
    assert "\u202e" not in result.unit_name and "\x07" not in result.unit_name
    with pytest.raises(PacketError):
        read_packet(tmp_path)  # a folder is not a packet


def test_profile_of_unit_demo_is_complete(store):
    fill_demo(store, 2026, 11, unit="Dinas Pendidikan")
    profile = load_profile(store)
    assert profile.is_complete() and profile.dept_short == "Disdik"
    save_profile(store, profile)


def test_import_reports_progress_and_stops_on_cancel(packets, store):
    seen = []
    results = rekap.import_packets(store, packets, progress=lambda d, t, n: seen.append((d, t)),
                                   cancelled=lambda: len(seen) >= 2)
    assert seen == [(0, 3), (1, 3)] and len(results) == 2
    assert all(r.outcome == rekap.IMPORTED for r in results)


def test_coordinator_counts_its_own_record_not_as_missing(packets, store):
    fill_demo(store, 2026, 11, unit="Dinas Komunikasi dan Informatika")
    rekap.import_packets(store, [packets[0].parent])
    board = rekap.period_board(store, *NOV)
    own = next(r for r in board.rows if r.unit and r.unit.id == "diskominfo")
    assert own.own and own.status == ON_TIME and own.sent_at is None
    assert own.figures.posts == len(paket.build_document(store, *NOV)["posts"]) > 0
    assert board.count(MISSING) == len(units()) - 4
    assert board.totals.posts == sum(r.figures.posts for r in board.rows if r.figures)


def test_a_packet_from_the_coordinators_unit_stands_over_its_own_record(packets, store,
                                                                         tmp_path, monkeypatch):
    sent = _unit_packet(tmp_path / "kirim", "Dinas Komunikasi dan Informatika", monkeypatch) \
        if (tmp_path / "kirim").mkdir() is None else None
    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "diskominfo"))
    fill_demo(store, 2026, 11, unit="Dinas Komunikasi dan Informatika")
    rekap.import_packets(store, [sent])
    row = next(r for r in rekap.period_board(store, *NOV).rows
               if r.unit and r.unit.id == "diskominfo")
    assert not row.own and row.sent_at is not None


@pytest.mark.parametrize("theirs,ours,same", [
    ("Cimahi", "Cimahi", True), ("Kota Cimahi", "cimahi", True),
    ("PEMERINTAH KOTA  CIMAHI", "Cimahi", True), ("", "Cimahi", True),
    ("Bandung", "Cimahi", False), ("Kabupaten Bandung Barat", "Kota Cimahi", False),
    ("Kab. Bandung", "Kabupaten Bandung", True), ("Kabupaten Bandung", "Bandung", False),
    ("Pemkab Bandung", "Kota Bandung", False)])
def test_city_names_compare_loosely(theirs, ours, same):
    assert same_city(theirs, ours) is same


def test_packet_from_another_city_is_refused_and_says_what_to_do(packets, store, tmp_path):
    other = _rewrite(packets[0], tmp_path / "bandung.warta",
                     lambda d: d["unit"].update(city="Kota Bandung"))
    _refused(store, other, "Kota Bandung, bukan dari Kota Cimahi")
    assert "Pengaturan > Profil" in rekap.import_packet(store, other).message
    spelled = _rewrite(packets[0], tmp_path / "eja.warta",
                       lambda d: d["unit"].update(city="KOTA CIMAHI"))
    assert rekap.import_packet(store, spelled).outcome == rekap.IMPORTED


def test_deadline_is_diskominfo_s_choice(packets, store, tmp_path):
    """A packet made 9 days after the period is late by the default 5 days, on time once
    Diskominfo allows 10, and the city report's Saran names the days in force."""
    made_late = _rewrite(packets[0], tmp_path / "late.warta",
                         lambda d: d.update(created_at="2026-12-09T08:00:00"))
    rekap.import_packet(store, made_late)

    def dinkes(board):
        return next(r for r in board.rows if r.unit and r.unit.id == "dinkes").status

    assert rekap.deadline_days(store) == 5 and dinkes(rekap.period_board(store, *NOV)) == LATE
    assert any("paling lambat 5 hari" in s for s in rekap.city_report(store, *NOV).suggestions)
    rekap.set_deadline_days(store, 10)
    board = rekap.period_board(store, *NOV)
    assert board.deadline_days == 10 and dinkes(board) == ON_TIME
    rekap.set_deadline_days(store, 3)
    assert any("paling lambat 3 hari" in s for s in rekap.city_report(store, *NOV).suggestions)
    for wrong in (-1, 61, True, "7"):
        with pytest.raises(ValueError, match="0 sampai 60"):
            rekap.set_deadline_days(store, wrong)
    assert rekap.deadline_days(store) == 3
