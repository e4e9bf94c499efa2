"""`warta caption POST_ID`: variant texts from the database, exactly, or as JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import cli
from core import accounts, posts
from core.model import Account, Post, Variant
from core.store import open_store

CAPTION = "Wali Kota Cimahi meresmikan Mal Pelayanan Publik 🎉 di Jl. Demang Hardjakusumah."


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def post_id() -> int:
    store = open_store()
    try:
        diskominfo = accounts.save_account(store, Account(
            name="Diskominfo Kota Cimahi", handles={"instagram": "diskominfo.cimahi",
                                                    "x": "diskominfocmh"}))
        post = posts.create_post(store, Post(
            title="Peresmian MPP", activity_date=dt.date(2025, 11, 12), caption=CAPTION,
            hashtags="#CimahiKota #MPPCimahi", collaborators=[diskominfo.id],
            platforms=["instagram", "x", "youtube"]))
        posts.save_variant(store, Variant(platform="x", post_id=post.id, edited=True,
                                          text="Teks X buatan PIC 👍🏽 https://cimahikota.go.id/b"))
        return post.id
    finally:
        store.close()


def test_platform_prints_the_variant_text_exactly(post_id, capsys):
    code, out, err = run(capsys, "caption", str(post_id), "--platform", "x")
    assert (code, err) == (0, "")
    assert out == "Teks X buatan PIC 👍🏽 https://cimahikota.go.id/b\n"
    code, out, _ = run(capsys, "caption", str(post_id), "--platform", "instagram")
    assert out == CAPTION + "\n\nBersama @diskominfo.cimahi\n\n#CimahiKota #MPPCimahi\n"


def test_all_variants_under_headings(post_id, capsys):
    code, out, _ = run(capsys, "caption", str(post_id))
    assert code == 0
    assert out.startswith("Konten: Peresmian MPP\n\n=== Instagram ===\n")
    assert "=== X ===\nTeks X buatan PIC" in out
    assert "=== YouTube ===\nJudul: Peresmian MPP" in out
    assert "Facebook" not in out


def test_json_has_counts_and_limits(post_id, capsys):
    code, out, _ = run(capsys, "caption", str(post_id), "--json")
    data = json.loads(out)
    by_platform = {v["platform"]: v for v in data["variants"]}
    assert list(by_platform) == ["instagram", "x", "youtube"]
    x = by_platform["x"]
    assert x["edited"] is True
    assert x["count"]["used"] == len("Teks X buatan PIC ") + 2 + 1 + 23
    assert x["count"]["limit"] == 280 and x["count"]["unit"] == "x_weighted"
    yt = by_platform["youtube"]
    assert yt["title"] == "Peresmian MPP" and yt["title_count"]["limit"] == 100
    assert yt["notes"] == ["Diskominfo Kota Cimahi belum punya akun YouTube di daftar akun; "
                           "tidak disebut."]


def test_unknown_post_and_untargeted_platform(post_id, capsys):
    code, out, err = run(capsys, "caption", "9999")
    assert code == 1 and "konten #9999 tidak ditemukan" in err
    code, out, err = run(capsys, "caption", str(post_id), "--platform", "tiktok")
    assert code == 1 and "tidak ditujukan ke TikTok" in err and "Instagram, X, YouTube" in err
