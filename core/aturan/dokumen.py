"""The Paket Aturan's document, `aturan.json`, read from a packet and checked field by field.

A packet crosses WhatsApp and flash drives, so nothing in it is trusted: wrong types,
control characters, names that a spreadsheet would run as a formula ("=HYPERLINK(…)"),
huge or duplicated lists are refused with a message naming the entry, and text is
cleaned of control and bidi characters. The schema is docs/paket-aturan.schema.json.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.captions.hashtags import format_hashtags, parse_hashtags
from core.checks.glossary import validate_term
from core.platforms import PLATFORMS
from core.rekap.isian import check_header
from core.rekap.wadah import PacketError, clean, parse_document, read_zip

FORMAT = "warta-paket-aturan"
DOCUMENT = "aturan.json"
SCHEMA = 1
SUFFIX = ".warta"
KIT_PREFIX = "kit/"
RULE_FILES: tuple[str, ...] = ("akurasi", "nada", "kepatuhan", "ejaan", "spelling_extra")
MAX_PACKET_BYTES = 40 * 1024 * 1024  # a brand kit rides along (kit zips are up to ~30 MB)
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024
MAX_TERMS = 5000
MAX_SETS = 500
MAX_ACCOUNTS = 2000
MAX_RULE_VALUES = 20000
MAX_NAME = 200
MAX_VERSION = 1_000_000
GLOSSARY_KINDS = ("nama", "jabatan", "unit", "wilayah", "singkatan", "akronim", "istilah",
                  "satuan", "")
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_HANDLE = re.compile(r"^[\w.\-]{1,100}$")


@dataclass(frozen=True)
class KitAttachment:
    """The city's brand kit as it travels: a kit zip the kit importer checks again."""

    id: str
    name: str
    data: bytes


@dataclass(frozen=True)
class AturanPacket:
    """A checked Paket Aturan: version, date, sender and the five lists."""

    version: int
    date: dt.date
    city: str
    sender: str
    sha256: str = ""
    glossary: dict[str, dict[str, Any]] = field(default_factory=dict)
    hashtag_sets: dict[str, str] = field(default_factory=dict)  # name -> "#A #B"
    accounts: dict[str, dict[str, str]] = field(default_factory=dict)  # name -> handles
    rule_lists: dict[str, dict[str, Any]] = field(default_factory=dict)  # file -> overlay
    kit: KitAttachment | None = None


def name_text(value: object, what: str, *, limit: int = MAX_NAME) -> str:
    """A name as stored: text, cleaned, not empty, not formula-like (it may reach Excel)."""
    if not isinstance(value, str):
        raise PacketError(f"{what} harus berupa teks")
    text = " ".join(clean(value, limit * 4).split())
    if not text:
        raise PacketError(f"{what} kosong")
    if len(text) > limit:
        raise PacketError(f"{what} terlalu panjang ({len(text)} karakter; batas {limit})")
    if _FORMULA.match(text):
        raise PacketError(f"{what} {text[:40]!r} berbentuk rumus spreadsheet; paket ditolak")
    return text


def _mapping(doc: dict[str, Any], key: str, kind: type, limit: int, what: str) -> Any:
    value = doc.get(key, kind())
    if not isinstance(value, kind):
        raise PacketError(f"{what} harus berupa {'daftar' if kind is list else 'objek'}")
    if len(value) > limit:
        raise PacketError(f"{what} terlalu banyak ({len(value)}; batas {limit})")
    return value


def _term_info(term: str, info: object) -> dict[str, Any]:
    if not isinstance(info, dict):
        raise PacketError(f"glosarium: entri {term!r} harus berupa objek")
    out: dict[str, Any] = {}
    kind = info.get("kind", "")
    if not isinstance(kind, str) or kind not in GLOSSARY_KINDS:
        raise PacketError(f"glosarium: jenis istilah {term!r} tidak dikenal")
    if kind:
        out["kind"] = kind
    for key in ("expansion", "holder"):
        if info.get(key) not in (None, ""):
            out[key] = name_text(info[key], f"glosarium: {key} untuk {term!r}")
    if "generic" in info:
        if not isinstance(info["generic"], bool):
            raise PacketError(f"glosarium: generic untuk {term!r} harus true atau false")
        if info["generic"]:
            out["generic"] = True
    return out


