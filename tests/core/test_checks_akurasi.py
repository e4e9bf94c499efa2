"""Akurasi rules with real Indonesian sentences that should and should not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from core.checks import CheckContext, check_text, engine

TODAY = CheckContext(today=dt.date(2025, 11, 20))


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", True)


def hits(text, rule_id, context=TODAY, profile="formal"):
    return [f for f in check_text(text, profile=profile, context=context) if f.rule_id == rule_id]


def spans(text, rule_id, **kw):
    return [text[f.start:f.end] for f in hits(text, rule_id, **kw)]


# --- spelling -------------------------------------------------------------------------------


def test_spelling_flags_typos_with_offsets():
    text = "Pelaksanaan kegiatn ini sangat bermanfaat bagi masyarkat."
    found = hits(text, "akurasi.ejaan")
    assert [text[f.start:f.end] for f in found] == ["kegiatn", "masyarkat"]
    assert all(f.severity == "warning" and f.category == "Akurasi" for f in found)
    assert "kegiatn" in found[0].message and found[0].suggestions == ()


@pytest.mark.parametrize("text", [
    "Kegiatan digelar di Aula Kecamatan Cimahi Tengah pada pukul 08.00 WIB.",
    "Info: https://cimahikota.go.id/berita, humas@cimahikota.go.id, @diskominfocimahi #CimahiKota",
    "Anak-anak dan kader posyandu mengikuti sosialisasi tentang imunisasi, ujarnya.",
    "Budi Santoso, warga Kelurahan Leuwigajah, mengapresiasi layanan tersebut.",
    "Kegiatan diikuti oleh 1.250 peserta dari 15 kelurahan dan disiarkan secara daring.",
    "Narasumber: dr. Ani Rahmawati, S.Kom., M.Si., dan perwakilan BPBD.",
    "Peringatan HUT ke-24 Kota Cimahi dimeriahkan pawai budaya dan kuda renggong.",
])
def test_spelling_is_quiet_on_correct_text(text):
    assert hits(text, "akurasi.ejaan") == []


def test_spelling_capitalised_unknown_at_sentence_start_is_only_info():
    found = hits("Pelaksanan kegiatan berjalan lancar.", "akurasi.ejaan")
    assert [f.severity for f in found] == ["info"]


def test_spelling_does_not_double_report_words_other_rules_explain():
    text = "Walikota hadir disini untuk meeting."
    assert hits(text, "akurasi.ejaan") == []
    rules = {f.rule_id for f in check_text(text)}
    assert {"akurasi.ejaan_baku", "nada.di_ke", "akurasi.istilah_asing"} <= rules


def test_spelling_knows_lowercase_day_names_are_wrong():
    assert spans("Rapat digelar hari senin depan.", "akurasi.ejaan") == ["senin"]


# --- official spellings ---------------------------------------------------------------------


@pytest.mark.parametrize(("wrong", "right"), [
    ("Walikota Cimahi membuka acara.", "Wali Kota"),
    ("Salat Jum'at berjamaah di masjid.", "Jumat"),
    ("Pendaftaran dibuka hingga 30 Nopember 2025.", "November"),
    ("Sosialisasi digelar pada Pebruari.", "Februari"),
    ("Upaya ini untuk meminimalisir risiko banjir.", "meminimalkan"),
    ("Camat mengkoordinir kegiatan kerja bakti.", "mengoordinasikan"),
    ("Aturan ini tidak merubah jadwal layanan.", "mengubah"),
    ("Praktek baik ini perlu ditiru.", "Praktik"),
    ("Warga diminta mengurangi resiko kebakaran.", "risiko"),
    ("Pengurusan ijin usaha kini lebih mudah.", "izin"),
    ("Apotik keliling hadir di posyandu.", "Apotek"),
    ("Ia memberikan nasehat kepada pelajar.", "nasihat"),
])
def test_official_spellings_offer_the_standard_form(wrong, right):
    found = hits(wrong, "akurasi.ejaan_baku")
    assert len(found) == 1
    assert found[0].suggestions == (right,)
    assert right in found[0].message


def test_official_spelling_is_quiet_on_standard_forms():
    text = "Wali Kota Cimahi hadir pada Jumat, 14 November 2025, untuk meminimalkan risiko."
    assert hits(text, "akurasi.ejaan_baku") == []


# --- foreign terms --------------------------------------------------------------------------


def test_foreign_terms_are_info_with_indonesian_equivalent():
    text = "Meeting persiapan launching event talkshow akan digelar."
    found = hits(text, "akurasi.istilah_asing")
    assert [text[f.start:f.end] for f in found] == ["Meeting", "launching", "event", "talkshow"]
    assert {f.severity for f in found} == {"info"}
    assert found[0].suggestions == ("Rapat",)
    assert "istilah asing" in found[0].message.lower()


def test_foreign_terms_quiet_on_indonesian_text():
    assert hits("Rapat persiapan peluncuran acara gelar wicara.", "akurasi.istilah_asing") == []


# --- glossary case --------------------------------------------------------------------------


def test_glossary_flags_wrong_case_with_official_form():
    text = "Sambutan disampaikan wali kota cimahi dan perwakilan DISKOMINFO."
    found = hits(text, "akurasi.glosarium")
    assert [(text[f.start:f.end], f.suggestions) for f in found] == [
        ("wali kota cimahi", ("Wali Kota Cimahi",)),
        ("DISKOMINFO", ("Diskominfo",)),
    ]
    assert all(f.severity == "warning" for f in found)


def test_glossary_generic_title_in_lower_case_is_only_info():
    found = hits("Rapat dihadiri para camat dan wakil wali kota.", "akurasi.glosarium")
    assert [(f.severity, f.suggestions) for f in found] == [("info", ("Wakil Wali Kota",))]


def test_glossary_quiet_on_official_forms():
    text = "Pemerintah Kota Cimahi, DPRD Kota Cimahi, Satpol PP, dan RSUD Cibabat hadir."
    assert hits(text, "akurasi.glosarium") == []


# --- day and date ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "date_text", "actual", "written"), [
    ("Kegiatan digelar pada Senin (12/11/2025) di aula.", "12/11/2025", "Rabu", "Senin"),
    ("Rapat digelar Selasa, 3 Maret 2025.", "3 Maret 2025", "Senin", "Selasa"),
    ("Layanan dibuka Kamis 12-11-2025.", "12-11-2025", "Rabu", "Kamis"),
    ("Acara berlangsung Jumat, 12 Nov 2025.", "12 Nov 2025", "Rabu", "Jumat"),
    ("Diumumkan pada hari Sabtu tanggal 12.11.2025.", "12.11.2025", "Rabu", "Sabtu"),
])
def test_day_must_match_date(text, date_text, actual, written):
    found = hits(text, "akurasi.hari_tanggal")
    assert len(found) == 1
    f = found[0]
    assert f.message == (f"Hari tidak cocok dengan tanggal: {date_text} adalah {actual}, "
                         f"bukan {written}.")
    assert f.suggestions == (actual,)
    assert text[f.start:f.end] == written
    assert f.severity == "error"


@pytest.mark.parametrize("text", [
    "Kegiatan digelar pada Rabu (12/11/2025).",
    "Rapat digelar Senin, 3 Maret 2025 pukul 08.00 WIB.",
    "Acara berlangsung Rabu, 12 Nov 2025 dan Kamis, 13/11/25.",
    "Pada Minggu, 08.00 WIB, warga berkumpul.",
    "Pendaftaran berlangsung Senin–Rabu, 10–12 November 2025.",
])
def test_day_date_quiet_when_consistent(text):
    assert hits(text, "akurasi.hari_tanggal") == []


def test_day_date_without_year_uses_activity_or_current_year():
    found = hits("Rapat digelar Senin (12/11).", "akurasi.hari_tanggal")
    assert found and "12/11/2025 adalah Rabu" in found[0].message
    no_year = CheckContext()
    assert hits("Rapat digelar Senin (12/11).", "akurasi.hari_tanggal", context=no_year) == []


def test_impossible_date():
    found = hits("Batas akhir pendaftaran Jumat, 31/02/2025.", "akurasi.tanggal_tidak_ada")
    assert len(found) == 1
    assert found[0].message == (
        "Tanggal 31/02/2025 tidak ada: Februari 2025 hanya sampai tanggal 28.")


def test_caption_date_vs_activity_date():
    ctx = CheckContext(activity_date=dt.date(2025, 11, 13))
    text = "Wali Kota Cimahi membuka pameran UMKM pada Rabu (12/11/2025) di Technopark."
    found = hits(text, "akurasi.tanggal_kegiatan", context=ctx)
    assert len(found) == 1
    assert "Kamis, 13 November 2025" in found[0].message
    assert found[0].suggestions == ("Kamis (13/11/2025",)
    assert text[found[0].start:found[0].end] == "Rabu (12/11/2025"
    same = "Wali Kota Cimahi membuka pameran UMKM pada Kamis, 13 November 2025."
    assert hits(same, "akurasi.tanggal_kegiatan", context=ctx) == []


# --- figures and sources --------------------------------------------------------------------


def test_percent_without_source_is_warning():
    text = "Angka kemiskinan turun 12 persen tahun ini."
    assert spans(text, "akurasi.persen_tanpa_sumber") == ["12 persen"]


@pytest.mark.parametrize("text", [
    "Menurut data Dinas Kesehatan, angka kemiskinan turun 12 persen.",
    "Berdasarkan survei BPS, 8,5% warga belum memiliki akses internet.",
    "Angka kemiskinan turun 12 persen. Data tersebut dirilis BPS Kota Cimahi.",
    "\"Realisasi anggaran mencapai 92 persen,\" ujar Kepala BPKAD.",
])
def test_percent_with_source_nearby_is_quiet(text):
    assert hits(text, "akurasi.persen_tanpa_sumber") == []


def test_amount_without_source_is_info_and_small_counts_are_ignored():
    text = "Pemerintah menyiapkan anggaran Rp 2,5 miliar untuk 40 sekolah."
    found = hits(text, "akurasi.angka_tanpa_sumber")
    assert [(text[f.start:f.end], f.severity) for f in found] == [("Rp 2,5 miliar", "info")]
    assert hits("Kegiatan dimulai pukul 08.00 di RT 03/RW 05 tahun 2025.",
                "akurasi.angka_tanpa_sumber") == []


# --- counts ---------------------------------------------------------------------------------


def test_contradictory_counts():
    text = "Dua narasumber hadir dalam diskusi tersebut. Ketiganya memaparkan materi tentang gizi."
    found = hits(text, "akurasi.jumlah_bertentangan")
    assert [(text[f.start:f.end], f.suggestions) for f in found] == [("Ketiganya", ("Keduanya",))]


def test_consistent_counts_are_quiet():
    text = ("Tiga narasumber hadir dalam diskusi. Ketiganya memaparkan materi. Pada hari kedua, "
            "dua peserta bertanya.")
    assert hits(text, "akurasi.jumlah_bertentangan") == []


# --- acronyms -------------------------------------------------------------------------------


def test_acronym_used_before_it_is_spelled_out():
    text = ("PPDB dibuka bulan depan. Penerimaan Peserta Didik Baru (PPDB) dilaksanakan "
            "secara daring.")
    found = hits(text, "akurasi.singkatan_urutan")
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (0, 4)
    assert found[0].suggestions == ("Penerimaan Peserta Didik Baru (PPDB)",)


def test_acronym_never_spelled_out_is_info_with_glossary_expansion():
    found = hits("Petugas BPBD siaga di lokasi.", "akurasi.singkatan")
    assert [(f.severity, f.suggestions) for f in found] == [
        ("info", ("Badan Penanggulangan Bencana Daerah (BPBD)",))]


def test_acronyms_known_or_spelled_out_first_are_quiet():
    text = ("Badan Penanggulangan Bencana Daerah (BPBD) bersama RT, RW, dan ASN siaga. "
            "Petugas BPBD berjaga hingga malam.")
    assert hits(text, "akurasi.singkatan") == []
    assert hits(text, "akurasi.singkatan_urutan") == []


# --- links ----------------------------------------------------------------------------------


def test_links_not_https_or_malformed():
    text = "Info: http://cimahikota.go.id/berita atau https//disdik.cimahikota.go.id atau htps://x.id"
    found = hits(text, "akurasi.tautan")
    got = [(text[f.start:f.end], f.suggestions) for f in found]
    assert ("http://cimahikota.go.id/berita", ("https://cimahikota.go.id/berita",)) in got
    assert ("https//", ("https://",)) in got
    assert ("htps://", ("https://",)) in got


def test_good_links_are_quiet():
    text = "Daftar di https://ppdb.cimahikota.go.id/daftar?jenjang=smp atau cimahikota.go.id."
    assert hits(text, "akurasi.tautan") == []
