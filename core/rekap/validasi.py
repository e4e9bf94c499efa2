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

from core.date_range import MAX_DATE, MIN_DATE, date_problem
from core.model import PLATFORM_IDS
from core.rekap import wadah
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

def _need(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    if kind is int and isinstance(value, bool):
        raise PacketError(f"isian {where} bukan bilangan")
    if not isinstance(value, kind):
        raise PacketError(f"isian {where} tidak sesuai skema")
    return value


def _text(obj: dict, key: str, where: str, *, required: bool = True,
          limit: int = MAX_TEXT) -> str:
    if key not in obj:
        if required:
            raise PacketError(f"isian {where}.{key} tidak ada")
        return ""
    return clean(_need(obj[key], str, f"{where}.{key}"), limit)


def _date(value: Any, where: str) -> str:
    try:
        day = dt.date.fromisoformat(_need(value, str, where)[:10])
    except ValueError:
        raise PacketError(f"tanggal {where} tidak sah") from None
    if date_problem(day) is not None:
        raise PacketError(f"tanggal {where} di luar rentang {MIN_DATE.year}–{MAX_DATE.year}")
    return day.isoformat()


def _metrics(value: Any, where: str) -> dict[str, int]:
    out = {}
    for key, number in _need(value, dict, where).items():
        if key not in METRICS:
            continue
        number = _need(number, int, f"{where}.{key}")
        if not 0 <= number <= MAX_METRIC:
            raise PacketError(f"angka {where}.{key} di luar batas wajar")
        out[key] = number
    return out


def _upload(value: Any, where: str) -> dict[str, Any]:
    up = _need(value, dict, where)
    platform = _text(up, "platform", where, limit=20)
    if platform not in PLATFORM_IDS:
        raise PacketError(f"platform {platform!r} di {where} tidak dikenal")
    return {"platform": platform, "url": _text(up, "url", where, required=False, limit=500),
            "date": _date(up.get("date"), f"{where}.date"),
            "metrics": _metrics(up.get("metrics", {}), f"{where}.metrics")}


def _post(value: Any, where: str) -> dict[str, Any]:
    post = _need(value, dict, where)
    checks = _need(post.get("checks", {}), dict, f"{where}.checks")
    uploads = _need(post.get("uploads", []), list, f"{where}.uploads")
    if len(uploads) > MAX_UPLOADS:
        raise PacketError(f"terlalu banyak unggahan di {where}")
    collaborators = _need(post.get("collaborators", []), list, f"{where}.collaborators")
    campaign = post.get("campaign")
    return {
        "id": _need(post.get("id"), int, f"{where}.id"),
        "title": _text(post, "title", where, limit=300),
        "category": _text(post, "category", where, limit=60),
        "date": _date(post.get("date"), f"{where}.date"),
        "collaborators": [clean(_need(c, str, f"{where}.collaborators"), 200)
                          for c in collaborators[:20]],
        "campaign": clean(_need(campaign, str, f"{where}.campaign"), 120)
        if campaign is not None else None,
        "campaign_title": clean(_need(title, str, f"{where}.campaign_title"), 200)
        if campaign is not None and (title := post.get("campaign_title")) is not None
        else None,
        "checks": {
            "passed": _need(checks.get("passed", True), bool, f"{where}.checks.passed"),
            "checklist_ticks": _need(checks.get("checklist_ticks", 0), int,
                                     f"{where}.checks.checklist_ticks"),
            "skipped_errors": [clean(_need(e, str, f"{where}.checks"), 300)
                               for e in _need(checks.get("skipped_errors", []), list,
                                              f"{where}.checks.skipped_errors")[:50]],
            "reason": _text(checks, "reason", f"{where}.checks", required=False),
        },
        "uploads": [_upload(u, f"{where}.uploads[{i}]") for i, u in enumerate(uploads)],
    }


def _follower(value: Any, where: str) -> dict[str, Any]:
    f = _need(value, dict, where)
    out = {"account": _text(f, "account", where, limit=200),
           "platform": _text(f, "platform", where, limit=20),
           "handle": _text(f, "handle", where, required=False, limit=200)}
    for key in ("start", "end"):
        number = f.get(key)
        if number is not None:
            number = _need(number, int, f"{where}.{key}")
            if not 0 <= number <= MAX_METRIC:
                raise PacketError(f"angka {where}.{key} di luar batas wajar")
        out[key] = number
    return out


def check_header(doc: Any, fmt: str, kind: str, newest: int, where: str = "") -> int:
    """A packet document's format and schema version (every packet kind has them): the
    version, or PacketError for another kind, a newer schema or a version unknown."""
    doc = _need(doc, dict, "dokumen")
    if doc.get("format") != fmt:
        raise PacketError(f"bukan {kind} Warta (format tidak dikenal)")
    version = _need(doc.get("schema_version"), int, "schema_version")
    if version > newest:
        raise PacketError(f"paket dibuat Warta yang lebih baru (skema {version}); perbarui "
                          f"Warta{where} untuk membacanya")
    if version < 1:
        raise PacketError(f"versi skema {version} tidak dikenal")
    return version


def check_document(doc: Any) -> dict[str, Any]:
    """The document, cleaned, or PacketError naming the first problem."""
    version = check_header(doc, FORMAT, "Paket Laporan", SCHEMA_VERSION, " di Diskominfo")
    period = _need(doc.get("period"), dict, "period")
    start, end = _date(period.get("start"), "period.start"), _date(period.get("end"),
                                                                   "period.end")
    if start > end:
        raise PacketError("periode paket terbalik (awal sesudah akhir)")
    unit = _need(doc.get("unit"), dict, "unit")
    name = _text(unit, "name", "unit", limit=200)
    if not name:
        raise PacketError("nama perangkat daerah di paket kosong")
    pic = _need(doc.get("pic", {}), dict, "pic")
    posts = _need(doc.get("posts", []), list, "posts")
    if len(posts) > MAX_POSTS:
        raise PacketError(f"terlalu banyak konten di paket ({len(posts)}; batas {MAX_POSTS})")
    checked = [_post(p, f"posts[{i}]") for i, p in enumerate(posts)]
    ids = [p["id"] for p in checked]
    if len(set(ids)) != len(ids):
        raise PacketError("paket berisi nomor konten ganda")
    accounts = _need(doc.get("accounts", []), list, "accounts")[:100]
    followers = _need(doc.get("followers", []), list, "followers")[:500]
    created = _text(doc, "created_at", "dokumen", limit=40)
    try:
        dt.datetime.fromisoformat(created)
    except ValueError:
        raise PacketError("waktu pembuatan paket tidak sah") from None
    return {
        "format": FORMAT, "schema_version": version,
        "app_version": _text(doc, "app_version", "dokumen", required=False, limit=40),
        "created_at": created,
        "period": {"start": start, "end": end},
        "unit": {"name": name, "short_name": _text(unit, "short_name", "unit",
                                                   required=False, limit=80),
                 "city": _text(unit, "city", "unit", required=False, limit=80)},
        "pic": {k: _text(pic, k, "pic", required=False, limit=200)
                for k in ("name", "nip", "position")},
        "accounts": [{"name": _text(_need(a, dict, "accounts"), "name", "accounts", limit=200),
                      "own": bool(a.get("own", False)),
                      "handles": {clean(str(k), 20): clean(_need(v, str, "accounts.handles"),
                                                           200)
                                  for k, v in _need(a.get("handles", {}), dict,
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
