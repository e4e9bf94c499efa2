"""Campaigns ("narasi"): what Diskominfo asks every PIC to amplify, and owner of the
`narasi` table.

Diskominfo drafts a campaign (title, period, key messages, official hashtags, accounts to
tag or invite as collaborators, approved photos, a caption draft per platform, do's and
don'ts) and sends it as a Paket narasi (core/rekap/narasi_paket.py). A PIC who imports it
keeps a copy here (origin 'impor') so the editor can show the key messages and the do's
and don'ts beside the post made from it. `uid` is the campaign's id across data folders.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass, field, replace

from core.date_range import date_problem
from core.model import PLATFORM_IDS, Category
from core.store import Store, now_iso

OWN, IMPORTED = "sendiri", "impor"
TAG, COLLABORATOR = "tandai", "kolaborator"
MAX_TITLE = 200
MAX_ITEMS = 20  # key messages, hashtags, accounts, do's, don'ts: each list
MAX_ITEM = 500
MAX_CAPTION = 5000
MAX_PHOTOS = 10


@dataclass
class CampaignAccount:
    """An account to tag, or to invite as a collaborator (Instagram/Facebook "Collab")."""

    name: str
    handles: dict[str, str] = field(default_factory=dict)
    role: str = COLLABORATOR


@dataclass
class Narasi:
    """One campaign. `photo_ids` are photos of this folder's Media library, in order."""

    title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    category: str = Category.IMBAUAN.value
    key_messages: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    accounts: list[CampaignAccount] = field(default_factory=list)
    captions: dict[str, str] = field(default_factory=dict)  # platform id -> draft
    dos: list[str] = field(default_factory=list)
    donts: list[str] = field(default_factory=list)
    photo_ids: list[int] = field(default_factory=list)
    uid: str = ""
    origin: str = OWN
    sender: str = ""  # for an imported copy: the unit that sent it
    id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    def collaborator_names(self) -> list[str]:
        return [a.name for a in self.accounts if a.role == COLLABORATOR]


def new_uid(today: dt.date | None = None) -> str:
    """'NRS-2026-11-3f9a0c1b': readable, and unique across every Warta of the city."""
    today = today or dt.date.today()
    return f"NRS-{today:%Y-%m}-{secrets.token_hex(4)}"


def _lines(values: list[str], what: str) -> list[str]:
    kept = [v.strip() for v in values if v and v.strip()]
    if len(kept) > MAX_ITEMS:
        raise ValueError(f"{what} terlalu banyak ({len(kept)}; maks. {MAX_ITEMS}).")
    for v in kept:
        if len(v) > MAX_ITEM:
            raise ValueError(f"{what} terlalu panjang ({len(v)} karakter; maks. {MAX_ITEM}).")
    return kept


def _hashtag(tag: str) -> str:
    return "#" + tag.strip().lstrip("#").strip()


def check_narasi(narasi: Narasi) -> Narasi:
    """The campaign tidied (blank lines out, '#' on hashtags), or ValueError saying what
    to fix in Indonesian. Every writer (editor, CLI, import) passes through here."""
    title = narasi.title.strip()
    if not title:
        raise ValueError("Judul narasi wajib diisi.")
    if len(title) > MAX_TITLE:
        raise ValueError(f"Judul narasi terlalu panjang (maks. {MAX_TITLE} karakter).")
    if narasi.start is None or narasi.end is None:
        raise ValueError("Periode narasi (tanggal mulai dan selesai) wajib diisi.")
    for day, what in ((narasi.start, "mulai"), (narasi.end, "selesai")):
        if (problem := date_problem(day, f"Tanggal {what}")) is not None:
            raise ValueError(problem)
    if narasi.start > narasi.end:
        raise ValueError("Tanggal selesai narasi sebelum tanggal mulai.")
    try:
        category = Category(narasi.category).value
    except ValueError:
        raise ValueError(f"Kategori {narasi.category!r} tidak dikenal.") from None
    captions = {}
    for platform, text in narasi.captions.items():
        if platform not in PLATFORM_IDS:
            raise ValueError(f"Platform {platform!r} tidak dikenal; pilih dari: "
                             f"{', '.join(PLATFORM_IDS)}.")
        if len(text) > MAX_CAPTION:
            raise ValueError(f"Draf keterangan {platform} terlalu panjang "
                             f"(maks. {MAX_CAPTION} karakter).")
        if text.strip():
            captions[platform] = text.strip()
    accounts = [a for a in narasi.accounts if a.name.strip()]
    if len(accounts) > MAX_ITEMS:
        raise ValueError(f"Akun terlalu banyak (maks. {MAX_ITEMS}).")
    if any(a.role not in (TAG, COLLABORATOR) for a in accounts):
        raise ValueError(f"Peran akun harus '{TAG}' atau '{COLLABORATOR}'.")
    if len(narasi.photo_ids) > MAX_PHOTOS:
        raise ValueError(f"Foto terlalu banyak ({len(narasi.photo_ids)}; maks. {MAX_PHOTOS}).")
    tags = list(dict.fromkeys(_hashtag(t) for t in _lines(narasi.hashtags, "Tagar")
                              if t.strip().lstrip("#").strip()))
    return replace(
        narasi, title=title, category=category,
        key_messages=_lines(narasi.key_messages, "Pesan kunci"), hashtags=tags,
        accounts=[replace(a, name=a.name.strip()[:MAX_ITEM],
                          handles={k: v.strip().lstrip("@") for k, v in a.handles.items()
                                   if k in PLATFORM_IDS and v.strip()}) for a in accounts],
        captions=captions, dos=_lines(narasi.dos, "Yang dianjurkan"),
        donts=_lines(narasi.donts, "Yang dihindari"),
        photo_ids=list(dict.fromkeys(narasi.photo_ids)))


