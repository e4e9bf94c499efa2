"""Kepatuhan rules: personal data, ASN neutrality, SARA, hoax bait, hoax labels."""

from __future__ import annotations

import json

import pytest

from core.checks import CheckContext, check_text, config, engine


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", True)


def hits(text, rule_id, context=None):
    return [f for f in check_text(text, context=context) if f.rule_id == rule_id]


def spans(text, rule_id, context=None):
    return [text[f.start:f.end] for f in hits(text, rule_id, context)]


# --- personal data --------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["3277011234560001", "3277 0112 3456 0001",
                                    "3277-0112-3456-0001"])
def test_nik_is_an_error_with_masked_suggestion(number):
    text = f"Penerima bantuan atas nama Siti dengan NIK {number} sudah terdata."
    found = hits(text, "kepatuhan.nik")
    assert [text[f.start:f.end] for f in found] == [number]
    assert found[0].severity == "error"
    assert found[0].suggestions == ("327701xxxxxxxxxx",)
    assert "UU 27/2022" in found[0].message


def test_nik_ignores_other_long_numbers():
    text = ("NIP 198703152010011002 dan nomor surat 800/1234/Disdik; video "
            "https://facebook.com/cimahi/videos/3277011234560001 tetap aman.")
    assert hits(text, "kepatuhan.nik") == []


@pytest.mark.parametrize("phone", ["0812-3456-7890", "+62 812 3456 7890", "6281234567890",
                                   "0857.2233.4455"])
def test_private_phone_numbers(phone):
    text = f"Untuk informasi hubungi Bapak Asep di {phone} pada jam kerja."
    assert spans(text, "kepatuhan.telepon") == [phone]


def test_phone_quiet_for_landlines_emergency_and_allowed_numbers(warta_home):
    text = "Hubungi (022) 6654321, layanan darurat 112, atau WhatsApp resmi 0811-2233-4455."
    assert spans(text, "kepatuhan.telepon") == ["0811-2233-4455"]
    rules = warta_home / "rules"
    rules.mkdir()
    (rules / "kepatuhan.json").write_text(
        json.dumps({"allowed_numbers": ["112", "0811 2233 4455"]}), encoding="utf-8")
    config.reload()
    assert hits(text, "kepatuhan.telepon") == []


def test_wa_me_link_with_private_number_is_flagged():
    assert spans("Daftar lewat https://wa.me/6281234567890 ya.", "kepatuhan.telepon") == [
        "6281234567890"]


def test_private_email_flagged_official_email_fine():
    text = ("Kirim berkas ke budi.santoso@gmail.com atau humas@cimahikota.go.id dan "
            "info@dinkes.go.id.")
    assert spans(text, "kepatuhan.email") == ["budi.santoso@gmail.com"]


# --- neutrality -----------------------------------------------------------------------------


def test_campaign_words_and_candidate_numbers_are_errors():
    text = "Ayo coblos nomor urut 2 dan dukung paslon pilihan kita!"
    found = hits(text, "kepatuhan.kampanye")
    assert [text[f.start:f.end] for f in found] == ["coblos nomor urut 2", "dukung paslon"]
    assert {f.severity for f in found} == {"error"}
    text = "Warga memilih nomor urut 3 pada undian."
    assert spans(text, "kepatuhan.kampanye") == ["nomor urut 3"]


def test_neutral_election_information_is_quiet():
    text = "KPU Kota Cimahi mengajak warga menggunakan hak pilih di TPS terdekat."
    assert hits(text, "kepatuhan.kampanye") == []


def test_party_names_are_a_warning_and_exact_for_acronyms():
    text = "Rapat paripurna dihadiri Fraksi PKS dan Partai Golkar."
    assert spans(text, "kepatuhan.partai") == ["PKS", "Partai Golkar"]
    assert {f.severity for f in hits(text, "kepatuhan.partai")} == {"warning"}
    assert hits("Pohon pinus dan pks kecil.", "kepatuhan.partai") == []


# --- SARA and insults -----------------------------------------------------------------------


def test_sara_and_insults():
    text = "Komentar goblok dan sebutan kafir tidak pantas; juga istilah orang cacat."
    found = hits(text, "kepatuhan.sara")
    assert [text[f.start:f.end] for f in found] == ["goblok", "kafir", "orang cacat"]
    assert found[2].suggestions == ("penyandang disabilitas",)
    assert hits("Vaksinasi rabies untuk anjing dan kucing peliharaan.", "kepatuhan.sara") == []


# --- hoaxes ---------------------------------------------------------------------------------


def test_hoax_bait_phrases():
    text = "Sebarkan sebelum dihapus! Viralkan dan share sebanyak-banyaknya."
    assert spans(text, "kepatuhan.umpan_hoaks") == [
        "Sebarkan sebelum dihapus", "Viralkan", "share sebanyak-banyaknya"]
    assert hits("Bagikan informasi resmi ini kepada keluarga Anda.", "kepatuhan.umpan_hoaks") == []


def test_quoted_hoax_bait_in_a_clarification_is_info():
    ctx = CheckContext(category="Klarifikasi Hoaks")
    text = '[HOAKS] Pesan berantai berbunyi "sebarkan sebelum dihapus" adalah tidak benar.'
    assert [f.severity for f in hits(text, "kepatuhan.umpan_hoaks", ctx)] == ["info"]


def test_hoax_label_required_for_clarification_posts():
    ctx = CheckContext(category="Klarifikasi Hoaks")
    text = "Beredar pesan tentang pemadaman air.\nFaktanya, tidak ada pemadaman."
    found = hits(text, "kepatuhan.label_hoaks", ctx)
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].suggestions[0] == "[HOAKS] Beredar pesan tentang pemadaman air."
    assert (found[0].start, found[0].end) == (0, len("Beredar pesan tentang pemadaman air."))


def test_hoax_label_present_or_other_category_is_quiet():
    ctx = CheckContext(category="Klarifikasi Hoaks")
    assert hits("[HOAKS] Pesan pemadaman air tidak benar.", "kepatuhan.label_hoaks", ctx) == []
    assert hits("🚫 [DISINFORMASI] Video itu hasil suntingan.", "kepatuhan.label_hoaks", ctx) == []
    assert hits("Beredar pesan tentang pemadaman air.", "kepatuhan.label_hoaks") == []


def test_hoax_label_wrong_spelling_gets_the_convention():
    ctx = CheckContext(category="Klarifikasi Hoaks")
    found = hits("[Hoax] Pesan pemadaman air tidak benar.", "kepatuhan.label_hoaks", ctx)
    assert [f.suggestions for f in found] == [("[HOAKS]",)]
