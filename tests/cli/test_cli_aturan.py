"""`aturan ekspor` at Diskominfo, `aturan impor [--terima]` and `aturan status` at a PIC."""

from __future__ import annotations

from core.checks import config


def test_export_import_accept_status(run_cli, tmp_path, monkeypatch):
    outbox = tmp_path / "flashdisk"
    outbox.mkdir()
    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "diskominfo"))
    code, _, err = run_cli("aturan", "ekspor", "-o", str(outbox))
    assert code == 1 and "koordinator" in err
    from core import settings
    from core.store import open_store
    store = open_store()
    settings.set(store, "rekap_coordinator", "ya")
    store.close()
    from core.checks import add_to_glossary
    add_to_glossary("Kampung Adat Cireundeu", kind="wilayah")
    code, out, err = run_cli("aturan", "ekspor", "-o", str(outbox))
    assert code == 0, err
    packet = out.splitlines()[0]
    assert "Aturan-Cimahi-v1-" in packet and "versi 1" in out

    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "pic"))
    config.reload()
    code, out, _ = run_cli("aturan", "status")
    assert out.strip() == "Paket aturan kota: belum ada"
    code, out, _ = run_cli("aturan", "impor", packet)
    assert code == 0
    assert "Glosarium: 1 ditambah, 0 diubah, 0 dihapus" in out
    assert "  + Kampung Adat Cireundeu: wilayah" in out
    assert "--terima" in out
    assert "belum ada" in run_cli("aturan", "status")[1]
    code, out, _ = run_cli("aturan", "impor", packet, "--terima")
    assert code == 0 and "Diterima" in out
    code, out, _ = run_cli("aturan", "status")
    assert out.startswith("Paket aturan kota: v1, ") and "dari Diskominfo Kota Cimahi" in out


def test_refused_packet_says_why(run_cli, tmp_path):
    bad = tmp_path / "Aturan.warta"
    bad.write_bytes(b"bukan zip")
    code, _, err = run_cli("aturan", "impor", str(bad), "--terima")
    assert code == 1 and "Paket Aturan ditolak" in err and "bukan Paket Aturan" in err
