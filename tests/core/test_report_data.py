"""ReportData: what the monthly report counts, from a realistic month (core/demo.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PIL import Image

from core import posts
from core.followers import follower_entries, save_follower_count
from core.model import Post, Status, Variant
from core.report import build_report, month_report
from core.report_notes import load_issues, save_issues
from core.report_sources import photo_file

NOV = (dt.date(2025, 11, 1), dt.date(2025, 11, 30))


@pytest.fixture
def store(demo_store):
    return demo_store


def _published(store, title: str, day: dt.date, platforms: dict[str, dict], **kw) -> Post:
    post = posts.create_post(store, Post(title=title, activity_date=day, status=Status.TERBIT,
                                         platforms=list(platforms), **kw))
    for platform, fields in platforms.items():
        posts.save_variant(store, Variant(platform=platform, post_id=post.id, **fields))
    return post


def test_only_published_posts_of_the_period_count(store) -> None:
    data = month_report(store, 2025, 11)
    terbit = {p.id for p in posts.list_posts(store) if p.status is Status.TERBIT}
    assert {r.post_id for r in data.rows} == terbit and data.totals.posts == 18
    # demo posts 16 and 17 are published without metrics: still listed
    assert data.totals.uploads == len(data.rows) > data.totals.with_metrics
    assert any(not r.has_metrics for r in data.rows)
    assert [r.no for r in data.rows] == list(range(1, len(data.rows) + 1))
    assert data.rows == sorted(data.rows, key=lambda r: r.date)
    assert data.period == "November 2025"


def test_totals_and_engagement_rate_follow_the_stated_formula(store) -> None:
    data = month_report(store, 2025, 11)
    reach = sum(r.reach or 0 for r in data.rows)
    inter = sum((r.metrics["likes"] or 0) + (r.metrics["comments"] or 0)
                + (r.metrics["shares"] or 0) + (r.metrics["saves"] or 0) for r in data.rows)
    assert data.totals.sums["reach"] == reach and data.totals.interactions == inter
    assert data.totals.engagement == pytest.approx(inter / reach)
    assert sum(t.uploads for t in data.by_platform.values()) == data.totals.uploads
    assert sum(t.posts for t in data.by_category.values()) == data.totals.posts
    assert list(data.by_platform)[:2] == ["instagram", "facebook"]
    top = [r.interactions for r in data.top]
    assert len(top) == 5 and top == sorted(top, reverse=True)
    assert top[0] == max(r.interactions or 0 for r in data.rows)


def test_publication_date_decides_the_month_and_unrecorded_posts_still_count(store) -> None:
    _published(store, "Siaran Pers Akhir Bulan", dt.date(2025, 11, 30), {
        "instagram": {"published_at": dt.datetime(2025, 11, 30, 20, 0), "reach": 100},
        "facebook": {"published_at": dt.datetime(2025, 12, 1, 8, 0), "reach": 50},
    })
    posts.create_post(store, Post(title="Tanpa Varian", activity_date=dt.date(2025, 11, 20),
                                  status=Status.TERBIT))
    draft = posts.create_post(store, Post(title="Masih Draf",
                                          activity_date=dt.date(2025, 11, 20)))
    gone = _published(store, "Dihapus", dt.date(2025, 11, 21), {"x": {"reach": 9}})
    posts.delete_post(store, gone.id)

    nov = month_report(store, 2025, 11)
    dec = month_report(store, 2025, 12)
    titles = [(r.title, r.platform) for r in nov.rows]
    assert ("Siaran Pers Akhir Bulan", "instagram") in titles
    assert ("Siaran Pers Akhir Bulan", "facebook") not in titles
    assert [(r.title, r.platform) for r in dec.rows] == [("Siaran Pers Akhir Bulan", "facebook")]
    assert ("Tanpa Varian", "") in titles
    assert all(r.post_id not in (draft.id, gone.id) for r in nov.rows)


def test_any_range_and_a_reversed_range_is_refused(store) -> None:
    week = build_report(store, dt.date(2025, 11, 3), dt.date(2025, 11, 9))
    assert week.rows and all(dt.date(2025, 11, 3) <= r.date <= dt.date(2025, 11, 9)
                             for r in week.rows)
    assert week.period == "3 November 2025 s.d. 9 November 2025"
    with pytest.raises(ValueError, match="tidak boleh sebelum"):
        build_report(store, dt.date(2025, 11, 9), dt.date(2025, 11, 3))


def test_follower_growth_uses_counts_at_start_and_end(store) -> None:
    entries = follower_entries(store, *NOV)
    ig = next(e for e in entries if e.platform == "instagram")
    assert ig.start is None and ig.growth is None  # unknown is not zero
    save_follower_count(store, ig.account_id, "instagram", dt.date(2025, 10, 28), 12000)
    save_follower_count(store, ig.account_id, "instagram", dt.date(2025, 11, 30), 12480)
    save_follower_count(store, ig.account_id, "instagram", dt.date(2025, 12, 5), 99999)
    data = month_report(store, 2025, 11)
    ig = next(e for e in data.followers if e.platform == "instagram")
    assert (ig.start, ig.end, ig.growth) == (12000, 12480, 480)
    assert ig.growth_ratio == pytest.approx(0.04)
    assert data.follower_growth == 480
    with pytest.raises(ValueError):
        save_follower_count(store, ig.account_id, "instagram", dt.date(2025, 11, 1), -1)


def test_compliance_lists_overridden_errors_and_reasons(store) -> None:
    data = month_report(store, 2025, 11)
    first, second = data.rows[0].post_id, data.rows[-1].post_id
    store.execute("INSERT INTO check_overrides(post_id, reason, errors, decided_by, decided_at) "
                  "VALUES (?, ?, ?, ?, ?)",
                  (first, "Nama pejabat sudah dikonfirmasi ke protokol.",
                   json.dumps([{"message": "Nama pejabat tidak ada di glosarium"}]),
                   "Rina Marlina", "2025-11-01T10:00:00"))
    store.execute("UPDATE posts SET review_reason = 'Foto anak sudah ada izin orang tua' "
                  "WHERE id = ?", (second,))
    store.execute("INSERT INTO checklist_ticks VALUES (?, 'izin_foto', 'Rina', 'x')", (first,))
    data = month_report(store, 2025, 11)
    by_id = {c.post_id: c for c in data.compliance}
    assert by_id[first].errors == ["Nama pejabat tidak ada di glosarium"]
    assert by_id[first].reasons == ["Nama pejabat sudah dikonfirmasi ke protokol."]
    assert by_id[first].ticks == 1 and by_id[first].decided_by == "Rina Marlina"
    assert by_id[second].reasons == ["Foto anak sudah ada izin orang tua"]
    assert len(data.overridden) == 2
    assert data.compliance_ratio == pytest.approx(16 / 18)


def _photo(store, name: str, post_id: int, position: int, *, minors=False, make_file=True):
    sha = (name.encode().hex() * 64)[:64]
    path = photo_file(sha, "jpg")
    if make_file:
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (64, 48), "green").save(path)
    cur = store.execute(
        "INSERT INTO photos(sha256, original_name, ext, size_bytes, credit, contains_minors, "
        "imported_at) VALUES (?, ?, 'jpg', 1, 'Tim Dokumentasi', ?, 'x')",
        (sha, name, int(minors)))
    store.execute("INSERT INTO post_photos(post_id, photo_id, position) VALUES (?, ?, ?)",
                  (post_id, cur.lastrowid, position))


def test_documentation_photos_in_order_with_captions_missing_files_flagged(store) -> None:
    rows = month_report(store, 2025, 11).rows
    post_id = rows[0].post_id
    _photo(store, "b.jpg", post_id, 2)
    _photo(store, "a.jpg", post_id, 1)
    _photo(store, "c.jpg", post_id, 3)  # beyond 2 per post
    _photo(store, "anak.jpg", rows[-1].post_id, 1, minors=True)
    _photo(store, "hilang.jpg", rows[-1].post_id, 2, make_file=False)
    data = month_report(store, 2025, 11)
    assert [p.path.name[:4] for p in data.photos][:2] == ["612e", "622e"]  # a, b by position
    assert len([p for p in data.photos if p.post_id == post_id]) == 2
    assert data.photos[0].caption.startswith(rows[0].title)
    assert "Foto: Tim Dokumentasi" in data.photos[0].caption
    assert data.photos_withheld == 1
    assert [p.exists for p in data.photos if p.post_id == rows[-1].post_id] == [False]


def test_issue_text_is_kept_per_period_and_post_notes_are_collected(store) -> None:
    dept = month_report(store, 2025, 11).department
    save_issues(store, dept, *NOV, "Sinyal di lokasi lemah; unggahan ditunda 2 jam.")
    assert load_issues(store, dept, *NOV).startswith("Sinyal")
    assert load_issues(store, dept, dt.date(2025, 12, 1), dt.date(2025, 12, 31)) == ""
    data = month_report(store, 2025, 11)
    assert data.issues.startswith("Sinyal")
    assert ("Rapat Koordinasi Satu Data Kota Cimahi", "Foto dari tim dokumentasi.") in \
        data.post_notes
    assert month_report(store, 2025, 11, issues="Teks lain").issues == "Teks lain"
