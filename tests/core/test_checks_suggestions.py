"""Spelling suggestions: best first by edit distance and frequency, the city's words first,
never a non-standard form; quick enough for the CLI to fill them for every finding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.checks import spelling
from core.checks.spelling import edit_distance, rank, suggest, within_edits


@pytest.fixture(autouse=True)
def loaded():
    if not spelling.speller().load():
        pytest.skip("Hunspell dictionary missing")


def test_sosia_offers_sosial_before_sosis():
    found = suggest("sosia")
    assert found[0] == "sosial"
    assert found.index("sosial") < found.index("sosis")


@pytest.mark.parametrize(("typo", "first"), [
    ("peristriwa", "peristiwa"),  # real errors from the evaluation corpus
    ("menompang", "menumpang"),  # both one edit away: the more frequent first
    ("pesediaan", "persediaan"),
    ("dtingkatkan", "ditingkatkan"),
    ("hubunganya", "hubungannya"),
    ("Perusahan", "Perusahaan"),  # far more frequent than the glossary's "Perumahan"
    ("Cimahu", "Cimahi"),  # the city's own name
    ("cimahi", "Cimahi"),  # a name keeps its capital
    ("kerjasama", "kerja sama"),  # a compound KBBI writes apart
    ("bersatupadu", "bersatu padu"),
])
def test_first_suggestion_on_real_typos(typo, first):
    assert suggest(typo, thorough=False)[0] == first


def test_suggestions_follow_the_case_the_user_wrote():
    assert suggest("Pelayanaan", thorough=False)[0] == "Pelayanan"
    assert suggest("PELAYANAAN", thorough=False)[0] == "PELAYANAN"


def test_non_standard_forms_are_never_offered():
    assert "silahkan" not in suggest("silahkn", thorough=False)
    assert suggest("himbauan", thorough=False)[0] == "imbauan"
    assert "gak" not in suggest("gaak", thorough=False)


def test_quick_mode_never_runs_hunspells_slow_suggester(monkeypatch):
    def slow(*_a, **_kw):
        raise AssertionError("Hunspell's suggester ran")

    monkeypatch.setattr(spelling.Speller, "suggest", slow)
    suggest("Wiriadiharjo", thorough=False)  # a name: nothing close, and no slow fallback
    assert suggest("kesehatn", thorough=False)[0] == "kesehatan"


def test_thorough_mode_asks_hunspell_only_when_nothing_is_close(monkeypatch):
    calls: list[str] = []

    def fake(self, word, limit):
        calls.append(word)
        return ["Wiriadiharja"]

    monkeypatch.setattr(spelling.Speller, "suggest", fake)
    assert suggest("peristriwaa", limit=3, thorough=True)[0] == "peristiwa"
    assert calls == []
    assert suggest("Xqzvwy", limit=3, thorough=True) == ["Wiriadiharja"]
    assert calls == ["Xqzvwy"]


def test_rank_orders_by_distance_then_frequency_with_a_bonus_for_city_words():
    freq = {"sosial": 5.4, "sosis": 3.9, "perusahaan": 5.7, "perumahan": 4.6, "dinas": 5.0}
    assert rank("sosia", ["sosis", "sosial"], freq) == ["sosial", "sosis"]
    assert rank("sosia", ["sosial", "sosis"], {}, preferred={"sosis"}) == ["sosis", "sosial"]
    assert rank("perusahan", ["perumahan", "perusahaan"], freq,
                preferred={"perumahan"}) == ["perusahaan", "perumahan"]
    # a two-word split counts one edit more than a word at the same distance
    assert rank("dinasx", ["dina sx", "dinas"], freq)[0] == "dinas"


def test_edit_distance_counts_a_swap_as_one_edit():
    assert edit_distance("suadara", "saudara") == 1
    assert edit_distance("sosia", "sosial") == 1
    assert edit_distance("mengintrusikan", "menginstruksikan") == 2
    assert edit_distance("", "abc") == 3


_WORDS = st.text(alphabet="aeiknrstu", max_size=9)


@settings(max_examples=400, deadline=None)
@given(_WORDS, _WORDS, st.integers(min_value=0, max_value=3))
def test_the_early_stopping_distance_test_agrees_with_the_full_distance(a, b, limit):
    assert within_edits(a, b, limit) == (edit_distance(a, b) <= limit)


def test_the_two_edit_search_finds_what_a_search_of_every_known_word_finds():
    """The per-letter search (words kept by first letter, early-stopping distance) keeps
    what comparing `word` with every stem and frequent word of the same first letter
    keeps."""
    sp = spelling.speller()
    every = frozenset(spelling.frequencies()) | sp.stems
    for word in ("walidata", "pemutakhiran", "kesehatn", "sosia", "dtingkatkan"):
        near = {c for c in every if c[:1] == word[:1] and abs(len(c) - len(word)) <= 2
                and edit_distance(word, c) <= 2}
        assert {c for c in sp._forms_starting(word[:1])
                if abs(len(c) - len(word)) <= 2 and within_edits(word, c, 2)} == near
        assert all(sp.is_known_form(c) for c in near)


def test_frequency_list_is_shipped_with_its_attribution():
    path = spelling.frequency_file()
    head = path.read_text(encoding="utf-8").splitlines()[:3]
    assert any("CC BY-SA 4.0" in line for line in head)
    assert (path.parent / "README.md").is_file()
    freq = spelling.frequencies()
    assert len(freq) > 20_000 and freq["yang"] > freq["sosial"] > freq["sosis"]


def test_the_frequency_lines_answer_as_the_table_does():
    """The suggestion search asks FREQUENCY (bisection in sorted lines, sets per first
    letter) instead of building the 30,000-entry dict: the same answers."""
    import random

    table = spelling.frequencies()
    rng = random.Random(15)
    listed = rng.sample(sorted(table), 2000)
    words = listed + [w + "q" for w in listed[:500]] + ["", "zzzq", "yang", "a\tb", "x\ny"]
    freq = spelling.FREQUENCY
    freq.forget()
    assert [w for w in words if (w in freq) != (w in table)] == []  # by bisection
    assert [w for w in words if freq.get(w, 0.0) != table.get(w, 0.0)] == []
    for letter in "abkmpswzé1":
        assert freq.words_starting(letter) == {w for w in table if w[:1] == letter}
    assert [w for w in words if (w in freq) != (w in table)] == []  # by the letter sets


def test_the_city_vocabulary_writes_names_with_their_capital_only():
    """Whether a glossary word keeps its capital is asked when its form is shown: a name
    ("Cimahi", "Diskominfo") keeps it, a common word of a name ("Sosial" of "Dinas
    Sosial") does not; every glossary word is a candidate either way."""
    preferred, _avoid = spelling._city_vocabulary()
    assert {"cimahi", "sosial", "diskominfo"} <= set(preferred)
    assert preferred["cimahi"] == "Cimahi" and preferred["diskominfo"] == "Diskominfo"
    assert preferred["sosial"] == "sosial"
    assert dict(preferred.items())["kesehatan"] == "kesehatan"
