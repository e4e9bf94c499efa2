"""Big regexes come compiled from the cache folder and behave exactly as re.compile's."""

from __future__ import annotations

import _sre
import marshal
import re
import sys

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


def test_a_made_pattern_comes_from_the_cache_without_being_made(warta_home):
    made: list[int] = []

    def make() -> str:
        made.append(1)
        return PATTERN

    first = regex_cache.compile_made("m", "v1", make, re.IGNORECASE)
    second = regex_cache.compile_made("m", "v1", make, re.IGNORECASE)
    assert made == [1]  # the second came from the file, pattern and all
    usual = re.compile(PATTERN, re.IGNORECASE)
    for p in (first, second):
        assert spans(p) == spans(usual)
        assert (p.pattern, p.flags, p.groups, p.groupindex) == \
            (usual.pattern, usual.flags, usual.groups, usual.groupindex)
    # another source or other flags: made again
    assert regex_cache.compile_made("m", "v2", make, re.IGNORECASE).pattern == PATTERN
    assert regex_cache.compile_made("m", "v2", make, 0).flags == re.compile(PATTERN).flags
    assert made == [1, 1, 1]
    # no source to key by: keyed by the pattern, made every time
    assert regex_cache.compile_made("m", None, make).pattern == PATTERN
    assert made == [1, 1, 1, 1]


def test_a_damaged_made_pattern_file_is_made_again(warta_home, monkeypatch):
    path = warta_home / "cache" / "regex" / "m.marshal"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not marshal at all")
    assert spans(regex_cache.compile_made("m", "v1", lambda: PATTERN)) == \
        spans(re.compile(PATTERN))
    key = regex_cache._key("v1", 0, _sre.MAGIC, kind="made")
    path.write_bytes(marshal.dumps((key, (PATTERN, (0, [1, 2, 3], 0, {}, (None,))))))
    assert spans(regex_cache.compile_made("m", "v1", lambda: PATTERN)) == \
        spans(re.compile(PATTERN))
    path.write_bytes(marshal.dumps((key, ("only a pattern",))))
    assert spans(regex_cache.compile_made("m", "v1", lambda: PATTERN)) == \
        spans(re.compile(PATTERN))
    monkeypatch.setattr(regex_cache, "_cache_file",
                        lambda name: (_ for _ in ()).throw(OSError("no data folder")))
    assert spans(regex_cache.compile_made("m", "v1", lambda: PATTERN)) == \
        spans(re.compile(PATTERN))


def test_the_link_regexes_of_a_later_start_are_not_written_out(warta_home, monkeypatch):
    """From the second start on, the link regexes come from the cache keyed by the source
    of urls.py and tlds.py: the ~1,500 domain names are not written out into a pattern,
    and the patterns are exactly those written out."""
    urls._extract_re.cache_clear()
    urls._ascii_domain_re.cache_clear()
    first = (urls._extract_re(), urls._ascii_domain_re())
    urls._extract_re.cache_clear()
    urls._ascii_domain_re.cache_clear()
    urls._tld.cache_clear()
    monkeypatch.setattr(urls, "_tld", lambda: (_ for _ in ()).throw(AssertionError("made")))
    again = (urls._extract_re(), urls._ascii_domain_re())
    monkeypatch.undo()
    assert again[0].pattern == urls._extract_pattern() == first[0].pattern
    assert again[1].pattern == urls._ascii_domain_pattern() == first[1].pattern
    assert [p.flags for p in again] == [p.flags for p in first] == [urls._FLAGS] * 2
    urls._extract_re.cache_clear()
    urls._ascii_domain_re.cache_clear()


def test_the_link_regexes_are_keyed_by_their_source(monkeypatch):
    urls._source.cache_clear()
    from_source = urls._source()
    assert from_source is not None and from_source.startswith("source:")
    # a frozen Warta.exe has no source files: its program file says which code it runs
    monkeypatch.setattr(urls, "__file__", "/nowhere/urls.pyc")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    urls._source.cache_clear()
    assert urls._source().startswith("program:" + sys.executable)
    monkeypatch.setattr(sys, "executable", "/nowhere/Warta.exe")
    urls._source.cache_clear()
    assert urls._source() is None  # then keyed by the patterns themselves
    urls._source.cache_clear()
