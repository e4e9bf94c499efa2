"""Nada rules: tone per profile and the EYD V spacing rules."""

from __future__ import annotations

import pytest

from core.checks import check_text, engine


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", True)


def hits(text, rule_id, profile="formal"):
    return [f for f in check_text(text, profile=profile) if f.rule_id == rule_id]


def spans(text, rule_id, profile="formal"):
    return [text[f.start:f.end] for f in hits(text, rule_id, profile)]


# --- clickbait ------------------------------------------------------------------------------


def test_clickbait_words_and_phrases():
    text = "Heboh! Warga gempar, tak disangka hasilnya bikin melongo dan viral di media sosial."
    assert spans(text, "nada.sensasional") == [
        "Heboh", "gempar", "tak disangka", "bikin melongo", "viral"]


def test_clickbait_severity_follows_profile():
    text = "Video pawai budaya ini viral di media sosial."
    assert [f.severity for f in hits(text, "nada.sensasional", "formal")] == ["warning"]
    assert [f.severity for f in hits(text, "nada.sensasional", "santai")] == ["info"]


def test_clickbait_quiet_on_neutral_news():
    text = "Pawai budaya ramai dibicarakan warga dan diikuti ribuan peserta."
    assert hits(text, "nada.sensasional") == []


# --- shouting -------------------------------------------------------------------------------


def test_all_caps_words_are_shouting_with_calm_suggestion():
    text = "Warga diminta SEGERA DAFTARKAN DIRI ANDA di kantor kelurahan."
    found = hits(text, "nada.kapital")
    assert len(found) == 1
    assert text[found[0].start:found[0].end] == "SEGERA DAFTARKAN DIRI ANDA"
    assert found[0].suggestions == ("segera daftarkan diri Anda",)


def test_acronyms_and_glossary_terms_in_caps_are_not_shouting():
    text = "Petugas BPBD, DPRD, dan PPDB hadir bersama ASN dan Satpol PP."
    assert hits(text, "nada.kapital") == []


def test_all_caps_heading_line_is_only_info():
    text = "PENGUMUMAN PENTING\nPendaftaran dibuka mulai hari ini."
    assert [(f.severity, f.suggestions) for f in hits(text, "nada.kapital")] == [
        ("info", ("Pengumuman penting",))]


def test_repeated_exclamation_marks():
    text = "Ayo datang ke pameran!!! Gratis untuk umum!"
    found = hits(text, "nada.seru")
    assert [(text[f.start:f.end], f.suggestions) for f in found] == [("!!!", ("!", "."))]
    assert hits("Selamat Hari Jadi Kota Cimahi!", "nada.seru") == []


# --- informal words -------------------------------------------------------------------------


def test_informal_words_get_the_formal_form_in_formal_profile():
    text = ("Gak usah khawatir, layanan udah buka. Gimana caranya? Cukup daftar aja, banget "
            "mudah kalo yuk bikin akun.")
    found = hits(text, "nada.tidak_baku")
    got = {text[f.start:f.end]: f.suggestions for f in found}
    assert got["Gak"] == ("Tidak",)
    assert got["udah"] == ("sudah",)
    assert got["Gimana"] == ("Bagaimana",)
    assert got["aja"] == ("saja",)
    assert got["banget"] == ("sangat",)
    assert got["kalo"] == ("kalau",)
    assert got["yuk"] == ("mari",)
    assert got["bikin"] == ("membuat",)
    assert all(f.severity == "warning" for f in found)


def test_informal_words_skip_names_mid_sentence():
    assert hits("Sambutan disampaikan oleh Ibu Lo Siauw Ging.", "nada.tidak_baku") == []


def test_emoji_opening_a_line_are_list_markers():
    text = "Syarat:\n✅ Fotokopi KK\n✅ Surat pengantar\n📍 Kantor kecamatan\n⏰ 08.00 WIB"
    assert hits(text, "nada.emoji", "formal") == []


def test_informal_words_depend_on_profile():
    text = "Layanan udah buka, yuk datang."
    assert {f.severity for f in hits(text, "nada.tidak_baku", "semi-formal")} == {"info"}
    assert hits(text, "nada.tidak_baku", "santai") == []


def test_informal_word_inside_a_quote_is_only_info():
    text = 'Seorang warga berkata, "Layanannya udah cepat sekarang."'
    assert [f.severity for f in hits(text, "nada.tidak_baku")] == ["info"]


def test_informal_list_has_a_real_size():
    from core.checks import config

    assert len(config.current().file("nada")["informal"]) >= 60


# --- long sentences and emoji ---------------------------------------------------------------


def test_long_sentence_is_reported_with_word_count():
    sentence = " ".join(["warga"] * 40) + "."
    found = hits("Pembuka singkat. " + sentence, "nada.kalimat_panjang")
    assert len(found) == 1 and "(40 kata)" in found[0].message
    assert hits("Kalimat pendek saja.", "nada.kalimat_panjang") == []


