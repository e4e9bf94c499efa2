"""With years of data the report and the Konten editor must read through indexes, with a
fixed number of statements (no query per row). EXPLAIN QUERY PLAN on what really runs."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest

from core import migrations, post_listing, post_photos, posts
from core.demo import fill_demo_years
from core.report import build_report
from core.store import Store

BIG_TABLES = {"variants", "post_photos", "photos", "check_overrides", "checklist_ticks",
              "posts"}
SCAN = re.compile(r"\bSCAN (\w+)")
# EXPLAIN QUERY PLAN names a table by its alias when the query gives one ("SCAN v")
ALIAS = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!ON\b|WHERE\b|JOIN\b|LEFT\b|"
                   r"INNER\b|GROUP\b|ORDER\b|LIMIT\b|USING\b)(\w+))?", re.IGNORECASE)


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
        names = {name: name for name in BIG_TABLES}
        names.update({alias: table for table, alias in ALIAS.findall(sql) if alias})
        plan = store.conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        found += [f"{detail}  <-  {sql[:90]}" for *_, detail in plan
                  if (m := SCAN.search(detail)) and names.get(m.group(1)) in BIG_TABLES]
    return found


def test_an_aliased_full_scan_is_caught(years):
    """"SCAN v" is variants read whole, as much as "SCAN variants" is."""
    for alias in ("v", "AS w"):
        name = alias.split()[-1]
        assert _full_scans(years, [f"SELECT {name}.post_id FROM variants {alias} "
                                   f"WHERE substr({name}.planned_at, 1, 4) = '2026'"])
    assert _full_scans(years, ["SELECT post_id FROM variants WHERE platform = 'x'"])


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


def _indexes_after_migrating_from(step, tmp_path) -> set[str]:
    """A database at the version just before `step`, migrated: its index names."""
    conn = sqlite3.connect(tmp_path / "warta.db", isolation_level=None)
    before = migrations.MIGRATIONS.index(step)
    conn.execute("BEGIN")
    for earlier in migrations.MIGRATIONS[:before]:
        earlier(conn)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute("COMMIT")
    assert migrations.migrate(conn) >= before + 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.close()
    return names


def test_speed_index_step_adds_the_indexes(tmp_path):
    names = _indexes_after_migrating_from(migrations._v9_speed_indexes, tmp_path)
    assert {"variants_published", "check_overrides_post"} <= names


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


def test_planned_range_finds_what_the_date_part_finds(years):
    """The banner's range on planned_at picks exactly the versions whose date lies in the
    days asked for, the first minute of the first day and the last of the last included."""
    post_id = posts.list_posts(years)[0].id
    edges = ["2026-09-01T00:00:00", "2026-09-30T23:59:59", "2026-10-01T00:00:00",
             "2026-08-31T23:59:59"]
    for variant, when in zip(posts.list_variants(years, post_id), edges, strict=False):
        years.execute("UPDATE variants SET planned_at = ? WHERE id = ?", (when, variant.id))
    start, end = dt.date(2026, 9, 1), dt.date(2026, 9, 30)
    expected = {(r[0], r[1]) for r in years.execute(
        "SELECT v.post_id, v.platform FROM variants v JOIN posts p ON p.id = v.post_id "
        "WHERE p.deleted_at IS NULL AND v.planned_at IS NOT NULL "
        "AND substr(v.planned_at, 1, 10) BETWEEN ? AND ?", (start.isoformat(), end.isoformat()))}
    found = {(p, platform) for p, platform, _ in posts.planned_between(years, start, end)}
    assert found == expected and found


def test_planned_index_step_adds_the_index(tmp_path):
    assert "variants_planned" in _indexes_after_migrating_from(
        migrations._v11_planned_index, tmp_path)


def test_listing_index_step_adds_the_index(tmp_path):
    assert "posts_listing" in _indexes_after_migrating_from(
        migrations._v12_listing_index, tmp_path)


def test_konten_listing_reads_its_index_already_sorted(years):
    """The list read at every start: the covering index in its order, no post row and no
    sort (a temp b-tree) however many years of posts there are."""
    statements = _statements(years, lambda: post_listing.listing(years))
    [sql] = [s for s in statements if "activity_date" in s]
    plan = [detail for *_, detail in years.conn.execute("EXPLAIN QUERY PLAN " + sql)]
    assert plan == ["SCAN posts USING COVERING INDEX posts_listing"]
