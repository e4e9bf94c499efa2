"""Check records: checklist ticks with who/when, ignored findings, overrides and the report."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from core import check_records as cr
from core import posts
from core.checks import check_post
from core.model import Post, Profile, Status, Variant
from core.profile import save_profile
from core.report import build_report
from exporters.xlsx_report import XlsxReport

WRONG_DAY = "Wali Kota Cimahi meresmikan Mal Pelayanan Publik pada Senin (12/11/2025)."


@pytest.fixture
def post(store) -> Post:
    save_profile(store, Profile(pic_name="Rina Marlina", pic_nip="199001012015032001",
                                dept_name="Dinas Komunikasi dan Informatika",
                                dept_short="Diskominfo", city="Cimahi"))
    return posts.create_post(store, Post(title="Peresmian MPP", caption=WRONG_DAY,
                                         activity_date=dt.date(2025, 11, 12),
                                         platforms=["instagram"]))


def test_tick_records_name_and_time_and_untick_removes_it(store, post) -> None:
    at = dt.datetime(2025, 11, 12, 9, 15, 30)
    tick = cr.tick(store, post.id, "sumber_terverifikasi", cr.person_name(store), at)
    assert tick.ticked_by == "Rina Marlina" and tick.ticked_at == at
    stored = cr.list_ticks(store, post.id)
    assert stored["sumber_terverifikasi"].ticked_at == at
    later = at + dt.timedelta(hours=1)
    cr.tick(store, post.id, "sumber_terverifikasi", "Budi", later)  # ticking again updates
    assert cr.list_ticks(store, post.id)["sumber_terverifikasi"].ticked_by == "Budi"
    assert cr.untick(store, post.id, "sumber_terverifikasi") is True
    assert cr.list_ticks(store, post.id) == {}
    assert cr.untick(store, post.id, "sumber_terverifikasi") is False


def test_unsaved_post_gets_a_clear_message(store) -> None:
    with pytest.raises(ValueError, match="simpan dulu"):
        cr.tick(store, None, "netralitas", "Rina")
    assert cr.ignored_keys(store, None) == frozenset()


def test_ignored_key_is_filtered_by_check_post_and_can_come_back(store, post) -> None:
    findings = check_post(post, [], [], profile="formal")
    day = next(f for f in findings if f.rule_id == "akurasi.hari_tanggal")
    assert cr.ignore_finding(store, post.id, day.key) is True
    assert cr.ignore_finding(store, post.id, day.key) is False
    ignored = cr.ignored_keys(store, post.id)
    again = check_post(post, [], [], profile="formal", ignored=ignored)
    assert day.key not in {f.key for f in again}
    assert cr.clear_ignored(store, post.id) == [day.key]
    assert cr.ignored_keys(store, post.id) == frozenset()


def test_needs_reason_only_when_moving_forward_into_review() -> None:
    assert cr.needs_reason(Status.DRAF, Status.SIAP_DITINJAU)
    assert cr.needs_reason("Draf", "Terbit")
    assert cr.needs_reason(Status.SIAP_DITINJAU, Status.DISETUJUI)
    assert not cr.needs_reason(Status.TERBIT, Status.DRAF)
    assert not cr.needs_reason(Status.SIAP_DITINJAU, Status.SIAP_DITINJAU)
    assert not cr.needs_reason(Status.DISETUJUI, Status.SIAP_DITINJAU)


def test_override_needs_a_reason_and_sets_review_reason(store, post) -> None:
    errors = [f for f in check_post(post) if f.severity == "error"]
    with pytest.raises(ValueError, match="Alasan wajib"):
        cr.record_override(store, post.id, "   ", errors, "Rina")
    override = cr.record_override(store, post.id, "Tanggal sudah dikonfirmasi panitia.",
                                  errors, "Rina Marlina", dt.datetime(2025, 11, 12, 10, 0))
    assert override.errors[0]["message"].startswith("Hari tidak cocok dengan tanggal")
    assert posts.get_post(store, post.id).review_reason == "Tanggal sudah dikonfirmasi panitia."
    assert cr.overridden_keys(store, post.id) == {f.key for f in errors}
    assert [o.reason for o in cr.list_overrides(store, post.id)] == [override.reason]
    stored = json.loads(store.execute("SELECT errors FROM check_overrides").fetchone()[0])
    assert stored[0]["rule_id"] == "akurasi.hari_tanggal"


def test_override_appears_in_report_data_and_excel_checklist(store, post, tmp_path) -> None:
    errors = [f for f in check_post(post) if f.severity == "error"]
    cr.tick(store, post.id, "persetujuan_atasan", "Rina Marlina")
    cr.record_override(store, post.id, "Disetujui Kabid IKP lewat telepon.", errors,
                       "Rina Marlina", dt.datetime(2025, 11, 12, 10, 5))
    published = posts.update_post(store, replace(posts.get_post(store, post.id),
                                                 status=Status.TERBIT))
    posts.save_variant(store, Variant("instagram", text=WRONG_DAY, post_id=published.id,
                                      published_url="https://www.instagram.com/p/Cx1/",
                                      published_at=dt.datetime(2025, 11, 12, 11, 0)))
    data = build_report(store, dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    row = next(c for c in data.compliance if c.post_id == post.id)
    assert row.overridden and row.ticks == 1
    assert row.reasons == ["Disetujui Kabid IKP lewat telepon."]
    assert row.decided_by == "Rina Marlina"
    assert any("Hari tidak cocok" in e for e in row.errors)

    wb = load_workbook(XlsxReport(data).export(tmp_path / "laporan.xlsx"))
    ws = wb["Daftar Periksa"]
    values = [[c.value for c in r] for r in ws.iter_rows(min_row=6, max_row=6)][0]
    assert values[2] == "Peresmian MPP" and values[4] == "Ya"
    assert "Hari tidak cocok" in values[5]
    assert values[6] == "Disetujui Kabid IKP lewat telepon." and values[7] == "Rina Marlina"
    assert values[8] == dt.datetime(2025, 11, 12, 10, 5)


def test_post_photos_in_their_order(store, post) -> None:
    for n, (name, minors) in enumerate((("b.jpg", True), ("a.jpg", False))):
        cur = store.execute(
            "INSERT INTO photos(sha256, original_name, ext, size_bytes, width, height, "
            "alt_text, contains_minors, imported_at) VALUES (?, ?, 'jpg', 10, 1080, 1350, "
            "'Wali Kota menyapa warga', ?, '2025-11-12T08:00:00')",
            (f"{n:064x}", name, int(minors)))
        store.execute("INSERT INTO post_photos(post_id, photo_id, position) VALUES (?, ?, ?)",
                      (post.id, cur.lastrowid, 1 - n))
    photos = cr.post_photos(store, post.id)
    assert [p.original_name for p in photos] == ["a.jpg", "b.jpg"]
    assert photos[1].contains_minors and photos[0].width == 1080
    assert cr.post_photos(store, None) == []
