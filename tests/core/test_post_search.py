"""post_listing.search_posts (the Konten list while typing) answers exactly as list_posts does,
and sees every change to the database, from this connection or another."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from core import post_listing, posts
from core.demo import fill_demo
from core.model import Post, Status
from core.posts import PostFilter
from core.store import open_store

FILTERS = [
    PostFilter(), PostFilter(newest_first=False), PostFilter(search="cimahi"),
    PostFilter(search="  RAPAT "), PostFilter(search="hoaks", newest_first=False),
    PostFilter(status=Status.TERBIT), PostFilter(status=Status.DRAF, search="a"),
    PostFilter(month="2025-11"), PostFilter(month="2025-11", newest_first=False),
    PostFilter(search="zzz-tidak-ada"), PostFilter(search="Ś"),
]


@pytest.fixture
def filled(store):
    fill_demo(store, 2025, 11)
    posts.create_post(store, Post(title="Tanpa tanggal"))  # undated posts sort last
    posts.create_post(store, Post(title="Tanpa tanggal juga", caption="Śląsk"))
    return store


@pytest.mark.parametrize("flt", FILTERS)
def test_same_posts_same_order_as_list_posts(filled, flt):
    expected = [p.id for p in posts.list_posts(filled, flt)]
    assert [p.id for p in post_listing.search_posts(filled, flt)] == expected


def test_sees_changes_made_through_this_connection(filled):
    post_listing.search_posts(filled, PostFilter(search="cimahi"))  # fills the cache
    post = post_listing.search_posts(filled)[0]
    posts.update_post(filled, replace(post, title="Judul baru Zebra"))
    assert [p.title for p in post_listing.search_posts(filled, PostFilter(search="zebra"))] == [
        "Judul baru Zebra"]
    posts.delete_post(filled, post.id)
    assert post_listing.search_posts(filled, PostFilter(search="zebra")) == []


def test_sees_changes_made_by_another_connection(filled):
    assert post_listing.search_posts(filled, PostFilter(search="kuda")) == []
    other = open_store()
    try:
        posts.create_post(other, Post(title="Pacuan kuda", activity_date=dt.date(2025, 11, 2)))
    finally:
        other.close()
    assert [p.title for p in post_listing.search_posts(filled, PostFilter(search="kuda"))] == [
        "Pacuan kuda"]


def test_listed_planned_times_match_planned_times(filled):
    from core.model import Variant

    post = post_listing.search_posts(filled)[0]
    posts.save_variant(filled, Variant(platform="instagram", post_id=post.id,
                                       planned_at=dt.datetime(2025, 11, 20, 19, 30)))
    ids = [p.id for p in post_listing.search_posts(filled)]
    assert post_listing.listed_planned_times(filled) == posts.planned_times(filled, ids)
    assert post_listing.listed_planned_times(filled)[post.id]["instagram"].hour == 19
