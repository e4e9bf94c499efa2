"""What the PIC decided about a post's checks: checklist ticks, ignored findings, overrides.

The checks engine (core/checks) only judges text; this module stores what people did
with its answers, in the tables of migration v2:

- checklist_ticks(post_id, item_id, ticked_by, ticked_at): who confirmed an item, when.
- ignored_findings(post_id, finding_key): "Abaikan di konten ini" (Finding.key values,
  handed back to check_post(ignored=...)).
- check_overrides(...): the reason given for moving a post on with open errors, or with
  unticked checklist items ("Tetap lanjutkan": entries of kind "checklist" in `errors`);
  the monthly report's compliance part reads it, and posts.review_reason keeps the latest
  reason given for errors (written through core/posts.py, the owner of posts).

Also a post's photos for check_post/applicable_items (a small query, so the checks do not
depend on the media library's module).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core import posts
from core.checks import ChecklistItem, Finding
from core.model import Photo, Status
from core.profile import load_profile
from core.store import Store, now_iso

MAX_REASON = 2000
CHECKLIST_KIND = "checklist"

# Statuses in workflow order: moving to SIAP_DITINJAU or later with errors needs a reason.
STATUS_ORDER: tuple[Status, ...] = (Status.DRAF, Status.SIAP_DITINJAU, Status.DISETUJUI,
                                    Status.TERBIT)


@dataclass(frozen=True)
class Tick:
    item_id: str
    ticked_by: str
    ticked_at: dt.datetime | None


@dataclass(frozen=True)
class Override:
    id: int
    post_id: int
    reason: str
    errors: list[dict[str, object]]
    decided_by: str
    decided_at: dt.datetime | None

    @property
    def keys(self) -> set[str]:
        return {str(e.get("key", "")) for e in self.errors if e.get("key")}


def _parse(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _stamp(at: dt.datetime | None) -> str:
    return at.replace(microsecond=0).isoformat() if at is not None else now_iso()


def _need_post(post_id: int | None) -> int:
    if post_id is None:
        raise ValueError("Konten belum tersimpan; simpan dulu sebelum mencatat pemeriksaan.")
    return int(post_id)


def person_name(store: Store) -> str:
    """The name ticks and decisions are recorded under: the profile's PIC."""
    name = load_profile(store).pic_name.strip()
    return name or "PIC"


# ---- checklist ticks ------------------------------------------------------------------------

def list_ticks(store: Store, post_id: int) -> dict[str, Tick]:
    """item_id -> Tick for every ticked item of the post."""
    rows = store.execute(
        "SELECT item_id, ticked_by, ticked_at FROM checklist_ticks WHERE post_id = ?",
        (post_id,)).fetchall()
    return {r["item_id"]: Tick(r["item_id"], r["ticked_by"], _parse(r["ticked_at"]))
            for r in rows}


def tick(store: Store, post_id: int | None, item_id: str, ticked_by: str,
         at: dt.datetime | None = None) -> Tick:
    """Record that `ticked_by` confirmed `item_id` (ticking again updates who and when)."""
    post_id = _need_post(post_id)
    if not item_id.strip():
        raise ValueError("Butir daftar periksa tanpa id tidak dapat dicentang.")
    stamp = _stamp(at)
    store.execute(
        "INSERT INTO checklist_ticks(post_id, item_id, ticked_by, ticked_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(post_id, item_id) DO UPDATE SET ticked_by = excluded.ticked_by, "
        "ticked_at = excluded.ticked_at",
        (post_id, item_id, ticked_by.strip() or "PIC", stamp))
    return Tick(item_id, ticked_by.strip() or "PIC", _parse(stamp))


def untick(store: Store, post_id: int, item_id: str) -> bool:
    """Remove a tick; False when the item was not ticked."""
    cur = store.execute("DELETE FROM checklist_ticks WHERE post_id = ? AND item_id = ?",
                        (post_id, item_id))
    return cur.rowcount > 0


# ---- ignored findings -----------------------------------------------------------------------

