"""X counting and link extraction against every relevant case of twitter-text's own
conformance files (tests/data/twitter-text/, Apache-2.0, see the README there).

extract.yml: every URL section. validate.yml: the v3 weighted-length cases (what X uses),
the directional-marker cases and the bare-host cases. The v2 cases and validate.yml's
`urls` section (isValidUrl, a validator Warta does not use) are checked as well, against
the port `twitter-text-parser` where the file's answer is for another function.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from core.captions.counting import count, utf16_length, x_weighted_length
from core.captions.tlds import COUNTRY_TLDS, GENERIC_TLDS
from core.captions.urls import find_urls
from core.platforms import X_WEIGHTING

DATA = Path(__file__).resolve().parent.parent / "data" / "twitter-text"
EXTRACT = yaml.safe_load((DATA / "extract.yml").read_text(encoding="utf-8"))["tests"]
VALIDATE = yaml.safe_load((DATA / "validate.yml").read_text(encoding="utf-8"))["tests"]


def cases(doc: dict, *sections: str) -> list:
    return [pytest.param(c["text"], c["expected"], id=f"{s}: {c['description']}")
            for s in sections for c in doc[s]]


@pytest.mark.parametrize(("text", "expected"), cases(EXTRACT, "urls", "tco_urls_with_params"))
def test_extract_urls(text, expected):
    assert [u.url for u in find_urls(text)] == expected


@pytest.mark.parametrize(("text", "expected"),
                         cases(EXTRACT, "urls_with_indices", "urls_with_directional_markers"))
def test_extract_urls_with_indices(text, expected):
    got = [{"url": u.url, "indices": [u.start, u.end]} for u in find_urls(text)]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), cases(VALIDATE, "urls_without_protocol"))
def test_bare_hosts_are_links(text, expected):
    assert [u.url for u in find_urls(text)] == ([text] if expected else [])


def _parsed(text: str) -> dict:
    """Warta's count in the shape of twitter-text's parseTweet (v3, 280)."""
    c = count("x", text)
    end = utf16_length(text) - 1 if text else 0
    valid_end = end if c.overflow_at is None else utf16_length(text[:c.overflow_at]) - 1
    bad = [i for i, ch in enumerate(text) if ch in X_WEIGHTING.invalid_chars]
    if bad:  # the valid range stops before the first character X refuses
        valid_end = min(valid_end, utf16_length(text[:bad[0]]) - 1)
    return {
        "weightedLength": c.used,
        "valid": 0 < c.used <= c.limit and not c.problems,
        "permillage": c.used * 1000 // c.limit,
        "displayRangeStart": 0,
        "displayRangeEnd": end,
        "validRangeStart": 0,
        "validRangeEnd": valid_end,
    }


@pytest.mark.parametrize(("text", "expected"), cases(
    VALIDATE, "WeightedTweetsWithDiscountedEmojiCounterTest",
    "UnicodeDirectionalMarkerCounterTest"))
def test_parse_tweet_v3(text, expected):
    assert _parsed(text) == expected


# twitter-text's older configurations (config/v2.json, config/v1.json): X no longer uses
# them, but their cases still pin down how characters and links are weighed.
V2 = X_WEIGHTING.replace(emoji_weight=None)
V1 = X_WEIGHTING.replace(max_weighted_length=140, scale=1, default_weight=1, ranges=(),
                         emoji_weight=None)


@pytest.mark.parametrize(("text", "expected"), cases(VALIDATE, "WeightedTweetsCounterTest"))
def test_weighted_length_v2(text, expected):
    used = x_weighted_length(text, V2)
    assert used == expected["weightedLength"]
    assert used * 1000 // V2.max_weighted_length == expected["permillage"]


@pytest.mark.parametrize(("text", "expected"), cases(VALIDATE, "tweets"))
def test_tweet_validity_v1(text, expected):
    used = x_weighted_length(text, V1)
    assert (0 < used <= V1.max_weighted_length) is expected


@pytest.mark.parametrize(("text", "expected"), cases(VALIDATE, "urls"))
def test_isvalidurl_cases_are_extracted_as_the_official_extractor_does(text, expected,
                                                                       twitter_text):
    """validate.yml `urls` are for isValidUrl, which Warta does not need; on the same texts
    the extractor (what X counts) must still agree with twitter-text's."""
    official = [(u["url"], u["indices"]) for u in twitter_text.extract_urls_with_indices(text)]
    assert [(u.url, [u.start, u.end]) for u in find_urls(text)] == official


def test_top_level_domains_are_twitter_texts():
    tlds = yaml.safe_load((DATA / "tld_lib.yml").read_text(encoding="utf-8"))
    assert set(tlds["generic"]) == GENERIC_TLDS
    assert set(tlds["country"]) == COUNTRY_TLDS
