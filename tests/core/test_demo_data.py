"""The demo month: a complete profile, accounts and 24 realistic, repeatable posts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from core import accounts, posts
from core.demo import DEMO_PROFILE, fill_demo, previous_month
from core.model import Status
from core.posts import PostFilter
from core.profile import load_profile, profile_errors, save_profile
from core.store import Store, open_store


@pytest.fixture
def store() -> Store:
    s = open_store()
    yield s
    s.close()


def _snapshot(store: Store) -> list[tuple]:
    rows = []
    for p in posts.list_posts(store, PostFilter(newest_first=False)):
        variants = posts.list_variants(store, p.id)
        rows.append((p.title, p.activity_date, p.status, p.category, tuple(p.platforms),
                     tuple((v.platform, v.published_url, v.published_at, v.reach, v.likes)
                           for v in variants)))
    return rows


def test_fill_demo_adds_a_complete_profile_and_accounts(store: Store) -> None:
    assert fill_demo(store, 2025, 11) == 24
    profile = load_profile(store)
    assert profile == DEMO_PROFILE
    assert profile_errors(profile) == {}
    listed = accounts.list_accounts(store)
    assert len(listed) >= 3
    assert listed[0].is_own and listed[0].handles["instagram"]
    assert all(not a.handles.get(p, "x").startswith("@") for a in listed for p in a.handles)


def test_fill_demo_puts_24_posts_in_the_given_month(store: Store) -> None:
    fill_demo(store, 2025, 11)
    listed = posts.list_posts(store)
    assert len(listed) == 24
    assert all(p.activity_date and (p.activity_date.year, p.activity_date.month) == (2025, 11)
               for p in listed)
    assert posts.months_with_posts(store) == ["2025-11"]
    assert len({p.title for p in listed}) == 24  # titles tell posts apart in the list


def test_fill_demo_in_february_stays_in_february(store: Store) -> None:
    fill_demo(store, 2026, 2)
    assert posts.months_with_posts(store) == ["2026-02"]


def test_fill_demo_has_published_posts_with_urls_and_metrics(store: Store) -> None:
    fill_demo(store, 2025, 11)
    listed = posts.list_posts(store)
    published = [p for p in listed if p.status is Status.TERBIT]
    assert 0 < len(published) < len(listed)
    assert {p.status for p in listed} - {Status.TERBIT}  # some still in the workflow
    with_metrics = 0
    for p in published:
        variants = posts.list_variants(store, p.id)
        assert {v.platform for v in variants} == set(p.platforms)
        for v in variants:
            assert v.published_url.startswith("https://")
            assert v.published_at is not None and v.published_at.date() == p.activity_date
            if v.reach is not None:
                with_metrics += 1
                assert v.reach > 0 and v.impressions >= v.reach and v.likes >= 0
    assert with_metrics > 0
    for p in listed:
        if p.status is not Status.TERBIT:
            assert all(not v.published_url and v.reach is None
                       for v in posts.list_variants(store, p.id))


def test_fill_demo_is_deterministic(tmp_path: Path) -> None:
    first, second = open_store(tmp_path / "a.db"), open_store(tmp_path / "b.db")
    try:
        fill_demo(first, 2025, 11, seed=7)
        fill_demo(second, 2025, 11, seed=7)
        assert _snapshot(first) == _snapshot(second)
        other = open_store(tmp_path / "c.db")
        fill_demo(other, 2025, 11, seed=8)
        assert _snapshot(other) != _snapshot(first)
        other.close()
    finally:
        first.close()
        second.close()


def test_fill_demo_keeps_an_existing_profile_and_accounts(store: Store) -> None:
    mine = replace(DEMO_PROFILE, pic_name="Budi Santoso", dept_short="Dinkes")
    save_profile(store, mine)
    fill_demo(store, 2025, 11)
    count = len(accounts.list_accounts(store))
    fill_demo(store, 2025, 12)
    assert load_profile(store) == mine
    assert len(accounts.list_accounts(store)) == count
    assert posts.count_posts(store) == 48


def test_previous_month() -> None:
    assert previous_month(dt.date(2025, 1, 15)) == (2024, 12)
    assert previous_month(dt.date(2025, 3, 31)) == (2025, 2)
    assert previous_month(dt.date(2025, 12, 1)) == (2025, 11)
