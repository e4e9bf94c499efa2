"""Find the links in a caption exactly as X's composer does, so each can count as 23.

This follows twitter-text's `extractUrlsWithIndices` (Apache-2.0) step by step, with the
same regular expressions, so it agrees with the official implementation on its
conformance cases (tests/data/twitter-text/extract.yml) and on realistic captions
(tests/core/test_counting_x_oracle.py compares it with the `twitter-text-parser` port):
- one regex finds candidates: a preceding character that is not a letter, digit, `@`,
  `$` or `#`; an optional `http(s)://`; a host of labels ending in a known top-level
  domain (core/captions/tlds.py) or `xn--...`; an optional port, path and query. The
  path may hold balanced parentheses and ends on a letter, digit or one of `+-=_#/`,
  so a closing full stop, comma, "…" or "»" is not part of the link;
- the host must encode to DNS labels of 1..63 characters (punycode per label);
- without a protocol only the ASCII/Latin part of the host is a link (so a link glued to
  CJK text starts after it), and not after `-`, `_`, `.` or `/`; a bare two-letter domain
  such as `kompas.id` or `bit.ly` IS a link (the old "ccTLD needs a path" rule is gone);
- a `t.co` link stops after its slug and an optional query (`https://t.co/abc?amp=1`).

Speed: no link spans a space and a space never changes what precedes a link, so each
word holding a dot followed by a non-digit is searched on its own and the result cached;
while typing, only the word being edited is searched again. The big regexes (every
top-level domain) are compiled on the first such word, not at import: counting or
checking a caption without one never pays their ~50 ms; and from the second start on
they come compiled from the cache folder (core/captions/regex_cache.py, ~1 ms), keyed by
the bytes of this module and of tlds.py, so a start does not write out the ~1,500 names
to find them (~2-3 ms).
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache

from core import disk_cache
from core.captions import tlds
from core.captions.regex_cache import compile_made
from core.captions.tlds import COUNTRY_TLDS, GENERIC_TLDS
from core.record import Record, set_field

_LATIN = (
    r"\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259"
    r"\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF"
)
_CYRILLIC = r"\u0400-\u04FF"
# twitter-text's punctuation: note that '"' is not in it (it may sit inside a host).
_PUNCT = r"!'#%&'()*+,\\\-./:;<=>?@\[\]^_{|}~$"
_SPACES = r"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
_INVALID = r"\uFFFE\uFEFF\uFFFF"
_DIRECTIONAL = r"\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069"

_D = rf"[^{_PUNCT}{_SPACES}{_INVALID}{_DIRECTIONAL}]"  # a character allowed in a host label
_TLD_END = r"(?=[^0-9a-zA-Z@+-]|$)"


# JavaScript's /i (without /u) folds case like Python's re.IGNORECASE, except that it
# never lets a non-ASCII letter match an ASCII one, where Python matches "ſ" to "s",
# "İ" and "ı" to "i" and the Kelvin sign to "k". So the regexes fold ASCII only
# (re.ASCII) and the few places where non-ASCII case matters (a TLD such as "РФ") list
# both cases; the Latin and Cyrillic ranges already hold both.
_FLAGS = re.IGNORECASE | re.ASCII


def _any_case(name: str) -> str:
    """`name` as a regex that matches its non-ASCII letters in either case."""
    if name.isascii():  # most names: re.escape per character is re.escape of the whole
        return re.escape(name)
    out = []
    for ch in name:
        variants = {ch, ch.upper(), ch.lower()} if not ch.isascii() else {ch}
        variants = {v for v in variants if len(v) == 1 and not v.isascii()} | {ch}
        out.append(re.escape(ch) if len(variants) == 1
                   else "[" + "".join(sorted(re.escape(v) for v in variants)) + "]")
    return "".join(out)


def _alternation(names: frozenset[str]) -> str:
    """Longest-first alternation, as twitter-text orders it (a name before its prefixes)."""
    return "|".join(_any_case(n) for n in sorted(names, reverse=True))


_PUNYCODE = r"(?:xn--[\-0-9a-z]+)"


@lru_cache(maxsize=1)
def _tld() -> str:
    """Every known top-level domain (about 1,500 names: building and compiling the
    regexes holding it takes ~50 ms, so they are made on the first word that may hold a
    link, not at import)."""
    return (
        rf"(?:(?:{_alternation(GENERIC_TLDS)}){_TLD_END})"
        rf"|(?:(?:{_alternation(COUNTRY_TLDS)}){_TLD_END})"
        rf"|{_PUNYCODE}"
    )


_SUBDOMAIN = rf"(?:(?:{_D}(?:[_-]|{_D})*)?{_D}\.)"
_DOMAIN_NAME = rf"(?:(?:{_D}(?:-|{_D})*)?{_D}\.)"

_PATH_CHAR = rf"[a-z{_CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{_LATIN}]"
_PARENS = rf"\((?:{_PATH_CHAR}+|(?:{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*))\)"
# twitter-text splices its "path ending" regex (`[...]|(?:parens)`) into the path regex
# without a group, so its `|` splits the whole alternative: a path segment is either
# chars-and-parens ending on an ending character, or one parenthesised group alone.
_PATH_END = rf"[+\-a-z{_CYRILLIC}0-9=_#/{_LATIN}]|(?:{_PARENS})"
_PATH = rf"(?:(?:{_PATH_CHAR}*(?:{_PARENS}{_PATH_CHAR}*)*{_PATH_END})|(?:@{_PATH_CHAR}+/))"
_QUERY_CHAR = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
_QUERY_END = r"[a-z0-9\-_&=#/]"
_PRECEDING = rf"(?:[^A-Za-z0-9@\uFF20$#\uFF03{_INVALID}]|[{_DIRECTIONAL}]|^)"



def _extract_pattern() -> str:
    domain = rf"(?:{_SUBDOMAIN}*{_DOMAIN_NAME}(?:{_tld()}))"
    return (rf"(?P<before>{_PRECEDING})"
            rf"(?P<url>(?P<proto>https?://)?(?P<domain>{domain})(?::[0-9]+)?"
            rf"(?P<path>/{_PATH}*)?(?:\?{_QUERY_CHAR}*{_QUERY_END})?)")


def _ascii_domain_pattern() -> str:
    return rf"(?:(?:[\-a-z0-9{_LATIN}]+)\.)+(?:{_tld()})"


@lru_cache(maxsize=1)
def _source() -> str | None:
    """Everything the two big patterns are made from, without making them: the bytes of
    this module and of tlds.py; in a frozen Warta.exe (no source files) the program file
    that holds their code. None when neither can be read: the cache is keyed by the
    patterns themselves."""
    try:
        digest = disk_cache.new_digest()
        for module in (__file__, tlds.__file__):
            with open(module, "rb") as source:
                digest.update(source.read())
        return "source:" + digest.hexdigest()
    except (OSError, TypeError):  # TypeError: a module without a file
        pass
    if getattr(sys, "frozen", False):
        try:
            program = os.stat(sys.executable)
        except OSError:
            return None
        return f"program:{sys.executable}\0{program.st_size}\0{program.st_mtime_ns}"
    return None


@lru_cache(maxsize=1)
def _extract_re() -> re.Pattern[str]:
    return compile_made("urls_extract", _source(), _extract_pattern, _FLAGS)


@lru_cache(maxsize=1)
def _ascii_domain_re() -> re.Pattern[str]:
    return compile_made("urls_ascii_domain", _source(), _ascii_domain_pattern, _FLAGS)


def warm_up() -> None:
    """Build the link regexes now (a worker at start-up): the first post with a link would
    otherwise wait for them, ~100-300 ms on a new data folder before they are cached."""
    _extract_re()
    _ascii_domain_re()


_TCO = re.compile(
    rf"^https?://t\.co/([a-z0-9]+)(?:\?{_QUERY_CHAR}*{_QUERY_END})?", _FLAGS
)
_LABEL_SEPARATORS = re.compile("[\u3002\uFF0E\uFF61]")
_DOT_WORD_RE = re.compile(rf"(?<![^{_SPACES}])[^{_SPACES}]*[^{_SPACES}.]\.[^{_SPACES}]+")
# A link's host ends in ".<top-level domain>" and no top-level domain starts with a digit,
# so a word whose dots are all followed by digits ("09.00", "Rp1.500.000") holds none.
_DOT_BEFORE_TLD_RE = re.compile(r"\.[^0-9]")

_DEFAULT_PROTOCOL = "https://"
_MAX_URL_LENGTH = 4096
_MAX_TCO_SLUG = 40
_MAX_LABEL = 63


class UrlSpan(Record):
    """A link found in a text: `text[start:end]` is the link as written.

    `url` is what twitter-text reports; it differs from the span only in the odd case of a
    bare host whose Latin part is followed by more non-Latin labels and a path."""

    start: int
    end: int
    url: str
    has_protocol: bool
    counted_end: int  # where X's counter resumes: twitter-text skips len(url) characters
    _fields = ("start", "end", "url", "has_protocol", "counted_end")

    def __init__(self, start: int, end: int, url: str, has_protocol: bool,
                 counted_end: int) -> None:
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "url", url)
        set_field(self, "has_protocol", has_protocol)
        set_field(self, "counted_end", counted_end)


def _to_ascii_length(label: str) -> int:
    """Length of `label` after punycode.toASCII (each non-ASCII piece becomes xn--...)."""
    pieces = _LABEL_SEPARATORS.sub(".", label).split(".")
    encoded = [p if p.isascii() and "\x7f" not in p else "xn--" + p.encode("punycode").decode()
               for p in pieces]
    return len(".".join(encoded))


def _valid_host(domain: str) -> bool:
    """twitter-text's idna.toAscii: every label is 1..63 characters once punycode-encoded."""
    if domain.startswith("xn--") and not _ascii_domain_re().search(domain):
        return False  # a punycode host cannot hold non-ASCII characters
    return all(1 <= _to_ascii_length(_joined(label)) <= _MAX_LABEL for label in domain.split("."))


