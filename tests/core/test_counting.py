"""Each platform's count of a caption, on the cases that trip counters up."""

from __future__ import annotations

import pytest

from core.captions.counting import (
    count,
    count_all,
    feed_preview,
    grapheme_start,
    graphemes,
    threads_length,
    utf16_length,
    x_weighted_length,
)
from core.captions.urls import find_urls
from core.platforms import Unit

FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"  # 👨‍👩‍👧‍👦
FLAG_ID = "\U0001F1EE\U0001F1E9"  # 🇮🇩
THUMB_TONE = "\U0001F44D\U0001F3FD"  # 👍🏽
KEYCAP_1 = "1\uFE0F\u20E3"  # 1️⃣
E_ACUTE_NFD = "e\u0301"
E_ACUTE_NFC = "\u00e9"


@pytest.mark.parametrize(("emoji", "utf16", "x", "threads"), [
    (FAMILY, 11, 2, 25),
    (FLAG_ID, 4, 2, 8),
    (THUMB_TONE, 4, 2, 8),
    (KEYCAP_1, 3, 2, 7),
    ("\U0001F600", 2, 2, 4),
    ("\u2764\uFE0F", 2, 2, 6),  # ❤️
    ("\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", 14, 2, 28),
])
def test_emoji_sequences_count_as_each_platform_counts_them(emoji, utf16, x, threads):
    assert len(graphemes(emoji)) == 1
    assert count("instagram", emoji).used == utf16
    assert count("facebook", emoji).used == utf16
    assert count("tiktok", emoji).used == utf16
    assert count("x", emoji).used == x
    assert count("threads", emoji).used == threads
    assert count("youtube", emoji).used == len(emoji.encode("utf-8"))


def test_combining_mark_and_precomposed_letter():
    # X normalises to NFC first: both spellings of "é" weigh 1.
    assert x_weighted_length(E_ACUTE_NFD) == x_weighted_length(E_ACUTE_NFC) == 1
    # UTF-16 platforms see what was typed: two code units for the decomposed form.
    assert count("instagram", E_ACUTE_NFD).used == 2
    assert count("instagram", E_ACUTE_NFC).used == 1
    assert count("youtube", E_ACUTE_NFD).used == 3
    assert count("youtube", E_ACUTE_NFC).used == 2
    assert len(graphemes("Kafe " + E_ACUTE_NFD)) == 6


def test_cjk_weighs_two_on_x_and_one_elsewhere():
    text = "故人西辞黄鹤楼"
    assert x_weighted_length(text) == 14
    assert count("instagram", text).used == 7
    assert count("threads", text).used == 7
    assert count("youtube", text).used == 21


def test_text_style_copyright_is_light_unless_it_asks_for_emoji():
    assert x_weighted_length("\u00a9 Pemkot") == 8
    assert x_weighted_length("\u00a9\uFE0F Pemkot") == 9


@pytest.mark.parametrize(("text", "urls"), [
    ("Info lengkap: https://cimahikota.go.id/berita/2025/11/mpp-diresmikan", 1),
    ("Info lengkap: cimahikota.go.id/berita", 1),
    ("Kunjungi www.cimahikota.go.id.", 1),
    ("Daftar di s.id/daftar-mpp", 1),
    ("Situs cimahikota.go.id", 1),
    ("Surel humas@cimahikota.go.id", 0),
    ("Pukul 09.00 WIB di Jl. Demang Hardjakusumah", 0),
    ("Anggaran Rp1.500.000.000", 0),
    # X links a bare two-letter domain too since twitter-text 3 (issue 14): "M.Si" counts 23.
    ("Lulusan M.Si dari ITB", 1),
])
def test_urls_count_23_whatever_their_length(text, urls):
    assert len(find_urls(text)) == urls
    without = x_weighted_length(text)
    if urls:
        span = find_urls(text)[0]
        assert without == len(text) - len(span.url) + 23
    else:
        assert without == len(text)


def test_url_ends_before_trailing_punctuation():
    text = "Selengkapnya di https://cimahikota.go.id/berita. Terima kasih!"
    (span,) = find_urls(text)
    assert span.url == "https://cimahikota.go.id/berita"
    assert text[span.start:span.end] == span.url


