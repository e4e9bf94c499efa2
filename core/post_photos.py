"""The `post_photos` table's owner: each post's photos in posting order (the first is the
cover) with the post's own focus point. Only this module writes `post_photos`; posts
(duplicate), deletion and the use cases call it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from core.model import Photo
from core.photos import clamp_focus, photo_focus, row_to_photo
from core.store import Store


@dataclass
class PostPhoto:
    photo: Photo
    position: int
    focus: tuple[float, float] = (0.5, 0.5)


@dataclass(frozen=True)
class Link:
    """One photo's place in one post, kept so a removal can be undone exactly."""

    post_id: int
    photo_id: int
    position: int
    focus_x: float
    focus_y: float


def post_photos(store: Store, post_id: int) -> list[PostPhoto]:
    """A post's photos in their order, each with the post's focus point."""
    rows = store.execute(
        "SELECT f.*, pp.position AS pp_position, pp.focus_x AS pp_fx, pp.focus_y AS pp_fy "
        "FROM post_photos pp JOIN photos f ON f.id = pp.photo_id WHERE pp.post_id = ? "
        "ORDER BY pp.position, f.id", (post_id,)).fetchall()
    return [PostPhoto(row_to_photo(r), r["pp_position"], (r["pp_fx"], r["pp_fy"]))
            for r in rows]


def photos_of(store: Store, post_ids: Sequence[int]) -> dict[int, list[PostPhoto]]:
    """post_photos for many posts in one query (the report over a year)."""
    rows = store.execute(
        "SELECT f.*, pp.post_id AS pp_post, pp.position AS pp_position, pp.focus_x AS pp_fx, "
        "pp.focus_y AS pp_fy FROM post_photos pp JOIN photos f ON f.id = pp.photo_id "
        "WHERE pp.post_id IN (SELECT value FROM json_each(?)) ORDER BY pp.position, f.id",
        (json.dumps(list(post_ids)),)).fetchall()
    out: dict[int, list[PostPhoto]] = {}
    for r in rows:
        out.setdefault(r["pp_post"], []).append(
            PostPhoto(row_to_photo(r), r["pp_position"], (r["pp_fx"], r["pp_fy"])))
    return out


def post_photo_ids(store: Store, post_id: int) -> list[int]:
    return [r[0] for r in store.execute(
        "SELECT photo_id FROM post_photos WHERE post_id = ? ORDER BY position, photo_id",
        (post_id,)).fetchall()]


def _renumber(store: Store, post_id: int, ordered: Sequence[int]) -> None:
    for pos, photo_id in enumerate(ordered):
        store.execute("UPDATE post_photos SET position = ? WHERE post_id = ? AND photo_id = ?",
                      (pos, post_id, photo_id))


def renumber(store: Store, post_ids: Sequence[int]) -> None:
    """Close the gaps left in these posts' order (after photos were deleted)."""
    for post_id in dict.fromkeys(post_ids):
        _renumber(store, post_id, post_photo_ids(store, post_id))


def attach_photos(store: Store, post_id: int, photo_ids: Sequence[int],
                  index: int | None = None) -> list[int]:
    """Add photos to a post at `index` (default: the end), keeping the given order; ones
    already in the post stay where they are. Returns the ids newly attached."""
    with store.transaction():
        current = post_photo_ids(store, post_id)
        new = [p for p in dict.fromkeys(photo_ids) if p not in current]
        at = len(current) if index is None else max(0, min(index, len(current)))
        for photo_id in new:
            fx, fy = photo_focus(store, photo_id)
            store.execute("INSERT INTO post_photos(post_id, photo_id, position, focus_x, "
                          "focus_y) VALUES(?, ?, ?, ?, ?)", (post_id, photo_id, 0, fx, fy))
        _renumber(store, post_id, current[:at] + new + current[at:])
    return new


