"""Deleting photos from the library with undo, and the start-up purge of files no row
points at.

Deleting a photo removes its rows only; the file stays until `purge_unreferenced_files`
(run at start-up), so an undo in the same session gets everything back. The tables are
written through their owners (core.photos, core.post_photos, core.renders).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field

from core import paths, photos, post_photos, renders
from core.media_files import MediaError
from core.media_queries import posts_using
from core.media_thumbs import drop_thumbnails
from core.store import Store


class PhotoInUse(MediaError):
    """Deleting photos that posts still show; `posts` maps photo id -> post titles."""

    def __init__(self, posts: dict[int, list[str]]) -> None:
        self.posts = posts
        titles = sorted({t for ts in posts.values() for t in ts})
        super().__init__(
            f"{len(posts)} foto masih dipakai di konten: {', '.join(titles)}. "
            "Lepaskan dari konten itu dulu, atau hapus juga dari kontennya.")


@dataclass
class DeletedPhotos:
    """Everything `delete_photos` removed, for `restore_photos` (undo)."""

    rows: list[dict] = field(default_factory=list)
    links: list[post_photos.Link] = field(default_factory=list)
    renders: list[tuple[int, int]] = field(default_factory=list)  # (render id, photo id)


def delete_photos(store: Store, photo_ids: Sequence[int], *, force: bool = False
                  ) -> DeletedPhotos:
    """Remove photos from the library. Photos a post still shows raise PhotoInUse unless
    `force` (then they leave those posts too). The files stay until the next start-up
    purge, so the returned snapshot can undo it all."""
    ids = list(dict.fromkeys(photo_ids))
    if not ids:
        return DeletedPhotos()
    used = posts_using(store, ids)
    if used and not force:
        raise PhotoInUse({pid: [t for _, t in posts] for pid, posts in used.items()})
    snap = DeletedPhotos()
    with store.transaction():
        snap.rows = photos.photo_rows(store, ids)
        snap.links = post_photos.links(store, photo_ids=ids)
        snap.renders = renders.photo_links(store, ids)
        photos.delete_rows(store, ids)
        post_photos.renumber(store, [lk.post_id for lk in snap.links])
    return snap


def restore_photos(store: Store, snap: DeletedPhotos) -> None:
    """Undo `delete_photos`: the rows with their ids, their places in posts, their renders."""
    with store.transaction():
        photos.restore_rows(store, snap.rows)
        renders.relink(store, snap.renders)
        post_photos.restore_links(store, snap.links)


def purge_unreferenced_files(store: Store) -> int:
    """Delete media files (and thumbnails) no photo row points at: what deletions left
    for undo, and copies an interrupted import left. Returns how many files went."""
    known = photos.known_files(store)
    removed = 0
    root = paths.media_dir()
    for folder in root.iterdir():
        if folder.name == ".incoming":
            shutil.rmtree(folder, ignore_errors=True)
            continue
        if not folder.is_dir() or len(folder.name) != 2:
            continue
        for path in folder.iterdir():
            if (path.stem, path.suffix.lstrip(".")) in known or not path.is_file():
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
                drop_thumbnails(path.stem)
    return removed
