"""Find the links in a caption the way X's composer does, so each can count as 23.

X (twitter-text) treats as a link any `http(s)://host...` and also a bare host such as
`cimahikota.go.id/berita` when its last label is a known top-level domain (see
core/captions/tlds.py). The rules mirrored here, from twitter-text's extractor:
- a link may not follow a letter, digit, `@`, `$` or `#` (so an e-mail is not a link);
- a bare host may not follow `-`, `_`, `.` or `/`, must be plain ASCII/Latin letters, and
  `name.cc` (two labels, country-code TLD, no path) is not a link, except `.co`/`.tv`;
- the host ends at the last label that is a known TLD (`go.id.Selengkapnya` stops at `.id`);
- every label fits 63 characters once punycode-encoded, the whole link 4,096;
- the path may hold balanced parentheses and ends on a letter, digit or one of `+-=_#/`,
  so a closing full stop or comma is not part of the link; `t.co` links stop at the slug.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from core.captions.tlds import ALL_TLDS, COUNTRY_TLDS, SPECIAL_SHORT_TLDS

_LATIN = (
    r"\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259"
    r"\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF"
)
_CYRILLIC = r"\u0400-\u04FF"
_PUNCT = r"!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$\""
_SPACES = r"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
_INVALID = r"\uFFFE\uFEFF\uFFFF"
_DOMAIN_CHAR = rf"[^{_PUNCT}{_SPACES}{_INVALID}]"

_CANDIDATE = regex.compile(
    rf"(?<![A-Za-z0-9@\uFF20$#\uFF03{_INVALID}])"
    rf"(?P<proto>https?://)?"
    rf"(?P<domain>(?:(?:{_DOMAIN_CHAR}|[_\-])+\.)+{_DOMAIN_CHAR}+)",
    regex.IGNORECASE,
)

_GEN = rf"[a-z{_CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{_LATIN}]"
_PARENS = rf"\((?:{_GEN}+|(?:{_GEN}*\({_GEN}+\){_GEN}*))\)"
_PATH_END = rf"(?:[+\-a-z{_CYRILLIC}0-9=_#/{_LATIN}]|{_PARENS})"
_PATH_UNIT = rf"(?:(?:{_GEN}*(?:{_PARENS}{_GEN}*)*{_PATH_END})|(?:@{_GEN}+/))"
_TAIL = regex.compile(
    rf"(?::[0-9]+)?"
    rf"(?P<path>/{_PATH_UNIT}*)?"
    rf"(?P<query>\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[a-z0-9\-_&=#/])?",
    regex.IGNORECASE,
)
_DOT_WORD_RE = regex.compile(rf"(?<![^{_SPACES}])[^{_SPACES}]*[^{_SPACES}.]\.[^{_SPACES}]+")
_TCO = regex.compile(r"https?://t\.co/([a-z0-9]+)", regex.IGNORECASE)
_SUB_LABEL = regex.compile(rf"(?:{_DOMAIN_CHAR}(?:[_\-]|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}")
_NAME_LABEL = regex.compile(rf"(?:{_DOMAIN_CHAR}(?:-|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}")
_ASCII_LABEL = regex.compile(rf"[\-a-z0-9{_LATIN}]+", regex.IGNORECASE)
_NOT_AFTER_TLD = frozenset("@+-")
_MAX_URL_LENGTH = 4096
_MAX_TCO_SLUG = 40


@dataclass(frozen=True)
class UrlSpan:
    """A link found in a text: `text[start:end] == url`."""

    start: int
    end: int
    url: str
    has_protocol: bool


def _punycode_length(label: str) -> int | None:
    """Length of the label in the DNS (xn--...), or None when it cannot be encoded."""
    if label.isascii():
        return len(label)
    try:
        return 4 + len(label.lower().encode("punycode"))
    except UnicodeError:
        return None


def _valid_host(labels: list[str]) -> bool:
    """Every label 1..63 characters once punycode-encoded (twitter-text's idna check)."""
    for label in labels:
        size = _punycode_length(label)
        if size is None or not 0 < size <= 63:
            return False
    return True


def _labels_ok(labels: list[str]) -> bool:
    """Subdomains may hold '_' and '-', the name before the TLD only '-', none at the edges."""
    *subs, name, _tld = labels
    return all(_SUB_LABEL.fullmatch(s) for s in subs) and bool(_NAME_LABEL.fullmatch(name))


def _pick_host(text: str, start: int, labels: list[str]) -> list[str] | None:
    """The longest run of labels from the left that ends on a known TLD and is well-formed."""
    ends = []  # end offset (in text) of each label: no re-joining per candidate, so linear
    offset = start
    for label in labels:
        offset += len(label)
        ends.append(offset)
        offset += 1
    for n in range(len(labels), 1, -1):
        if labels[n - 1].lower() not in ALL_TLDS:
            continue
        end = ends[n - 1]
        if end < len(text) and text[end] in _NOT_AFTER_TLD:
            continue
        head = labels[:n]
        if _labels_ok(head):
            return head
    return None


def find_urls(text: str) -> list[UrlSpan]:
    """Every link X would shorten to 23 characters, left to right, as str indices."""
    found: list[UrlSpan] = []
    # A link never spans a space and a space never blocks one, so each word holding a
    # dot is looked at on its own; words repeat from keystroke to keystroke, hence the cache.
    for m in _DOT_WORD_RE.finditer(text):
        base = m.start()
        for start, end, url, proto in _word_urls(m.group()):
            found.append(UrlSpan(base + start, base + end, url, proto))
    return found


@lru_cache(maxsize=4096)
def _word_urls(word: str) -> tuple[tuple[int, int, str, bool], ...]:
    found: list[tuple[int, int, str, bool]] = []
    pos = 0
    for m in _CANDIDATE.finditer(word):
        if m.start() < pos:  # inside the path of the link just found
            continue
        span = _url_at(word, m)
        if span is not None:
            found.append((span.start, span.end, span.url, span.has_protocol))
            pos = span.end
    return tuple(found)


def _url_at(text: str, m: regex.Match) -> UrlSpan | None:
    proto = m.group("proto") or ""
    dom_start = m.start("domain")
    labels = m.group("domain").split(".")
    if not proto:
        if m.start() > 0 and text[m.start() - 1] in "-_./":
            return None
        ascii_tail: list[str] = []
        for label in reversed(labels):
            if not _ASCII_LABEL.fullmatch(label):
                break
            ascii_tail.append(label)
        ascii_tail.reverse()
        if len(ascii_tail) < 2:
            return None
        dom_start += len(".".join(labels)) - len(".".join(ascii_tail))
        labels = ascii_tail
    host = _pick_host(text, dom_start, labels)
    if host is None or not _valid_host(host):
        return None
    start = dom_start - len(proto)
    end = dom_start + len(".".join(host))
    path = ""
    if len(host) == len(labels):  # the host was not cut short, so a port/path may follow
        tail = _TAIL.match(text, end)
        path = tail.group("path") or ""
        end = tail.end()
    if not proto and not path and len(host) == 2:
        tld = host[-1].lower()
        if tld in COUNTRY_TLDS and tld not in SPECIAL_SHORT_TLDS:
            return None
    url = text[start:end]
    if len(proto or "https://") + len(url) > _MAX_URL_LENGTH:
        return None
    if proto:
        tco = _TCO.match(url)
        if tco:
            if len(tco.group(1)) > _MAX_TCO_SLUG:
                return None
            url = tco.group(0)
            end = start + len(url)
    return UrlSpan(start, end, url, bool(proto))