def test_too_many_emoji_depends_on_profile():
    text = "Selamat pagi warga Cimahi 😀🎉🙏🌞✨"
    formal = hits(text, "nada.emoji", "formal")
    assert len(formal) == 1 and "5" in formal[0].message and formal[0].severity == "warning"
    assert hits(text, "nada.emoji", "santai") == []
    # a family and a flag are 2 emoji, not 9 code points
    assert hits("Selamat pagi 👨‍👩‍👧‍👦 🇮🇩", "nada.emoji", "formal") == []


# --- di / ke --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "wrong", "fix"), [
    ("Kami menunggu Anda disini.", "disini", "di sini"),
    ("Dimana lokasi posko terdekat?", "Dimana", "Di mana"),
    ("Spanduk dipasang diatas gerbang.", "diatas", "di atas"),
    ("Petugas berangkat kesana sejak pagi.", "kesana", "ke sana"),
    ("Warga berkumpul didepan balai kota.", "didepan", "di depan"),
    ("Kegiatan ini di laksanakan oleh dinas.", "di laksanakan", "dilaksanakan"),
    ("Gedung baru di resmikan pagi ini.", "di resmikan", "diresmikan"),
])
def test_di_ke_spacing(text, wrong, fix):
    found = hits(text, "nada.di_ke")
    assert [(text[f.start:f.end], f.suggestions) for f in found] == [(wrong, (fix,))]


def test_di_ke_quiet_on_correct_use():
    text = ("Kegiatan dilaksanakan di sini dan dikunjungi warga. Gedung diresmikan di atas "
            "lahan milik pemerintah. Warga keluar rumah menuju ke sana, di pagar sekolah, "
            "di sela kegiatan.")
    assert hits(text, "nada.di_ke") == []


# --- punctuation spacing --------------------------------------------------------------------


def test_missing_space_after_punctuation():
    text = "Kegiatan dimulai pagi ini,warga hadir.Acara berlangsung meriah"
    found = hits(text, "nada.spasi_setelah_tanda")
    assert [(text[f.start:f.end], f.suggestions) for f in found] == [(",", (", ",)), (".", (". ",))]


def test_no_space_needed_in_numbers_times_links_and_abbreviations():
    text = ("Anggaran 1.234,5 juta; dimulai pukul 08.00 WIB. Narasumber dr. Ani, S.Kom., M.Si. "
            "Info di https://cimahikota.go.id/a,b atau humas@cimahikota.go.id.")
    assert hits(text, "nada.spasi_setelah_tanda") == []


def test_space_before_punctuation():
    text = "Warga hadir , lalu acara dimulai ."
    assert spans(text, "nada.spasi_sebelum_tanda") == [" ,", " ."]


def test_aligned_labels_in_announcements_are_allowed():
    text = "Hari/Tanggal : Senin, 17 November 2025\nWaktu : 08.00 WIB\nTempat : Aula Gedung A"
    assert hits(text, "nada.spasi_sebelum_tanda") == []


# --- se- and bound forms --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "wrong", "fix"), [
    ("Lomba kebersihan se Kota Cimahi digelar.", "se Kota", "se-Kota"),
    ("Lomba kebersihan sekota Cimahi digelar.", "sekota", "se-Kota"),
    ("Festival seIndonesia digelar di Cimahi.", "seIndonesia", "se-Indonesia"),
])
def test_se_before_proper_noun(text, wrong, fix):
    assert [(text[f.start:f.end], f.suggestions) for f in hits(text, "nada.se")] == [
        (wrong, (fix,))]


def test_se_correct_forms_are_quiet():
    text = "Lomba se-Kota Cimahi diikuti sekolah sekota dan seluruh warga setempat."
    assert hits(text, "nada.se") == []


@pytest.mark.parametrize(("text", "wrong", "fix"), [
    ("Koordinasi antar instansi terus ditingkatkan.", "antar instansi", "antarinstansi"),
    ("Koordinasi antar-instansi terus ditingkatkan.", "antar-instansi", "antarinstansi"),
    ("Pemulihan pasca banjir berjalan cepat.", "pasca banjir", "pascabanjir"),
    ("Pegawai non ASN mengikuti pelatihan.", "non ASN", "non-ASN"),
])
def test_bound_forms(text, wrong, fix):
    assert [(text[f.start:f.end], f.suggestions) for f in hits(text, "nada.bentuk_terikat")] == [
        (wrong, (fix,))]


def test_bound_forms_quiet_on_correct_and_verb_use():
    text = ("Koordinasi antarinstansi dan layanan antar jemput lansia berjalan; petugas mengantar "
            "warga pasca-Lebaran. Pegawai non-ASN hadir. Antar anak ke sekolah tepat waktu.")
    assert hits(text, "nada.bentuk_terikat") == []
