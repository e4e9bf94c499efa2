"""The `renders` table's owner: every branded file written, with its post and photo, so
a post knows its exports. Only this module writes `renders`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.store import Store, now_iso


@dataclass
class RenderRecord:
    post_id: int | None
    photo_id: int | None
    kit_id: str
    template_id: str
    format: str
    path: str
    created_at: str = ""
    id: int | None = None


def record_render(store: Store, rec: RenderRecord) -> RenderRecord:
    """Remember an exported file with its post (a re-export of the same path replaces it)."""
    stamp = now_iso()
    with store.transaction():
        store.execute("DELETE FROM renders WHERE path = ?", (rec.path,))
        cur = store.execute(
            "INSERT INTO renders(post_id, photo_id, kit_id, template_id, format, path, "
            "created_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
            (rec.post_id, rec.photo_id, rec.kit_id, rec.template_id, rec.format, rec.path,
             stamp))
    rec.id, rec.created_at = cur.lastrowid, stamp
    return rec


def renders_for_post(store: Store, post_id: int) -> list[RenderRecord]:
    rows = store.execute("SELECT * FROM renders WHERE post_id = ? ORDER BY id",
                         (post_id,)).fetchall()
    return [RenderRecord(r["post_id"], r["photo_id"], r["kit_id"], r["template_id"],
                         r["format"], r["path"], r["created_at"], r["id"]) for r in rows]


def photo_links(store: Store, photo_ids: Sequence[int]) -> list[tuple[int, int]]:
    """(render id, photo id) of these photos' renders: what a deletion must restore."""
    marks = ",".join("?" * len(photo_ids))
    return [tuple(r) for r in store.execute(
        f"SELECT id, photo_id FROM renders WHERE photo_id IN ({marks})", tuple(photo_ids))]


def relink(store: Store, pairs: Sequence[tuple[int, int]]) -> None:
    """Point renders at their photos again (undo of a deletion, which set them NULL)."""
    for render_id, photo_id in pairs:
        store.execute("UPDATE renders SET photo_id = ? WHERE id = ?", (photo_id, render_id))
