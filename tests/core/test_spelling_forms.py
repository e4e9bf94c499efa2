"""The forms file answers known() as spylls does (core/checks/spelling_forms.py).

A sample here; benchmarks/spelling_forms_compare.py runs the full comparison (every
frequent word, stem, affixed form, case variant, hyphenated word and mutation)."""

from __future__ import annotations

import marshal
import random

import pytest

from core.checks import spelling, spelling_cache, spelling_forms, spelling_forms_build


@pytest.fixture(scope="module")
def parsed():
    """spylls' fresh parse and the forms built from it."""
    from spylls.hunspell import Dictionary

    dictionary = Dictionary.from_files(str(spelling.dictionary_base()))
    records = spelling_forms_build.records(dictionary)
    assert records is not None
    data = spelling_forms.encode("k", spelling_forms_build.breaks(dictionary), records)
    return dictionary, spelling_forms.Forms.parse(data, "k"), records


def _spylls_known(dictionary):
    speller = spelling.Speller(spelling.dictionary_base())
    speller._dict = dictionary
    return lambda w: bool(dictionary.lookup(w)) and speller._confix_ok(w)


def _sample(dictionary, records) -> list[str]:
    rng = random.Random(15)
    stems = sorted({w.stem for w in dictionary.dic.words})
    freq = sorted(spelling.frequencies())
    listed = [f for f, _ in records]
    words = set(rng.sample(stems, 300) + rng.sample(freq, 300) + rng.sample(listed, 300))
    for w in rng.sample(sorted(words), 200):
        i = rng.randrange(len(w))
        words |= {w.upper(), w.capitalize(), w[:i] + w[i + 1:], w[:i] + "x" + w[i:],
                  f"{w}-{w}", f"{w}-{rng.choice(stems)}", f"-{w}", f"{w}-"}
    return sorted(words | {
        "menyampaikan", "menyampaian", "membangunan", "pengembangkan", "pelayanan",
        "Belanda", "BELANDA", "belanda", "BELANDANYA", "DISKOMINFO", "A", "AN", "KAN", "a",
        "kerjasama", "kerja-sama", "himbauan", "imbauan", "besitua", "membesituakan",
        "berkeadilan", "keberhasilan", "mempersiapkan", "dipersiapkan", "kauambil",
        "2025", "10.5", "１２", "zzzq", "KoTa", "kOTA", "Kota-Kota", "İstanbul", "ß"})


def test_forms_agree_with_spylls_on_a_sample(parsed):
    dictionary, forms, records = parsed
    known = _spylls_known(dictionary)
    words = _sample(dictionary, records)
    assert len(words) > 2000
    assert [w for w in words if forms.known(w) != known(w)] == []


def test_the_confix_rule_is_applied_to_affixed_forms(parsed):
    _dictionary, forms, _records = parsed
    assert forms.known("menyampaikan") and forms.known("Pelayanan")
    assert not forms.known("menyampaian")  # meN- with -an: not a word
    assert forms.known("BELANDA") and forms.known("KOTA") and not forms.known("KOTAX")


def test_a_stale_or_cut_forms_file_is_not_read(parsed, tmp_path):
    dictionary, _forms, records = parsed
    data = spelling_forms.encode("k", spelling_forms_build.breaks(dictionary), records[:50])
    assert spelling_forms.Forms.parse(data, "other key") is None
    assert spelling_forms.Forms.parse(data[:-10], "k") is None
    assert spelling_forms.Forms.parse(data, "k") is not None
    assert spelling_forms.Forms.read(tmp_path / "missing.forms", "k") is None


def test_the_mapped_file_answers_as_the_bytes_do(parsed, tmp_path):
    """Forms.read maps the file instead of reading its ~5 MB: the same answers; a cut or
    empty file is still refused."""
    dictionary, forms, records = parsed
    path = tmp_path / "id_ID.forms"
    path.write_bytes(spelling_forms.encode("k", spelling_forms_build.breaks(dictionary),
                                           records))
    mapped = spelling_forms.Forms.read(path, "k")
    assert mapped is not None and not isinstance(mapped._data, bytes)
    words = _sample(dictionary, records)[:1500]
    assert [w for w in words if mapped.known(w) != forms.known(w)] == []
    assert spelling_forms.Forms.read(path, "other key") is None
    cut, empty = tmp_path / "cut.forms", tmp_path / "empty.forms"  # Windows: path is mapped
    cut.write_bytes(path.read_bytes()[:-10])
    empty.write_bytes(b"")
    assert spelling_forms.Forms.read(cut, "k") is None
    assert spelling_forms.Forms.read(empty, "k") is None


def test_the_speller_answers_from_the_forms_file_after_the_first_load(warta_home):
    """The first load parses with spylls and answers at once (no forms file yet: making
    it takes seconds a first check must not wait for); save_forms then writes it, and
    the next speller reads it without spylls."""
    base = spelling.dictionary_base()
    first = spelling.Speller(base)
    assert first.load() and not spelling_cache.forms_file(base).exists()
    assert first._forms is None and first.known("menyampaikan")  # spylls answers
    assert first.save_forms() and spelling_cache.forms_file(base).is_file()
    assert first._forms is not None and not first.save_forms()  # once
    again = spelling.Speller(base)
    assert again.load()
    assert again._forms is not None and again._dict is None  # no spylls until suggest()
    words = ["menyampaikan", "menyampaian", "Kota", "KOTA", "pelayananya", "walidata"]
    assert [again.known(w) for w in words] == [first.known(w) for w in words]
    assert again.ranked("pelayananya") == first.ranked("pelayananya")
    assert again.suggest("pelayananya") == first.suggest("pelayananya")  # loads spylls


