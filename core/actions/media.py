"""Media use cases: import photos, attach / reorder / detach photos on a post, record
what the PIC knows about a photo, delete photos with undo, brand photos.

Called by the Media page, a post's photo strip, the photo picker and the CLI
(`import-photos`, `brand`). Each validates, writes through the tables' owners
(core.photos, core.post_photos, core.post_branding, core.renders) and returns what
happened; a question for the user comes back as an exception that says what needs
confirming (PhotoInUse, ConsentNeeded), and the caller asks, then calls again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor
from pathlib import Path

from core import photos, post_photos
from core.actions.brand import FileBrand, brand_files
from core.media_delete import DeletedPhotos, PhotoInUse, restore_photos
from core.media_delete import delete_photos as _delete_rows
from core.media_export import (
    ExportItem,
    ExportRequest,
    ExportResult,
    export_branded,
)
from core.media_files import MediaError, path_of
from core.media_import import ImportReport, import_files
from core.model import Photo
from core.post_branding import BrandChoice, save_branding
from core.post_photos import Link
from core.posts import get_post
from core.store import Store

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

__all__ = ["ConsentNeeded", "FileBrand", "PhotoInUse", "attach_photos", "brand_files",
           "brand_photos", "delete_photos", "detach_photos", "export_items", "import_photos",
           "move_photos", "new_for_post", "reorder_photos", "set_focus", "undo_delete",
           "undo_detach", "update_photos"]


class ConsentNeeded(MediaError):
    """Photos of minors without recorded consent: exporting them needs a confirmation."""

    def __init__(self, photos_: Sequence[Photo]) -> None:
        self.photos = list(photos_)
        super().__init__(f"{len(self.photos)} foto menampilkan anak tanpa persetujuan "
                         "tercatat. Ekspor tetap? Konfirmasi dulu.")


# ---------------------------------------------------------------- import


def import_photos(store: Store, items: Iterable[str | os.PathLike[str]], *,
                  attach_to: int | None = None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> ImportReport:
    """"Impor foto": files and folders into the library; each bad file is reported with
    its reason and skipped. With `attach_to`, the batch's photos (new and already
    present) are added to that post in the order they were given; a post that does not
    exist raises MediaError before anything is imported."""
    if attach_to is not None and get_post(store, attach_to) is None:  # deleted: not found
        raise MediaError(f"konten #{attach_to} tidak ditemukan.")
    report = import_files(store, items, progress=progress, cancelled=cancelled)
    if attach_to is not None and report.photos:
        attach_photos(store, attach_to, [p.id for p in report.photos if p.id is not None])
    return report


def new_for_post(store: Store, post_id: int, photo_ids: Sequence[int]) -> list[int]:
    """Which of these photos the post does not have yet, in the given order: what to
    offer for the post that is open while photos are imported on the Media page."""
    have = set(post_photos.post_photo_ids(store, post_id))
    return [p for p in dict.fromkeys(photo_ids) if p not in have]


# ---------------------------------------------------------------- a post's photos


def attach_photos(store: Store, post_id: int, photo_ids: Sequence[int],
                  index: int | None = None) -> list[int]:
    """Add photos to a post in the order given (the first chosen becomes the cover of an
    empty post) at `index`, default the end. Returns the ids newly attached."""
    known = {p.id for p in photos.photos_by_ids(store, list(photo_ids))}
    wanted = [p for p in photo_ids if p in known]
    return post_photos.attach_photos(store, post_id, wanted, index)


def detach_photos(store: Store, post_id: int, photo_ids: Sequence[int]) -> list[Link]:
    """Take photos out of a post; they stay in the library. Returns what `undo_detach`
    needs."""
    return post_photos.detach_photos(store, post_id, photo_ids)


def undo_detach(store: Store, links: Sequence[Link]) -> None:
    post_photos.restore_links(store, links)


def reorder_photos(store: Store, post_id: int, order: Sequence[int]) -> None:
    """Set the posting order; `order` must hold exactly the post's photos (ValueError)."""
    post_photos.set_photo_order(store, post_id, order)


