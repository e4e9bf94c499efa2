"""Compiled patterns come from the cache folder and behave exactly as freshly compiled ones;
a damaged, stale or unwritable cache only means compiling as usual."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest
import regex

from core import pattern_cache
from tests.core.fresh_start import run_start

TEXT = "Rapat ke-3 di Cimahi, 10 November 2025 pukul 09.00 WIB: 25% warga (RT 05) hadir!!"
# re and regex patterns of the kinds the checker uses: classes, look-arounds, groups,
# flags, \p{..} properties
RE_PATTERNS = [(r"(?P<num>\d+)(?:[.,]\d+)?\s?%", 0), (r"(?i)\bwib\b", 0),
               (r"(?<=\s)[A-Z]{2,}(?=\s|\))", re.M), (r"[^\W\d_]+", re.IGNORECASE)]
REGEX_PATTERNS = [(r"(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?\s?(?:%|persen(?!\p{L}))", 0),
                  (r"[!?¡]{2,}", 0), (r"(?P<w>\p{Lu}\p{Ll}+)\s+(?P=w)", regex.V1),
                  (r"(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})|\)(?=\p{Ll})", regex.IGNORECASE)]


def matches(pattern) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(TEXT)]


@pytest.mark.parametrize(("pattern", "flags"), RE_PATTERNS)
def test_re_code_makes_the_same_pattern(pattern, flags):
    import _sre

    ours = _sre.compile(pattern, *pattern_cache.re_args(pattern, flags))
    usual = re.compile(pattern, flags)
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
        (usual.pattern, usual.flags, usual.groups, usual.groupindex)
    assert matches(ours) == matches(usual)


@pytest.mark.parametrize(("pattern", "flags"), REGEX_PATTERNS)
def test_regex_code_makes_the_same_pattern(pattern, flags):
    from regex import _regex

    args = pattern_cache.regex_args(pattern, flags)
    marshal.dumps(args)  # what the file holds
    ours = _regex.compile(*args)
    usual = regex.compile(pattern, flags, cache_pattern=False)
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
        (usual.pattern, usual.flags, usual.groups, usual.groupindex)
    assert matches(ours) == matches(usual)


# A fresh interpreter per start: what it compiles (re and regex), what the checker finds
_START = """
import json, sys
import re._compiler, regex._main
compiled = []
real_re, real_regex = re._compiler.compile, regex._main._parse_pattern
def count_re(p, flags=0):  # called by re.compile on a miss in its cache
    compiled.append(p)
    return real_re(p, flags)
def count_regex(source, info):  # called by regex.compile on a miss in its cache
    compiled.append(source)
    return real_regex(source, info)
