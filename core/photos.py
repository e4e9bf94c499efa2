"""The `photos` table's owner: the library's rows and what the PIC records about each
photo (credit, alt text, minors/consent flags, focus point). Only this module writes
`photos`; import, deletion and the use cases call it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from core.model import Photo
from core.store import Store, now_iso

EDITABLE_FIELDS = ("credit", "alt_text", "contains_minors", "consent_obtained")
MAX_CREDIT = 200
MAX_ALT_TEXT = 2000


def _parse_dt(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def row_to_photo(row: sqlite3.Row) -> Photo:
    """A `photos` row (or a SELECT f.* of it) as a Photo."""
    return Photo(
        id=row["id"], sha256=row["sha256"], original_name=row["original_name"],
        ext=row["ext"], size_bytes=row["size_bytes"], width=row["width"],
        height=row["height"], taken_at=_parse_dt(row["taken_at"]), credit=row["credit"],
        alt_text=row["alt_text"], contains_minors=bool(row["contains_minors"]),
        consent_obtained=bool(row["consent_obtained"]),
        imported_at=_parse_dt(row["imported_at"]),
    )


def get_photo(store: Store, photo_id: int) -> Photo | None:
    row = store.execute("SELECT * FROM photos WHERE id = ?", (photo_id,)).fetchone()
    return row_to_photo(row) if row else None


def photos_by_ids(store: Store, photo_ids: Sequence[int]) -> list[Photo]:
    """The photos with these ids, in the order given (missing ids are left out)."""
    if not photo_ids:
        return []
    marks = ",".join("?" * len(photo_ids))
    rows = store.execute(f"SELECT * FROM photos WHERE id IN ({marks})",
                         tuple(photo_ids)).fetchall()
    by_id = {r["id"]: row_to_photo(r) for r in rows}
    return [by_id[i] for i in photo_ids if i in by_id]


def find_by_sha(store: Store, sha256: str) -> Photo | None:
    row = store.execute("SELECT * FROM photos WHERE sha256 = ?", (sha256,)).fetchone()
    return row_to_photo(row) if row else None


def needs_consent(photo: Photo) -> bool:
    """A photo showing minors whose consent is not recorded: not to be published."""
    return photo.contains_minors and not photo.consent_obtained


def insert_photo(store: Store, photo: Photo) -> Photo:
    """Add a newly imported photo; one imported meanwhile by another window or worker
    (same SHA-256) is returned instead."""
    stamp = now_iso()
    try:
        cur = store.execute(
            "INSERT INTO photos(sha256, original_name, ext, size_bytes, width, height, "
            "taken_at, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
            (photo.sha256, photo.original_name, photo.ext, photo.size_bytes, photo.width,
             photo.height, photo.taken_at.isoformat() if photo.taken_at else None, stamp))
    except sqlite3.IntegrityError:
        existing = find_by_sha(store, photo.sha256)
        if existing is None:
            raise
        return existing
    photo.id = cur.lastrowid
    photo.imported_at = dt.datetime.fromisoformat(stamp)
    return photo


def insert_many(store: Store, photos: Sequence[Photo]) -> list[int]:
    """Insert many photo records in one statement batch (demo data); returns their ids."""
    stamp = now_iso()
    with store.transaction():
        first = store.execute("SELECT coalesce(max(id), 0) + 1 FROM photos").fetchone()[0]
        ids = list(range(first, first + len(photos)))
        store.conn.executemany(
            "INSERT INTO photos(id, sha256, original_name, ext, size_bytes, width, height, "
            "taken_at, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(pid, ph.sha256, ph.original_name, ph.ext, ph.size_bytes, ph.width, ph.height,
              ph.taken_at.isoformat() if ph.taken_at else None, stamp)
             for pid, ph in zip(ids, photos, strict=True)])
    return ids


def update_photo(store: Store, photo_id: int, **values: object) -> None:
    """Save what the PIC records about a photo: credit, alt_text, contains_minors,
    consent_obtained (the autosave path). Unknown fields are a bug (ValueError)."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"kolom foto tidak bisa diubah: {', '.join(sorted(unknown))}")
    clean: dict[str, object] = {}
    for key, value in values.items():
        if key in ("contains_minors", "consent_obtained"):
            clean[key] = int(bool(value))
        else:
            limit = MAX_CREDIT if key == "credit" else MAX_ALT_TEXT
            clean[key] = str(value or "").strip()[:limit]
    if not clean:
        return
    sets = ", ".join(f"{k} = :{k}" for k in clean)
    store.execute(f"UPDATE photos SET {sets} WHERE id = :id", clean | {"id": photo_id})


def clamp_focus(focus: tuple[float, float]) -> tuple[float, float]:
    fx, fy = (min(1.0, max(0.0, float(v))) for v in focus)
    return fx, fy


def photo_focus(store: Store, photo_id: int) -> tuple[float, float]:
    """The photo's own focus point (0..1 from left and top); the centre when unknown."""
    row = store.execute("SELECT focus_x, focus_y FROM photos WHERE id = ?",
                        (photo_id,)).fetchone()
    return (row[0], row[1]) if row else (0.5, 0.5)


def set_photo_focus(store: Store, photo_id: int, focus: tuple[float, float]) -> None:
    """Store the focus point on the photo: the default for every post that adds it."""
    fx, fy = clamp_focus(focus)
    store.execute("UPDATE photos SET focus_x = ?, focus_y = ? WHERE id = ?",
                  (fx, fy, photo_id))


def photo_rows(store: Store, photo_ids: Sequence[int]) -> list[dict]:
    """The full rows of these photos, for an undo snapshot."""
    marks = ",".join("?" * len(photo_ids))
    return [dict(r) for r in store.execute(
        f"SELECT * FROM photos WHERE id IN ({marks})", tuple(photo_ids)).fetchall()]


def delete_rows(store: Store, photo_ids: Sequence[int]) -> None:
    """Remove the rows (their post links cascade, renders keep a NULL photo)."""
    marks = ",".join("?" * len(photo_ids))
    store.execute(f"DELETE FROM photos WHERE id IN ({marks})", tuple(photo_ids))


def restore_rows(store: Store, rows: Sequence[dict]) -> None:
    """Put snapshot rows back with their ids (undo of a deletion)."""
    for row in rows:
        cols = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        store.execute(f"INSERT OR IGNORE INTO photos({cols}) VALUES({marks})", row)


def known_files(store: Store) -> set[tuple[str, str]]:
    """(sha256, ext) of every photo row: the files the library must keep."""
    return {(r[0], r[1]) for r in store.execute("SELECT sha256, ext FROM photos")}
