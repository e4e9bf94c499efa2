"""Undoing an account delete restores its id, so posts find their collaborator again."""

from __future__ import annotations

import datetime as dt

from core import accounts, posts
from core.model import Account, Post


def test_restore_keeps_the_id_and_posts_using_counts_live_posts(store):
    dinkes = accounts.save_account(store, Account(name="Dinas Kesehatan Kota Cimahi",
                                                  handles={"instagram": "dinkes.cimahi"}))
    other = accounts.save_account(store, Account(name="Disdik", handles={"x": "disdik"}))
    a = posts.create_post(store, Post(title="Posyandu", collaborators=[dinkes.id, other.id],
                                      activity_date=dt.date(2025, 11, 3)))
    b = posts.create_post(store, Post(title="Vaksin", collaborators=[dinkes.id]))
    posts.create_post(store, Post(title="Sekolah", collaborators=[other.id]))
    assert accounts.posts_using(store, dinkes.id) == 2
    posts.delete_post(store, b.id)  # in the bin: not counted
    assert accounts.posts_using(store, dinkes.id) == 1

    accounts.delete_account(store, dinkes.id)
    assert accounts.get_account(store, dinkes.id) is None
    restored = accounts.restore_account(store, dinkes)
    assert restored == dinkes
    assert posts.get_post(store, a.id).collaborators == [dinkes.id, other.id]
