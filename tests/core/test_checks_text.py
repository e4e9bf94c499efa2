"""The text model and date parsing the rules share."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from core.checks.dates import find_dates
from core.checks.text import Doc, match_case


def test_doc_protects_links_mails_mentions_hashtags():
    text = ("Lihat cimahikota.go.id/berita, tulis ke humas@cimahikota.go.id, sapa @dinkes.cimahi "
            "#Sehat.")
    doc = Doc(text)
    protected = [text[s:e] for s, e in doc.protected]
    assert protected == ["cimahikota.go.id/berita", "humas@cimahikota.go.id", "@dinkes.cimahi",
                         "#Sehat"]
    words = [t.text for t in doc.tokens if not t.protected]
    assert words == ["Lihat", "tulis", "ke", "sapa"]


def test_sentences_respect_abbreviations_and_line_breaks():
    text = "Hadir dr. Ani, S.Kom. dari Jl. Sudirman No. 5. Acara dimulai.\nSalam"
    doc = Doc(text)
    assert [text[a:b] for a, b in doc.sentences] == [
        "Hadir dr. Ani, S.Kom. dari Jl. Sudirman No. 5.", "Acara dimulai.", "Salam"]
    starts = [t.text for t in doc.tokens if t.sentence_start]
    assert starts == ["Hadir", "Acara", "Salam"]


def test_line_col_is_one_based():
    doc = Doc("satu\ndua tiga")
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(9) == (2, 5)


def test_match_case():
    assert match_case("WALIKOTA", "wali kota") == "WALI KOTA"
    assert match_case("Resiko", "risiko") == "Risiko"
    assert match_case("resiko", "risiko") == "risiko"


def test_dates_in_common_indonesian_forms():
    text = ("Rabu (12/11/2025), Senin, 3 Maret 2025, 12-11-2025, Rabu, 12 Nov 2025, "
            "Kamis 13/11/25, pukul 08.00, UU 27/2022, Jumat (14/11).")
    found = find_dates(text, default_year=2025)
    assert [(m.day_name, m.date) for m in found] == [
        ("Rabu", dt.date(2025, 11, 12)), ("Senin", dt.date(2025, 3, 3)),
        ("", dt.date(2025, 11, 12)), ("Rabu", dt.date(2025, 11, 12)),
        ("Kamis", dt.date(2025, 11, 13)), ("Jumat", dt.date(2025, 11, 14)),
    ]
    assert find_dates("Jumat (14/11).")[0].date is None  # no year known


@given(st.text(max_size=200))
def test_find_dates_never_raises(text):
    for m in find_dates(text, default_year=2025):
        assert 0 <= m.start < m.end <= len(text)


def test_doc_dates_are_parsed_once_per_year_and_match_find_dates():
    from core.checks.text import Doc

    doc = Doc("Rapat pada Rabu (12/11) dan Kamis, 13 November 2025.")
    first = doc.dates(2025)
    assert first == find_dates(doc.text, 2025)
    assert doc.dates(2025) is first  # the day/date rules share one parse
    assert [m.year for m in doc.dates(None)] == [None, 2025]
