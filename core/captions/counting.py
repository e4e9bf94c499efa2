"""Count a text the way each platform counts it, fast enough to run on every keystroke.

`count(platform_id, text)` returns a `Count`: how much of the limit is used, in the
platform's own unit (see core/platforms.py `Unit`), whether it is over, the str index
of the first character past the limit (`overflow_at`, never inside an emoji or link)
and the str index where the feed cuts the text (`truncation`, None when it all shows).

How each unit is measured:
- UTF-16 code units (Instagram, Facebook, TikTok): JavaScript's `string.length`.
- X: twitter-text v3, on the NFC-normalised text: a code point weighs 100 when it is in
  one of `X_WEIGHTING.ranges`, else 200; a whole emoji sequence (ZWJ family, flag, tag
  flag, skin tone, keycap) weighs 200; every link (core/captions/urls.py) weighs 2,300;
  the sum divided by 100 is compared with 280. Emoji are recognised by Unicode
  properties (like twemoji, a text-style © or ® needs U+FE0F to be an emoji).
- Threads: one per code point, but emoji count their UTF-8 bytes (Threads API docs).
- YouTube: description in UTF-8 bytes, title in code points; both refuse '<' and '>'.

Regexes are compiled once at import; a 2,200-character caption is recounted for all six
platforms in about a millisecond (benchmarks/bench_counting.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import regex

from core import pattern_cache
from core.captions.emoji import EMOJI_RE
from core.captions.urls import UrlSpan, find_urls
from core.platforms import (
    PLATFORMS,
    UNIT_LABELS,
    X_WEIGHTING,
    TextLimit,
    Unit,
    XWeighting,
    platform,
)

_LIGHT_CLASS = "".join(
    f"\\U{lo:08X}-\\U{hi:08X}" for lo, hi, w in X_WEIGHTING.ranges if w < X_WEIGHTING.default_weight
)
pattern_cache.preload_regex()  # stored compiled regexes, when the checker's start read them
_HEAVY_RE = regex.compile(rf"[^{_LIGHT_CLASS}]")
_GRAPHEME_RE = regex.compile(r"\X")
_X_INVALID_RE = regex.compile(f"[{X_WEIGHTING.invalid_chars}]")


@dataclass(frozen=True)
class Count:
    """One text measured against one platform field."""

    platform: str
    field: str  # "caption" or "title"
    used: int
    limit: int
    unit: Unit
    overflow_at: int | None  # str index of the first character past the limit
    truncation: int | None  # str index where the feed cuts with "... lainnya"
    problems: tuple[str, ...] = ()  # Indonesian messages about characters the platform refuses

    @property
    def over(self) -> bool:
        return self.used > self.limit

    @property
    def remaining(self) -> int:
        return self.limit - self.used

    @property
    def unit_label(self) -> str:
        return UNIT_LABELS[self.unit]


# ----------------------------------------------------------------------------- helpers


def utf16_length(text: str) -> int:
    """JavaScript's string.length: code points above U+FFFF count 2."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def utf8_length(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def graphemes(text: str) -> list[str]:
    """User-perceived characters (extended grapheme clusters)."""
    return _GRAPHEME_RE.findall(text)