def _glossary(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    raw = _mapping(doc, "glosarium", dict, MAX_TERMS, "glosarium")
    out: dict[str, dict[str, Any]] = {}
    for term, info in raw.items():
        text = name_text(term, "istilah glosarium", limit=MAX_NAME)
        try:
            text = validate_term(text)
        except ValueError as exc:
            raise PacketError(f"glosarium: {exc}") from None
        if text in out:
            raise PacketError(f"glosarium: istilah {text!r} ada dua kali")
        out[text] = _term_info(text, info)
    return out


def _unique(name: str, seen: set[str], what: str) -> None:
    key = name.casefold()
    if key in seen:
        raise PacketError(f"{what} {name!r} ada dua kali")
    seen.add(key)


def _named(doc: dict[str, Any], key: str, limit: int, what: str) -> Iterator[tuple[str, dict]]:
    """(name, entry) of a list of {"nama": …} objects: objects only, names unique."""
    seen: set[str] = set()
    for entry in _mapping(doc, key, list, limit, what):
        if not isinstance(entry, dict):
            raise PacketError(f"{what}: setiap entri harus berupa objek")
        name = name_text(entry.get("nama"), f"nama {what}")
        _unique(name, seen, what)
        yield name, entry


def _hashtag_sets(doc: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, entry in _named(doc, "kumpulan_tagar", MAX_SETS, "kumpulan tagar"):
        tags_raw = entry.get("tagar")
        if not isinstance(tags_raw, str):
            raise PacketError(f"kumpulan tagar {name!r}: tagar harus berupa teks")
        tags = parse_hashtags(clean(tags_raw, 4000))[:60]
        if not tags:
            raise PacketError(f"kumpulan tagar {name!r} tidak berisi tagar")
        out[name] = format_hashtags(tags)
    return out


def _handles(name: str, raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise PacketError(f"akun {name!r}: daftar akun per platform harus berupa objek")
    out: dict[str, str] = {}
    for platform, handle in raw.items():
        if platform not in PLATFORMS:
            raise PacketError(f"akun {name!r}: platform {clean(str(platform), 40)!r} "
                              "tidak dikenal")
        if not isinstance(handle, str):
            raise PacketError(f"akun {name!r}: nama akun {platform} harus berupa teks")
        text = clean(handle, 200).lstrip("@").strip()
        if text and (not _HANDLE.match(text) or _FORMULA.match(text)):
            raise PacketError(f"akun {name!r}: nama akun {platform} {text[:40]!r} tidak sah")
        if text:
            out[platform] = text
    return out


def _accounts(doc: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {name: _handles(name, entry.get("akun", {}))
            for name, entry in _named(doc, "direktori_akun", MAX_ACCOUNTS, "akun")}


def _rule_value(value: object, where: str, budget: list[int], depth: int = 0) -> object:
    """One value of a rules file: JSON scalars, lists and objects, bounded and cleaned."""
    budget[0] -= 1
    if budget[0] < 0:
        raise PacketError(f"daftar aturan terlalu besar (lebih dari {MAX_RULE_VALUES} nilai)")
    if depth > 4:
        raise PacketError(f"daftar aturan {where}: susunan terlalu dalam")
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return clean(value, 500)
    if isinstance(value, list):
        return [_rule_value(v, where, budget, depth + 1) for v in value]
    if isinstance(value, dict):
        return {clean(str(k), 200): _rule_value(v, where, budget, depth + 1)
                for k, v in value.items() if not str(k).startswith("_")}
    raise PacketError(f"daftar aturan {where}: nilai tidak sah")


def _rule_lists(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    raw = _mapping(doc, "daftar_aturan", dict, len(RULE_FILES), "daftar aturan")
    budget = [MAX_RULE_VALUES]
    out: dict[str, dict[str, Any]] = {}
    for name, data in raw.items():
        if name not in RULE_FILES:
            raise PacketError(f"daftar aturan {clean(str(name), 40)!r} tidak dikenal "
                              f"(yang dikenal: {', '.join(RULE_FILES)})")
        if not isinstance(data, dict):
            raise PacketError(f"daftar aturan {name} harus berupa objek")
        value = _rule_value(data, name, budget)
        assert isinstance(value, dict)
        out[name] = value
    return out


def _kit(doc: dict[str, Any], files: dict[str, bytes]) -> KitAttachment | None:
    raw = doc.get("kit_merek")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise PacketError("kit merek harus berupa objek")
    kit_id = raw.get("id")
    if not isinstance(kit_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", kit_id):
        raise PacketError("kit merek: id kit tidak sah")
    name = name_text(raw.get("nama", kit_id), "nama kit merek")
    berkas = raw.get("berkas")
    if berkas != f"{KIT_PREFIX}{kit_id}.zip" or berkas not in files:
        raise PacketError("kit merek: berkas kit tidak ada di dalam paket")
    return KitAttachment(kit_id, name, files[berkas])


def _header(doc: dict[str, Any]) -> tuple[int, dt.date, str, str]:
    check_header(doc, FORMAT, "Paket Aturan", SCHEMA)
    version = doc.get("versi")
    if not isinstance(version, int) or isinstance(version, bool) or not \
            1 <= version <= MAX_VERSION:
        raise PacketError("nomor versi paket aturan tidak sah")
    try:
        date = dt.date.fromisoformat(str(doc.get("tanggal")))
    except ValueError:
        raise PacketError("tanggal paket aturan tidak sah (harus TTTT-BB-HH)") from None
    city = name_text(doc.get("kota"), "nama kota")
    sender = name_text(doc.get("pengirim"), "pengirim")
    return version, date, city, sender


def parse(doc: object, files: dict[str, bytes], sha256: str = "") -> AturanPacket:
    """The packet from its parsed document and attached files; PacketError when hostile."""
    if not isinstance(doc, dict):
        raise PacketError("dokumen paket aturan harus berupa objek JSON")
    version, date, city, sender = _header(doc)
    kit_raw = doc.get("kit_merek")
    allowed = {f"{KIT_PREFIX}{kit_raw.get('id')}.zip"} if isinstance(kit_raw, dict) else set()
    extra = set(files) - allowed
    if extra:
        raise PacketError("paket aturan berisi berkas yang tidak dikenal: "
                          f"{clean(sorted(extra)[0], 60)!r}")
    return AturanPacket(version, date, city, sender, sha256, _glossary(doc),
                        _hashtag_sets(doc), _accounts(doc), _rule_lists(doc),
                        _kit(doc, files))


def read_packet(path: Path) -> AturanPacket:
    """A Paket Aturan file, checked through the one packet container (core.rekap.wadah)."""
    contents = read_zip(Path(path), DOCUMENT, "Paket Aturan", max_bytes=MAX_PACKET_BYTES,
                        max_entries=4)
    if len(contents.document) > MAX_DOCUMENT_BYTES:
        raise PacketError(f"{DOCUMENT} terlalu besar (batas "
                          f"{MAX_DOCUMENT_BYTES // 1_048_576} MB)")
    return parse(parse_document(contents.document), contents.files, contents.sha256)
