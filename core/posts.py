"""Posts ("Konten") and their per-platform variants in the store.

Deleting is soft (deleted_at) so the GUI can undo it; `purge_deleted` empties the bin.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from core import post_photos
from core.date_range import check_date, clamp_date, month_key, stored_date
from core.model import MAX_METRIC, METRIC_FIELDS, PLATFORM_IDS, Category, Post, Status, Variant
from core.store import Store, now_iso

_POST_COLUMNS = (
    "title", "activity", "activity_date", "location", "category", "status", "caption",
    "hashtags", "collaborators", "notes", "platforms", "review_reason",
)


@dataclass(frozen=True)
class PostFilter:
    """What the Konten list shows: text search, status, month ("YYYY-MM"), order."""

    search: str = ""
    status: Status | None = None
    month: str | None = None
    newest_first: bool = True


def _parse_date(value: str | None) -> dt.date | None:
    return stored_date(value)


def _parse_datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _enum(cls, value: str, default):
    try:
        return cls(value)
    except ValueError:
        return default


def _row_to_post(row: sqlite3.Row) -> Post:
    return Post(
        id=row["id"],
        title=row["title"],
        activity=row["activity"],
        activity_date=_parse_date(row["activity_date"]),
        location=row["location"],
        category=_enum(Category, row["category"], Category.LAINNYA),
        status=_enum(Status, row["status"], Status.DRAF),
        caption=row["caption"],
        hashtags=row["hashtags"],
        collaborators=list(json.loads(row["collaborators"] or "[]")),
        notes=row["notes"],
        platforms=list(json.loads(row["platforms"] or "[]")),
        review_reason=row["review_reason"],
        campaign_id=row["campaign_id"],
        campaign_title=row["campaign_title"],
        created_at=_parse_datetime(row["created_at"]),
        updated_at=_parse_datetime(row["updated_at"]),
    )


def _post_values(post: Post) -> dict[str, object]:
    return {
        "title": post.title,
        "activity": post.activity,
        "activity_date": post.activity_date.isoformat() if post.activity_date else None,
        "location": post.location,
        "category": str(post.category),
        "status": str(post.status),
        "caption": post.caption,
        "hashtags": post.hashtags,
        "collaborators": json.dumps(post.collaborators),
        "notes": post.notes,
        "platforms": json.dumps(post.platforms),
        "review_reason": post.review_reason,
        "campaign_id": post.campaign_id,
        "campaign_title": post.campaign_title,
    }


def create_post(store: Store, post: Post) -> Post:
    """Insert `post` and return it with id and timestamps. ValueError (a message for
    the user) when its activity date is outside the accepted range."""
    check_date(post.activity_date, "Tanggal kegiatan")
    stamp = now_iso()
    values = _post_values(post) | {"created_at": stamp, "updated_at": stamp}
    cols = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    cur = store.execute(f"INSERT INTO posts({cols}) VALUES({marks})", values)
    return replace(post, id=cur.lastrowid, created_at=_parse_datetime(stamp),
                   updated_at=_parse_datetime(stamp))


def insert_many(store: Store, items: Sequence[tuple[Post, Sequence[Variant]]]) -> list[int]:
    """Insert many posts with their variants in one transaction (demo data, imports):
    executemany instead of a statement per row. Returns the new post ids in order."""
    stamp = now_iso()
    with store.transaction():
        first = store.execute("SELECT coalesce(max(id), 0) + 1 FROM posts").fetchone()[0]
        ids = list(range(first, first + len(items)))
        rows = [_post_values(post) | {"id": pid, "created_at": stamp, "updated_at": stamp}
                for pid, (post, _) in zip(ids, items, strict=True)]
        if rows:
            cols = ", ".join(rows[0])
            store.conn.executemany(
                f"INSERT INTO posts({cols}) VALUES({', '.join(f':{k}' for k in rows[0])})", rows)
        variants = [_variant_values(replace(v, post_id=pid))
                    for pid, (_, vs) in zip(ids, items, strict=True) for v in vs]
        if variants:
            cols = ", ".join(variants[0])
            store.conn.executemany(
                f"INSERT INTO variants({cols}) "
                f"VALUES({', '.join(f':{k}' for k in variants[0])})", variants)
    return ids


def update_post(store: Store, post: Post) -> Post:
    """Save every editable field of an existing post (the autosave path)."""
    if post.id is None:
        raise ValueError("update_post needs a saved post")
    check_date(post.activity_date, "Tanggal kegiatan")
    stamp = now_iso()
    values = _post_values(post) | {"updated_at": stamp, "id": post.id}
    sets = ", ".join(f"{k} = :{k}" for k in (*_POST_COLUMNS, "updated_at"))
    store.execute(f"UPDATE posts SET {sets} WHERE id = :id", values)
    return replace(post, updated_at=_parse_datetime(stamp))


def set_status(store: Store, post_id: int, status: Status) -> None:
    """Write only the status (a gated status change; other fields keep their values)."""
    store.execute("UPDATE posts SET status = ?, updated_at = ? WHERE id = ?",
                  (str(Status(status)), now_iso(), post_id))


def set_campaign(store: Store, post_id: int, campaign_id: str, title: str) -> None:
    """Link a post to the campaign (Paket narasi) it amplifies; empty id unlinks it.
    Not part of update_post: the editor never changes the link."""
    store.execute("UPDATE posts SET campaign_id = ?, campaign_title = ? WHERE id = ?",
                  (campaign_id, title if campaign_id else "", post_id))


def posts_of_campaign(store: Store, campaign_id: str) -> list[Post]:
    """Live posts linked to a campaign (a re-imported Paket narasi finds them)."""
    rows = store.execute("SELECT * FROM posts WHERE campaign_id = ? AND deleted_at IS NULL "
                         "ORDER BY id", (campaign_id,)).fetchall()
    return [_row_to_post(r) for r in rows] if campaign_id else []


def set_review_reason(store: Store, post_id: int, reason: str) -> None:
    """The latest reason a post went on despite its checks (core/check_records calls it)."""
    store.execute("UPDATE posts SET review_reason = ? WHERE id = ?", (reason, post_id))


def get_post(store: Store, post_id: int) -> Post | None:
    row = store.execute(
        "SELECT * FROM posts WHERE id = ? AND deleted_at IS NULL", (post_id,)
    ).fetchone()
    return _row_to_post(row) if row else None


def list_posts(store: Store, flt: PostFilter | None = None) -> list[Post]:
    """Posts for the Konten list, filtered and sorted by activity date (undated last)."""
    flt = flt or PostFilter()
    where = ["deleted_at IS NULL"]
    params: list[object] = []
    if needle := unicodedata.normalize("NFC", flt.search.strip()).casefold():
        where.append(
            "(instr(casefold(title), ?) OR instr(casefold(activity), ?) "
            "OR instr(casefold(location), ?) OR instr(casefold(caption), ?))"
        )
        params += [needle] * 4
    if flt.status is not None:
        where.append("status = ?")
        params.append(str(flt.status))
    if flt.month:  # substr(activity_date, 1, 7) = month, as a range the index serves
        where.append("activity_date >= ? AND activity_date < ?")
        params += [flt.month, flt.month[:-1] + chr(ord(flt.month[-1]) + 1)]
    order = "DESC" if flt.newest_first else "ASC"
    sql = (
        f"SELECT * FROM posts WHERE {' AND '.join(where)} "
        f"ORDER BY activity_date IS NULL, activity_date {order}, id {order}"
    )
    return [_row_to_post(r) for r in store.execute(sql, tuple(params)).fetchall()]


def months_with_posts(store: Store) -> list[str]:
    """Distinct "YYYY-MM" of activity dates, newest first, for the month filter
    (the Konten list reads them from core/post_listing's listing)."""
    rows = store.execute(
        "SELECT DISTINCT substr(activity_date, 1, 7) AS m FROM posts "
        "WHERE deleted_at IS NULL AND activity_date IS NOT NULL ORDER BY m DESC"
    ).fetchall()
    return [r["m"] for r in rows if month_key(r["m"])]


def duplicate_post(store: Store, post_id: int, *, title_suffix: str = " (salinan)") -> Post:
    """A new draft with the same fields, edited variants and photos; not published data."""
    original = get_post(store, post_id)
    if original is None:
        raise KeyError(post_id)
    with store.transaction():
        day = original.activity_date and clamp_date(original.activity_date)
        copy = create_post(store, replace(original, id=None, status=Status.DRAF,
                                          activity_date=day,
                                          title=original.title + title_suffix,
                                          review_reason=""))
        for v in list_variants(store, post_id):
            save_variant(store, replace(v, id=None, post_id=copy.id, published_url="",
                                        published_at=None,
                                        **{m: None for m in METRIC_FIELDS}))
        post_photos.copy_photos(store, post_id, copy.id)
    return copy


def delete_post(store: Store, post_id: int) -> None:
    """Move to the bin; `undelete_post` brings it back."""
    store.execute("UPDATE posts SET deleted_at = ? WHERE id = ?", (now_iso(), post_id))


def undelete_post(store: Store, post_id: int) -> None:
    store.execute("UPDATE posts SET deleted_at = NULL WHERE id = ?", (post_id,))


def purge_deleted(store: Store, older_than_days: int = 30) -> int:
    """Really delete posts that have been in the bin for a while; returns how many."""
    cutoff = (dt.datetime.now() - dt.timedelta(days=older_than_days)).isoformat()
    cur = store.execute(
        "DELETE FROM posts WHERE deleted_at IS NOT NULL AND deleted_at < ?", (cutoff,)
    )
    return cur.rowcount


def _row_to_variant(row: sqlite3.Row) -> Variant:
    return Variant(
        id=row["id"], post_id=row["post_id"], platform=row["platform"], text=row["text"],
        edited=bool(row["edited"]), title=row["title"], published_url=row["published_url"],
        published_at=_parse_datetime(row["published_at"]),
        planned_at=_parse_datetime(row["planned_at"]),
        **{m: row[m] for m in METRIC_FIELDS},
    )


def list_variants(store: Store, post_id: int) -> list[Variant]:
    """Stored variants of a post in platform order (only the ones ever saved)."""
    rows = store.execute("SELECT * FROM variants WHERE post_id = ?", (post_id,)).fetchall()
    order = {p: i for i, p in enumerate(PLATFORM_IDS)}
    return sorted((_row_to_variant(r) for r in rows), key=lambda v: order.get(v.platform, 99))


def _variant_values(variant: Variant) -> dict[str, object]:
    return {
        "post_id": variant.post_id, "platform": variant.platform, "text": variant.text,
        "edited": int(variant.edited), "title": variant.title,
        "published_url": variant.published_url,
        "published_at": variant.published_at.isoformat() if variant.published_at else None,
        "planned_at": variant.planned_at.isoformat() if variant.planned_at else None,
        **{m: getattr(variant, m) for m in METRIC_FIELDS},
    }


def save_variant(store: Store, variant: Variant) -> Variant:
    """Insert or update the (post, platform) variant."""
    values = _variant_values(variant)
    cols = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    updates = ", ".join(f"{k} = excluded.{k}" for k in values if k not in ("post_id", "platform"))
    row = store.execute(
        f"INSERT INTO variants({cols}) VALUES({marks}) "
        f"ON CONFLICT(post_id, platform) DO UPDATE SET {updates} RETURNING id",
        values,
    ).fetchone()
    return replace(variant, id=row[0])


def count_posts(store: Store) -> int:
    return store.execute("SELECT count(*) FROM posts WHERE deleted_at IS NULL").fetchone()[0]


# ---- published versions: metrics and links (the Laporan page, CSV import, CLI) -----------

METRIC_COLUMNS = (*METRIC_FIELDS, "published_url")


def check_metric(value: object) -> int | None:
    """None or a whole count 0..MAX_METRIC; anything else is a ValueError in Indonesian."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("Metrik harus bilangan bulat tidak negatif.")
    if value > MAX_METRIC:
        raise ValueError(f"Metrik terlalu besar (maks. {MAX_METRIC:,}).".replace(",", "."))
    return value


def set_variant_metrics(store: Store, changes: dict[int, dict[str, object]]) -> None:
    """Write metrics and/or the link of variants ({variant id: {column: value}}) at once.

    The only writer of the metric columns: every value is checked before anything is
    written, so a bad value leaves all variants as they were.
    """
    clean: dict[int, dict[str, object]] = {}
    for variant_id, values in changes.items():
        row: dict[str, object] = {}
        for name, value in values.items():
            if name not in METRIC_COLUMNS:
                raise ValueError(f"kolom {name!r} tidak bisa diubah di sini")
            row[name] = str(value or "").strip() if name == "published_url" \
                else check_metric(value)
        if row:
            clean[variant_id] = row
    with store.transaction():
        for variant_id, row in clean.items():
            sets = ", ".join(f"{k} = :{k}" for k in row)
            store.execute(f"UPDATE variants SET {sets} WHERE id = :id", row | {"id": variant_id})


def variant_metrics(store: Store, variant_ids: list[int]) -> dict[int, dict[str, object]]:
    """Current metrics and link of these variants (what an undo puts back)."""
    out: dict[int, dict[str, object]] = {}
    cols = ", ".join(METRIC_COLUMNS)
    for start in range(0, len(variant_ids), 500):
        chunk = variant_ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for r in store.execute(f"SELECT id, {cols} FROM variants WHERE id IN ({marks})",
                               tuple(chunk)).fetchall():
            out[r["id"]] = {c: r[c] for c in METRIC_COLUMNS}
    return out


def posts_with_variants(store: Store, status: Status | None = None,
                        period: tuple[dt.date, dt.date] | None = None
                        ) -> list[tuple[Post, list[Variant]]]:
    """Live posts (optionally of one status) with their stored variants, in two queries.

    The read model of the report and of the metrics import: they never query the
    posts and variants tables themselves. With `period` (first, last day) only the posts
    that may have an upload in it: dated in it, or with a variant published in it (both
    through an index; years of data are not read for one month).
    """
    where, params = "p.deleted_at IS NULL", ()
    if status is not None:
        where, params = where + " AND p.status = ?", (str(status),)
    if period is not None:
        start, end = (d.isoformat() for d in period)
        # the day after the period; 31 December 9999 (a stored far date) has none
        after = (period[1] + dt.timedelta(days=1)).isoformat() \
            if period[1] < dt.date.max else "99999"
        where += (" AND p.id IN (SELECT id FROM posts WHERE activity_date BETWEEN ? AND ?"
                  " UNION SELECT post_id FROM variants WHERE published_at >= ?"
                  " AND published_at < ?)")
        params = (*params, start, end, start, after)
    rows = store.execute(f"SELECT p.* FROM posts p WHERE {where} ORDER BY p.id",
                         params).fetchall()
    by_post: dict[int, list[Variant]] = {}
    for v in store.execute(f"SELECT v.* FROM variants v JOIN posts p ON p.id = v.post_id "
                           f"WHERE {where}", params).fetchall():
        by_post.setdefault(v["post_id"], []).append(_row_to_variant(v))
    order = {p: i for i, p in enumerate(PLATFORM_IDS)}
    return [(_row_to_post(r), sorted(by_post.get(r["id"], []),
                                     key=lambda v: order.get(v.platform, 99))) for r in rows]


def latest_published_month(store: Store) -> str | None:
    """"YYYY-MM" of the newest published post, the Laporan page's default period."""
    row = store.execute(
        "SELECT substr(activity_date, 1, 7) FROM posts WHERE status = ? AND "
        "deleted_at IS NULL AND activity_date IS NOT NULL ORDER BY activity_date DESC LIMIT 1",
        (str(Status.TERBIT),)).fetchone()
    return row[0] if row else None


def planned_between(store: Store, start: dt.date,
                    end: dt.date) -> list[tuple[int, str, dt.datetime]]:
    """(post id, platform, planned time) of versions planned from `start` to `end` inclusive.

    A range on the ISO text (from `start`, before the day after `end`) rather than its date
    part, so the variants_planned index serves it: the reminder banner asks at every start."""
    rows = store.execute(
        "SELECT v.post_id, v.platform, v.planned_at FROM variants v JOIN posts p "
        "ON p.id = v.post_id WHERE p.deleted_at IS NULL AND v.planned_at >= ? "
        "AND v.planned_at < ? ORDER BY v.planned_at",
        (start.isoformat(), (end + dt.timedelta(days=1)).isoformat()),
    ).fetchall()
    return [(r[0], r[1], dt.datetime.fromisoformat(r[2])) for r in rows]


def planned_times(store: Store, post_ids: list[int]) -> dict[int, dict[str, dt.datetime]]:
    """Each post's planned time per platform, in one query for the whole list."""
    found: dict[int, dict[str, dt.datetime]] = {}
    for start in range(0, len(post_ids), 500):  # SQLite's variable limit
        chunk = post_ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = store.execute(
            f"SELECT post_id, platform, planned_at FROM variants WHERE planned_at IS NOT NULL "
            f"AND post_id IN ({marks})", tuple(chunk)).fetchall()
        for post_id, platform, planned in rows:
            found.setdefault(post_id, {})[platform] = dt.datetime.fromisoformat(planned)
    return found


def posts_by_ids(store: Store, post_ids: list[int]) -> list[Post]:
    """Several posts in one query (deleted ones left out), in no particular order."""
    found: list[Post] = []
    for start in range(0, len(post_ids), 500):
        chunk = post_ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = store.execute(f"SELECT * FROM posts WHERE deleted_at IS NULL AND id IN ({marks})",
                             tuple(chunk)).fetchall()
        found += [_row_to_post(r) for r in rows]
    return found


def published_engagement(store: Store) -> list[tuple[dt.datetime, int | None, int]]:
    """(published at, reach, likes+comments+shares+saves) of every published version
    that has both a time and at least one interaction figure: the Kalender's best times."""
    rows = store.execute(
        "SELECT v.published_at, v.reach, coalesce(v.likes, 0) + coalesce(v.comments, 0) + "
        "coalesce(v.shares, 0) + coalesce(v.saves, 0) FROM variants v JOIN posts p "
        "ON p.id = v.post_id WHERE p.deleted_at IS NULL AND v.published_at IS NOT NULL "
        "AND length(v.published_at) > 10 AND (v.likes IS NOT NULL OR v.comments IS NOT NULL "
        "OR v.shares IS NOT NULL OR v.saves IS NOT NULL)").fetchall()
    found = []
    for published, reach, interactions in rows:
        try:
            found.append((dt.datetime.fromisoformat(published), reach, interactions))
        except ValueError:
            continue
    return found
