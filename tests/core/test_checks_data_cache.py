"""The checker's parsed word lists in <data>/cache/checks: the same values as a parse,
rebuilt when damaged, parsed again when the list changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.checks import data_cache, spelling, words

ROOT = Path(__file__).resolve().parents[2]


def _counted(calls: list[str]):
    def parse(text: str) -> frozenset[str]:
        calls.append(text)
        return frozenset(text.split())

    return parse


def test_the_second_read_comes_from_the_cache(tmp_path):
    source = tmp_path / "daftar.txt"
    source.write_text("satu dua tiga", encoding="utf-8")
    calls: list[str] = []
    parse = _counted(calls)
    first = data_cache.parsed("daftar", source, parse, frozenset)
    assert first == frozenset({"satu", "dua", "tiga"}) and len(calls) == 1
    assert data_cache.parsed("daftar", source, parse, frozenset) == first
    assert len(calls) == 1
    assert (data_cache.cache_dir() / "daftar.marshal").is_file()


@pytest.mark.parametrize("damage", [b"", b"\x00\xffrusak" * 10, None])
def test_a_damaged_or_foreign_cache_is_parsed_again(tmp_path, damage):
    import marshal

    source = tmp_path / "daftar.txt"
    source.write_text("satu dua", encoding="utf-8")
    calls: list[str] = []
    parse = _counted(calls)
    data_cache.parsed("daftar", source, parse, frozenset)
    cache = data_cache.cache_dir() / "daftar.marshal"
    if damage is None:  # the right key with a value of the wrong kind
        key, _value = marshal.loads(cache.read_bytes())
        damage = marshal.dumps((key, {"bukan": "himpunan"}))
    cache.write_bytes(damage)
    assert data_cache.parsed("daftar", source, parse, frozenset) == {"satu", "dua"}
    assert len(calls) == 2
    assert data_cache.parsed("daftar", source, parse, frozenset) == {"satu", "dua"}
    assert len(calls) == 2  # whole again


def test_a_changed_list_or_parser_is_parsed_again(tmp_path):
    source = tmp_path / "daftar.txt"
    source.write_text("satu", encoding="utf-8")
    calls: list[str] = []
    data_cache.parsed("daftar", source, _counted(calls), frozenset)
    source.write_text("satu dua", encoding="utf-8")
    assert data_cache.parsed("daftar", source, _counted(calls), frozenset) == {"satu", "dua"}
    assert data_cache.parsed("daftar", source, lambda t: frozenset(t.upper().split()),
                             frozenset) == {"SATU", "DUA"}
    assert len(calls) == 2


def test_the_checker_lists_equal_a_fresh_parse(monkeypatch):
    for _ in range(2):  # written, then read back
        monkeypatch.setattr(spelling, "_frequencies", None)
        table = spelling.frequencies()
        text = spelling.frequency_file().read_text(encoding="utf-8")
        fresh = {w: float(z) for w, _, z in (line.partition("\t") for line in
                                            text.splitlines())
                 if w and not w.startswith("#")}
        assert table == fresh and len(table) > 20_000
        assert frozenset(words._word_lines("en_common.txt").splitlines()) == frozenset(
            w.strip() for w in (spelling.paths.resources_dir() / "dictionaries" / "wordfreq"
                                / "en_common.txt").read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#"))


def test_a_bad_frequency_line_keeps_the_lines_before_it_and_warns(tmp_path, monkeypatch,
                                                                   caplog):
    source = tmp_path / "id.tsv"
    source.write_text("yang\t7.5\ndan\tx\nkota\t5.0\n", encoding="utf-8")
    monkeypatch.setattr(spelling, "frequency_file", lambda: source)
    for _ in range(2):  # parsed, then from the cache: the same table and warning
        monkeypatch.setattr(spelling, "_frequencies", None)
        caplog.clear()
        assert spelling.frequencies() == {"yang": 7.5}
        assert "unreadable" in caplog.text


def test_the_key_is_the_same_in_every_process(tmp_path):
    """A parser with a nested function (a generator expression) keys the same file in a
    new process: its code, not its repr with a memory address, is hashed."""
    import subprocess
    import sys

    code = ("from pathlib import Path; from core.checks import data_cache, words; "
            "print(data_cache._key(b'abc', words._parse_word_lines))")
    keys = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=ROOT).stdout
            for _ in range(2)}
    assert len(keys) == 1 and len(next(iter(keys)).strip()) == 64


def test_the_sorted_word_lists_answer_as_their_sets_do():
    """english() and frequent() answer `in` by bisection in sorted lines: the same as the
    set of the file's words."""
    import random

    rng = random.Random(7)
    for name, listed in (("en_common.txt", words.english()),
                         ("id_frequent.txt", words.frequent())):
        path = spelling.paths.resources_dir() / "dictionaries" / "wordfreq" / name
        every = {w.strip() for w in path.read_text(encoding="utf-8").splitlines()
                 if w.strip() and not w.startswith("#")}
        sample = rng.sample(sorted(every), 1500)
        probes = sample + [w[:-1] for w in sample[:300]] + [w + "s" for w in sample[:300]]
        probes += ["", "\n", "a\nb", "zzzzq", min(every), max(every)]
        assert [w for w in probes if (w in listed) != (w in every)] == []