def ignored_keys(store: Store, post_id: int | None) -> frozenset[str]:
    """Finding keys the PIC chose to ignore in this post (for check_post(ignored=...))."""
    if post_id is None:
        return frozenset()
    rows = store.execute("SELECT finding_key FROM ignored_findings WHERE post_id = ?",
                         (post_id,)).fetchall()
    return frozenset(r[0] for r in rows)


def ignore_finding(store: Store, post_id: int | None, key: str) -> bool:
    """'Abaikan di konten ini'; False when it was already ignored."""
    post_id = _need_post(post_id)
    cur = store.execute(
        "INSERT OR IGNORE INTO ignored_findings(post_id, finding_key) VALUES (?, ?)",
        (post_id, key))
    return cur.rowcount > 0


def unignore_finding(store: Store, post_id: int, key: str) -> bool:
    cur = store.execute("DELETE FROM ignored_findings WHERE post_id = ? AND finding_key = ?",
                        (post_id, key))
    return cur.rowcount > 0


def clear_ignored(store: Store, post_id: int) -> list[str]:
    """Show every ignored finding again; returns the keys that were ignored (for undo)."""
    keys = sorted(ignored_keys(store, post_id))
    store.execute("DELETE FROM ignored_findings WHERE post_id = ?", (post_id,))
    return keys


# ---- overrides ("lanjut walau ada galat") ---------------------------------------------------

def needs_reason(old: Status | str | None, new: Status | str) -> bool:
    """Is `new` a step forward into review or later (where open errors need a reason)?"""
    rank = {s: i for i, s in enumerate(STATUS_ORDER)}
    try:
        new_rank = rank[Status(new)]
    except ValueError:
        return False
    try:
        old_rank = rank[Status(old)] if old is not None else -1
    except ValueError:
        old_rank = -1
    return new_rank >= rank[Status.SIAP_DITINJAU] and new_rank > old_rank


def errors_payload(findings: Iterable[Finding]) -> list[dict[str, object]]:
    """The errors as stored in check_overrides.errors (the report shows `message`)."""
    out = []
    seen: set[tuple[str, str]] = set()
    for f in findings:
        if f.severity != "error" or (f.key, f.message) in seen:
            continue
        seen.add((f.key, f.message))
        out.append({"rule_id": f.rule_id, "key": f.key, "message": f.message,
                    "target": f.target.key, "matched": f.matched})
    return out


def checklist_payload(items: Iterable[ChecklistItem]) -> list[dict[str, object]]:
    """Unticked checklist items as stored in check_overrides.errors (kind "checklist")."""
    return [{"kind": CHECKLIST_KIND, "key": checklist_key(i.id), "item_id": i.id,
             "message": i.label} for i in items]


def checklist_key(item_id: str) -> str:
    """The key an unticked item is remembered under once the PIC chose to go on."""
    return f"{CHECKLIST_KIND}:{item_id}"


def _clean_reason(reason: str, what: str) -> str:
    clean = reason.strip()
    if not clean:
        raise ValueError(f"Alasan wajib diisi: tulis mengapa konten tetap dilanjutkan {what}.")
    if len(clean) > MAX_REASON:
        raise ValueError(f"Alasan terlalu panjang ({len(clean)} karakter, maks. {MAX_REASON}).")
    return clean


