"""core/post_listing: the Konten list reads ids and filter keys, the search text when a
search needs it, and posts only for the rows asked for."""

from __future__ import annotations

import datetime as dt

import pytest

from core import post_listing, posts
from core.demo import fill_demo
from core.model import Post, Status
from core.posts import PostFilter


@pytest.fixture
def filled(store):
    fill_demo(store, 2025, 11)
    posts.create_post(store, Post(title="Tanpa tanggal"))
    posts.create_post(store, Post(title="Oktober", activity_date=dt.date(2025, 10, 3)))
    return store


def test_a_search_reads_no_posts(filled):
    ids = post_listing.search_ids(filled, PostFilter(search="cimahi", status=Status.TERBIT))
    assert ids == [p.id for p in posts.list_posts(
        filled, PostFilter(search="cimahi", status=Status.TERBIT))]
    assert post_listing.listing(filled).rows == {}  # only ids and search text were read


def test_rows_for_reads_only_the_rows_asked_for(filled):
    every = post_listing.search_ids(filled)
    asked = every[3:7]
    rows = post_listing.rows_for(filled, asked)
    assert list(rows) == asked
    assert [rows[i].post for i in asked] == [posts.get_post(filled, i) for i in asked]
    assert set(post_listing.listing(filled).rows) == set(asked)


def test_rows_for_leaves_out_deleted_posts_and_carries_planned_times(filled):
    from core.model import Variant

    first, second = post_listing.search_ids(filled)[:2]
    posts.save_variant(filled, Variant(platform="instagram", post_id=first,
                                       planned_at=dt.datetime(2025, 11, 20, 19, 30)))
    posts.delete_post(filled, second)
    rows = post_listing.rows_for(filled, [first, second])
    assert list(rows) == [first]
    assert rows[first].planned["instagram"] == dt.datetime(2025, 11, 20, 19, 30)


def test_months_and_total_match_the_store(filled):
    found = post_listing.listing(filled)
    assert found.month_list() == posts.months_with_posts(filled)
    assert len(found.ids) == posts.count_posts(filled)


def test_search_text_is_read_once_per_change(filled):
    assert not post_listing.search_ready(filled)
    post_listing.warm_search(filled)
    assert post_listing.search_ready(filled)
    post = posts.get_post(filled, post_listing.search_ids(filled)[0])
    posts.update_post(filled, post)  # any change: read again when next needed
    assert not post_listing.search_ready(filled)
    assert post_listing.search_ids(filled, PostFilter(search="tanpa tanggal"))
    assert post_listing.search_ready(filled)


def test_first_id_is_the_top_of_the_usual_list(filled):
    """The first-check worker asks only for the post the page opens on."""
    assert post_listing.first_id(filled) == post_listing.search_ids(filled)[0]
    newest = posts.create_post(filled, Post(title="Baru", activity_date=dt.date(2026, 1, 2)))
    assert post_listing.first_id(filled) == newest.id == post_listing.search_ids(filled)[0]
    posts.delete_post(filled, newest.id)
    assert post_listing.first_id(filled) == post_listing.search_ids(filled)[0] != newest.id


def test_first_id_of_an_empty_list_is_none(store):
    assert post_listing.first_id(store) is None
