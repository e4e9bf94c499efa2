"""core/captions/urls.py compiles its big regexes (every top-level domain) only for a
word that may hold a link, and skipping the others changes no result."""

from __future__ import annotations

from core.captions import urls
from core.captions.tlds import COUNTRY_TLDS, GENERIC_TLDS


def _fresh() -> None:
    urls._word_urls.cache_clear()
    urls._extract_re.cache_clear()
    urls._ascii_domain_re.cache_clear()


def test_no_top_level_domain_starts_with_a_digit():
    """What makes skipping words whose dots are all followed by digits exact."""
    assert not [t for t in GENERIC_TLDS | COUNTRY_TLDS if t[:1].isdigit()]


def test_times_and_amounts_do_not_compile_the_link_regex():
    _fresh()
    assert urls.find_urls("Pukul 09.00-12.00 WIB, bantuan Rp1.500.000 per KK. Hadir ya.") == []
    assert urls._extract_re.cache_info().misses == 0


def test_a_link_after_a_number_with_dots_is_still_found():
    _fresh()
    text = "Rp1.500.000 lewat 10.00.lapor.go.id/aduan dan cimahikota.go.id"
    found = [text[u.start:u.end] for u in urls.find_urls(text)]
    assert found == ["10.00.lapor.go.id/aduan", "cimahikota.go.id"]
    assert urls._extract_re.cache_info().misses == 1
