# ruff: noqa: E501  (the captions are prose, kept as the PIC would type them)
"""Clean, realistic Cimahi press captions must give no errors and no warnings (false alarms are bugs)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.checks import CheckContext, check_text, engine, summarize

CAPTIONS = {
    "layanan_keliling": """Pemerintah Kota Cimahi meluncurkan layanan administrasi kependudukan keliling di Kelurahan Cibabat, Kecamatan Cimahi Utara, pada Rabu (12/11/2025). Layanan ini menyasar warga lanjut usia, penyandang disabilitas, dan warga yang kesulitan datang ke kantor Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil).

Wali Kota Cimahi mengatakan bahwa layanan jemput bola ini merupakan bagian dari upaya pemerintah untuk mendekatkan pelayanan publik kepada masyarakat. "Kami ingin memastikan tidak ada warga yang tertinggal dalam pelayanan dokumen kependudukan," ujarnya.

Kepala Disdukcapil Kota Cimahi menjelaskan bahwa petugas melayani perekaman KTP-el, pembuatan Kartu Identitas Anak, serta pencetakan kartu keluarga. Berdasarkan data Disdukcapil, sebanyak 1.250 warga telah memanfaatkan layanan ini sejak awal tahun, dan 85 persen di antaranya merupakan warga lanjut usia.

Layanan keliling akan hadir di setiap kelurahan secara bergiliran hingga akhir Desember 2025. Jadwal lengkap dapat dilihat di laman resmi https://disdukcapil.cimahikota.go.id atau melalui akun media sosial @disdukcapilcimahi.

#CimahiKota #LayananPublik""",
    "pangan_murah": """Wakil Wali Kota Cimahi membuka kegiatan Gerakan Pangan Murah di halaman kantor Kecamatan Cimahi Selatan, Senin (3/3/2025). Kegiatan yang diselenggarakan oleh Dinas Pangan dan Pertanian (Dispangtan) ini bertujuan menjaga stabilitas harga bahan pokok menjelang bulan Ramadan.

Dalam sambutannya, Wakil Wali Kota mengimbau masyarakat agar berbelanja secara bijak dan tidak melakukan penimbunan. Menurut Kepala Dispangtan, harga beras, minyak goreng, gula pasir, dan telur ayam yang dijual dalam kegiatan ini lebih rendah sekitar 10 hingga 15 persen dibandingkan harga pasar.

Gerakan Pangan Murah akan berlangsung di tiga kecamatan secara bergantian. Warga cukup membawa kartu tanda penduduk dan kantong belanja sendiri untuk mengurangi sampah plastik.""",
    "apel_bencana": """Sekretaris Daerah Kota Cimahi memimpin apel kesiapsiagaan bencana bersama Badan Penanggulangan Bencana Daerah (BPBD), Satpol PP, dan unsur TNI-Polri di Alun-Alun Cimahi pada Jumat, 14 November 2025. Apel ini digelar untuk menghadapi musim hujan yang diperkirakan mencapai puncaknya pada Januari hingga Februari 2026.

Sekretaris Daerah meminta seluruh perangkat daerah memastikan saluran air, gorong-gorong, dan tanggul dalam kondisi baik. Ia juga mengajak warga untuk tidak membuang sampah ke sungai serta segera melapor apabila melihat tanda-tanda pergerakan tanah di sekitar tempat tinggal.

Kepala Pelaksana BPBD Kota Cimahi menyampaikan bahwa pihaknya telah menyiapkan perahu karet, tenda, dapur umum, dan relawan yang siap diterjunkan ke lokasi terdampak. Warga dapat menghubungi layanan darurat 112 yang aktif selama 24 jam.

Mari bersama-sama menjaga lingkungan agar Kota Cimahi tetap aman dan nyaman.""",
    "cek_kesehatan": """Dinas Kesehatan Kota Cimahi menggelar pemeriksaan kesehatan gratis bagi warga lanjut usia di Puskesmas Cigugur Tengah pada Selasa, 4 Februari 2025. Pemeriksaan meliputi tekanan darah, kadar gula darah, dan kolesterol.

Kepala Dinas Kesehatan menuturkan bahwa pemeriksaan rutin penting untuk mendeteksi penyakit tidak menular sejak dini. Ia juga mengingatkan para kader posyandu agar aktif mendata warga yang belum pernah memeriksakan kesehatannya.

Kegiatan ini merupakan rangkaian peringatan Hari Kesehatan Nasional dan akan dilanjutkan dengan penyuluhan gizi seimbang di sekolah-sekolah. Pemerintah Kota Cimahi berterima kasih kepada para tenaga kesehatan, kader, dan warga yang telah berpartisipasi.""",
    "penghargaan": """Pemerintah Kota Cimahi menerima penghargaan sebagai kota dengan inovasi pelayanan publik terbaik tingkat Provinsi Jawa Barat. Penghargaan diserahkan oleh Gubernur Jawa Barat kepada Wali Kota Cimahi di Gedung Sate, Bandung, pada Kamis (20/11/2025).

Salah satu inovasi yang dinilai adalah aplikasi pengaduan warga yang terintegrasi dengan seluruh perangkat daerah. Melalui aplikasi tersebut, laporan warga mengenai jalan rusak, lampu penerangan jalan umum yang padam, atau sampah yang menumpuk langsung diteruskan kepada unit yang berwenang.

Wali Kota Cimahi menyampaikan terima kasih kepada seluruh aparatur sipil negara dan masyarakat yang telah mendukung inovasi tersebut. Menurutnya, penghargaan ini menjadi motivasi untuk terus meningkatkan kualitas layanan, bukan tujuan akhir.""",
    "pengumuman": """Pengumuman Penerimaan Peserta Didik Baru (PPDB) Tahun Ajaran 2025/2026

Dinas Pendidikan Kota Cimahi membuka pendaftaran PPDB jenjang SD dan SMP secara daring mulai Senin, 2 Juni 2025, pukul 08.00 WIB, hingga Sabtu, 14 Juni 2025. Pendaftaran dilakukan melalui https://ppdb.disdik.cimahikota.go.id.

Orang tua atau wali calon peserta didik diimbau menyiapkan dokumen berupa kartu keluarga, akta kelahiran, dan rapor semester terakhir. Bagi warga yang mengalami kendala, Disdik menyediakan posko bantuan di setiap kecamatan pada hari kerja.

Informasi lebih lanjut dapat ditanyakan melalui surel ppdb@cimahikota.go.id.""",
    "imbauan_dbd": """Memasuki musim hujan, Dinas Kesehatan Kota Cimahi mengimbau warga untuk mewaspadai demam berdarah dengue. Lakukan pemberantasan sarang nyamuk secara rutin dengan menguras, menutup, dan mendaur ulang barang bekas.

Apabila anggota keluarga mengalami demam tinggi lebih dari dua hari, segera periksakan ke puskesmas atau fasilitas kesehatan terdekat. Pencegahan dimulai dari rumah kita masing-masing. 🦟💧""",
}


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(engine, "STRICT", True)


@pytest.mark.parametrize("name", sorted(CAPTIONS))
@pytest.mark.parametrize("profile", ["formal", "semi-formal", "santai"])
def test_clean_formal_caption_has_no_errors_or_warnings(name, profile):
    text = CAPTIONS[name]
    ctx = CheckContext(today=dt.date(2025, 11, 20))
    findings = check_text(text, profile=profile, context=ctx)
    noisy = [(f.rule_id, text[f.start:f.end], f.message) for f in findings
             if f.severity in ("error", "warning")]
    assert noisy == [], summarize(findings)