def _joins_previous(ch: str) -> bool:
    """Characters that never start a grapheme (marks, joiners, skin tones, tag letters)."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or cp in (0x200C, 0x200D)
        or 0x1F3FB <= cp <= 0x1F3FF
        or 0xE0020 <= cp <= 0xE007F
    )


def _safe_start(text: str, index: int) -> int:
    """A grapheme boundary at or before `index`: just after a space whose follower starts anew."""
    pos = index
    while pos > 0:
        space = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos))
        if space < 0:
            return 0
        if space + 1 < len(text) and not _joins_previous(text[space + 1]):
            return space + 1
        pos = space
    return 0


def grapheme_start(text: str, index: int) -> int:
    """The start of the grapheme that holds `index`, so a cut never splits an emoji."""
    if index <= 0:
        return 0
    if index >= len(text):
        return len(text)
    for m in _GRAPHEME_RE.finditer(text, _safe_start(text, index)):
        if m.end() > index:
            return m.start()
    return index  # pragma: no cover - finditer always reaches index


def grapheme_boundary_after(text: str, n: int) -> int | None:
    """The str index after the first `n` graphemes, or None when the text is no longer."""
    if len(text) <= n:
        return None
    for seen, m in enumerate(_GRAPHEME_RE.finditer(text), 1):
        if seen == n:
            return m.end() if m.end() < len(text) else None
    return None


def _overflow_index(text: str, limit: int, measure: Callable[[str], int]) -> int | None:
    """First str index whose prefix measures more than `limit` (binary search on prefixes)."""
    if measure(text) <= limit:
        return None
    lo, hi = 0, len(text)  # measure(text[:lo]) <= limit < measure(text[:hi])
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if measure(text[:mid]) > limit:
            hi = mid
        else:
            lo = mid
    return grapheme_start(text, hi - 1)


# ----------------------------------------------------------------------------- X


@dataclass(frozen=True)
class XUnit:
    """One counted piece of a normalised X text: a code point, an emoji or a link."""

    start: int
    end: int
    weight: int  # in X_WEIGHTING.scale units (100 = one character)
    kind: str  # "char", "emoji" or "url"


def _char_weight(ch: str, weighting: XWeighting = X_WEIGHTING) -> int:
    cp = ord(ch)
    for lo, hi, w in weighting.ranges:
        if lo <= cp <= hi:
            return w
    return weighting.default_weight


def x_units(
    normalized: str, urls: list[UrlSpan] | None = None, weighting: XWeighting = X_WEIGHTING
) -> Iterator[XUnit]:
    """The pieces twitter-text weighs, in order; `normalized` must already be NFC.

    `weighting` is X's current configuration; older ones (twitter-text v1/v2, whose
    conformance cases the tests also run) do not treat emoji as one piece."""
    url_weight = weighting.transformed_url_length * weighting.scale
    if urls is None:
        urls = find_urls(normalized)
    pos = 0
    for url in [*urls, None]:
        stop = url.start if url else len(normalized)
        if weighting.emoji_weight is not None:
            for m in EMOJI_RE.finditer(normalized, pos, stop):
                for i in range(pos, m.start()):
                    yield XUnit(i, i + 1, _char_weight(normalized[i], weighting), "char")
                yield XUnit(m.start(), m.end(), weighting.emoji_weight, "emoji")
                pos = m.end()
        for i in range(pos, stop):
            yield XUnit(i, i + 1, _char_weight(normalized[i], weighting), "char")
        if url:
            yield XUnit(url.start, url.counted_end, url_weight, "url")
            pos = url.counted_end


def _x_scaled_length(normalized: str, urls: list[UrlSpan] | None = None) -> int:
    """Sum of x_units weights, computed with whole-text regex passes (the fast path)."""
    url_weight = X_WEIGHTING.transformed_url_length * X_WEIGHTING.scale
    light = X_WEIGHTING.scale
    heavy_extra = X_WEIGHTING.default_weight - light
    total = 0
    if urls is None:
        urls = find_urls(normalized)
    pos = 0
    for url in [*urls, None]:
        segment = normalized[pos:url.start] if url else normalized[pos:]
        rest, n_emoji = EMOJI_RE.subn("", segment)
        total += light * len(rest) + heavy_extra * len(_HEAVY_RE.findall(rest))
        total += X_WEIGHTING.emoji_weight * n_emoji
        if url:
            total += url_weight
            pos = url.counted_end
    return total


def _x_overflow(normalized: str, urls: list[UrlSpan], budget: int) -> int | None:
    """Index in `normalized` of the first piece that takes the weight past `budget`.

    Whole segments between links are added with the fast regex passes; only the segment
    where the budget runs out is walked piece by piece."""
    url_weight = X_WEIGHTING.transformed_url_length * X_WEIGHTING.scale
    total = 0
    pos = 0
    for url in [*urls, None]:
        stop = url.start if url else len(normalized)
        weight = _x_scaled_length(normalized[pos:stop], [])
        if total + weight > budget:
            emoji_end = {m.start(): m.end() for m in EMOJI_RE.finditer(normalized, pos, stop)}
            i = pos
            while i < stop:
                end = emoji_end.get(i)
                if end is not None:
                    total += X_WEIGHTING.emoji_weight
                else:
                    total += _char_weight(normalized[i])
                    end = i + 1
                if total > budget:
                    return i
                i = end
        total += weight
        if url:
            if total + url_weight > budget:
                return url.start
            total += url_weight
            pos = url.counted_end
    return None


def x_weighted_length(text: str, weighting: XWeighting = X_WEIGHTING) -> int:
    """X's weighted length of `text` (what its counter shows against 280)."""
    normalized = unicodedata.normalize("NFC", text)
    if weighting is X_WEIGHTING:
        return _x_scaled_length(normalized) // weighting.scale
    return sum(u.weight for u in x_units(normalized, weighting=weighting)) // weighting.scale