def test_a_changed_morphology_rule_makes_a_new_forms_file(monkeypatch):
    from core.checks import morphology

    key = spelling_cache.forms_key("k")
    monkeypatch.setitem(morphology.CONFIXES, "meN", frozenset({"", "kan", "i", "an"}))
    assert spelling_cache.forms_key("k") != key


def test_the_fast_load_has_the_sets_of_a_fresh_parse(parsed, warta_home):
    dictionary, _forms, _records = parsed
    base = spelling.dictionary_base()
    first = spelling.Speller(base)
    first.load()  # writes the cache
    first.save_forms()  # the forms and the sets
    fast = spelling_cache.load_fast(base)
    assert fast is not None
    loaded, _ = fast
    derived = spelling_cache.derive(dictionary)
    assert loaded.stems == derived.stems and loaded.proper == derived.proper
    assert dict(loaded.prefix_flags) == dict(derived.prefix_flags)
    assert loaded.prefix_flags.get("sampai") == derived.prefix_flags["sampai"]
    assert loaded.prefix_flags.get("zzzq") is None and loaded.dictionary is None


def test_spylls_is_fingerprinted_without_importing_it(monkeypatch, tmp_path):
    """From its source files; in the frozen Warta.exe (no sources) from the executable."""
    import importlib.util

    spelling_cache._spylls_fingerprint.cache_clear()
    assert spelling_cache._spylls_fingerprint().startswith("src:")
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    exe = tmp_path / "Warta.exe"
    exe.write_bytes(b"MZ")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(exe))
    spelling_cache._spylls_fingerprint.cache_clear()
    try:
        assert spelling_cache._spylls_fingerprint().startswith("frozen:2:")
    finally:
        spelling_cache._spylls_fingerprint.cache_clear()


def test_a_first_check_answers_before_the_forms_file_is_made(warta_home, tmp_path,
                                                             monkeypatch, capsys):
    """`warta check` on a PC without the forms file prints its findings first and makes
    the file afterwards (seconds, once), so the PIC is not kept waiting for it."""
    import cli

    monkeypatch.setattr(spelling, "_speller", None)  # as a fresh process
    seen = []
    real = spelling_cache.save_forms

    def save_forms(base, loaded, stop=None):
        seen.append(capsys.readouterr().out)
        return real(base, loaded, stop)

    monkeypatch.setattr(spelling_cache, "save_forms", save_forms)
    caption = tmp_path / "c.txt"
    caption.write_text("Warga menghadiri acara di kantor kelurahan.\n", encoding="utf-8")
    assert cli.main(["check", str(caption)]) == 0
    assert len(seen) == 1 and "Ringkasan" in seen[0]
    assert spelling_cache.forms_file(spelling.dictionary_base()).is_file()
    monkeypatch.setattr(spelling, "_speller", None)
    assert cli.main(["check", str(caption)]) == 0
    assert len(seen) == 1  # the next check reads the file: nothing more to make



def test_making_the_forms_file_stops_when_warta_quits(warta_home, monkeypatch):
    """Quitting does not wait seconds for a first start's forms file: the build gives up
    on the stop signal, writes nothing, and the next start makes it."""
    import threading

    monkeypatch.setattr(spelling, "_stop_forms", threading.Event())
    monkeypatch.setattr(spelling, "_speller", None)
    sp = spelling.speller()
    assert sp.load()
    spelling.stop_saving_forms()
    assert not spelling.save_forms()
    assert not spelling_cache.forms_file(spelling.dictionary_base()).exists()
    assert sp._forms is None and sp.known("menyampaikan")  # spylls still answers


def test_sorted_lines_answer_as_the_set_does():
    """The stems (and the English and frequent word lists) are kept as sorted lines:
    membership by bisection or by the set of one letter's words, set operations read
    them all; the answers are the set's."""
    rng = random.Random(3)
    words = {"".join(rng.choice("abcdkmnsuwé-'") for _ in range(rng.randint(1, 9)))
             for _ in range(3000)}
    lines = spelling_forms.SortedLines.of([*words, "", "a\nb"])
    probes = sorted(words)[:500] + [w + "q" for w in sorted(words)[:300]] + ["", "a\nb", "zz"]
    assert [w for w in probes if (w in lines) != (w in words)] == []
    assert lines.starting("k") == {w for w in words if w[0] == "k"}
    assert [w for w in probes if (w in lines) != (w in words)] == []  # "k" by its set
    assert lines == words and len(lines) == len(words) and sorted(lines) == sorted(words)
    assert frozenset({"zzzq"}) | lines == words | {"zzzq"}


def test_the_speller_keeps_the_stems_as_sorted_lines_and_adds_them_to_an_old_sets_file(
        warta_home):
    """A sets file written before the sorted stems existed gets them on the next load
    (no new forms file needed); the stems answer as the stem lines they come from."""
    base = spelling.dictionary_base()
    first = spelling.Speller(base)
    assert first.load() and first.save_forms()
    path = spelling_cache.sets_file(base)
    key, sets = marshal.loads(path.read_bytes())
    del sets["sorted_stems"]
    path.write_bytes(marshal.dumps((key, sets)))
    again = spelling.Speller(base)
    assert again.load() and again._forms is not None
    assert isinstance(again.stems, spelling_forms.SortedLines)
    assert again.stems == frozenset(sets["stem_lines"].split("\n")) - {""}
    assert "sorted_stems" in marshal.loads(path.read_bytes())[1]
    assert spelling.Speller(base).load()
