"""The Paket narasi: a campaign as one file, from Diskominfo to every PIC.

`Narasi-<slug>-<YYYY-MM>.warta` travels in the one packet container (core/rekap/wadah.py):
`narasi.json` (schema in docs/paket-narasi.schema.json) and the approved photos under
`foto/`. Reading trusts nothing: the container's checks, then the document field by field
(types, lengths, counts, duplicate ids), then every photo must open in Pillow. A problem
is a PacketError with an Indonesian message; nothing is half-read.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.media_files import path_of
from core.media_names import safe_name
from core.model import PLATFORM_IDS, Photo
from core.rekap import isian, wadah
from core.rekap.narasi import (
    MAX_CAPTION,
    MAX_ITEM,
    MAX_ITEMS,
    MAX_PHOTOS,
    MAX_TITLE,
    CampaignAccount,
    Narasi,
    check_narasi,
)
from core.rekap.wadah import PacketError
from core.store import now_iso
from core.version import __version__

FORMAT = "warta-paket-narasi"
SCHEMA_VERSION = 1
DOCUMENT = "narasi.json"
SUFFIX = ".warta"
PHOTO_DIR = "foto/"
MAX_PACKET_BYTES = 64 * 1024 * 1024  # ten approved photos at full size
MAX_PIXELS = 80_000_000
_PHOTO_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "MPO": "jpg"}
_EXPORTABLE = {"jpg", "jpeg", "jpe", "jfif", "png", "webp", "gif"}
_UID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")


@dataclass(frozen=True)
class PacketPhoto:
    """An approved photo as the packet carries it."""

    name: str
    data: bytes
    credit: str = ""
    alt_text: str = ""


@dataclass(frozen=True)
class NarasiPacket:
    """A checked Paket narasi: the campaign, its photos in order, who sent it."""

    narasi: Narasi
    photos: list[PacketPhoto] = field(default_factory=list)
    sender: str = ""
    sha256: str = ""


def packet_name(narasi: Narasi) -> str:
    """'Narasi-Cimahi-Bebas-Sampah-2026-11.warta'."""
    slug = re.sub(r"[^0-9A-Za-z]+", "-", safe_name(narasi.title, "Narasi")).strip("-")
    month = f"{narasi.start:%Y-%m}" if narasi.start else f"{dt.date.today():%Y-%m}"
    return f"Narasi-{slug[:60].rstrip('-') or 'Narasi'}-{month}{SUFFIX}"


# ---- writing --------------------------------------------------------------------------

def _photo_file(index: int, photo: Photo) -> str:
    return f"{PHOTO_DIR}{index:02d}.{photo.ext.lstrip('.').lower() or 'jpg'}"


def build_document(narasi: Narasi, photos: list[Photo], sender: dict[str, str]) -> dict:
    """narasi.json for a checked campaign and its photos (in the campaign's order)."""
    return {
        "format": FORMAT, "schema_version": SCHEMA_VERSION, "app_version": __version__,
        "created_at": now_iso(), "sender": sender,
        "campaign": {
            "id": narasi.uid, "title": narasi.title,
            "period": {"start": narasi.start.isoformat(), "end": narasi.end.isoformat()},
            "category": narasi.category, "key_messages": narasi.key_messages,
            "hashtags": narasi.hashtags,
            "accounts": [{"name": a.name, "handles": a.handles, "role": a.role}
                         for a in narasi.accounts],
            "captions": narasi.captions, "dos": narasi.dos, "donts": narasi.donts,
            "photos": [{"file": _photo_file(i, p), "name": p.original_name,
                        "credit": p.credit, "alt_text": p.alt_text}
                       for i, p in enumerate(photos, 1)],
        },
    }


def packet_bytes(narasi: Narasi, photos: list[Photo], sender: dict[str, str]) -> bytes:
    """The zip; PacketError when a photo is gone from the library or the whole is too big."""
    files: dict[str, bytes] = {}
    for i, photo in enumerate(photos, 1):
        if photo.ext.lstrip(".").lower() not in _EXPORTABLE:
            raise PacketError(f"foto {photo.original_name} berformat {photo.ext.upper()}; "
                              "PIC hanya dapat membuka JPEG, PNG, WebP, atau GIF. Simpan "
                              "ulang sebagai JPEG lalu pakai foto itu")
        if photo.size_bytes > wadah.MAX_ENTRY_BYTES:
            raise PacketError(f"foto {photo.original_name} terlalu besar untuk paket "
                              f"(maks. {wadah.MAX_ENTRY_BYTES // 1_048_576} MB per foto)")
        try:
            files[_photo_file(i, photo)] = path_of(photo).read_bytes()
        except OSError:
            raise PacketError(f"foto {photo.original_name} tidak ada lagi di folder media; "
                              "lepaskan dari narasi atau impor ulang") from None
    if sum(len(b) for b in files.values()) > MAX_PACKET_BYTES - 1_000_000:
        raise PacketError(f"foto narasi terlalu besar (total maks. "
                          f"{MAX_PACKET_BYTES // 1_048_576} MB); kecilkan atau kurangi foto")
    return wadah.packet_bytes(FORMAT, DOCUMENT, build_document(narasi, photos, sender), files)


# ---- reading --------------------------------------------------------------------------

def _strings(value: Any, where: str, limit: int = MAX_ITEM) -> list[str]:
    items = isian.need(value if value is not None else [], list, where)
    if len(items) > MAX_ITEMS:
        raise PacketError(f"isian {where} terlalu banyak ({len(items)}; batas {MAX_ITEMS})")
    out = [wadah.clean(isian.need(v, str, where), limit * 4) for v in items]
    if any(len(v) > limit for v in out):
        raise PacketError(f"teks di {where} terlalu panjang (batas {limit} karakter)")
    return out


def _account(value: Any, where: str) -> CampaignAccount:
    acc = isian.need(value, dict, where)
    handles = isian.need(acc.get("handles", {}), dict, f"{where}.handles")
    role = isian.text(acc, "role", where, required=False, limit=20) or "kolaborator"
    return CampaignAccount(
        isian.text(acc, "name", where, limit=200),
        {k: wadah.clean(isian.need(v, str, f"{where}.handles"), 100)
         for k, v in handles.items() if k in PLATFORM_IDS},
        role)


def _captions(value: Any) -> dict[str, str]:
    captions = isian.need(value if value is not None else {}, dict, "campaign.captions")
    out = {}
    for platform, text in captions.items():
        if platform not in PLATFORM_IDS:
            raise PacketError(f"platform {wadah.clean(str(platform), 20)!r} di "
                              "campaign.captions tidak dikenal")
        text = isian.need(text, str, f"campaign.captions.{platform}")
        if len(text) > MAX_CAPTION:
            raise PacketError(f"draf keterangan {platform} terlalu panjang "
                              f"(batas {MAX_CAPTION} karakter)")
        out[platform] = wadah.clean(text, MAX_CAPTION)  # keeps line breaks
    return out


def _photo_bytes(data: bytes, name: str) -> str:
    """The photo's file type, or PacketError when Pillow cannot read it as a photo."""
    from PIL import Image  # only when a packet is read

    try:
        with Image.open(io.BytesIO(data)) as im:
            kind = _PHOTO_FORMATS.get(im.format or "")
            if kind is None:
                raise PacketError(f"foto {name} bukan JPEG, PNG, WebP, atau GIF")
            if im.width * im.height > MAX_PIXELS:
                raise PacketError(f"foto {name} terlalu besar ({im.width}×{im.height} piksel)")
            im.verify()
    except PacketError:
        raise
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a broken file
        raise PacketError(f"foto {name} rusak atau bukan foto (tidak dapat dibuka)") from None
    return kind


def _photos(value: Any, files: dict[str, bytes]) -> list[PacketPhoto]:
    items = isian.need(value if value is not None else [], list, "campaign.photos")
    if len(items) > MAX_PHOTOS:
        raise PacketError(f"foto di paket terlalu banyak ({len(items)}; batas {MAX_PHOTOS})")
    out, used = [], set()
    for i, item in enumerate(items):
        where = f"campaign.photos[{i}]"
        item = isian.need(item, dict, where)
        file = isian.need(item.get("file"), str, f"{where}.file")
        if file in used:
            raise PacketError("paket menyebut berkas foto yang sama dua kali")
        if file not in files:
            raise PacketError(f"foto {wadah.clean(file, 80)!r} tidak ada di dalam paket")
        used.add(file)
        name = isian.text(item, "name", where, required=False, limit=200) or Path(file).name
        _photo_bytes(files[file], name)
        out.append(PacketPhoto(name, files[file],
                               isian.text(item, "credit", where, required=False, limit=200),
                               isian.text(item, "alt_text", where, required=False)))
    if extra := set(files) - used:
        raise PacketError(f"paket berisi berkas yang tidak disebut dokumen: "
                          f"{wadah.clean(sorted(extra)[0], 80)!r}")
    return out


def _campaign(value: Any, files: dict[str, bytes]) -> tuple[Narasi, list[PacketPhoto]]:
    c = isian.need(value, dict, "campaign")
    uid = isian.need(c.get("id"), str, "campaign.id")
    if not _UID.fullmatch(uid):
        raise PacketError("nomor narasi (campaign.id) tidak sah")
    period = isian.need(c.get("period"), dict, "campaign.period")
    accounts = isian.need(c.get("accounts", []), list, "campaign.accounts")
    if len(accounts) > MAX_ITEMS:
        raise PacketError(f"akun di paket terlalu banyak (batas {MAX_ITEMS})")
    draft = Narasi(
        uid=uid, title=isian.text(c, "title", "campaign", limit=MAX_TITLE),
        start=dt.date.fromisoformat(isian.date(period.get("start"), "campaign.period.start")),
        end=dt.date.fromisoformat(isian.date(period.get("end"), "campaign.period.end")),
        category=isian.text(c, "category", "campaign", required=False, limit=60) or "Imbauan",
        key_messages=_strings(c.get("key_messages"), "campaign.key_messages"),
        hashtags=_strings(c.get("hashtags"), "campaign.hashtags", 140),
        accounts=[_account(a, f"campaign.accounts[{i}]") for i, a in enumerate(accounts)],
        captions=_captions(c.get("captions")),
        dos=_strings(c.get("dos"), "campaign.dos"),
        donts=_strings(c.get("donts"), "campaign.donts"))
    photos = _photos(c.get("photos"), files)
    try:
        return check_narasi(draft), photos
    except ValueError as exc:
        raise PacketError(str(exc).rstrip(".")) from None


def check_document(doc: Any, files: dict[str, bytes]) -> tuple[Narasi, list[PacketPhoto], str]:
    """(campaign, photos, sender's unit name) from a parsed document, or PacketError."""
    isian.check_header(doc, FORMAT, "Paket narasi", SCHEMA_VERSION)
    sender = isian.need(doc.get("sender", {}), dict, "sender")
    narasi, photos = _campaign(doc.get("campaign"), files)
    return narasi, photos, isian.text(sender, "unit", "sender", required=False, limit=200)


def read_packet(path: Path) -> NarasiPacket:
    """A checked Paket narasi from `path`, or PacketError."""
    contents = wadah.read_zip(Path(path), DOCUMENT, "Paket narasi",
                              max_bytes=MAX_PACKET_BYTES, max_entries=MAX_PHOTOS + 4)
    narasi, photos, sender = check_document(wadah.parse_document(contents.document),
                                            contents.files)
    return NarasiPacket(narasi, photos, sender, contents.sha256)
