"""The shared packet container: attached files travel with their hashes and are checked."""

from __future__ import annotations

import io
import zipfile

import pytest

from core.rekap import wadah
from core.rekap.wadah import PacketError


def _write(tmp_path, data: bytes):
    path = tmp_path / "p.warta"
    path.write_bytes(data)
    return path


def test_attached_files_round_trip(tmp_path):
    raw = wadah.packet_bytes("fmt", "doc.json", {"a": 1},
                             {"foto/1.jpg": b"\xff\xd8x", "kit.zip": b"PK"})
    got = wadah.read_zip(_write(tmp_path, raw), "doc.json", "Paket Uji")
    assert wadah.parse_document(got.document) == {"a": 1}
    assert got.files == {"foto/1.jpg": b"\xff\xd8x", "kit.zip": b"PK"}
    assert len(got.sha256) == 64


def _rezip(raw: bytes, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            name, data = change(info.filename, src.read(info.filename))
            if name:
                zf.writestr(name, data)
        extra = change(None, None)
        if extra[0]:
            zf.writestr(*extra)
    return out.getvalue()


def test_tampered_attachment_is_refused(tmp_path):
    raw = wadah.packet_bytes("fmt", "doc.json", {}, {"foto/1.jpg": b"asli"})
    bad = _rezip(raw, lambda n, d: (n, b"palsu" if n == "foto/1.jpg" else d))
    with pytest.raises(PacketError, match="manifest"):
        wadah.read_zip(_write(tmp_path, bad), "doc.json", "Paket Uji")


def test_entry_missing_from_manifest_is_refused(tmp_path):
    raw = wadah.packet_bytes("fmt", "doc.json", {})
    bad = _rezip(raw, lambda n, d: (n, d) if n else ("selundupan.exe", b"MZ"))
    with pytest.raises(PacketError, match="manifest"):
        wadah.read_zip(_write(tmp_path, bad), "doc.json", "Paket Uji")


def test_unsafe_path_and_duplicate_keys_are_refused(tmp_path):
    raw = wadah.packet_bytes("fmt", "doc.json", {})
    bad = _rezip(raw, lambda n, d: (n, d) if n else ("../keluar.txt", b"x"))
    with pytest.raises(PacketError, match="tidak aman"):
        wadah.read_zip(_write(tmp_path, bad), "doc.json", "Paket Uji")
    with pytest.raises(PacketError, match="ganda"):
        wadah.parse_document(b'{"a": 1, "a": 2}')


def test_not_a_zip_names_the_kind(tmp_path):
    with pytest.raises(PacketError, match="bukan Paket Narasi"):
        wadah.read_zip(_write(tmp_path, b"hello"), "doc.json", "Paket Narasi")


def test_a_dropped_packet_of_another_kind_names_the_page_that_takes_it(tmp_path):
    rules = _write(tmp_path, wadah.packet_bytes("warta-paket-aturan", "aturan.json", {}))
    assert wadah.packet_format(rules) == "warta-paket-aturan"
    assert wadah.misdirected(rules, "warta-paket-aturan") is None
    assert wadah.misdirected(rules, "warta-paket-laporan") == (
        "p.warta adalah Paket Aturan; impor di halaman Pengaturan.")
    junk = tmp_path / "rusak.warta"
    junk.write_bytes(b"bukan zip")
    assert wadah.packet_format(junk) is None  # the importer explains what is wrong
    assert wadah.misdirected(junk, "warta-paket-narasi") is None
