"""Saved hashtag sets: normalised tags, unique names, clear Indonesian refusals, undo."""

from __future__ import annotations

import pytest

from core import hashtag_sets
from core.hashtag_sets import HashtagSet, merge_tags


def test_saved_set_has_normalised_tags(store):
    saved = hashtag_sets.save_set(store, HashtagSet(name=" Layanan Publik ",
                                                    tags="mpp cimahi, #LayananPublik #mpp"))
    assert saved.id is not None and saved.name == "Layanan Publik"
    assert saved.tags == "#mpp #cimahi #LayananPublik"
    assert saved.tag_list == ["#mpp", "#cimahi", "#LayananPublik"]
    assert hashtag_sets.list_sets(store) == [saved]


def test_names_are_unique_regardless_of_case(store):
    first = hashtag_sets.save_set(store, HashtagSet(name="Kesehatan", tags="#JagaSehat"))
    with pytest.raises(ValueError, match="sudah ada"):
        hashtag_sets.save_set(store, HashtagSet(name="kesehatan", tags="#Posyandu"))
    renamed = hashtag_sets.save_set(store, HashtagSet(id=first.id, name="KESEHATAN",
                                                      tags="#Posyandu"))
    assert renamed.id == first.id and renamed.tags == "#Posyandu"


@pytest.mark.parametrize("name, tags, words", [
    ("", "#Cimahi", "Nama kumpulan tagar"),
    ("Kosong", "  , ", "minimal satu tagar"),
    ("Angka", "#2025", "minimal satu tagar"),
])
def test_bad_sets_are_refused_with_what_to_do(store, name, tags, words):
    with pytest.raises(ValueError, match=words):
        hashtag_sets.save_set(store, HashtagSet(name=name, tags=tags))
    assert hashtag_sets.list_sets(store) == []


def test_delete_then_restore_keeps_the_id(store):
    saved = hashtag_sets.save_set(store, HashtagSet(name="Pendidikan", tags="#Disdik"))
    hashtag_sets.delete_set(store, saved.id)
    assert hashtag_sets.get_set(store, saved.id) is None
    assert hashtag_sets.restore_set(store, saved) == saved


def test_merge_tags_adds_without_repeats():
    assert merge_tags("#CimahiKota mpp", "#cimahikota #SatuData") == "#CimahiKota #mpp #SatuData"
    assert merge_tags("", "") == ""
