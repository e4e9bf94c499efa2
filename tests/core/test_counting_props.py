"""Properties of the counters over arbitrary text: they never raise, and X's fast count
equals the rule-by-rule sum (links 23, whole emoji 2, each other code point 1 or 2)."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.captions.counting import (
    EMOJI_RE,
    count,
    count_all,
    graphemes,
    x_units,
    x_weighted_length,
)
from core.captions.urls import find_urls
from core.platforms import PLATFORMS, X_WEIGHTING

PIECES = st.sampled_from([
    "a", "Z", " ", "\n", ".", "/", "é", "e\u0301", "故", "ー", "\u2014", "\u2019", "\u200d",
    "\U0001F600", "\U0001F44D\U0001F3FD", "\U0001F1EE\U0001F1E9", "1\ufe0f\u20e3", "\u00a9",
    "\u00a9\ufe0f", "\u2764\ufe0f", "\U0001F468\u200D\U0001F469\u200D\U0001F467",
    "https://cimahikota.go.id/berita", "cimahikota.go.id", "s.id/mpp", "#CimahiKota",
    "@diskominfo.cimahi", "\ufeff", "<", ">", "www.", ".com", "(", ")", "?q=1",
])
CAPTIONS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))


def reference_x_length(text: str) -> int:
    """twitter-text's loop: at each index a link (23), else an emoji (2), else one code point."""
    norm = unicodedata.normalize("NFC", text)
    urls = {u.start: u for u in find_urls(norm)}
    total, i = 0, 0
    while i < len(norm):
        if i in urls:
            total += X_WEIGHTING.transformed_url_length * X_WEIGHTING.scale
            i = urls[i].end
            continue
        m = EMOJI_RE.match(norm, i)
        if m:
            total += X_WEIGHTING.emoji_weight
            i = m.end()
            continue
        cp = ord(norm[i])
        weight = X_WEIGHTING.default_weight
        for lo, hi, w in X_WEIGHTING.ranges:
            if lo <= cp <= hi:
                weight = w
                break
        total += weight
        i += 1
    return total // X_WEIGHTING.scale


@settings(max_examples=150, deadline=None)
@given(CAPTIONS)
@example("\U0001F3F3\uFE0F\u200D\U0001F308 https://x.com/a " * 3)
def test_x_fast_count_equals_rule_sum(text):
    expected = reference_x_length(text)
    assert x_weighted_length(text) == expected
    norm = unicodedata.normalize("NFC", text)
    assert sum(u.weight for u in x_units(norm)) // X_WEIGHTING.scale == expected


@settings(max_examples=100, deadline=None)
@given(CAPTIONS)
def test_counting_never_raises_and_indices_are_sane(text):
    for c in count_all(text).values():
        assert c.used >= 0
        if c.overflow_at is not None:
            assert c.over and 0 <= c.overflow_at < len(text)
            before = count(c.platform, text[: c.overflow_at])
            assert not before.over
            if c.platform != "x":  # X may see a link or NFC change when the text is cut
                nxt = graphemes(text[c.overflow_at:])[0]
                assert count(c.platform, text[: c.overflow_at + len(nxt)]).over
        else:
            assert not c.over
        if c.truncation is not None:
            assert 0 < c.truncation < len(text)
    count("youtube", text, field="title")


@settings(max_examples=100, deadline=None)
@given(CAPTIONS)
def test_links_are_substrings_in_order(text):
    last = 0
    for u in find_urls(text):
        assert text[u.start:u.end] == u.url
        assert u.start >= last
        last = u.end


def test_every_platform_is_counted():
    assert set(count_all("Halo Cimahi")) == set(PLATFORMS)
