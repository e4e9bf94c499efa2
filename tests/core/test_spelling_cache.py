"""The parsed dictionary kept in the cache folder (core/checks/spelling_cache.py)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from core.checks import spelling, spelling_cache


@pytest.fixture(scope="module")
def fresh():
    """The dictionary as spylls parses it, without any cache."""
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(spelling.dictionary_base()))


@pytest.fixture(scope="module")
def good_cache(tmp_path_factory) -> bytes:
    """A whole cache file for id_ID, written once for the module."""
    cache = tmp_path_factory.mktemp("cache") / "id.marshal"
    spelling_cache.load(spelling.dictionary_base(), cache)
    return cache.read_bytes()


@pytest.fixture
def dict_copy(tmp_path) -> Path:
    """A copy of id_ID that a test may change; returns the base path (no extension)."""
    src = spelling.dictionary_base()
    for ext in (".aff", ".dic"):
        shutil.copy(src.with_name(src.name + ext), tmp_path / f"id_ID{ext}")
    return tmp_path / "id_ID"


def _sample(fresh) -> list[str]:
    """Stems, derived and affixed forms, capitals and all-caps, names and typos."""
    rng = random.Random(15)
    stems = [w.stem for w in fresh.dic.words]
    words = set(rng.sample(stems, 40))
    for stem in rng.sample(stems, 25):
        words |= {"me" + stem + "kan", "di" + stem, stem + "nya", "ber" + stem + "an",
                  stem.upper(), stem.capitalize()}
    return sorted(words | {"menyampaikan", "menyampaian", "pelayanan", "Belanda", "BELANDA",
                           "DISKOMINFO", "A", "kerjasama", "himbauan", "zzzq"})


def test_cached_dictionary_answers_like_a_fresh_parse(fresh, tmp_path):
    cache = tmp_path / "id.marshal"
    base = spelling.dictionary_base()
    first = spelling_cache.load(base, cache)
    cached = spelling_cache.load(base, cache)
    assert not first.from_cache and cached.from_cache
    for word in _sample(fresh):
        assert cached.dictionary.lookup(word) == fresh.lookup(word), word
        forms = sorted(map(repr, cached.dictionary.lookuper.good_forms(word.lower())))
        assert forms == sorted(map(repr, fresh.lookuper.good_forms(word.lower()))), word
    derived = spelling_cache.derive(fresh)
    assert cached.stems == derived.stems and cached.proper == derived.proper
    assert dict(cached.prefix_flags) == dict(derived.prefix_flags)
    # Hunspell's suggester (seconds per word) is built on first use from every word
    assert [(w.stem, w.flags) for w in cached.dictionary.suggester.words_for_ngram] == [
        (w.stem, w.flags) for w in fresh.suggester.words_for_ngram]
    assert [(w.stem, w.flags) for w in cached.dictionary.dic.words] == [
        (w.stem, w.flags) for w in fresh.dic.words]
    for key in ("a", "belanda"):  # the lower-case index all-caps lookups use
        assert [(w.stem, w.flags) for w in cached.dictionary.dic.homonyms(key, ignorecase=True)] \
            == [(w.stem, w.flags) for w in fresh.dic.homonyms(key, ignorecase=True)]


def test_speller_findings_are_the_same_from_the_cache(dict_copy):
    words = ["menyampaikan", "menyampaian", "Kota", "Cimahi", "pelayananya", "BANTUAN"]
    spelling.Speller(dict_copy).load()  # writes the cache
    assert spelling_cache.cache_file(dict_copy).is_file()
    from_cache = spelling.Speller(dict_copy)
    assert from_cache.load()
    assert spelling_cache.load(dict_copy).from_cache
    parsed = spelling.Speller(dict_copy)
    spelling_cache.cache_file(dict_copy).unlink()
    assert parsed.load()
    assert [from_cache.known(w) for w in words] == [parsed.known(w) for w in words]
    assert from_cache.ranked("pelayananya") == parsed.ranked("pelayananya")


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "wrong shape"])
def test_a_damaged_cache_is_rebuilt_silently(dict_copy, good_cache, damage):
    cache = spelling_cache.cache_file(dict_copy)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(good_cache)  # the copy has the same bytes, so the same key
    assert spelling_cache.load(dict_copy).from_cache
    data = good_cache
    if damage == "truncate":
        cache.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        cache.write_bytes(b"\x00\xffnot marshal" * 100)
    elif damage == "empty":
        cache.write_bytes(b"")
    else:  # right key, contents of the wrong kind
        import marshal

        key, _payload = marshal.loads(data)
        cache.write_bytes(marshal.dumps((key, {"flags": 1, "order": 2})))
    rebuilt = spelling_cache.load(dict_copy)
    assert not rebuilt.from_cache and rebuilt.dictionary.lookup("menyampaikan")
    assert spelling_cache.load(dict_copy).from_cache  # and the file is whole again


def test_a_changed_dictionary_invalidates_the_cache(dict_copy):
    assert not spelling_cache.load(dict_copy).dictionary.lookup("wartaku")
    assert spelling_cache.load(dict_copy).from_cache
    dic = dict_copy.with_name("id_ID.dic")
    dic.write_bytes(dic.read_bytes() + b"wartaku\n")
    changed = spelling_cache.load(dict_copy)
    assert not changed.from_cache
    assert changed.dictionary.lookup("wartaku") and "wartaku" in changed.stems
    again = spelling_cache.load(dict_copy)
    assert again.from_cache and again.dictionary.lookup("wartaku")


def test_an_unwritable_cache_only_costs_the_parse(dict_copy, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    cache = blocked / "id.marshal"  # its folder is a file: cannot be written
    for _ in range(2):
        loaded = spelling_cache.load(dict_copy, cache)
        assert not loaded.from_cache and loaded.dictionary.lookup("pelayanan")


def test_no_usable_data_folder_still_checks_spelling(dict_copy, monkeypatch):
    from core import paths

    def refused() -> Path:
        raise PermissionError("data folder refused")

    monkeypatch.setattr(paths, "data_dir", refused)
    speller = spelling.Speller(dict_copy)
    assert speller.load() and speller.error is None
    assert speller.known("menyampaikan") and not speller.known("menyampaian")


def test_the_cache_lives_in_the_data_folders_cache(warta_home):
    assert spelling_cache.cache_file(spelling.dictionary_base()) == (
        warta_home / "cache" / "spelling" / "id_ID.marshal")


@pytest.mark.parametrize("collecting", [True, False])
@pytest.mark.parametrize("contents", ["whole", "garbage"])
def test_reading_the_cache_leaves_the_garbage_collector_as_it_was(tmp_path, good_cache,
                                                                  collecting, contents):
    """The read pauses collection (it makes ~60,000 objects, none garbage) and restores
    the caller's setting, also when the file is damaged."""
    import gc

    cache = tmp_path / "id.marshal"
    cache.write_bytes(good_cache if contents == "whole" else b"\x00\xffrusak")
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        spelling_cache._read(cache, "kunci")
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
