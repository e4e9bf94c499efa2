"""With years of data the report and the Konten editor must read through indexes, with a
fixed number of statements (no query per row). EXPLAIN QUERY PLAN on what really runs."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest

from core import migrations, post_photos, posts
from core.demo import fill_demo_years
from core.report import build_report
from core.store import Store

BIG = re.compile(r"\bSCAN (variants|post_photos|photos|check_overrides|checklist_ticks|posts)\b")


def _statements(store: Store, action) -> list[str]:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        store.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def _full_scans(store: Store, statements: list[str]) -> list[str]:
    found = []
    for sql in statements:
        plan = store.conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        found += [f"{detail}  <-  {sql[:90]}" for *_, detail in plan if BIG.search(detail)]
    return found


@pytest.fixture
def years(store):
    fill_demo_years(store, posts_wanted=400, years=1, end=(2026, 10))
    store.execute("ANALYZE")
    return store


def _report(store: Store, month: int) -> None:
    start = dt.date(2026, month, 1)
    build_report(store, start, (start + dt.timedelta(days=31)).replace(day=1)
                 - dt.timedelta(days=1))


def test_monthly_report_reads_through_indexes(years):
    statements = _statements(years, lambda: _report(years, 9))
    assert statements
    assert _full_scans(years, statements) == []


def test_report_statement_count_does_not_grow_with_posts(years):
    few = _statements(years, lambda: _report(years, 1))  # the first weeks: few posts
    many = _statements(years, lambda: build_report(years, dt.date(2025, 11, 1),
                                                   dt.date(2026, 10, 31)))
    assert len(many) == len(few)


def test_opening_a_post_reads_through_indexes(years):
    post_id = posts.list_posts(years)[200].id

    def open_post() -> None:
        posts.get_post(years, post_id)
        posts.list_variants(years, post_id)
        post_photos.post_photos(years, post_id)

    assert _full_scans(years, _statements(years, open_post)) == []


def test_speed_index_step_adds_the_indexes(tmp_path):
    conn = sqlite3.connect(tmp_path / "warta.db", isolation_level=None)
    before = migrations.MIGRATIONS.index(migrations._v9_speed_indexes)
    conn.execute("BEGIN")
    for step in migrations.MIGRATIONS[:before]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute("COMMIT")
    assert migrations.migrate(conn) >= before + 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"variants_published", "check_overrides_post"} <= names
    conn.close()


def test_a_month_of_the_kalender_reads_through_indexes(years):
    from core.kalender import bulan

    statements = _statements(years, lambda: bulan.posts_by_day(
        years, dt.date(2026, 9, 1), dt.date(2026, 9, 30)))
    assert statements
    assert _full_scans(years, statements) == []


def test_month_filter_matches_the_month_prefix(years):
    """The range on activity_date finds exactly the posts whose date starts with the month
    (December's upper bound is '2025-13', not '2026-01')."""
    for month in ("2025-12", "2026-01", "2026-09"):
        expected = {r[0] for r in years.execute(
            "SELECT id FROM posts WHERE deleted_at IS NULL "
            "AND substr(activity_date, 1, 7) = ?", (month,))}
        found = {p.id for p in posts.list_posts(years, posts.PostFilter(month=month))}
        assert found == expected and found