def _record(store: Store, post_id: int, reason: str, payload: list[dict[str, object]],
            decided_by: str, at: dt.datetime | None, *, review: bool) -> Override:
    stamp = _stamp(at)
    by = decided_by.strip() or "PIC"
    with store.transaction():
        cur = store.execute(
            "INSERT INTO check_overrides(post_id, reason, errors, decided_by, decided_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (post_id, reason, json.dumps(payload, ensure_ascii=False), by, stamp))
        if review:
            posts.set_review_reason(store, post_id, reason)
    return Override(cur.lastrowid, post_id, reason, payload, by, _parse(stamp))


def record_override(store: Store, post_id: int | None, reason: str,
                    errors: Iterable[Finding], decided_by: str,
                    at: dt.datetime | None = None) -> Override:
    """Store why the post goes on with these errors; posts.review_reason gets the reason.

    Raises ValueError with an Indonesian message for an empty or overlong reason.
    """
    post_id = _need_post(post_id)
    clean = _clean_reason(reason, "walau masih ada galat")
    return _record(store, post_id, clean, errors_payload(errors), decided_by, at, review=True)


def record_checklist_override(store: Store, post_id: int | None, reason: str,
                              items: Iterable[ChecklistItem], decided_by: str,
                              at: dt.datetime | None = None) -> Override:
    """'Tetap lanjutkan' with unticked checklist items: who, when, why and which items
    (posts.review_reason stays the reason given for errors)."""
    post_id = _need_post(post_id)
    clean = _clean_reason(reason, "walau daftar periksa belum lengkap")
    return _record(store, post_id, clean, checklist_payload(items), decided_by, at,
                   review=False)


def list_overrides(store: Store, post_id: int) -> list[Override]:
    """The post's overrides, oldest first."""
    rows = store.execute("SELECT * FROM check_overrides WHERE post_id = ? ORDER BY decided_at, id",
                         (post_id,)).fetchall()
    return _overrides(rows)


def overrides_of(store: Store, post_ids: Sequence[int]) -> dict[int, list[Override]]:
    """list_overrides for many posts in one query (the report over a year)."""
    rows = store.execute("SELECT * FROM check_overrides WHERE post_id IN "
                         "(SELECT value FROM json_each(?)) ORDER BY decided_at, id",
                         (json.dumps(list(post_ids)),)).fetchall()
    out: dict[int, list[Override]] = {}
    for o in _overrides(rows):
        out.setdefault(o.post_id, []).append(o)
    return out


def tick_counts(store: Store, post_ids: Sequence[int]) -> dict[int, int]:
    """post_id -> number of ticked checklist items, for many posts in one query."""
    return dict(store.execute(
        "SELECT post_id, count(*) FROM checklist_ticks WHERE post_id IN "
        "(SELECT value FROM json_each(?)) GROUP BY post_id",
        (json.dumps(list(post_ids)),)).fetchall())


def _overrides(rows: Sequence[sqlite3.Row]) -> list[Override]:
    out = []
    for r in rows:
        try:
            errors = json.loads(r["errors"] or "[]")
        except ValueError:
            errors = []
        # older records (and hand-made ones) list plain strings: keep them as messages
        errors = [e if isinstance(e, dict) else {"message": str(e)}
                  for e in (errors if isinstance(errors, list) else [])]
        out.append(Override(r["id"], r["post_id"], r["reason"], errors, r["decided_by"],
                            _parse(r["decided_at"])))
    return out


def overridden_keys(store: Store, post_id: int | None) -> set[str]:
    """Error keys already explained for this post (no need to ask again for the same ones)."""
    if post_id is None:
        return set()
    keys: set[str] = set()
    for o in list_overrides(store, post_id):
        keys |= o.keys
    return keys


# ---- a post's photos ------------------------------------------------------------------------

def post_photos(store: Store, post_id: int | None) -> list[Photo]:
    """The post's photos in their order, as core.model.Photo (what the checks look at)."""
    if post_id is None:
        return []
    rows = store.execute(
        "SELECT photos.* FROM post_photos JOIN photos ON photos.id = post_photos.photo_id "
        "WHERE post_photos.post_id = ? ORDER BY post_photos.position, photos.id",
        (post_id,)).fetchall()
    return [Photo(
        id=r["id"], sha256=r["sha256"], original_name=r["original_name"], ext=r["ext"],
        size_bytes=r["size_bytes"], width=r["width"], height=r["height"],
        taken_at=_parse(r["taken_at"]), credit=r["credit"], alt_text=r["alt_text"],
        contains_minors=bool(r["contains_minors"]),
        consent_obtained=bool(r["consent_obtained"]), imported_at=_parse(r["imported_at"]),
    ) for r in rows]
