"""Photos decoded before their render asks for them: `warta brand` starts decoding the
first photo of each render thread as soon as it knows the sizes they are decoded at
(from the last run with the same kit, template and formats, core.branding.batch_needs;
else once the kit has loaded), while the main thread finishes starting (the kit, the
batch's modules, the output names, the profile), so no core waits for the start-up.

Each render thread's first photo, not one: with 8 similar photos on 2 threads, one
thread ahead only waits longer at the end; both ahead move the whole batch earlier.
A prefetched photo is exactly what open_photo would give the render (same file, same
needs), so outputs do not change; a render asking anything else decodes as usual.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from core.branding.imageio import Photo, open_photo
from core.branding.photo_cost import dispatch_order

if TYPE_CHECKING:  # the kit's module: not needed to start decoding (see first_photos)
    from core.branding.kit import Template
    from core.branding.layer_boxes import Need


class Prefetch:
    """Decodes `paths` at `needs` on one thread each, from construction on; `open`
    hands each photo out once. Leaving the `with` drops what has not started and waits
    for what has: no decode outlives the batch (Pillow's settings are restored after)."""

    def __init__(self, paths: Sequence[str], needs: Sequence[Need]) -> None:
        self.needs = tuple(needs)
        self._pool = ThreadPoolExecutor(max(1, len(paths)), thread_name_prefix="warta-early")
        self._ready: dict[str, Future[Photo]] = {
            path: self._pool.submit(open_photo, path, self.needs) for path in dict.fromkeys(paths)}

    def open(self, path: str | os.PathLike[str], needs: Sequence[Need]) -> Photo:
        """open_photo(path, needs), decoded already when this photo was prefetched.
        Raises what open_photo raises."""
        future = self._ready.pop(os.fspath(path), None) if tuple(needs) == self.needs else None
        if future is None:
            return open_photo(path, needs)
        try:
            return future.result()
        finally:  # a bad photo's error refers to this frame: no cycle through the future
            del future

    def close(self) -> None:
        self._ready.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Prefetch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def decode_needs(template: Template, formats: Sequence[str]) -> list[Need]:
    """The needs render_set decodes a photo at for `formats` of `template` (none when the
    template has no photo)."""
    from core.branding.formats import get_format
    from core.branding.layer_boxes import photo_needs

    if not template.needs_photo:
        return []
    return [n for f in dict.fromkeys(formats) for n in photo_needs(template, get_format(f))]


def first_photos(files: Sequence[str], needs: Sequence[Need], jobs: int) -> Prefetch:
    """A Prefetch of the photos a batch of `files` on `jobs` threads renders first
    (photo_cost.dispatch_order), at `needs` (decode_needs); nothing without needs."""
    if not needs:
        return Prefetch([], ())
    first = dispatch_order(files, jobs)[:max(1, jobs)]
    return Prefetch([files[i] for i in first], needs)
