"""Hashtags, mentions and the per-platform caps on them, with Indonesian messages.

- `parse_hashtags("#CimahiKota, mpp cimahi")` -> ['#CimahiKota', '#mpp', '#cimahi']
  (a post's hashtag field: split on spaces/commas, '#' added, duplicates dropped).
- `find_hashtags(text)` / `find_mentions(text)`: spans in a caption, for highlighting
  and for the caps (an e-mail address is not a mention, '#2025' is not a hashtag).
- `normalise_handle("https://instagram.com/diskominfo.cimahi/")` -> 'diskominfo.cimahi'.
- `check_caps(platform_id, text, collaborators=n, hashtag_caps={...})` -> list[CapIssue]
  whose `.message` reads e.g. "Instagram membatasi 5 tagar per unggahan; kurangi 2 tagar."
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import regex

from core import pattern_cache
from core.platforms import collaborator_cap, hashtag_cap, mention_cap, platform

_WORD = r"\p{L}\p{M}\p{Nd}_"
pattern_cache.preload_regex()  # stored compiled regexes, when the checker's start read them
HASHTAG_RE = regex.compile(rf"(?<![{_WORD}&#＃])[#＃](?P<tag>[{_WORD}]*\p{{L}}[{_WORD}]*)")
MENTION_RE = regex.compile(
    r"(?<![\p{L}\p{Nd}_@＠.])[@＠](?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)"
)
_SPLIT_RE = regex.compile(r"[\s,;]+")
_NOT_TAG_CHAR = regex.compile(rf"[^{_WORD}]+")


@dataclass(frozen=True)
class Span:
    """A hashtag or mention in a text: `text[start:end]` includes the '#' or '@'."""

    start: int
    end: int
    value: str  # without '#' / '@'


@dataclass(frozen=True)
class CapIssue:
    """A platform cap that a variant goes over."""

    platform: str
    kind: str  # "hashtag", "mention" or "collaborator"
    cap: int
    used: int
    message: str

    @property
    def excess(self) -> int:
        return self.used - self.cap


def normalise_hashtag(raw: str) -> str | None:
    """'#Cimahi Kota' -> '#CimahiKota'; None when nothing usable is left (or only digits)."""
    body = _NOT_TAG_CHAR.sub("", raw.lstrip().lstrip("#＃"))
    if not body or not regex.search(r"\p{L}", body):
        return None
    return "#" + body


def parse_hashtags(field: str) -> list[str]:
    """The hashtags of a post's hashtag field, in order, without case-insensitive repeats."""
    seen: set[str] = set()
    tags: list[str] = []
    for token in _SPLIT_RE.split(field):
        for part in token.replace("＃", "#").split("#"):
            tag = normalise_hashtag(part)
            if tag and tag.casefold() not in seen:
                seen.add(tag.casefold())
                tags.append(tag)
    return tags


def format_hashtags(tags: Iterable[str]) -> str:
    return " ".join(tags)


def find_hashtags(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group("tag")) for m in HASHTAG_RE.finditer(text)]


def find_mentions(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group("handle")) for m in MENTION_RE.finditer(text)]


def _distinct(spans: list[Span], sign: str) -> list[str]:
    """Each value once (case-insensitive), in order of first use, with its sign."""
    seen: set[str] = set()
    out: list[str] = []
    for span in spans:
        key = span.value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(sign + span.value)
    return out


def distinct_hashtags(text: str) -> list[str]:
    """Hashtags used in a caption, each once (case-insensitive), in order of first use."""
    return _distinct(find_hashtags(text), "#")


def distinct_mentions(text: str) -> list[str]:
    """Mentions used in a caption, each once (case-insensitive), in order of first use."""
    return _distinct(find_mentions(text), "@")


def normalise_handle(raw: str) -> str:
    """'@diskominfo.cimahi', a profile link or ' diskominfo.cimahi ' -> 'diskominfo.cimahi'."""
    s = raw.strip()
    if "/" in s:  # a pasted profile link: the first path segment is the handle
        s = s.split("?", 1)[0].split("#", 1)[0].split("://", 1)[-1]
        segments = [p for p in s.split("/") if p]
        if len(segments) > 2 and segments[1] in ("c", "user", "channel"):
            s = segments[2]
        elif len(segments) > 1:
            s = segments[1]
        elif segments:
            s = segments[0]
    return s.lstrip("@＠").strip()


def mention(handle: str) -> str:
    """'@diskominfo.cimahi' from any spelling of the handle; '' for an empty one."""
    h = normalise_handle(handle)
    return f"@{h}" if h else ""


def hashtag_cap_message(platform_id: str, cap: int, used: int) -> str:
    name = platform(platform_id).name
    return f"{name} membatasi {cap} tagar per unggahan; kurangi {used - cap} tagar."


def mention_cap_message(platform_id: str, cap: int, used: int) -> str:
    name = platform(platform_id).name
    return f"{name} membatasi {cap} sebutan (@) per unggahan; kurangi {used - cap} sebutan."


def collaborator_cap_message(platform_id: str, cap: int, used: int) -> str:
    name = platform(platform_id).name
    return (
        f"{name} membatasi {cap} kolaborator per unggahan; kurangi {used - cap} kolaborator."
    )


def check_caps(
    platform_id: str,
    text: str,
    *,
    collaborators: int = 0,
    hashtag_caps: Mapping[str, int | None] | None = None,
) -> list[CapIssue]:
    """Caps this variant text (and its number of Collab partners) goes over."""
    issues: list[CapIssue] = []
    cap = hashtag_cap(platform_id, hashtag_caps)
    used = len(distinct_hashtags(text))
    if cap is not None and used > cap:
        issues.append(CapIssue(platform_id, "hashtag", cap, used,
                               hashtag_cap_message(platform_id, cap, used)))
    cap = mention_cap(platform_id)
    used = len(distinct_mentions(text))
    if cap is not None and used > cap:
        issues.append(CapIssue(platform_id, "mention", cap, used,
                               mention_cap_message(platform_id, cap, used)))
    cap = collaborator_cap(platform_id)
    if cap is not None and collaborators > cap:
        issues.append(CapIssue(platform_id, "collaborator", cap, collaborators,
                               collaborator_cap_message(platform_id, cap, collaborators)))
    return issues
