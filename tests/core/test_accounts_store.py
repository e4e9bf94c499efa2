"""The accounts directory: own and partner accounts with a handle per platform."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.accounts import delete_account, get_account, list_accounts, save_account
from core.model import Account
from core.store import Store, open_store


@pytest.fixture
def store() -> Store:
    s = open_store()
    yield s
    s.close()


def test_save_new_account_gets_an_id(store: Store) -> None:
    saved = save_account(store, Account(name="Diskominfo Kota Cimahi", is_own=True,
                                        handles={"instagram": "diskominfocimahi"}))
    assert saved.id is not None
    assert get_account(store, saved.id) == saved
    assert saved.is_own is True and saved.handles == {"instagram": "diskominfocimahi"}


def test_update_keeps_the_id(store: Store) -> None:
    saved = save_account(store, Account(name="Dinkes", handles={"x": "dinkescimahi"}))
    updated = save_account(store, replace(saved, name="Dinas Kesehatan Kota Cimahi",
                                          handles={"x": "dinkescimahi",
                                                   "instagram": "dinkes.cimahi"}))
    assert updated.id == saved.id
    assert list_accounts(store) == [updated]
    assert updated.handles == {"x": "dinkescimahi", "instagram": "dinkes.cimahi"}


def test_handles_trimmed_at_stripped_empties_dropped(store: Store) -> None:
    saved = save_account(store, Account(name="Pemkot Cimahi", handles={
        "instagram": "  @pemkotcimahi ", "x": "@@pemkotcimahi", "facebook": "   ",
        "tiktok": "", "threads": "@", "youtube": "@ PemkotCimahi",
    }))
    assert saved.handles == {"instagram": "pemkotcimahi", "x": "pemkotcimahi",
                             "youtube": "PemkotCimahi"}


def test_handles_keep_unicode(store: Store) -> None:
    saved = save_account(store, Account(name="Kecamatan Cimahi Selatan ✓",
                                        handles={"facebook": "kecamatan.cimahi.selatan"}))
    assert get_account(store, saved.id).name == "Kecamatan Cimahi Selatan ✓"


def test_list_puts_own_accounts_first_then_by_name(store: Store) -> None:
    for name, own in [("Pemerintah Kota Cimahi", False), ("Disdukcapil", False),
                      ("Diskominfo Kota Cimahi", True)]:
        save_account(store, Account(name=name, is_own=own))
    assert [a.name for a in list_accounts(store)] == [
        "Diskominfo Kota Cimahi", "Disdukcapil", "Pemerintah Kota Cimahi"]


def test_delete(store: Store) -> None:
    keep = save_account(store, Account(name="Tetap"))
    gone = save_account(store, Account(name="Dihapus"))
    delete_account(store, gone.id)
    assert get_account(store, gone.id) is None
    assert list_accounts(store) == [keep]
    delete_account(store, 999)  # deleting a missing account is harmless


def test_delete_removes_follower_counts(store: Store) -> None:
    acc = save_account(store, Account(name="Diskominfo", is_own=True))
    store.execute("INSERT INTO follower_counts VALUES (?, 'instagram', '2025-11-30', 5120)",
                  (acc.id,))
    delete_account(store, acc.id)
    assert store.execute("SELECT count(*) FROM follower_counts").fetchone()[0] == 0
