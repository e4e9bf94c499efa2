"""Links recorded for published posts must be https links to that platform's posts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.captions.published import normalise_published_url, validate_published_url


@pytest.mark.parametrize(("pid", "url"), [
    ("instagram", "https://www.instagram.com/p/DBx1yZ2Tq/"),
    ("instagram", "https://www.instagram.com/reel/DBx1yZ2Tq/?igsh=abc"),
    ("facebook", "https://www.facebook.com/pemkotcimahi/posts/123"),
    ("facebook", "https://fb.watch/vXyZ/"),
    ("x", "https://x.com/pemkotcimahi/status/1888"),
    ("x", "https://twitter.com/pemkotcimahi/status/1888"),
    ("tiktok", "https://www.tiktok.com/@pemkotcimahi/video/7300"),
    ("tiktok", "https://vm.tiktok.com/ZSabc/"),
    ("youtube", "https://www.youtube.com/watch?v=abc123"),
    ("youtube", "https://youtu.be/abc123"),
    ("threads", "https://www.threads.net/@pemkotcimahi/post/C1"),
    ("threads", "https://www.threads.com/@pemkotcimahi/post/C1"),
])
def test_valid_links(pid, url):
    assert validate_published_url(pid, url) is None


@pytest.mark.parametrize(("pid", "url", "words"), [
    ("instagram", "", "kosong"),
    ("instagram", "http://instagram.com/p/x", "https://"),
    ("instagram", "instagram.com/p/x", "https://"),
    ("instagram", "https://www.facebook.com/pemkotcimahi/posts/1", "Facebook, bukan Instagram"),
    ("instagram", "https://instagram.com.phishing.id/p/1", "bukan alamat Instagram"),
    ("instagram", "https://instagram.com@phishing.id/p/1", "bukan alamat Instagram"),
    ("instagram", "https://www.instagram.com/", "halaman depan"),
    ("x", "https://x.com/pemkot status", "spasi"),
    ("youtube", "https://cimahikota.go.id/video", "youtube.com"),
])
def test_invalid_links_say_what_to_do(pid, url, words):
    message = validate_published_url(pid, url)
    assert message is not None and words in message


def test_normalise_adds_https_only_for_platform_links():
    assert normalise_published_url(" instagram.com/p/abc ") == "https://instagram.com/p/abc"
    assert normalise_published_url("cimahikota.go.id") == "cimahikota.go.id"
    assert validate_published_url("instagram", normalise_published_url("instagram.com/p/a")) is None


@given(st.text(max_size=80))
def test_never_raises(url):
    for pid in ("instagram", "x", "youtube"):
        result = validate_published_url(pid, url)
        assert result is None or result.strip()
