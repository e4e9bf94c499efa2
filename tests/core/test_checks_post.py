"""check_post: targets, platform format rules, photos, activity date, label and checklist."""

from __future__ import annotations

import datetime as dt

import pytest

from core.checks import (
    CheckSettings,
    applicable_items,
    check_post,
    checklist_items,
    config,
    engine,
    open_items,
)
from core.checks.finding import Target
from core.model import Category, Photo, Post, Variant

T = Target.parse  # the stored text form reads as the typed target


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", True)


def _photo(pid=1, **kw):
    base = dict(sha256="ab" * 32, original_name="IMG_0001.jpg", ext="jpg", size_bytes=1000,
                width=4000, height=3000, alt_text="Wali Kota Cimahi menyerahkan bantuan.", id=pid)
    base.update(kw)
    return Photo(**base)


def _post(**kw):
    base = dict(title="Pameran UMKM", caption="Pameran UMKM dibuka pada Kamis, 13 November 2025.",
                activity_date=dt.date(2025, 11, 13))
    base.update(kw)
    return Post(**base)


def by_rule(findings, rule_id):
    return [f for f in findings if f.rule_id == rule_id]


def test_targets_cover_caption_fields_and_changed_variants():
    post = _post(title="Rapat koordinasi disini", caption="Walikota hadir.")
    variants = [Variant("instagram", text="Walikota hadir."),  # same as caption: not re-checked
                Variant("x", text="Walikota hadir, udah siap.")]
    findings = check_post(post, variants, [])
    targets = {(f.target, f.rule_id) for f in findings}
    assert (T("caption"), "akurasi.ejaan_baku") in targets
    assert (T("field:title"), "nada.di_ke") in targets
    assert (T("variant:x"), "nada.tidak_baku") in targets
    assert not any(f.target == T("variant:instagram") and f.category != "Format" for f in findings)


def test_caption_date_against_post_activity_date():
    post = _post(caption="Pameran UMKM dibuka pada Rabu (12/11/2025) di Technopark.")
    found = by_rule(check_post(post, [], []), "akurasi.tanggal_kegiatan")
    assert len(found) == 1 and found[0].suggestions == ("Kamis (13/11/2025",)


def test_length_over_the_platform_limit_points_at_the_overflow():
    text = "Warga Cimahi hadir. " * 20  # 400 characters
    found = by_rule(check_post(_post(), [Variant("x", text=text)], []), "format.panjang")
    assert len(found) == 1
    f = found[0]
    assert f.target == T("variant:x") and f.severity == "error"
    assert f.start == 280 and f.end == len(text)
    assert f.message.startswith("Terlalu panjang untuk X: 400 dari maks. 280")


def test_youtube_title_and_forbidden_chars():
    v = Variant("youtube", text="Video <b>kegiatan</b>", title="Judul " * 30)
    findings = check_post(_post(), [v], [])
    assert any(f.rule_id == "format.panjang" and f.target == T("variant:youtube:title")
               for f in findings)
    bad = by_rule(findings, "format.karakter_terlarang")
    assert {f.matched for f in bad} == {"<", ">"}


def test_first_line_truncated_in_feed():
    long_first = ("Pemerintah Kota Cimahi menggelar pameran produk usaha mikro, kecil, dan "
                  "menengah di Technopark selama tiga hari dengan ratusan peserta.")
    found = by_rule(check_post(_post(), [Variant("instagram", text=long_first + "\nDetail.")], []),
                    "format.baris_pertama")
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].end == len(long_first) and found[0].start < found[0].end
    short = by_rule(check_post(_post(), [Variant("instagram", text="Pameran UMKM dibuka.\n" +
                                                 long_first)], []), "format.baris_pertama")
    assert short == []


def test_hashtag_cap_with_setting_override():
    text = "Pameran UMKM. #Cimahi #UMKM #Pameran #Technopark #Jabar #Kreatif #Lokal"
    found = by_rule(check_post(_post(), [Variant("instagram", text=text)], []), "format.tagar")
    assert len(found) == 1
    assert "5" in found[0].message and "7" in found[0].message
    assert text[found[0].start:found[0].end] == "#Kreatif #Lokal"
    relaxed = check_post(_post(), [Variant("instagram", text=text)], [],
                         settings={"instagram_hashtag_cap": 10})
    assert by_rule(relaxed, "format.tagar") == []


def test_photo_alt_text_and_size():
    photos = [_photo(1, alt_text=""), _photo(2, width=640, height=480, original_name="kecil.jpg")]
    findings = check_post(_post(), [Variant("instagram", text="Pameran.")], photos)
    alt = by_rule(findings, "format.alt_teks")
    assert [f.target for f in alt] == [T("photo:1")]
    small = by_rule(findings, "format.ukuran_foto")
    assert [f.target for f in small] == [T("photo:2")]
    assert "640×480" in small[0].message and "1080×1080" in small[0].message
    story = check_post(_post(), [Variant("instagram", text="Pameran.")],
                       [_photo(3, width=1080, height=1080)],
                       settings=CheckSettings(image_formats={"instagram": "story"}))
    assert [f.target for f in by_rule(story, "format.ukuran_foto")] == [T("photo:3")]


def test_hoax_label_uses_post_category():
    post = _post(category=Category.KLARIFIKASI_HOAKS, caption="Beredar pesan soal air mati.")
    assert by_rule(check_post(post, [], []), "kepatuhan.label_hoaks")
    post.caption = "[HOAKS] Beredar pesan soal air mati."
    assert by_rule(check_post(post, [], []), "kepatuhan.label_hoaks") == []


def test_ignored_and_disabled_rules_in_check_post():
    post = _post(caption="Walikota hadir.")
    assert by_rule(check_post(post, [], [], ignored={"akurasi.ejaan_baku:Walikota"}),
                   "akurasi.ejaan_baku") == []
    assert by_rule(check_post(post, [], [], settings={"disabled_rules": ["akurasi.ejaan_baku"]}),
                   "akurasi.ejaan_baku") == []


# --- manual checklist -----------------------------------------------------------------------


def test_checklist_items_depend_on_photos_and_category():
    post = _post()
    plain = {i.id for i in applicable_items(post, [], [])}
    assert {"sumber_terverifikasi", "persetujuan_atasan"} <= plain
    assert "izin_foto_anak" not in plain and "hak_foto" not in plain
    with_minor = {i.id for i in applicable_items(post, [_photo(contains_minors=True)], [])}
    assert {"izin_foto_anak", "hak_foto"} <= with_minor
    hoax = {i.id for i in applicable_items(_post(category=Category.KLARIFIKASI_HOAKS), [], [])}
    assert "klarifikasi_resmi" in hoax and "klarifikasi_resmi" not in plain
    linked = _post(caption="Info: https://cimahikota.go.id")
    assert "tautan_dibuka" in {i.id for i in applicable_items(linked, [], [])}


def test_checklist_open_items_and_user_override(warta_home):
    items = applicable_items(_post(), [], [])
    assert all(i.label for i in items)
    left = open_items(items, {"sumber_terverifikasi"})
    assert "sumber_terverifikasi" not in {i.id for i in left} and len(left) == len(items) - 1
    rules = warta_home / "rules"
    rules.mkdir()
    (rules / "checklist.json").write_text(
        '{"items": {"netralitas": null, "pakaian_dinas": {"label": "Pejabat memakai pakaian '
        'dinas yang sesuai", "order": 5}}}', encoding="utf-8")
    config.reload()
    ids = [i.id for i in checklist_items()]
    assert ids[0] == "pakaian_dinas" and "netralitas" not in ids
