"""The Paket narasi end to end on the command line, each folder its own WARTA_HOME:
Diskominfo drafts and exports a campaign; Dinas Kesehatan imports it, publishes the
pre-filled post and sends its Paket Laporan; Dinas Pendidikan sends one without it;
Diskominfo's board shows the campaign amplified by Dinkes (with reach), not by Disdik."""

from __future__ import annotations

import json

from PIL import Image

import cli


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_campaign_from_diskominfo_to_a_unit_and_back(capsys, tmp_path, monkeypatch):
    inbox, outbox = tmp_path / "ke-pic", tmp_path / "ke-diskominfo"
    inbox.mkdir()
    outbox.mkdir()
    photo = tmp_path / "resmi.jpg"
    Image.new("RGB", (80, 60), (10, 120, 60)).save(photo, "JPEG")
    (tmp_path / "ig.txt").write_text("Yuk pilah sampah dari rumah!", encoding="utf-8")
    (tmp_path / "x.txt").write_text("Pilah sampah dari rumah.", encoding="utf-8")

    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "diskominfo"))
    assert run(capsys, "demo", "--bulan", "2026-11")[0] == 0
    code, out, err = run(capsys, "narasi", "buat", "--judul", "Cimahi Pilah Sampah",
                         "--mulai", "2026-11-01", "--selesai", "2026-11-30",
                         "--pesan", "Pilah sampah organik dan anorganik",
                         "--tagar", "#CimahiPilahSampah #CimahiKota",
                         "--kolaborator", "Pemerintah Kota Cimahi",
                         "--keterangan", f"instagram={tmp_path / 'ig.txt'}",
                         "--keterangan", f"x={tmp_path / 'x.txt'}", "--foto", photo,
                         "--lakukan", "Pakai foto resmi", "--hindari", "Jangan ubah logo")
    assert code == 0, err
    narasi_id, uid = out.split("\t")[:2]
    code, out, err = run(capsys, "narasi", "ekspor", narasi_id, "-o", inbox)
    assert code == 0, err
    packet = out.strip()
    assert packet.endswith("Narasi-Cimahi-Pilah-Sampah-2026-11.warta")
    assert json.loads(run(capsys, "narasi", "daftar", "--json")[1])[0]["uid"] == uid

    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "dinkes"))
    assert run(capsys, "demo", "--bulan", "2026-11", "--pd", "Dinas Kesehatan")[0] == 0
    code, out, err = run(capsys, "narasi", "impor", packet, "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["hasil"] == "dibuat" and made["narasi"] == uid
    post_id = made["konten"]
    code, _, err = run(capsys, "narasi", "impor", packet)  # asked, not duplicated
    assert code == 2 and "--lagi" in err
    code, out, _ = run(capsys, "caption", str(post_id))
    assert "Yuk pilah sampah dari rumah!" in out and "#CimahiPilahSampah" in out
    for platform, url, reach in (("instagram", "https://www.instagram.com/p/CPilah1/", 2400),
                                 ("x", "https://x.com/dinkescimahi/status/1790000000", 600)):
        code, _, err = run(capsys, "terbit", post_id, "--platform", platform, "--url", url,
                           "--waktu", "2026-11-15T10:00", "--jangkauan", reach, "--suka", 40)
        assert code == 0, err
    code, _, err = run(capsys, "status", post_id, "Terbit", "--alasan", "uji narasi")
    assert code == 0, err
    assert run(capsys, "paket", "--bulan", "2026-11", "-o", outbox)[0] == 0

    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "disdik"))
    assert run(capsys, "demo", "--bulan", "2026-11", "--pd", "Dinas Pendidikan")[0] == 0
    assert run(capsys, "paket", "--bulan", "2026-11", "-o", outbox)[0] == 0

    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "diskominfo"))
    code, out, err = run(capsys, "rekap", "impor", outbox)
    assert code == 0, err
    code, out, _ = run(capsys, "rekap", "status", "--bulan", "2026-11", "--json")
    [campaign] = json.loads(out)["narasi"]
    assert campaign["id"] == uid and campaign["judul"] == "Cimahi Pilah Sampah"
    assert campaign["unit"] == [{"unit": "Dinas Kesehatan", "konten": 1, "jangkauan": 3000,
                                 "interaksi": 80}]
    # Diskominfo's own record is on its board too (not "belum mengirim"), without the post
    assert sorted(campaign["belum_mengamplifikasi"]) == [
        "Dinas Komunikasi dan Informatika", "Dinas Pendidikan"]
    assert "Dinas Kesehatan" not in campaign["belum_mengirim"]
    assert "Dinas Komunikasi dan Informatika" not in campaign["belum_mengirim"]
    code, out, _ = run(capsys, "rekap", "status", "--bulan", "2026-11")
    assert "Narasi “Cimahi Pilah Sampah”: 1 unit, 1 konten, jangkauan 3000" in out
    # deleting the campaign at Diskominfo takes it off the list; an unknown id says so
    code, out, err = run(capsys, "narasi", "hapus", narasi_id)
    assert code == 0 and "Cimahi Pilah Sampah" in out, err
    assert json.loads(run(capsys, "narasi", "daftar", "--json")[1]) == []
    code, _, err = run(capsys, "narasi", "hapus", "999")
    assert code == 1 and "999" in err


def test_unit_cannot_draft_and_bad_packet_is_refused(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "dinkes"))
    assert run(capsys, "demo", "--bulan", "2026-11", "--pd", "Dinas Kesehatan")[0] == 0
    code, _, err = run(capsys, "narasi", "buat", "--judul", "X", "--mulai", "2026-11-01",
                       "--selesai", "2026-11-30")
    assert code == 1 and "Diskominfo" in err
    bad = tmp_path / "Narasi-rusak.warta"
    bad.write_bytes(b"bukan zip")
    code, _, err = run(capsys, "narasi", "impor", bad)
    assert code == 2 and "ditolak" in err and "Paket narasi" in err


def test_buat_from_json_and_bad_input(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "diskominfo"))
    assert run(capsys, "demo", "--bulan", "2026-11")[0] == 0
    spec = tmp_path / "narasi.json"
    spec.write_text(json.dumps({
        "title": "Hari Pahlawan", "period": {"start": "2026-11-08", "end": "2026-11-10"},
        "category": "Peringatan Hari Besar", "key_messages": ["Teladani pahlawan"],
        "hashtags": ["#HariPahlawan"], "captions": {"facebook": "Selamat Hari Pahlawan"},
        "accounts": [{"name": "Pemerintah Kota Cimahi", "role": "tandai"}]}),
        encoding="utf-8")
    code, out, err = run(capsys, "narasi", "buat", "--json", spec)
    assert code == 0, err
    [listed] = json.loads(run(capsys, "narasi", "daftar", "--json")[1])
    assert listed["judul"] == "Hari Pahlawan" and listed["keterangan"] == {
        "facebook": "Selamat Hari Pahlawan"}
    assert listed["akun"][0]["peran"] == "tandai"
    code, _, err = run(capsys, "narasi", "buat", "--judul", "X", "--mulai", "2026-11-30",
                       "--selesai", "2026-11-01")
    assert code == 2 and "sebelum" in err
    code, _, err = run(capsys, "narasi", "ekspor", "99", "-o", tmp_path)
    assert code == 1 and "tidak ditemukan" in err