def find_urls(text: str) -> list[UrlSpan]:
    """Every link X would shorten to 23 characters, left to right, as str indices."""
    found: list[UrlSpan] = []
    for m in _DOT_WORD_RE.finditer(text):
        base = m.start()
        for start, end, url, proto, counted_end in _word_urls(m.group(), base == 0):
            found.append(UrlSpan(base + start, base + end, url, proto, base + counted_end))
    return found


@lru_cache(maxsize=4096)
def _word_urls(word: str, first: bool) -> tuple[tuple[int, int, str, bool, int], ...]:
    """The links in one space-free word (`first`: it starts the text):
    (start, end, url, has protocol, counted end)."""
    if not _DOT_BEFORE_TLD_RE.search(word):
        return ()
    if word.isascii() or max(word) <= "\uffff":
        return tuple((s, e, url, p, s + len(url)) for s, e, url, p in _extract(word, first))
    # twitter-text runs in JavaScript, on UTF-16: an emoji is two code units, each of
    # which its regexes see as a character (so "🙏.www.x.id" holds a link). Do the same
    # on a string of surrogates, then map the indices back to code points.
    units = "".join(_surrogate_pair(c) if c > "\uffff" else c for c in word)
    index = [0] * (len(units) + 1)  # code unit -> code point holding it
    u = 0
    for i, c in enumerate(word):
        index[u] = i
        if c > "\uffff":
            index[u + 1] = i
            u += 1
        u += 1
    index[len(units)] = len(word)
    return tuple(
        (index[s], index[e], _joined(url), p, index[min(s + len(url), len(units))])
        for s, e, url, p in _extract(units, first)
    )


