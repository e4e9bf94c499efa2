"""Issue 13: the checker on sentences as official releases write them (right and wrong).

Each class of problem gets a sentence with the error (it must be found) and the same
sentence written correctly (it must stay quiet). The sentences follow press releases of
pemerintah daerah and regional news; names and numbers are kept plausible.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.checks import CheckContext, check_text, engine

CTX = CheckContext(today=dt.date(2025, 11, 20))


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", True)


def found(text: str, rule_id: str | None = None, context: CheckContext = CTX,
          min_severity: str = "info") -> list[str]:
    """The matched text of each finding (of `rule_id`, at `min_severity` or worse)."""
    levels = {"error": 0, "warning": 1, "info": 2}
    return [text[f.start:f.end] for f in check_text(text, context=context)
            if (rule_id is None or f.rule_id == rule_id)
            and levels[f.severity] <= levels[min_severity]]


def alarms(text: str, context: CheckContext = CTX) -> list[tuple[str, str]]:
    """(rule, text) of every warning or error: what a PIC sees as 'something is wrong'."""
    return [(f.rule_id, text[f.start:f.end]) for f in check_text(text, context=context)
            if f.severity in ("warning", "error")]


# --- a rule never hides another rule's finding ------------------------------------------------

_LONG = ("Dalam rangka memperingati hari jadi kota yang ke-24, pemerintah kota bersama "
         "dewan perwakilan rakyat daerah menggelar rapat paripurna istimewa di gedung "
         "dewan yang dihadiri gubernur, wali kota, wakil wali kota, unsur forum koordinasi "
         "pimpinan daerah, para camat, para lurah, serta tokoh masyarakat dan tamu undangan "
         "lainnya dari berbagai kalangan yang {w} hadir sejak pagi.")


@pytest.mark.parametrize("typo", ["sudh", "sudahh"])
def test_misspelling_inside_a_long_sentence_is_still_reported(typo):
    text = _LONG.format(w=typo)
    assert "nada.kalimat_panjang" in {f.rule_id for f in check_text(text, context=CTX)}
    assert typo in found(text, "akurasi.ejaan")
    assert found(_LONG.format(w="sudah"), "akurasi.ejaan") == []


def test_misspellings_in_a_forty_word_comma_list_are_all_reported():
    items = ["beras", "minyak", "gula", "telur", "tepung", "garam", "kecap", "susu",
             "sarden", "mi", "kopi", "teh", "sabun", "sampo", "pasta", "sikat", "handuk",
             "selimut", "tikar", "bantal", "kasur", "ember", "gayung", "piring", "gelas",
             "sendok", "garpu", "panci", "wajan", "kompor", "korek", "lilin", "senter",
             "baterai", "obat", "masker", "popok", "pembalut", "jaket", "payung"]
    bad = list(items)
    bad[3], bad[17], bad[33] = "telor", "selimutt", "bateray"
    text = "Bantuan yang disalurkan berupa " + ", ".join(bad) + "."
    assert {"selimutt", "bateray"} <= set(found(text, "akurasi.ejaan"))
    clean = "Bantuan yang disalurkan berupa " + ", ".join(items) + "."
    assert found(clean, "akurasi.ejaan") == []


# --- affixes: Hunspell's rules and the confixes Indonesian allows -----------------------------

@pytest.mark.parametrize("word", ["mengerjaan", "menyampaian", "membangunan", "pengembangkan",
                                  "menunjukan", "diperuntukan"])
def test_affixed_non_words_are_misspellings(word):
    text = f"Dinas terkait akan {word} program tersebut tahun depan."
    assert word in found(text, "akurasi.ejaan")


@pytest.mark.parametrize("word", ["mengerjakan", "menyampaikan", "membangun", "pengembangan",
                                  "menunjukkan", "diperuntukkan", "digelar", "berkontribusi",
                                  "ditindaklanjuti", "kependudukan", "seiring"])
def test_correct_affixed_words_pass(word):
    text = f"Dinas terkait akan {word} program tersebut tahun depan."
    assert found(text, "akurasi.ejaan") == []


# --- capitalised words mid-sentence and words glued to digits --------------------------------

def test_capitalised_typo_in_mid_sentence_is_reported_with_the_word():
    text = "Rapat itu membahas Pelayanaan publik di kecamatan."
    f = next(f for f in check_text(text, context=CTX) if f.rule_id == "akurasi.ejaan")
    assert text[f.start:f.end] == "Pelayanaan" and f.severity == "warning"
    assert f.suggestions == ("Pelayanan",)


@pytest.mark.parametrize("text", [
    "Rapat dipimpin Wali Kota Cimahi Ngatiyana bersama Sekda Dikdik Suratno Nugrahawan.",
    "Kegiatan berlangsung di Kelurahan Cibeureum dan Kelurahan Padasuka.",
    "Rapat itu membahas Pelayanan Publik di kecamatan.",
])
def test_names_in_mid_sentence_stay_quiet(text):
    assert alarms(text) == []


def test_word_glued_to_a_number_is_reported():
    text = "Rapat koordinasi digelar pada tanggal12 Desember 2025 di aula kantor."
    assert found(text, "akurasi.ejaan") == ["tanggal12"]
    f = next(f for f in check_text(text, context=CTX) if f.rule_id == "akurasi.ejaan")
    assert f.suggestions == ("tanggal 12",)
    assert found("Rapat digelar pada tanggal 12 Desember 2025.", "akurasi.ejaan") == []
    assert found("Kode voucher ABC123 dan covid19 berlaku.", "akurasi.ejaan") == []


# --- EYD V rules ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "bad", "fix"), [
    ("Anak anak sekolah dasar mengikuti lomba mewarnai.", "akurasi.kata_ulang",
     "Anak anak", "Anak-anak"),
    ("Acara dimulai kira kira pukul 08.00 WIB.", "akurasi.kata_ulang", "kira kira", "kira-kira"),
    ("Warga dari berbagai kalangan berbeda beda pendapat.", "akurasi.kata_ulang",
     "berbeda beda", "berbeda-beda"),
    ("Gotong royong dan tolong menolong menjadi budaya warga.", "akurasi.kata_ulang",
     "tolong menolong", "tolong-menolong"),
    ("Bagaimana pun juga, program ini harus berjalan.", "akurasi.partikel",
     "Bagaimana pun", "Bagaimanapun"),
    ("Apabila ada kendala, sampaikan lah kepada petugas.", "akurasi.partikel",
     "sampaikan lah", "sampaikanlah"),
    ("Tidak satupun warga tertinggal dalam pendataan.", "akurasi.partikel", "satupun", "satu pun"),
    ("Kepala sub bagian umum membuka kegiatan.", "nada.bentuk_terikat", "sub bagian", "subbagian"),
    ("Penanganan pasca panen menjadi perhatian dinas.", "nada.bentuk_terikat",
     "pasca panen", "pascapanen"),
    ("Trayek antar kota dibuka kembali.", "nada.bentuk_terikat", "antar kota", "antarkota"),
    ("Kerjasama ini menjadi tanggung jawab semua pihak.", "akurasi.gabungan_kata",
     "Kerjasama", "Kerja sama"),
    ("Warga berterimakasih atas bantuan itu.", "akurasi.gabungan_kata",
     "berterimakasih", "berterima kasih"),
    ("Pengelolaan sampah menjadi tanggungjawab bersama.", "akurasi.gabungan_kata",
     "tanggungjawab", "tanggung jawab"),
    ("Dalam rangka HUT ke 24 Kota Cimahi, digelar upacara.", "akurasi.bilangan_tingkat",
     "ke 24", "ke-24"),
    ("Milangkala Cimahi ke -18 dirayakan sederhana.", "akurasi.bilangan_tingkat",
     "ke -18", "ke-18"),
    ("Tim voli meraih juara ke-tiga tingkat provinsi.", "akurasi.bilangan_tingkat",
     "ke-tiga", "ketiga"),
    ("Bantuan beras 10 Kg dibagikan kepada warga.", "akurasi.satuan", "Kg", "kg"),
    ("Jalur lari sepanjang 5 KM disiapkan panitia.", "akurasi.satuan", "KM", "km"),
    ("Setiap keluarga menerima 5kg beras.", "akurasi.satuan", "5kg", "5 kg"),
    ("Apakah Anda sudah mendaftar?, Segera daftarkan diri.", "nada.tanda_baca_ganda", "?,", "?"),
    ("Jangan lupa hadir!.", "nada.tanda_baca_ganda", "!.", "!"),
    ("Rapat Forkompimda digelar di Pendopo.", "akurasi.singkatan_resmi",
     "Forkompimda", "Forkopimda"),
    ("Materi pelatihan sudah diupload di laman dinas.", "akurasi.kata_kerja_asing",
     "diupload", "diunggah"),
    ("Informasi ini dapat dishare kepada keluarga.", "akurasi.kata_kerja_asing",
     "dishare", "dibagikan"),
    ("Peserta diminta mengupload berkas sebelum Jumat.", "akurasi.kata_kerja_asing",
     "mengupload", "mengunggah"),
    ("Pengunjung mall diimbau tertib.", "akurasi.ejaan_baku", "mall", "mal"),
])
def test_eyd_errors_are_found_with_their_fix(text, rule, bad, fix):
    hits = [f for f in check_text(text, context=CTX) if f.rule_id == rule]
    assert [text[f.start:f.end] for f in hits] == [bad]
    assert hits[0].suggestions[:1] == (fix,)
    assert hits[0].severity in ("warning", "error")


@pytest.mark.parametrize("text", [
    "Anak-anak sekolah dasar mengikuti lomba mewarnai kira-kira pukul 08.00 WIB.",
    "Gotong royong dan tolong-menolong menjadi budaya warga yang berbeda-beda.",
    "Bagaimanapun juga, apa pun hasilnya, warga tetap dilayani. Sampaikanlah kepada petugas.",
    "Kepala Subbagian Umum membuka kegiatan pascapanen dan trayek antarkota.",
    "Kerja sama ini menjadi tanggung jawab semua pihak.",
    "Dalam rangka HUT ke-24 Kota Cimahi, tim meraih juara ketiga.",
    "Petugas menuju ke 5 lokasi pengungsian.",
    "Bantuan beras 10 kg dibagikan; jalur lari sepanjang 5 km. Tol Km 125 ditutup.",
    "Apakah Anda sudah mendaftar? Segera daftarkan diri... Jangan lupa hadir!",
    "Rapat Forkopimda digelar di Pendopo.",
    "Materi pelatihan sudah diunggah dan dapat dibagikan kepada keluarga.",
    "Sambutan disampaikan oleh Dr. H. Ahmad, S.H., M.Si., dan dr. Budi, Sp.A.",
])
def test_correct_eyd_stays_quiet(text):
    assert alarms(text) == []


# --- template placeholders ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "gap"), [
    ("Diskominfo menggelar rapat membahas [isi pokok bahasan] di Aula.", "[isi pokok bahasan]"),
    ("Rapat dipimpin oleh [NAMA PEJABAT] pada Senin.", "[NAMA PEJABAT]"),
    ("Kegiatan berlangsung di {lokasi} pada Senin.", "{lokasi}"),
    ("Informasi lebih lanjut: [...]", "[...]"),
])
def test_unfilled_template_parts_are_errors(text, gap):
    hits = [f for f in check_text(text, context=CTX) if f.rule_id == "format.templat"]
    assert [text[f.start:f.end] for f in hits] == [gap]
    assert hits[0].severity == "error" and "Bagian templat belum diisi" in hits[0].message


def test_hoax_label_is_not_a_template_gap():
    text = "[HOAKS] Beredar pesan berantai tentang bantuan tunai."
    assert found(text, "format.templat") == []


# --- year-less dates ------------------------------------------------------------------------

def _day_errors(text: str, **ctx) -> list[str]:
    return found(text, "akurasi.hari_tanggal", context=CheckContext(**ctx))


def test_december_date_read_in_january_takes_last_year():
    text = "Rapat evaluasi digelar Senin (29/12) di Balai Kota."  # 29/12/2025 is a Monday
    assert _day_errors(text, today=dt.date(2026, 1, 5)) == []
    assert _day_errors("Rapat evaluasi digelar Selasa (29/12).", today=dt.date(2026, 1, 5)) \
        == ["Selasa"]


def test_year_less_date_takes_the_activity_year():
    text = "Kegiatan berlangsung Jumat (2/1) di Aula."  # 2/1/2026 is a Friday
    assert _day_errors(text, activity_date=dt.date(2026, 1, 2), today=dt.date(2026, 3, 1)) == []
    # the activity was in January 2025: 2/1/2025 is a Thursday, so "Jumat" is wrong
    assert _day_errors(text, activity_date=dt.date(2025, 1, 2),
                       today=dt.date(2026, 3, 1)) == ["Jumat"]


def test_year_less_date_takes_the_year_of_a_full_date_in_the_text():
    text = ("Pendaftaran dibuka Senin, 29 Desember 2025. Verifikasi berkas dilakukan "
            "Jumat (2/1).")  # 2/1/2026 is a Friday: the nearest to 29/12/2025
    assert _day_errors(text, today=dt.date(2025, 6, 1)) == []
    bad = text.replace("Jumat (2/1)", "Kamis (2/1)")
    assert _day_errors(bad, today=dt.date(2025, 6, 1)) == ["Kamis"]


def test_year_less_date_without_any_year_is_never_an_error():
    assert _day_errors("Rapat digelar Selasa (29/12).") == []


# --- figures and their sources ---------------------------------------------------------------

def test_source_named_earlier_in_the_paragraph_covers_the_figure():
    text = ("Menurut data BPS Kota Cimahi, jumlah penduduk terus bertambah. Kepadatan tertinggi "
            "ada di Cimahi Selatan. Angka itu naik 3 persen dibanding tahun lalu.")
    assert found(text, "akurasi.persen_tanpa_sumber") == []


def test_source_in_the_lead_covers_figures_in_later_paragraphs():
    text = ("Dinas Kesehatan mencatat capaian imunisasi sepanjang 2025 berdasarkan laporan "
            "puskesmas.\nPemkot Cimahi menggelar pekan imunisasi di 13 puskesmas.\n"
            "Cakupannya kini 92 persen, naik dari tahun sebelumnya.")
    assert found(text, "akurasi.persen_tanpa_sumber") == []


def test_figure_in_a_paragraph_without_any_source_is_still_reported():
    text = ("Pemkot Cimahi menggelar pekan imunisasi di 13 puskesmas.\n"
            "Warga antusias mengikuti kegiatan ini sejak pagi.\n"
            "Cakupannya kini 92 persen, naik dari tahun sebelumnya.")
    assert found(text, "akurasi.persen_tanpa_sumber") == ["92 persen"]


# --- news conventions and names in capitals ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "JAKARTA (ANTARA) – Pemerintah pusat menyalurkan bantuan pangan kepada warga. (ant/rd)",
    "Bandung (ANTARA) - Pemerintah Kota Cimahi menggelar upacara di lapangan apel.",
    "CIMAHI, Potensinetwork.com – Dewan menggelar rapat paripurna di gedung dewan.",
    "Masalah banjir dan kemacetan menjadi pekerjaan rumah bersama. (Dod)",
    "Sambutan disampaikan Kepala Dinas dr. Budi Santoso, M.Kes., dan Dr. H. Ahmad, S.H., M.Si.",
    "Ikuti siaran langsungnya di Radio Cimahi FM dan kanal TVRI Jawa Barat.",
    "Hal itu tertuang dalam Surat Edaran Nomor 800/123/BKPSDM/2025 tentang jam kerja.",
    "Peluncuran Indeks KAMI dan program AYO SATU digelar di Technopark.",
    "Kapolres Cimahi AKBP Niko Adi Putra hadir bersama Dandim 0609/Cimahi.",
    "Kota Cimahi – Temporatur.id\nSidang dihadiri Wali Kota Letkol Purn. Ngatiyana.",
    "Plh. Sekretaris Daerah membuka rapat koordinasi.",
])
def test_news_conventions_raise_no_alarm(text):
    assert alarms(text) == []


def test_shouting_is_still_shouting():
    text = "Warga diminta SEGERA DAFTAR ke kelurahan. Layanan ini GRATIS!"
    assert [t for r, t in alarms(text) if r == "nada.kapital"] == ["SEGERA DAFTAR", "GRATIS"]


def test_hoax_label_is_not_shouting():
    text = "[HOAKS] Beredar pesan berantai tentang bantuan tunai dari Pemkot Cimahi."
    ctx = CheckContext(today=dt.date(2025, 11, 20), category="Klarifikasi Hoaks")
    assert [f.rule_id for f in check_text(text, context=ctx)
            if f.rule_id in ("nada.kapital", "akurasi.singkatan")] == []


def test_capitalised_word_in_a_headline_is_not_an_acronym():
    text = "VIRAL VIDEO PENCURIAN DI PASAR\nPolisi sudah menangkap pelaku."
    assert found(text, "akurasi.singkatan") == []
    assert found(text, "akurasi.singkatan_urutan") == []


# --- standard and foreign words -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pemerintah mendorong hilirisasi produk pertanian menjelang pilkada.",
    "Warga berkontribusi dalam pemilahan sampah dan program biopori di kampung.",
    "Dinas Kesehatan menggelar skrining hipertensi bagi lansia di posbindu.",
])
def test_standard_words_missing_from_the_old_dictionary_pass(text):
    assert alarms(text) == []


def test_non_standard_forms_stay_flagged_even_when_frequent():
    text = "Pemerintah menghimbau warga, silahkan meminimalisir sampah plastik."
    assert [r for r, _ in alarms(text)] == ["akurasi.ejaan_baku"] * 3


def test_foreign_word_is_istilah_asing_not_a_typo():
    text = "Diskominfo menggelar pelatihan cybersecurity bagi aparatur."
    findings = [f for f in check_text(text, context=CTX) if f.matched == "cybersecurity"]
    assert [(f.rule_id, f.severity) for f in findings] == [("akurasi.istilah_asing", "info")]


def test_old_release_with_a_year_less_date_is_not_judged_against_today():
    # 11/4 was a Monday in 2022; read in January 2026 no nearby year matches and the date
    # is months away: the year is unknown, so no error
    text = "Bupati meninjau lokasi longsor, Senin (11/4) malam."
    assert _day_errors(text, today=dt.date(2026, 1, 15)) == []


@pytest.mark.parametrize("name", ["Habibie", "Kwadang", "Surabaya", "Soreang", "Velodrome",
                                  "Sartika", "Lembong"])
def test_names_one_letter_from_a_word_are_not_typos(name):
    text = f"Warga berkumpul di {name} sejak pagi untuk mengikuti kegiatan."
    assert found(text, "akurasi.ejaan") == []


def test_long_capitalised_typo_is_still_caught():
    text = "Rapat membahas Perekonimian daerah dan Perusahan daerah."
    assert found(text, "akurasi.ejaan") == ["Perekonimian", "Perusahan"]


# --- more EYD classes seen in real releases ----------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "bad", "fix"), [
    ("Upacara HUT Kota Cimahi ke 22 yang diselenggarakan di lapangan berlangsung lancar.",
     "akurasi.bilangan_tingkat", "ke 22", "ke-22"),
    ("Hal itu diatur dalam Undang Undang tentang Pemerintahan Daerah.", "akurasi.kata_ulang",
     "Undang Undang", "Undang-Undang"),
    ("Atasnama pemerintah daerah, kami menyampaikan duka cita.", "akurasi.gabungan_kata",
     "Atasnama", "Atas nama"),
    ("Warga tumpah-ruah di alun-alun menyambut pawai.", "akurasi.gabungan_kata",
     "tumpah-ruah", "tumpah ruah"),
    ("Peristiwa itu dipicu kesalahpahaman antar keluarga.", "nada.bentuk_terikat",
     "antar keluarga", "antarkeluarga"),
    ("Kegiatan ini di meriahkan oleh pentas seni pelajar.", "nada.di_ke",
     "di meriahkan", "dimeriahkan"),
    ("Proyek dikerjakan PT. Sinar Jaya sejak Maret.", "akurasi.singkatan_titik", "PT.", "PT"),
    ("Acara dibuka oleh Kepala Dinas, Ahmad Suryadi, SH, bersama jajaran.",
     "akurasi.singkatan_titik", "SH", "S.H."),
    ("Perjuangan rakyat dipimpin oleh bapak Nani Wartabone.", "akurasi.kapital",
     "bapak", "Bapak"),
    ("Kami minta kepada orang tua, tolong pak, awasi anaknya.", "akurasi.kapital", "pak", "Pak"),
    ("Kegiatan perdana dilakukan pemerintah Kota Bandung bersama warga.", "akurasi.kapital",
     "pemerintah", "Pemerintah"),
    ("Tahun ini  sebanyak 12 sekolah ikut serta.", "nada.spasi_ganda", "  ", " "),
    ("Bupati meninjau lokasi, Senin (11/4) malam.(Foto: Humas)", "nada.spasi_setelah_tanda",
     ".", ". "),
    ("Sebanyak 30 orang petugas disiagakan di sekitar gereja selama perayaan berlangsung\n"
     "Kegiatan berjalan lancar.", "nada.titik_akhir", "berlangsung", "berlangsung."),
])
def test_more_eyd_errors_from_real_releases(text, rule, bad, fix):
    hits = [f for f in check_text(text, context=CTX) if f.rule_id == rule]
    assert [text[f.start:f.end] for f in hits] == [bad]
    assert hits[0].suggestions[:1] == (fix,)


@pytest.mark.parametrize("text", [
    "Petugas menuju ke 5 lokasi pengungsian sejak pagi.",
    "Hal itu diatur dalam Undang-Undang Nomor 23 Tahun 2014.",
    "Atas nama pemerintah daerah, warga tumpah ruah di alun-alun.",
    "Kegiatan ini dimeriahkan oleh pentas seni di sekolah.",
    "Proyek dikerjakan PT Sinar Jaya. Lulusan SMK. Ia kemudian bekerja di sana.",
    "Acara dibuka oleh Ahmad Suryadi, S.H., bersama Pak Budi dan Ibu Ani.",
    "Bapak dan ibu hamil diimbau memeriksakan kesehatan di puskesmas.",
    "Pemerintah Kota Bandung bersama warga menggelar kerja bakti.",
    "Bupati Tinjau Rumah Warga yang Rusak Diterjang Longsor\nBupati meninjau lokasi.",
])
def test_more_correct_text_stays_quiet(text):
    assert alarms(text) == []
    assert found(text, "nada.titik_akhir") == []


def test_capital_between_lower_case_words_is_a_quiet_hint():
    text = "Bupati meresmikan pembukaan badan Jalan penghubung desa yang baru."
    hits = [f for f in check_text(text, context=CTX) if f.rule_id == "nada.kapital_tengah"]
    assert [(text[f.start:f.end], f.severity) for f in hits] == [("Jalan", "info")]
    names = "Rapat dihadiri pejabat kota, kata Budi kepada wartawan di Jalan Merdeka."
    assert found(names, "nada.kapital_tengah") == []


def test_name_used_mid_sentence_is_a_name_at_the_start_of_a_sentence_too():
    text = ("Bantuan disalurkan ke rumah warga, kata Dadang di Soreang. Dadang berharap "
            "warga tetap waspada.")
    assert found(text, "akurasi.ejaan") == []
    assert found("Dadangg berharap warga tetap waspada.", "akurasi.ejaan") == ["Dadangg"]


@pytest.mark.parametrize("text", [
    "Anggota dewan, di Purwakarta, Kamis, menegaskan sebanyak 68 persen wilayah sudah siap.",
    "Pemkot menargetkan cakupan imunisasi anak mencapai 95 persen pada bulan ini.",
])
def test_attribution_verbs_and_targets_cover_figures(text):
    assert found(text, "akurasi.persen_tanpa_sumber") == []


@pytest.mark.parametrize(("text", "bad", "fix"), [
    ("Jalan itu akan ditingkatkan menjadi rabat beton,” Ujar Bupati.", "Ujar", "ujar"),
    ("Pelayanan dibuka setiap hari. Untuk itu, Ia mengajak warga datang.", "Ia", "ia"),
])
def test_lower_case_after_quotes_and_for_pronouns(text, bad, fix):
    hits = [f for f in check_text(text, context=CTX) if f.rule_id == "akurasi.kapital"]
    assert [(text[f.start:f.end], f.suggestions) for f in hits] == [(bad, (fix,))]


def test_comma_before_a_bracketed_date_is_reported():
    text = "Final digelar di Ballroom Hotel Maqna, Minggu, (8/9/2019)."
    assert found(text, "nada.tanda_baca_ganda") == [", ("]
    assert found("Final digelar di Ballroom Hotel Maqna, Minggu (8/9/2019).",
                 "nada.tanda_baca_ganda") == []


@pytest.mark.parametrize("text", [
    "“Ia harus waspada,” katanya kepada wartawan.",
    "Ia mengajak warga datang. “Ujar-ujar leluhur perlu dijaga,” katanya.",
])
def test_capitals_that_open_a_quote_or_sentence_stay(text):
    assert found(text, "akurasi.kapital") == []


def test_headline_typo_missing_a_letter_is_caught():
    text = "Bupati Intruksikan BPBD Tangani Rumah Warga yang Rusak"
    assert found(text, "akurasi.ejaan") == ["Intruksikan"]


@pytest.mark.parametrize(("text", "rule", "bad"), [
    ("Warga merayakan hari jadi kabupaten ke – 377 dengan tema kebersamaan.",
     "akurasi.bilangan_tingkat", "ke – 377"),
    ("Kemajuan pesat terlihat dibidang infrastruktur jalan.", "nada.di_ke", "dibidang"),
    ("Jalan tol itu dibuka. “ Dengan adanya tol, perjalanan lebih cepat,” katanya.",
     "nada.spasi_sebelum_tanda", "“ "),
    ("Pagelaran wayang golek digelar semalam suntuk.", "akurasi.ejaan_baku", "Pagelaran"),
])
def test_more_classes_from_the_second_corpus_round(text, rule, bad):
    assert found(text, rule) == [bad]