# ---- the table ------------------------------------------------------------------------

def _document(narasi: Narasi) -> str:
    return json.dumps({
        "category": narasi.category, "key_messages": narasi.key_messages,
        "hashtags": narasi.hashtags,
        "accounts": [{"name": a.name, "handles": a.handles, "role": a.role}
                     for a in narasi.accounts],
        "captions": narasi.captions, "dos": narasi.dos, "donts": narasi.donts,
    }, ensure_ascii=False)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _row(row) -> Narasi:
    doc = json.loads(row["document"] or "{}")
    return Narasi(
        id=row["id"], uid=row["uid"], title=row["title"],
        start=_date(row["period_start"]), end=_date(row["period_end"]),
        origin=row["origin"], sender=row["sender"],
        category=doc.get("category", Category.IMBAUAN.value),
        key_messages=list(doc.get("key_messages", [])), hashtags=list(doc.get("hashtags", [])),
        accounts=[CampaignAccount(a.get("name", ""), dict(a.get("handles", {})),
                                  a.get("role", COLLABORATOR)) for a in doc.get("accounts", [])],
        captions=dict(doc.get("captions", {})), dos=list(doc.get("dos", [])),
        donts=list(doc.get("donts", [])), photo_ids=list(json.loads(row["photos"] or "[]")),
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        updated_at=dt.datetime.fromisoformat(row["updated_at"]))


def save(store: Store, narasi: Narasi) -> Narasi:
    """Insert (a new uid when it has none) or update by id; the caller checked it."""
    stamp = now_iso()
    values = {"uid": narasi.uid or new_uid(narasi.start), "title": narasi.title,
              "period_start": narasi.start.isoformat() if narasi.start else None,
              "period_end": narasi.end.isoformat() if narasi.end else None,
              "origin": narasi.origin, "sender": narasi.sender, "document": _document(narasi),
              "photos": json.dumps(narasi.photo_ids), "updated_at": stamp}
    if narasi.id is None:
        cur = store.execute(
            "INSERT INTO narasi(uid, title, period_start, period_end, origin, sender, document, "
            "photos, created_at, updated_at) VALUES(:uid, :title, :period_start, :period_end, "
            ":origin, :sender, :document, :photos, :updated_at, :updated_at) "
            "ON CONFLICT(uid) DO UPDATE SET title = excluded.title, period_start = "
            "excluded.period_start, period_end = excluded.period_end, sender = excluded.sender, "
            "document = excluded.document, photos = excluded.photos, updated_at = "
            "excluded.updated_at RETURNING id", values)
        narasi_id = cur.fetchone()[0]
    else:
        store.execute("UPDATE narasi SET title = :title, period_start = :period_start, "
                      "period_end = :period_end, document = :document, photos = :photos, "
                      "updated_at = :updated_at WHERE id = :id", values | {"id": narasi.id})
        narasi_id = narasi.id
    saved = get(store, narasi_id)
    assert saved is not None
    return saved


def get(store: Store, narasi_id: int) -> Narasi | None:
    row = store.execute("SELECT * FROM narasi WHERE id = ?", (narasi_id,)).fetchone()
    return _row(row) if row else None


def by_uid(store: Store, uid: str) -> Narasi | None:
    row = store.execute("SELECT * FROM narasi WHERE uid = ?", (uid,)).fetchone()
    return _row(row) if row else None


def list_all(store: Store, origin: str | None = None) -> list[Narasi]:
    """Newest period first; only own or only imported ones with `origin`."""
    sql, params = "SELECT * FROM narasi", ()
    if origin is not None:
        sql, params = sql + " WHERE origin = ?", (origin,)
    rows = store.execute(sql + " ORDER BY period_start DESC, id DESC", params).fetchall()
    return [_row(r) for r in rows]


def overlapping(store: Store, start: dt.date, end: dt.date) -> list[Narasi]:
    """Own campaigns running at some time in the period (the board lists them)."""
    rows = store.execute("SELECT * FROM narasi WHERE origin = ? AND period_start <= ? AND "
                         "period_end >= ? ORDER BY period_start, id",
                         (OWN, end.isoformat(), start.isoformat())).fetchall()
    return [_row(r) for r in rows]


def delete(store: Store, narasi_id: int) -> None:
    store.execute("DELETE FROM narasi WHERE id = ?", (narasi_id,))
