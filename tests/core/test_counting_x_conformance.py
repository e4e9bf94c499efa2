"""X weighted length against twitter-text's own conformance cases (validate.yml, v3 config)."""

from __future__ import annotations

import pytest

from core.captions.counting import count, x_weighted_length
from core.captions.urls import find_urls

FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"
XS = "xxxxxxxxxx-" * 24

CASES = [
    ("Hi http://test.co", 26),
    ("http://test.co", 23),
    ("285 chars-" + XS + "xxxxxxxxxx-", 285),
    ("285 chars- http://www.twitter.com/jack " + XS, 299),
    (XS + " http://www.twitter.com/jack ", 289),
    ("https://www.twitter.com/aloha " * 10, 240),
    ("\u00c1B", 2),
    ("A\ufb2c", 4),  # שּׁ decomposes into three code points under NFC
    ("H\U0001F431\u263a" + FAMILY, 7),
    ("\U0001F637\U0001F47E\U0001F621\U0001F525\U0001F4A9", 10),
    ("\U0001F64B\U0001F3FD\U0001F468\u200D\U0001F3A4", 4),
    ("Unicode 10.0 emoji: \U0001F92A; \U0001F9D5; \U0001F9D5\U0001F3FE; "
     "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", 34),
    ("Unicode 9.0 emoji: \U0001F920; \U0001F483; \U0001F483\U0001F3FE", 29),
    (FAMILY * 140, 280),
    ("Test https://test.com test https://test.com test.com test", 86),
    ("This is a tweet with general punctuation characters: "
     "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B "
     "\u2010 \u2011 \u2012 \u2013 \u2014 \u2015 \u2016  \u2017 \u2018 \u2019 \u201a \u201b "
     "\u201c \u201d \u201e \u201f \u2032 \u2033 \u2034 \u2035 \u2036 \u2037", 110),
    ("randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com", 68),
    ("ABC\u202A\uFFFFABC\uFFFE", 12),
    ("\u2066\u202Ahttp://foobar.\u067e\u0627\u06a9\u0633\u062a\u0627\u0646/\u202C\u2069", 31),
    ("\U00010000\U0010ffff", 4),
    ("\uc800\ucc40\ucbff\ucfff", 8),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_weighted_length_matches_twitter_text(text, expected):
    assert x_weighted_length(text) == expected


def test_cjk_host_longer_than_63_punycode_characters_is_not_a_link():
    kana = "あいうえおかきくけこ"
    long_host = "http://" + kana * 5 + "あいう.com"
    short_host = "http://" + kana * 5 + "あい.com"
    assert find_urls(long_host) == []
    assert len(find_urls(short_host)) == 1
    assert x_weighted_length(kana * 12 + " " + short_host) == 264
    assert x_weighted_length(kana * 12 + " " + long_host) == 358


@pytest.mark.parametrize(("text", "is_url"), [
    ("http://example.com", True),
    ("https://example.com/path/to/resource?search=foo&lang=en", True),
    ("HTTPS://www.ExaMPLE.COM/index.html", True),
    ("http://user:PASSW0RD@example.com:8080/login.php", False),  # userinfo is not extracted
    ("http://test_underscore.twitter.com", True),
    ("https://www.youtube.com/playlist?list=PL0ZPu8XSRTB7wZzn0mLHMvyzVFeRxbWn-", True),
    ("http://domain-dash_2314352345_dfasd.foo-cow_4352.com", False),
    ("http://www.-domain4352.com/", False),
    ("http://www.domain4352-.com/", False),
    ("ftp://www.example.com/", False),
    ("example.com", True),
    ("www.example.com", True),
    ("t.co", True),
    ("foo.co.jp", True),
    ("example.com/path/to/resource?search=foo&lang=en", True),
])
def test_url_recognition(text, is_url):
    urls = find_urls(text)
    assert (len(urls) == 1 and urls[0].url == text) is is_url


def test_long_tweet_valid_range_end():
    text = "285 chars-" + XS + "xxxxxxxxxx-"
    c = count("x", text)
    assert c.overflow_at == 280  # twitter-text validRangeEnd 279 is inclusive