re._compiler.compile, regex._main._parse_pattern = count_re, count_regex
from core.checks import check_text
from core import pattern_cache
text = "Wali Kota Cimahi  menghadiri rapat pd hari Senin 10 November 2025 , pukul 9.00!!"
found = [f.to_dict() for f in check_text(text)]
count = len(compiled)  # before save(), which compiles what it stores
saved = pattern_cache.save()
print(json.dumps({"compiled": count, "found": found, "saved": saved}))
"""


def start(home: Path) -> dict:
    return run_start(_START, home)


def test_the_second_start_compiles_almost_nothing_and_finds_the_same(tmp_path):
    first = start(tmp_path)
    assert first["saved"] and first["compiled"] > 100 and first["found"]
    assert (tmp_path / "cache" / "regex" / pattern_cache.NAME).is_file()
    second = start(tmp_path)
    assert second["found"] == first["found"]
    assert not second["saved"]  # nothing new to add
    assert second["compiled"] < first["compiled"] / 4  # only what ran before the preload


def _wrong_code(value):
    value["re"] = [(p, f, (0, [1, 2, 3], 0, {}, (None,))) for p, f, _a in value["re"]]
    return value


@pytest.mark.parametrize("damage", ["garbage", "truncated", "stale", "wrong code", "readonly"])
def test_a_damaged_stale_or_unwritable_cache_only_means_compiling(tmp_path, damage,
                                                                  damage_cache):
    first = start(tmp_path)
    damage_cache(tmp_path / "cache" / "regex" / pattern_cache.NAME, damage, _wrong_code)
    again = start(tmp_path)
    assert again["found"] == first["found"]
    if damage != "readonly":
        assert start(tmp_path)["compiled"] < first["compiled"] / 4  # rebuilt


def test_preload_puts_patterns_where_compile_looks_first(warta_home, monkeypatch):
    token = "ZqX"  # patterns nothing else compiles
    re_pattern, regex_pattern = rf"{token}(\d+)", rf"{token}\p{{Lu}}+"
    key = pattern_cache._key()
    value = {"re": [(re_pattern, 0, pattern_cache.re_args(re_pattern, 0))],
             "regex": [(regex_pattern, 0, pattern_cache.regex_args(regex_pattern, 0))],
             "regex_key": pattern_cache.regex_key()}
    path = warta_home / "cache" / "regex" / pattern_cache.NAME
    path.parent.mkdir(parents=True)
    path.write_bytes(marshal.dumps((key, value)))
    monkeypatch.setattr(pattern_cache, "_preloaded", False)
    monkeypatch.setattr(pattern_cache, "_loaded", {"re": set(), "regex": set()})
    re.purge()  # room in both caches, however many patterns earlier tests compiled
    regex.purge()
    try:
        assert pattern_cache.preload() == 2
        monkeypatch.setattr(re._compiler, "compile", lambda *a: pytest.fail("compiled"))
        monkeypatch.setattr(regex._main, "_parse_pattern", lambda *a: pytest.fail("parsed"))
        assert re.compile(re_pattern).findall(f"{token}12") == ["12"]
        assert regex.search(regex_pattern, f"a {token}ABc").group() == f"{token}AB"
        assert pattern_cache.preload() == 0  # once per process
    finally:
        re._cache.pop((str, re_pattern, 0), None)
        for k in [k for k in regex._main._cache if k[0] == regex_pattern]:
            del regex._main._cache[k]


def test_save_without_a_data_folder_is_quiet(monkeypatch):
    monkeypatch.setattr(pattern_cache.disk_cache, "cache_path",
                        lambda *a: (_ for _ in ()).throw(OSError("no data folder")))
    assert pattern_cache.save() is False


# The checker alone (as `warta check` runs it), then the caption counters (as the GUI does)
_REGEX_LATER = """
import json, sys
from core.checks import check_text
from core import pattern_cache
check_text("Rapat koordinasi di Cimahi pada Senin, 10 November 2025. #CimahiKota")
checker_only = "regex" in sys.modules
import regex._main
parsed = []
real = regex._main._parse_pattern
def count(source, info):
    parsed.append(source)
    return real(source, info)
regex._main._parse_pattern = count
from core.captions import counting
counting.x_weighted_length("Rapat 🙏 #CimahiKota")
saved = pattern_cache.save()
print(json.dumps({"checker_imported_regex": checker_only, "parsed": len(parsed),
                  "saved": saved}))
"""


_CHECK_ALONE = """
import json, re, sys
from core.checks import check_text
from core import pattern_cache
check_text("Rapat koordinasi di Cimahi.")
re.compile(r"ZqX-a pattern only this start compiles")
print(json.dumps({"saved": pattern_cache.save(), "regex": "regex" in sys.modules}))
"""


def test_the_checker_never_imports_regex_and_the_counters_still_find_theirs_stored(tmp_path):
    """`warta check` runs without the third-party regex module; the stored regex patterns
    (the counters', which the GUI compiles) wait until regex is imported, and are kept
    by a save from a process that never imported it."""
    first = run_start(_REGEX_LATER, tmp_path)
    assert first["checker_imported_regex"] is False
    assert first["parsed"] >= 3 and first["saved"]
    alone = run_start(_CHECK_ALONE, tmp_path)  # rewrites the file without importing regex
    assert alone == {"saved": True, "regex": False}
    second = run_start(_REGEX_LATER, tmp_path)
    assert second["checker_imported_regex"] is False
    assert second["parsed"] == 0  # the counters' patterns came compiled from the file