def _original_index(text: str, normalized: str, index: int) -> int:
    """Map an index in NFC(text) back to `text`, at the start of the grapheme holding it."""
    if text == normalized:
        return grapheme_start(text, index)
    done = 0
    for m in _GRAPHEME_RE.finditer(text):
        done += len(unicodedata.normalize("NFC", m.group()))
        if done > index:
            return m.start()
    return len(text)


def _count_x(text: str, limit: TextLimit) -> tuple[int, int | None, tuple[str, ...]]:
    normalized = unicodedata.normalize("NFC", text)
    urls = find_urls(normalized)
    scaled = _x_scaled_length(normalized, urls)
    budget = limit.limit * X_WEIGHTING.scale
    overflow = None
    if scaled > budget:
        at = _x_overflow(normalized, urls, budget)
        overflow = None if at is None else _original_index(text, normalized, at)
    problems = ()
    bad = _X_INVALID_RE.search(text)
    if bad:
        problems = (
            f"X menolak karakter tak terlihat U+{ord(bad.group()):04X} (posisi {bad.start() + 1}); "
            "hapus karakter itu.",
        )
    return scaled // X_WEIGHTING.scale, overflow, problems


# ----------------------------------------------------------------------------- others


def threads_length(text: str) -> int:
    """Threads: one per code point, emoji counted as their UTF-8 bytes."""
    emoji = "".join(EMOJI_RE.findall(text))
    return len(text) + utf8_length(emoji) - len(emoji)


def _threads_overflow(text: str, limit: int) -> int | None:
    """First str index past Threads' limit, in one pass over the emoji."""
    used = 0
    pos = 0
    for m in EMOJI_RE.finditer(text):
        plain = m.start() - pos
        if used + plain > limit:
            return grapheme_start(text, pos + limit - used)
        used += plain
        used += utf8_length(m.group())
        if used > limit:
            return m.start()
        pos = m.end()
    if used + len(text) - pos > limit:
        return grapheme_start(text, pos + limit - used)
    return None


_MEASURES: dict[Unit, Callable[[str], int]] = {
    Unit.UTF16: utf16_length,
    Unit.UTF8: utf8_length,
    Unit.THREADS: threads_length,
    Unit.CODEPOINTS: len,
}


def _measure(text: str, limit: TextLimit) -> tuple[int, int | None, tuple[str, ...]]:
    """(used, overflow index, problems) for one field."""
    if limit.unit is Unit.X_WEIGHTED:
        return _count_x(text, limit)
    measure = _MEASURES[limit.unit]
    used = measure(text)
    overflow = None
    if used > limit.limit:
        if limit.unit is Unit.THREADS:
            overflow = _threads_overflow(text, limit.limit)
        else:
            overflow = _overflow_index(text, limit.limit, measure)
    problems: tuple[str, ...] = ()
    bad = [c for c in limit.forbidden_chars if c in text]
    if bad:
        shown = " dan ".join(bad)
        problems = (f"Tanda {shown} tidak diterima di kolom ini; ganti atau hapus.",)
    return used, overflow, problems


def count(platform_id: str, text: str, field: str = "caption") -> Count:
    """Measure `text` for one platform field ('caption', or 'title' for YouTube)."""
    p = platform(platform_id)
    limit = p.title if field == "title" else p.caption
    if limit is None:
        raise ValueError(f"{p.name} tidak punya kolom {field!r}")
    used, overflow, problems = _measure(text, limit)
    cut = grapheme_boundary_after(text, p.feed_cut) if field == "caption" and p.feed_cut else None
    if problems and platform_id == "youtube":
        label = "judul" if field == "title" else "deskripsi"
        problems = tuple(f"YouTube: {msg} ({label})" for msg in problems)
    return Count(platform_id, field, used, limit.limit, limit.unit, overflow, cut, problems)


def count_all(text: str, platform_ids: Iterable[str] | None = None) -> dict[str, Count]:
    """The caption count of `text` for every platform (or the given ones), in table order."""
    ids = list(PLATFORMS) if platform_ids is None else list(platform_ids)
    return {pid: count(pid, text) for pid in ids}


def feed_preview(platform_id: str, text: str) -> tuple[str, bool]:
    """(visible part of the caption in the feed, whether it was cut) for previews."""
    cut = count_cut(platform_id, text)
    if cut is None:
        return text, False
    return text[:cut].rstrip(), True


def count_cut(platform_id: str, text: str) -> int | None:
    """Just the feed truncation index (cheaper than a full count)."""
    n = platform(platform_id).feed_cut
    return grapheme_boundary_after(text, n) if n else None