def moved_order(order: Sequence[int], moved: Sequence[int], index: int) -> list[int]:
    """`order` with the `moved` photos (kept in their current order) inserted so they
    start at `index` of the current order (drag and drop, Ctrl+Left/Right)."""
    chosen = set(moved)
    block = [m for m in order if m in chosen]
    before = sum(1 for m in order[:index] if m in chosen)
    rest = [p for p in order if p not in chosen]
    at = max(0, min(len(rest), index - before))
    return rest[:at] + block + rest[at:]


def move_photos(store: Store, post_id: int, moved: Sequence[int], index: int
                ) -> tuple[list[int], list[int]] | None:
    """Move photos within a post; (old order, new order), or None when nothing moved."""
    old = post_photos.post_photo_ids(store, post_id)
    new = moved_order(old, moved, index)
    if new == old:
        return None
    reorder_photos(store, post_id, new)
    return old, new


def set_focus(store: Store, photo_id: int, focus: tuple[float, float],
              post_id: int | None = None) -> None:
    """Where the subject is: on the photo (the default for posts that add it later) and,
    with `post_id`, on that post's copy too."""
    with store.transaction():
        photos.set_photo_focus(store, photo_id, focus)
        if post_id is not None:
            post_photos.set_post_focus(store, post_id, photo_id, focus)


# ---------------------------------------------------------------- the library


def update_photos(store: Store, photo_ids: Sequence[int], **values: object) -> list[Photo]:
    """Save credit, alt text, minors/consent on these photos (one edit for a multiple
    selection); returns the photos as stored."""
    with store.transaction():
        for photo_id in photo_ids:
            photos.update_photo(store, photo_id, **values)
    return photos.photos_by_ids(store, list(photo_ids))


def delete_photos(store: Store, photo_ids: Sequence[int], *, confirmed: bool = False
                  ) -> DeletedPhotos:
    """Delete photos from the library. Photos that posts still show raise PhotoInUse
    (with the posts' titles) unless `confirmed`; then they leave those posts too.
    Returns the snapshot `undo_delete` restores (files stay until the next start)."""
    return _delete_rows(store, photo_ids, force=confirmed)


def undo_delete(store: Store, snapshot: DeletedPhotos) -> None:
    restore_photos(store, snapshot)


# ---------------------------------------------------------------- branding


def export_items(store: Store, chosen: Sequence[Photo], post_id: int | None = None
                 ) -> list[ExportItem]:
    """The photos to brand as export items: the library file, named after the original,
    with the post's focus point."""
    return [ExportItem(path_of(p), Path(p.original_name).stem, p.id,
                       post_photos.get_focus(store, p.id, post_id), p.original_name)
            for p in chosen if p.id is not None]


def brand_photos(store: Store, request: ExportRequest, *, choice: BrandChoice | None = None,
                 allow_without_consent: bool = False, jobs: int = 1,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 pool: Executor | None = None) -> ExportResult:
    """"Ekspor": each photo in each format into the post's folder, each file recorded with
    the post, and the post's branding choice remembered. Photos of minors without
    recorded consent raise ConsentNeeded unless `allow_without_consent`. `pool`: a warm
    executor to render on (the GUI's, kept for the session)."""
    ids = [i.photo_id for i in request.items if i.photo_id is not None]
    missing = [p for p in photos.photos_by_ids(store, ids) if photos.needs_consent(p)]
    if missing and not allow_without_consent:
        raise ConsentNeeded(missing)
    if request.post_id is not None and choice is not None:
        save_branding(store, request.post_id, choice)
    return export_branded(store, request, jobs=jobs, progress=progress, cancelled=cancelled,
                          pool=pool)


def save_brand_choice(store: Store, post_id: int, choice: BrandChoice) -> None:
    """Remember a post's template, formats and export folder (chosen on the Media page)."""
    save_branding(store, post_id, choice)