def attach_many(store: Store, rows: Sequence[tuple[int, int, int]]) -> None:
    """(post_id, photo_id, position) links in one batch, focus in the middle (demo data)."""
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO post_photos(post_id, photo_id, position) VALUES(?, ?, ?)", rows)


def links(store: Store, *, post_id: int | None = None,
          photo_ids: Sequence[int] = ()) -> list[Link]:
    """The links of one post, or of these photos in every post."""
    if post_id is not None:
        where, params = "post_id = ?", (post_id,)
    else:
        where = f"photo_id IN ({','.join('?' * len(photo_ids))})"
        params = tuple(photo_ids)
    rows = store.execute(f"SELECT post_id, photo_id, position, focus_x, focus_y FROM "
                         f"post_photos WHERE {where}", params).fetchall()
    return [Link(*tuple(r)) for r in rows]


def detach_photos(store: Store, post_id: int, photo_ids: Sequence[int]) -> list[Link]:
    """Take photos out of a post (the photos stay in the library); returns the removed
    links for `restore_links` (undo)."""
    with store.transaction():
        wanted = set(photo_ids)
        gone = [lk for lk in links(store, post_id=post_id) if lk.photo_id in wanted]
        for lk in gone:
            store.execute("DELETE FROM post_photos WHERE post_id = ? AND photo_id = ?",
                          (post_id, lk.photo_id))
        _renumber(store, post_id, post_photo_ids(store, post_id))
    return gone


def restore_links(store: Store, removed: Sequence[Link]) -> None:
    """Put removed links back at their old positions (undo of detach/delete)."""
    with store.transaction():
        by_post: dict[int, list[Link]] = {}
        for lk in removed:
            by_post.setdefault(lk.post_id, []).append(lk)
        for post_id, items in by_post.items():
            order = post_photo_ids(store, post_id)
            for lk in sorted(items, key=lambda x: x.position):
                if lk.photo_id in order:
                    continue
                store.execute("INSERT INTO post_photos(post_id, photo_id, position, focus_x, "
                              "focus_y) VALUES(?, ?, 0, ?, ?)",
                              (post_id, lk.photo_id, lk.focus_x, lk.focus_y))
                order.insert(min(lk.position, len(order)), lk.photo_id)
            _renumber(store, post_id, order)


def set_photo_order(store: Store, post_id: int, photo_ids: Sequence[int]) -> None:
    """Reorder a post's photos; `photo_ids` must be exactly the post's photos."""
    with store.transaction():
        current = post_photo_ids(store, post_id)
        if sorted(current) != sorted(photo_ids) or len(set(photo_ids)) != len(photo_ids):
            raise ValueError("urutan foto harus memuat tepat foto-foto konten ini")
        _renumber(store, post_id, list(photo_ids))


def copy_photos(store: Store, from_post: int, to_post: int) -> None:
    """Give `to_post` the same photos, order and focus points (duplicating a post)."""
    store.execute(
        "INSERT INTO post_photos(post_id, photo_id, position, focus_x, focus_y) "
        "SELECT ?, photo_id, position, focus_x, focus_y FROM post_photos WHERE post_id = ?",
        (to_post, from_post))


def get_focus(store: Store, photo_id: int, post_id: int | None = None) -> tuple[float, float]:
    """Where the photo's subject is (0..1 from left and top): the post's own choice when
    the photo is in that post, else the photo's."""
    if post_id is not None:
        row = store.execute("SELECT focus_x, focus_y FROM post_photos WHERE post_id = ? "
                            "AND photo_id = ?", (post_id, photo_id)).fetchone()
        if row:
            return (row[0], row[1])
    return photo_focus(store, photo_id)


def set_post_focus(store: Store, post_id: int, photo_id: int,
                   focus: tuple[float, float]) -> None:
    """The focus point of the photo in this post only."""
    fx, fy = clamp_focus(focus)
    store.execute("UPDATE post_photos SET focus_x = ?, focus_y = ? "
                  "WHERE post_id = ? AND photo_id = ?", (fx, fy, post_id, photo_id))
