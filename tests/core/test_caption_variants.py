"""Variants follow the main caption until edited; X gets a shortened suggestion;
'Salin semua' puts every variant under its heading."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from core.captions.counting import x_weighted_length
from core.captions.variants import (
    all_variants_text,
    collab_invites,
    collaborator_handles,
    derive_variant,
    edit_variant,
    reset_variant,
    shorten_for_x,
    sync_variants,
)
from core.model import Account, Post, Variant

DISKOMINFO = Account(id=1, name="Diskominfo Kota Cimahi",
                     handles={"instagram": "diskominfo.cimahi", "x": "@diskominfocmh",
                              "facebook": "https://www.facebook.com/diskominfocimahi"})
DINKES = Account(id=2, name="Dinas Kesehatan Kota Cimahi",
                 handles={"instagram": "dinkes.cimahi"})
ACCOUNTS = [DISKOMINFO, DINKES]
CAPTION = ("Wali Kota Cimahi meresmikan Mal Pelayanan Publik (MPP) di Jl. Demang "
           "Hardjakusumah. Warga kini dapat mengurus 120 jenis layanan di satu tempat. #CimahiKota")


def make_post(**kw) -> Post:
    base = dict(id=7, title="Peresmian MPP Kota Cimahi", activity="Peresmian MPP",
                activity_date=dt.date(2025, 11, 12), location="MPP Kota Cimahi",
                caption=CAPTION, hashtags="#CimahiKota #MPPCimahi #PelayananPublik",
                collaborators=[1, 2])
    base.update(kw)
    return Post(**base)


def test_collaborators_get_the_right_handle_on_each_platform():
    post = make_post()
    assert collaborator_handles(post, ACCOUNTS, "instagram") == (
        ["@diskominfo.cimahi", "@dinkes.cimahi"], [])
    assert collaborator_handles(post, ACCOUNTS, "x") == (
        ["@diskominfocmh"], ["Dinas Kesehatan Kota Cimahi"])
    assert collaborator_handles(post, ACCOUNTS, "facebook")[0] == ["@diskominfocimahi"]


def test_derived_variant_is_caption_mentions_and_hashtags_without_repeats():
    draft = derive_variant(make_post(), "instagram", ACCOUNTS)
    assert draft.text == (
        CAPTION + "\n\nBersama @diskominfo.cimahi @dinkes.cimahi\n\n#MPPCimahi #PelayananPublik")
    assert draft.notes == ()
    x = derive_variant(make_post(), "x", ACCOUNTS)
    assert "Bersama @diskominfocmh\n\n" in x.text
    assert x.notes == ("Dinas Kesehatan Kota Cimahi belum punya akun X di daftar akun; "
                       "tidak disebut.",)


def test_youtube_variant_carries_the_title():
    draft = derive_variant(make_post(), "youtube", ACCOUNTS)
    assert draft.title == "Peresmian MPP Kota Cimahi"
    assert derive_variant(make_post(), "instagram", ACCOUNTS).title == ""


def test_hashtags_over_the_cap_are_named_not_silently_dropped():
    post = make_post(hashtags=" ".join(f"#Cimahi{n}" for n in "ABCDEFG"))
    draft = derive_variant(post, "instagram", ACCOUNTS)
    assert draft.text.endswith("#CimahiA #CimahiB #CimahiC #CimahiD")  # + #CimahiKota = 5
    assert draft.notes[-1] == ("Instagram membatasi 5 tagar per unggahan; 3 tagar tidak dipakai "
                               "di varian ini: #CimahiE #CimahiF #CimahiG.")
    wider = derive_variant(post, "instagram", ACCOUNTS, hashtag_caps={"instagram": 30})
    assert wider.text.endswith("#CimahiG") and not wider.notes
    assert derive_variant(post, "facebook", ACCOUNTS).text.endswith("#CimahiG")


def test_sync_keeps_edited_variants_and_rederives_the_rest():
    post = make_post(platforms=["instagram", "x", "youtube"])
    edited = Variant(platform="x", text="Teks X buatan PIC", edited=True, post_id=7, id=3)
    stale = Variant(platform="instagram", text="keterangan lama", post_id=7, id=2,
                    published_url="https://www.instagram.com/p/abc/")
    dropped = Variant(platform="tiktok", text="lama", post_id=7, id=4, likes=12)
    out = sync_variants(post, [stale, edited, dropped], ACCOUNTS)
    assert [v.platform for v in out] == ["instagram", "x", "youtube", "tiktok"]
    assert out[0].text.startswith(CAPTION) and out[0].id == 2
    assert out[0].published_url == "https://www.instagram.com/p/abc/"
    assert out[1] is edited
    assert out[2].title == "Peresmian MPP Kota Cimahi" and out[2].post_id == 7
    assert out[3] is dropped


def test_editing_marks_and_reset_unmarks():
    post = make_post()
    derived = derive_variant(post, "instagram", ACCOUNTS)
    variant = Variant(platform="instagram", text=derived.text, post_id=7)
    changed = edit_variant(variant, derived.text + " Ayo datang!", derived)
    assert changed.edited
    assert not edit_variant(changed, derived.text, derived).edited
    back = reset_variant(post, changed, ACCOUNTS)
    assert back.text == derived.text and not back.edited
    yt = derive_variant(post, "youtube", ACCOUNTS)
    yt_variant = Variant(platform="youtube", text=yt.text, title=yt.title)
    assert edit_variant(yt_variant, yt.text, yt, title="Judul baru").edited


def test_collab_invites_cap():
    accounts = [Account(id=i, name=f"Mitra {i}", handles={"instagram": f"mitra{i}"})
                for i in range(1, 8)]
    post = make_post(collaborators=list(range(1, 8)))
    handles, message = collab_invites(post, accounts)
    assert len(handles) == 7
    assert message == "Instagram membatasi 5 kolaborator per unggahan; kurangi 2 kolaborator."
    assert collab_invites(make_post(), ACCOUNTS) == (["@diskominfo.cimahi", "@dinkes.cimahi"],
                                                     None)


LONG = ("Pemerintah Kota Cimahi melalui Dr. H. Ngatiyana meresmikan Mal Pelayanan Publik di "
        "Jl. Demang Hardjakusumah pada Rabu (12/11/2025). Layanan yang tersedia mencakup "
        "kependudukan, perizinan, perpajakan, dan kesehatan. Warga diimbau membawa dokumen asli "
        "saat datang. Jam layanan Senin sampai Jumat pukul 08.00 hingga 15.00 WIB.")
LINK = "https://cimahikota.go.id/berita/mpp-resmi-dibuka"


def test_shorten_for_x_cuts_at_a_sentence_and_appends_the_link():
    short = shorten_for_x(LONG, LINK)
    assert x_weighted_length(short) <= 280
    assert short == (
        "Pemerintah Kota Cimahi melalui Dr. H. Ngatiyana meresmikan Mal Pelayanan Publik di "
        "Jl. Demang Hardjakusumah pada Rabu (12/11/2025). Layanan yang tersedia mencakup "
        "kependudukan, perizinan, perpajakan, dan kesehatan.\n\n" + LINK)


def test_shorten_for_x_leaves_fitting_text_alone():
    assert shorten_for_x("Halo Cimahi!", LINK) == "Halo Cimahi!\n\n" + LINK
    assert shorten_for_x("Info " + LINK, LINK) == "Info " + LINK


def test_shorten_for_x_marks_a_cut_inside_a_sentence():
    sentence = "Kata " * 80
    short = shorten_for_x(sentence, LINK)
    assert "…\n\n" in short and x_weighted_length(short) <= 280


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=600), st.sampled_from(["", LINK]))
def test_shorten_for_x_always_fits(text, link):
    assert x_weighted_length(shorten_for_x(text, link)) <= 280


def test_all_variants_text_has_a_heading_per_platform_in_order():
    variants = [
        Variant(platform="x", text="Teks X"),
        Variant(platform="instagram", text="Teks IG\n\n#CimahiKota"),
        Variant(platform="youtube", text="Deskripsi video", title="Peresmian MPP"),
        Variant(platform="threads", text=""),
    ]
    assert all_variants_text("Peresmian MPP", variants) == (
        "Konten: Peresmian MPP\n\n"
        "=== Instagram ===\nTeks IG\n\n#CimahiKota\n\n"
        "=== X ===\nTeks X\n\n"
        "=== YouTube ===\nJudul: Peresmian MPP\n\nDeskripsi:\nDeskripsi video\n\n"
        "=== Threads ===\n(kosong)\n"
    )


def test_shorten_for_x_keeps_a_link_that_was_in_the_cut_part():
    body = ("Pendaftaran Wi-Fi publik dibuka untuk seluruh kelurahan di Kota Cimahi. " * 5
            + "Info lengkap: " + LINK)
    short = shorten_for_x(body, LINK)
    assert x_weighted_length(short) <= 280
    assert short.endswith("\n\n" + LINK)
    assert short.count(LINK) == 1
