"""Reading the media library: filtered photo lists, the months photos were taken, counts,
and which posts use which photos. Read-only; the tables' owners are core.photos and
core.post_photos."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from core.model import Photo
from core.photos import row_to_photo
from core.store import Store


@dataclass(frozen=True)
class PhotoFilter:
    """What the library shows: name/credit/alt search, month taken ("YYYY-MM", falling
    back to the import date), one post's photos (in the post's order), or only photos
    no post uses yet."""

    search: str = ""
    month: str | None = None
    post_id: int | None = None
    unused: bool = False


_DAY = "substr(coalesce(f.taken_at, f.imported_at), 1, 10)"
_LIVE_LINK = "JOIN posts p ON p.id = {pp}.post_id AND p.deleted_at IS NULL"


def list_photos(store: Store, flt: PhotoFilter | None = None) -> list[Photo]:
    """Library photos, newest taken first (a post's photos in the post's order)."""
    flt = flt or PhotoFilter()
    where: list[str] = []
    params: list[object] = []
    joins = ""
    if flt.post_id is not None:
        joins = "JOIN post_photos pp ON pp.photo_id = f.id AND pp.post_id = ?"
        params.append(flt.post_id)
        order = "pp.position, f.id"
    else:
        order = f"{_DAY} DESC, f.taken_at DESC, f.id DESC"
    if needle := unicodedata.normalize("NFC", flt.search.strip()).casefold():
        where.append("(instr(casefold(f.original_name), ?) OR instr(casefold(f.credit), ?) "
                     "OR instr(casefold(f.alt_text), ?))")
        params += [needle] * 3
    if flt.month:
        where.append(f"substr({_DAY}, 1, 7) = ?")
        params.append(flt.month)
    if flt.unused:
        where.append(f"NOT EXISTS (SELECT 1 FROM post_photos u {_LIVE_LINK.format(pp='u')} "
                     "WHERE u.photo_id = f.id)")
    sql = (f"SELECT f.* FROM photos f {joins} "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}")
    return [row_to_photo(r) for r in store.execute(sql, tuple(params)).fetchall()]


def photo_months(store: Store) -> list[str]:
    """Distinct "YYYY-MM" the library's photos were taken (or imported), newest first."""
    rows = store.execute(f"SELECT DISTINCT substr({_DAY}, 1, 7) AS m FROM photos f "
                         "ORDER BY m DESC").fetchall()
    return [r["m"] for r in rows if r["m"]]


def count_photos(store: Store) -> int:
    return store.execute("SELECT count(*) FROM photos").fetchone()[0]


def use_counts(store: Store) -> dict[int, int]:
    """photo id -> how many (not deleted) posts show it: the grid's "used" badge."""
    rows = store.execute(f"SELECT pp.photo_id, count(*) FROM post_photos pp "
                         f"{_LIVE_LINK.format(pp='pp')} GROUP BY pp.photo_id").fetchall()
    return {r[0]: r[1] for r in rows}


def posts_using(store: Store, photo_ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    """photo id -> [(post id, title)] of the (not deleted) posts that show it."""
    if not photo_ids:
        return {}
    marks = ",".join("?" * len(photo_ids))
    rows = store.execute(
        f"SELECT pp.photo_id, p.id, p.title FROM post_photos pp JOIN posts p "
        f"ON p.id = pp.post_id WHERE p.deleted_at IS NULL AND pp.photo_id IN ({marks}) "
        "ORDER BY p.activity_date DESC, p.id DESC", tuple(photo_ids)).fetchall()
    out: dict[int, list[tuple[int, str]]] = {}
    for photo_id, post_id, title in rows:
        out.setdefault(photo_id, []).append((post_id, title or "(tanpa judul)"))
    return out
