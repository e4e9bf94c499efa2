"""The one container every Warta packet travels in (laporan, narasi, aturan).

A packet is a zip: a JSON document, any number of attached files (photos, a brand kit)
and `manifest.json` holding the format name and the SHA-256 of every other entry. It
crosses flash drives, e-mail and WhatsApp, so reading trusts nothing: a regular file of
bounded size, few entries, no paths leaving the zip, no bombs, no encryption, every
entry listed in the manifest with a matching hash. Each problem is a PacketError whose
Indonesian message names it; nothing is half-read.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "manifest.json"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 64
MAX_ENTRY_BYTES = 32 * 1024 * 1024
MAX_RATIO = 200
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


class PacketError(ValueError):
    """A packet that cannot be read; the message names the problem in Indonesian."""


@dataclass(frozen=True)
class Contents:
    """What a checked zip holds: the document's bytes, the attached files, the file hash."""

    document: bytes
    sha256: str
    files: dict[str, bytes] = field(default_factory=dict)


def clean(text: str, limit: int = 2000) -> str:
    """Text as Warta shows it: no control or bidi characters, bounded length."""
    return _CONTROL.sub("", text)[:limit].strip()


def packet_bytes(fmt: str, document_name: str, document: dict,
                 files: dict[str, bytes] | None = None) -> bytes:
    """The zip: document, attached files, manifest of their SHA-256, deterministic order."""
    body = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    entries = {document_name: body, **dict(sorted((files or {}).items()))}
    manifest = {"format": fmt,
                "sha256": {name: hashlib.sha256(data).hexdigest()
                           for name, data in entries.items()}}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        zf.writestr(MANIFEST, json.dumps(manifest, indent=1).encode("utf-8"))
    return buffer.getvalue()


def _safe_name(name: str) -> bool:
    return (bool(name) and not name.startswith(("/", "\\")) and "\\" not in name
            and ".." not in name.split("/") and ":" not in name and "\x00" not in name)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise PacketError(f"berkas tidak dapat dibaca: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise PacketError("bukan berkas biasa (folder, perangkat, atau pipa)")
    if info.st_size > max_bytes:
        raise PacketError(f"berkas terlalu besar ({info.st_size // 1_048_576} MB; batas "
                          f"{max_bytes // 1_048_576} MB)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PacketError(f"berkas tidak dapat dibaca: {exc.strerror or exc}") from None


def _check_entries(infos: list[zipfile.ZipInfo], max_entries: int) -> None:
    if len(infos) > max_entries:
        raise PacketError(f"terlalu banyak berkas di dalam paket ({len(infos)}; batas "
                          f"{max_entries})")
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise PacketError("paket berisi nama berkas ganda")
    for i in infos:
        if not _safe_name(i.filename):
            raise PacketError(f"paket berisi jalur yang tidak aman: {clean(i.filename, 80)!r}")
        if i.flag_bits & 0x1:
            raise PacketError("paket terenkripsi tidak diterima")
        if i.file_size > MAX_ENTRY_BYTES or (
                i.file_size > 1_000_000 and i.file_size > MAX_RATIO * max(1, i.compress_size)):
            raise PacketError("isi paket terlalu besar atau termampatkan tidak wajar "
                              "(kemungkinan zip bomb)")


def read_zip(path: Path, document_name: str, kind: str, *,
             max_bytes: int = MAX_FILE_BYTES, max_entries: int = MAX_ENTRIES) -> Contents:
    """The checked contents of a packet at `path`; `kind` names it in messages."""
    raw = _read_file(Path(path), max_bytes)
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise PacketError(f"bukan {kind} Warta (bukan berkas zip yang utuh)") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        _check_entries(zf.infolist(), max_entries)
        names = {i.filename for i in infos}
        if document_name not in names or MANIFEST not in names:
            raise PacketError(f"paket tidak berisi {document_name} dan {MANIFEST}")
        try:
            manifest = json.loads(zf.read(MANIFEST)[:262144])
            data = {n: zf.read(n) for n in sorted(names - {MANIFEST})}
        except (zipfile.BadZipFile, ValueError, OSError, RecursionError, EOFError,
                NotImplementedError, zlib.error):
            raise PacketError("isi paket rusak (manifest atau dokumen tidak terbaca)") from None
    hashes = manifest.get("sha256") if isinstance(manifest, dict) else None
    if not isinstance(hashes, dict):
        raise PacketError("manifest paket tidak sah")
    for name, body in data.items():
        expected = hashes.get(name)
        if not isinstance(expected, str) or hashlib.sha256(body).hexdigest() != expected.lower():
            raise PacketError("isi paket tidak cocok dengan manifest (berkas berubah atau "
                              "rusak di perjalanan); minta pengirim mengirim ulang")
    document = data.pop(document_name)
    return Contents(document, hashlib.sha256(raw).hexdigest(), data)


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise PacketError("dokumen paket berisi kunci ganda")
    return dict(pairs)


def parse_document(body: bytes) -> object:
    """The document's JSON, refusing duplicate keys; PacketError when it is not JSON."""
    try:
        return json.loads(body.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except PacketError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PacketError("dokumen paket bukan JSON yang sah") from None


# format -> (what the packet is called, the page that imports it)
KINDS = {"warta-paket-laporan": ("Paket Laporan", "Rekap Kota"),
         "warta-paket-narasi": ("Paket Narasi", "Konten"),
         "warta-paket-aturan": ("Paket Aturan", "Pengaturan")}


def packet_format(path: Path) -> str | None:
    """The format its manifest names, read cheaply (no hashing); None when unreadable.
    Only for routing a dropped file: the real import checks everything again."""
    try:
        if os.stat(path).st_size > MAX_FILE_BYTES:
            return None
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(MANIFEST)[:262144])
    except Exception:  # noqa: BLE001 - anything unreadable is for the importer to explain
        return None
    found = manifest.get("format") if isinstance(manifest, dict) else None
    return found if isinstance(found, str) else None


def misdirected(path: Path, expected: str) -> str | None:
    """A message when `path` is another kind of Warta packet than `expected` (a Paket
    Aturan dropped on Konten), naming the page that takes it; else None."""
    found = packet_format(path)
    if found is None or found == expected or found not in KINDS:
        return None
    name, page = KINDS[found]
    return f"{path.name} adalah {name}; impor di halaman {page}."