def test_url_with_balanced_parentheses_and_query():
    text = "Lihat (https://id.wikipedia.org/wiki/Cimahi_(kota)?ref=pemkot), ya"
    (span,) = find_urls(text)
    assert span.url == "https://id.wikipedia.org/wiki/Cimahi_(kota)?ref=pemkot"


def test_count_reports_overflow_and_feed_cut_as_str_indices():
    text = "Wali Kota Cimahi " * 30
    c = count("x", text)
    assert c.used == len(text) and c.over and c.remaining == 280 - len(text)
    assert c.overflow_at == 280
    assert text[: c.overflow_at] and x_weighted_length(text[: c.overflow_at]) == 280
    ig = count("instagram", text)
    assert not ig.over and ig.overflow_at is None
    assert ig.truncation == 125
    assert count("x", "pendek").truncation is None


def test_overflow_never_splits_an_emoji():
    text = "a" * 279 + FAMILY
    c = count("x", text)
    assert c.used == 281
    assert c.overflow_at == 279
    ig = count("instagram", "a" * 2199 + FAMILY)
    assert ig.overflow_at == 2199


def test_x_overflow_at_a_link_or_after_one():
    link = "https://cimahikota.go.id/berita/mpp"
    c = count("x", "a" * 270 + " " + link)
    assert c.used == 294 and c.overflow_at == 271  # the link does not fit: it starts the overflow
    c = count("x", link + " " + "b" * 300)
    assert c.overflow_at == len(link) + 1 + 256  # 23 + 1 + 256 = 280


def test_threads_overflow_counts_emoji_bytes():
    assert count("threads", "a" * 499 + "\U0001F600").overflow_at == 499
    c = count("threads", "\U0001F600" + "a" * 500)
    assert c.used == 504 and c.overflow_at == 497
    assert count("threads", "a" * 500).overflow_at is None


def test_overflow_maps_back_through_nfc_normalisation():
    text = E_ACUTE_NFD * 281  # 562 code points typed, 281 after NFC
    c = count("x", text)
    assert c.used == 281
    assert c.overflow_at == 560
    assert grapheme_start(text, 561) == 560


def test_feed_cut_never_splits_an_emoji_and_counts_what_readers_see():
    text = "a" * 124 + FAMILY + " selengkapnya di bawah"
    c = count("instagram", text)
    assert c.truncation == 124 + len(FAMILY)
    visible, cut = feed_preview("instagram", text)
    assert cut and visible.endswith(FAMILY)
    assert feed_preview("threads", text) == (text, False)


def test_youtube_title_and_description_fields():
    title = count("youtube", "Peresmian MPP Cimahi <Resmi>", field="title")
    assert title.field == "title" and title.limit == 100 and title.unit is Unit.CODEPOINTS
    assert title.problems and "judul" in title.problems[0]
    desc = count("youtube", "Deskripsi " + "é" * 2500)
    assert desc.used == 10 + 5000 and desc.over
    assert desc.overflow_at == 10 + 2495
    with pytest.raises(ValueError, match="judul|title"):
        count("instagram", "x", field="title")


def test_x_flags_characters_it_refuses():
    c = count("x", "Halo\ufeffsemua")
    assert c.problems and "U+FEFF" in c.problems[0]


def test_long_caption_for_all_platforms():
    caption = ("Pemerintah Kota Cimahi meresmikan Mal Pelayanan Publik. " * 40)[:2200]
    counts = count_all(caption)
    assert list(counts) == ["instagram", "facebook", "x", "tiktok", "youtube", "threads"]
    assert counts["instagram"].used == 2200 and not counts["instagram"].over
    assert counts["x"].over and counts["threads"].over
    assert not counts["youtube"].over
    assert counts["threads"].overflow_at == 500


def test_helpers():
    assert utf16_length("a\U0001F600") == 3
    assert threads_length("ok " + FLAG_ID) == 3 + 8
    assert graphemes("a" + FLAG_ID + THUMB_TONE) == ["a", FLAG_ID, THUMB_TONE]
