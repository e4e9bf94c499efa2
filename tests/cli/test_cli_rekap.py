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
