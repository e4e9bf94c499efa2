"""`paket` at three units and `rekap impor` / `rekap status` at Diskominfo, as processes
would run them (in-process, each with its own data folder)."""

from __future__ import annotations

import json

import cli


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_three_units_then_diskominfo(capsys, tmp_path, monkeypatch):
    outbox = tmp_path / "flashdisk"
    outbox.mkdir()
    for unit in ("Dinas Kesehatan", "Dinas Pendidikan", "Kecamatan Cimahi Selatan"):
        home = tmp_path / unit.replace(" ", "_")
        monkeypatch.setenv("WARTA_HOME", str(home))
        assert run(capsys, "demo", "--bulan", "2026-11", "--pd", unit)[0] == 0
        code, out, err = run(capsys, "paket", "--bulan", "2026-11", "-o", str(outbox))
        assert code == 0, err
        assert out.strip().endswith(".warta")
    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "diskominfo"))
    code, out, err = run(capsys, "rekap", "impor", str(outbox))
    assert code == 0, err
    assert out.count("diimpor") == 3
    code, out, _ = run(capsys, "rekap", "status", "--bulan", "2026-11", "--json")
    data = json.loads(out)
    sent = [u["id"] for u in data["unit"] if u["status"] in ("tepat waktu", "terlambat")]
    assert sorted(sent) == ["dinkes", "disdik", "kec-cimahi-selatan"]
    assert data["ringkas"]["belum mengirim"] == len(data["unit"]) - 3
    assert data["kota"]["konten"] == 54


def test_refused_packet_exits_2_with_the_reason(capsys, tmp_path):
    bad = tmp_path / "rusak.warta"
    bad.write_bytes(b"bukan zip")
    code, out, _ = run(capsys, "rekap", "impor", str(bad))
    assert code == 2 and "ditolak" in out and "bukan Paket Laporan" in out


def test_paket_bad_month(capsys, tmp_path):
    code, _, err = run(capsys, "paket", "--bulan", "2026-13", "-o", str(tmp_path))
    assert code == 2 and "TTTT-BB" in err


def test_rekap_laporan_writes_word_and_excel(capsys, tmp_path, monkeypatch):
    from docx import Document
    from openpyxl import load_workbook

    outbox = tmp_path / "flashdisk"
    outbox.mkdir()
    home = tmp_path / "dinkes"
    monkeypatch.setenv("WARTA_HOME", str(home))
    assert run(capsys, "demo", "--bulan", "2026-11", "--pd", "Dinas Kesehatan")[0] == 0
    assert run(capsys, "paket", "--bulan", "2026-11", "-o", str(outbox))[0] == 0
    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "diskominfo"))
    assert run(capsys, "rekap", "impor", str(outbox))[0] == 0
    code, out, err = run(capsys, "rekap", "laporan", "--bulan", "2026-11",
                         "--docx", str(tmp_path / "kota"), "--xlsx", str(tmp_path / "kota.xlsx"))
    assert code == 0, err
    assert out.split() == [str(tmp_path / "kota.docx"), str(tmp_path / "kota.xlsx")]
    text = "\n".join(p.text for p in Document(str(tmp_path / "kota.docx")).paragraphs)
    assert "SIMPULAN DAN SARAN" in text
    rows = load_workbook(tmp_path / "kota.xlsx")["Unggahan"]
    assert rows["A2"].value == "Dinas Kesehatan"


def test_rekap_laporan_needs_a_file_and_a_month(capsys, tmp_path):
    code, _, err = run(capsys, "rekap", "laporan", "--bulan", "2026-11")
    assert code == 2 and "--docx" in err
    code, _, err = run(capsys, "rekap", "laporan", "--bulan", "2026-13", "--docx",
                       str(tmp_path / "x.docx"))
    assert code == 2 and "TTTT-BB" in err


def test_rekap_batas_shows_sets_and_refuses(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "diskominfo"))
    code, out, _ = run(capsys, "rekap", "batas")
    assert code == 0 and "paling lambat 5 hari" in out
    code, out, _ = run(capsys, "rekap", "batas", "7")
    assert code == 0 and "paling lambat 7 hari" in out
    code, _, err = run(capsys, "rekap", "batas", "99")
    assert code == 2 and "0 sampai 60" in err
    code, out, _ = run(capsys, "rekap", "status", "--bulan", "2026-11", "--json")
    assert json.loads(out)["batas_hari"] == 7