def _surrogate_pair(c: str) -> str:
    cp = ord(c) - 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def _joined(units: str) -> str:
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _extract(word: str, first: bool) -> list[tuple[int, int, str, bool]]:
    """twitter-text's extractUrlsWithIndices on one space-free word.

    A word after a space is searched with that space before it, as it stands in the
    text: the regex takes the space as the character before a link. At the start of the
    text there is none, and the regex takes the word's first character when it can
    ("ſ9.com" gives "9.com", " ſ9.com" gives "ſ9.com")."""
    found: list[tuple[int, int, str, bool]] = []
    shift = 0 if first else 1
    for m in _extract_re().finditer(word if first else " " + word):
        url, proto, domain = m.group("url"), m.group("proto"), m.group("domain")
        start, end = m.start("url") - shift, m.end() - shift
        if not _valid_host(domain) or len(proto or _DEFAULT_PROTOCOL) + len(url) > _MAX_URL_LENGTH:
            continue
        if proto:
            tco = _TCO.match(url)
            if tco:
                if len(tco.group(1)) > _MAX_TCO_SLUG:
                    continue
                url = tco.group(0)
                end = start + len(url)
            found.append((start, end, url, True))
        elif not m.group("before").endswith(("-", "_", ".", "/")):
            found.extend(_bare_urls(domain, start, end, url, bool(m.group("path"))))
    return found


def _bare_urls(
    domain: str, start: int, end: int, url: str, has_path: bool
) -> list[tuple[int, int, str, bool]]:
    """The ASCII/Latin hosts inside a link written without a protocol; the last keeps the path."""
    hosts: list[tuple[int, int, str, bool]] = []
    ascii_end = 0
    for a in _ascii_domain_re().finditer(domain):
        host = a.group()
        a_start = domain.find(host, ascii_end)
        ascii_end = a_start + len(host)
        hosts.append((start + a_start, start + ascii_end, host, False))
    if hosts and has_path:
        last_start, _, host, _ = hosts[-1]
        hosts[-1] = (last_start, end, url.replace(domain, host, 1), False)
    return hosts
