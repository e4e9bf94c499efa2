"""Reading a Paket Laporan that came from outside: nothing in it is trusted.

Like a brand kit zip: the file must be a regular file of bounded size; the zip has
few entries, no paths leaving it, no bombs; the manifest's SHA-256 must match; the JSON
is parsed with limits, checked field by field (types, ranges, lengths), and its text is
cleaned of control characters. Every problem is a PacketError with a message that says
what is wrong with that file; nothing is half-read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.model import PLATFORM_IDS
from core.rekap import isian, wadah
from core.rekap.paket import DOCUMENT, FORMAT, SCHEMA_VERSION
from core.rekap.wadah import PacketError

MAX_POSTS = 5000
MAX_UPLOADS = 20
MAX_TEXT = 2000
MAX_METRIC = 10**12
METRICS = ("reach", "impressions", "likes", "comments", "shares", "saves", "link_clicks")


@dataclass(frozen=True)
class Packet:
    """A checked packet: the cleaned document and what identifies it."""

    document: dict[str, Any]
    sha256: str
    path: Path

    @property
    def unit_name(self) -> str:
        return self.document["unit"]["name"]

    @property
    def unit_short(self) -> str:
        return self.document["unit"]["short_name"]

    @property
    def city(self) -> str:
        return self.document["unit"]["city"]

    @property
    def start(self) -> dt.date:
        return dt.date.fromisoformat(self.document["period"]["start"])

    @property
    def end(self) -> dt.date:
        return dt.date.fromisoformat(self.document["period"]["end"])

    @property
    def created_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.document["created_at"])


def clean(text: str, limit: int = MAX_TEXT) -> str:
    """Text as the board shows it: no control or bidi characters, bounded length."""
    return wadah.clean(text, limit)


def read_zip(path: Path) -> tuple[bytes, str]:
    """(document bytes, SHA-256 of the whole file) after every zip-level check."""
    contents = wadah.read_zip(path, DOCUMENT, "Paket Laporan")
    return contents.document, contents.sha256


# ---- the document --------------------------------------------------------------------

def _metrics(value: Any, where: str) -> dict[str, int]:
    out = {}
    for key, number in isian.need(value, dict, where).items():
        if key not in METRICS:
            continue
        number = isian.need(number, int, f"{where}.{key}")
        if not 0 <= number <= MAX_METRIC:
            raise PacketError(f"angka {where}.{key} di luar batas wajar")
        out[key] = number
    return out


def _upload(value: Any, where: str) -> dict[str, Any]:
    up = isian.need(value, dict, where)
    platform = isian.text(up, "platform", where, limit=20)
    if platform not in PLATFORM_IDS:
        raise PacketError(f"platform {platform!r} di {where} tidak dikenal")
    return {"platform": platform, "url": isian.text(up, "url", where, required=False, limit=500),
            "date": isian.date(up.get("date"), f"{where}.date"),
            "metrics": _metrics(up.get("metrics", {}), f"{where}.metrics")}


def _post(value: Any, where: str) -> dict[str, Any]:
    post = isian.need(value, dict, where)
    checks = isian.need(post.get("checks", {}), dict, f"{where}.checks")
    uploads = isian.need(post.get("uploads", []), list, f"{where}.uploads")
    if len(uploads) > MAX_UPLOADS:
        raise PacketError(f"terlalu banyak unggahan di {where}")
    collaborators = isian.need(post.get("collaborators", []), list, f"{where}.collaborators")
    campaign = post.get("campaign")
    return {
        "id": isian.need(post.get("id"), int, f"{where}.id"),
        "title": isian.text(post, "title", where, limit=300),
        "category": isian.text(post, "category", where, limit=60),
        "date": isian.date(post.get("date"), f"{where}.date"),
        "collaborators": [clean(isian.need(c, str, f"{where}.collaborators"), 200)
                          for c in collaborators[:20]],
        "campaign": clean(isian.need(campaign, str, f"{where}.campaign"), 120)
        if campaign is not None else None,
        "campaign_title": clean(isian.need(title, str, f"{where}.campaign_title"), 200)
        if campaign is not None and (title := post.get("campaign_title")) is not None
        else None,
        "checks": {
            "passed": isian.need(checks.get("passed", True), bool, f"{where}.checks.passed"),
            "checklist_ticks": isian.need(checks.get("checklist_ticks", 0), int,
                                     f"{where}.checks.checklist_ticks"),
            "skipped_errors": [clean(isian.need(e, str, f"{where}.checks"), 300)
                               for e in isian.need(checks.get("skipped_errors", []), list,
                                              f"{where}.checks.skipped_errors")[:50]],
            "reason": isian.text(checks, "reason", f"{where}.checks", required=False),
        },
        "uploads": [_upload(u, f"{where}.uploads[{i}]") for i, u in enumerate(uploads)],
    }


def _follower(value: Any, where: str) -> dict[str, Any]:
    f = isian.need(value, dict, where)
    out = {"account": isian.text(f, "account", where, limit=200),
           "platform": isian.text(f, "platform", where, limit=20),
           "handle": isian.text(f, "handle", where, required=False, limit=200)}
    for key in ("start", "end"):
        number = f.get(key)
        if number is not None:
            number = isian.need(number, int, f"{where}.{key}")
            if not 0 <= number <= MAX_METRIC:
                raise PacketError(f"angka {where}.{key} di luar batas wajar")
        out[key] = number
    return out


def check_document(doc: Any) -> dict[str, Any]:
    """The document, cleaned, or PacketError naming the first problem."""
    version = isian.check_header(doc, FORMAT, "Paket Laporan", SCHEMA_VERSION, " di Diskominfo")
    period = isian.need(doc.get("period"), dict, "period")
    start, end = isian.date(period.get("start"), "period.start"), isian.date(period.get("end"),
                                                                   "period.end")
    if start > end:
        raise PacketError("periode paket terbalik (awal sesudah akhir)")
    unit = isian.need(doc.get("unit"), dict, "unit")
    name = isian.text(unit, "name", "unit", limit=200)
    if not name:
        raise PacketError("nama perangkat daerah di paket kosong")
    pic = isian.need(doc.get("pic", {}), dict, "pic")
    posts = isian.need(doc.get("posts", []), list, "posts")
    if len(posts) > MAX_POSTS:
        raise PacketError(f"terlalu banyak konten di paket ({len(posts)}; batas {MAX_POSTS})")
    checked = [_post(p, f"posts[{i}]") for i, p in enumerate(posts)]
    ids = [p["id"] for p in checked]
    if len(set(ids)) != len(ids):
        raise PacketError("paket berisi nomor konten ganda")
    accounts = isian.need(doc.get("accounts", []), list, "accounts")[:100]
    followers = isian.need(doc.get("followers", []), list, "followers")[:500]
    created = isian.text(doc, "created_at", "dokumen", limit=40)
    try:
        dt.datetime.fromisoformat(created)
    except ValueError:
        raise PacketError("waktu pembuatan paket tidak sah") from None
    return {
        "format": FORMAT, "schema_version": version,
        "app_version": isian.text(doc, "app_version", "dokumen", required=False, limit=40),
        "created_at": created,
        "period": {"start": start, "end": end},
        "unit": {"name": name, "short_name": isian.text(unit, "short_name", "unit",
                                                   required=False, limit=80),
                 "city": isian.text(unit, "city", "unit", required=False, limit=80)},
        "pic": {k: isian.text(pic, k, "pic", required=False, limit=200)
                for k in ("name", "nip", "position")},
        "accounts": [{"name": isian.text(isian.need(a, dict, "accounts"), "name", "accounts",
                                         limit=200),
                      "own": bool(a.get("own", False)),
                      "handles": {clean(str(k), 20): clean(isian.need(v, str, "accounts.handles"),
                                                           200)
                                  for k, v in isian.need(a.get("handles", {}), dict,
                                                    "accounts.handles").items()
                                  if k in PLATFORM_IDS}}
                     for a in accounts],
        "posts": checked,
        "followers": [_follower(f, f"followers[{i}]") for i, f in enumerate(followers)],
    }


def read_packet(path: Path) -> Packet:
    """A checked packet from `path`, or PacketError."""
    body, digest = read_zip(Path(path))
    return Packet(check_document(wadah.parse_document(body)), digest, Path(path))
