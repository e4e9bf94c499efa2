"""The first photo of a `warta brand` batch, decoded while the program is still starting.

A fresh `brand` process spends ~0.1 s on one thread (imports, the kit) before its render
threads have work, while the second core idles. The JPEG decode (~50 ms of a camera
photo) releases the GIL, so `start()` decodes the batch's first photo on a thread of its
own meanwhile, for the needs the run will most likely ask: each requested format filled
by the photo (a full-bleed photo layer, as in every shipped template). `take()`, which
`imageio.open_photo` asks first, hands that photo over only for exactly that file and
those needs; any other request, or a decode that failed, is decoded as always. The
pixels are the same either way: the same function with the same arguments made them.
"""

from __future__ import annotations

import os
import threading

TYPE_CHECKING = False  # not typing's: the point of this module is a cheap start
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from core.branding.imageio import Photo

Needs = tuple[tuple[int, int, str], ...]

_lock = threading.Lock()
_pending: dict[tuple[str, Needs], tuple[threading.Thread, list]] = {}


def _key(path: str | os.PathLike[str], needs: Sequence[tuple[int, int, str]]
         ) -> tuple[str, Needs]:
    return os.fspath(path), tuple((w, h, fit) for w, h, fit in needs)


def start(path: str | os.PathLike[str], needs: Sequence[tuple[int, int, str]]) -> bool:
    """Begin decoding `path` for `needs` on a thread; False when one is running already
    or no thread can be had (nothing changes then). The decoder's modules are imported
    here, by the caller: imports hold the GIL, so on the thread they would only be
    shared with the caller's, and the decode, which lets the GIL go, would start later."""
    from core.branding.imageio import decode_photo

    key = _key(path, needs)
    found: list[Photo] = []
    thread = threading.Thread(target=_decode, args=(decode_photo, key, found),
                              name="warta-early-decode", daemon=True)
    with _lock:
        if _pending:
            return False
        _pending[key] = (thread, found)
    try:
        thread.start()
    except RuntimeError:
        with _lock:
            _pending.pop(key, None)
        return False
    return True


def _decode(decode_photo: Callable[..., Photo], key: tuple[str, Needs],
            found: list[Photo]) -> None:
    try:
        found.append(decode_photo(*key))
    except BaseException:  # noqa: BLE001 - the render decodes it again and reports it
        return


def take(path: str | os.PathLike[str], needs: Sequence[tuple[int, int, str]]
         ) -> Photo | None:
    """The photo decoded early for exactly `path` and `needs` (waiting for it if it is
    still under way), once; None when there is none."""
    if not _pending:
        return None
    with _lock:
        entry = _pending.pop(_key(path, needs), None)
    if entry is None:
        return None
    thread, found = entry
    thread.join()
    return found[0] if found else None


def discard() -> None:
    """Wait for a decode no render asked for and drop it: no thread outlives the batch."""
    with _lock:
        entries = list(_pending.values())
        _pending.clear()
    for thread, _found in entries:
        thread.join()
