"""Hashtags and mentions: parsing the post's field, finding them in captions, caps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.captions.hashtags import (
    check_caps,
    distinct_hashtags,
    find_hashtags,
    find_mentions,
    mention,
    normalise_handle,
    normalise_hashtag,
    parse_hashtags,
)


def test_parse_hashtag_field_adds_hash_and_drops_repeats():
    field = "#CimahiKota, mpp cimahi #cimahikota #2025 #MPP_Cimahi＃CimahiJuara"
    assert parse_hashtags(field) == ["#CimahiKota", "#mpp", "#cimahi", "#MPP_Cimahi",
                                     "#CimahiJuara"]


def test_normalise_hashtag():
    assert normalise_hashtag("#Cimahi Kota") == "#CimahiKota"
    assert normalise_hashtag("Hari-Pahlawan") == "#HariPahlawan"
    assert normalise_hashtag("#2025") is None
    assert normalise_hashtag("   ") is None


def test_find_hashtags_and_mentions_in_caption():
    text = ("Peresmian MPP bersama @diskominfo.cimahi dan @dinkes_cimahi. Surel: "
            "humas@cimahikota.go.id #CimahiKota #2025 Rp#1")
    assert [s.value for s in find_mentions(text)] == ["diskominfo.cimahi", "dinkes_cimahi"]
    assert [s.value for s in find_hashtags(text)] == ["CimahiKota"]
    span = find_mentions(text)[0]
    assert text[span.start:span.end] == "@diskominfo.cimahi"


def test_handles_from_links_and_at_signs():
    assert normalise_handle(" @diskominfo.cimahi ") == "diskominfo.cimahi"
    assert normalise_handle("https://www.instagram.com/diskominfo.cimahi/") == "diskominfo.cimahi"
    assert normalise_handle("https://www.tiktok.com/@pemkotcimahi/video/1") == "pemkotcimahi"
    assert normalise_handle("https://www.youtube.com/c/PemkotCimahi") == "PemkotCimahi"
    assert mention("pemkotcimahi") == "@pemkotcimahi"
    assert mention("  ") == ""


def test_instagram_hashtag_cap_message_in_indonesian():
    text = "Peresmian MPP " + " ".join(f"#Tagar{n}" for n in "ABCDEFG")
    (issue,) = check_caps("instagram", text)
    assert issue.kind == "hashtag" and (issue.cap, issue.used, issue.excess) == (5, 7, 2)
    assert issue.message == "Instagram membatasi 5 tagar per unggahan; kurangi 2 tagar."


def test_hashtag_cap_follows_the_setting():
    text = " ".join(f"#Tagar{n}" for n in "ABCDEFG")
    assert check_caps("instagram", text, hashtag_caps={"instagram": 10}) == []
    assert check_caps("instagram", text, hashtag_caps={"instagram": 3})[0].excess == 4


def test_repeated_hashtag_counts_once():
    text = "#CimahiKota " * 8
    assert distinct_hashtags(text) == ["#CimahiKota"]
    assert check_caps("threads", text) == []
    (issue,) = check_caps("threads", "#CimahiKota #MPP")
    assert issue.message == "Threads membatasi 1 tagar per unggahan; kurangi 1 tagar."


def test_mention_and_collaborator_caps():
    text = " ".join(f"@akun{i}" for i in range(22))
    issues = {i.kind: i for i in check_caps("instagram", text, collaborators=6)}
    assert issues["mention"].message == (
        "Instagram membatasi 20 sebutan (@) per unggahan; kurangi 2 sebutan.")
    assert issues["collaborator"].message == (
        "Instagram membatasi 5 kolaborator per unggahan; kurangi 1 kolaborator.")
    assert check_caps("x", text, collaborators=6) == []


@given(st.text(max_size=200))
def test_parsers_never_raise(text):
    for tag in parse_hashtags(text):
        assert tag.startswith("#") and " " not in tag
    find_hashtags(text)
    find_mentions(text)
    normalise_handle(text)
    check_caps("instagram", text, collaborators=2)
