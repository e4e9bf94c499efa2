"""Big regexes come compiled from the cache folder and behave exactly as re.compile's."""

from __future__ import annotations

import _sre
import marshal
import re

from core.captions import regex_cache, urls

PATTERN = r"(?P<host>(?:[a-z0-9-]+\.)+(?:co\.id|go\.id|id|com))(?P<path>/\S*)?"
TEXT = " lihat lapor.go.id/aduan, https://cimahikota.go.id dan kompas.com. "


def spans(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(TEXT)]


def test_second_compile_reads_the_cache_and_matches_the_same(warta_home, monkeypatch):
    first = regex_cache.compile_cached("t", PATTERN, re.IGNORECASE)
    assert (warta_home / "cache" / "regex" / "t.marshal").is_file()
    monkeypatch.setattr(regex_cache, "_compile_args",
                        lambda *a: (_ for _ in ()).throw(AssertionError("compiled again")))
    second = regex_cache.compile_cached("t", PATTERN, re.IGNORECASE)
    usual = re.compile(PATTERN, re.IGNORECASE)
    for p in (first, second):
        assert spans(p) == spans(usual)
        assert (p.pattern, p.flags, p.groups, p.groupindex) == \
            (usual.pattern, usual.flags, usual.groups, usual.groupindex)


def test_another_pattern_or_flags_is_not_taken_from_the_cache(warta_home):
    regex_cache.compile_cached("t", PATTERN, re.IGNORECASE)
    other = regex_cache.compile_cached("t", PATTERN, 0)
    assert other.flags == re.compile(PATTERN).flags
    assert spans(other) == spans(re.compile(PATTERN))
    changed = regex_cache.compile_cached("t", r"(?P<host>x)", 0)
    assert changed.pattern == r"(?P<host>x)"


def test_corrupt_or_unwritable_cache_falls_back(warta_home, monkeypatch):
    path = warta_home / "cache" / "regex" / "t.marshal"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not marshal at all")
    assert spans(regex_cache.compile_cached("t", PATTERN)) == spans(re.compile(PATTERN))
    # well-formed file, wrong code: _sre refuses it, the pattern is compiled again
    key = regex_cache._key(PATTERN, 0, _sre.MAGIC)
    path.write_bytes(marshal.dumps((key, (0, [1, 2, 3], 0, {}, (None,)))))
    assert spans(regex_cache.compile_cached("t", PATTERN)) == spans(re.compile(PATTERN))
    monkeypatch.setattr(regex_cache, "_cache_file",
                        lambda name: (_ for _ in ()).throw(OSError("no data folder")))
    assert spans(regex_cache.compile_cached("t", PATTERN)) == spans(re.compile(PATTERN))


def test_link_regexes_from_the_cache_find_the_same_links(warta_home):
    text = ("Info: lapor.go.id/aduan, https://t.co/abc?amp=1, xn--mgbh0fb.xn--kgbechtv "
            "dan www.cimahikota.go.id (lihat). 🙏.www.x.id")

    def forget() -> None:  # as a new process: nothing compiled yet
        urls._extract_re.cache_clear()
        urls._ascii_domain_re.cache_clear()
        urls._word_urls.cache_clear()

    forget()
    fresh = urls.find_urls(text)  # compiled by re, then written to the cache
    assert fresh
    for name in ("urls_extract", "urls_ascii_domain"):
        assert (warta_home / "cache" / "regex" / f"{name}.marshal").is_file()
    forget()
    assert urls.find_urls(text) == fresh
    forget()  # the next test's home has no cache; start it from nothing
