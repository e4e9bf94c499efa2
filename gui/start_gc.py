"""Warta's start with the cyclic garbage collector paused until the Konten page settles.

Starting makes a few hundred thousand objects that live as long as the window (modules,
Qt wrappers, rule data, the dictionary's tables) and next to no garbage; the collector
still walks them about 110 times before the Konten page shows its first check (~25 ms of
the start on the 2-core test machine). `pause()` stops it when the GUI starts;
`resume()` moves what the start made to the permanent generation (`gc.freeze`: later
collections skip it, as they would have kept it anyway) and starts the collector again.
`resume_when_settled(window)` resumes once the page shown at start has its first check;
whatever happens meanwhile (the first-start dialog, an error), the collector runs again
after MAX_PAUSE_MS. main.py stops the collector before the GUI's first import (the
imports of Qt and the pages ran ~50 collections, ~10 ms) and hands that pause over
with `take_over()`. The CLI pauses it the same way while a command loads (cli/__init__).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

MAX_PAUSE_MS = 10_000

_paused = False
_limited = False  # the MAX_PAUSE_MS timer runs


def take_over() -> None:
    """The collector main.py stopped for the start (before Qt could be imported) is
    this module's pause from now on: resumed as one pause() makes would be."""
    global _paused
    if not _paused and not gc.isenabled():
        _paused = True


def pause() -> None:
    """Stop cyclic collections (only if they run now, or taken over) for at most
    MAX_PAUSE_MS from this call (the QApplication exists)."""
    global _paused, _limited
    if not _paused and gc.isenabled():
        gc.disable()
        _paused = True
    if _paused and not _limited:
        _limited = True
        QTimer.singleShot(MAX_PAUSE_MS, resume)


def resume() -> None:
    """Collect again, leaving what the start made out of later collections (once)."""
    global _paused, _limited
    if not _paused:
        return
    _paused = _limited = False
    gc.freeze()
    gc.enable()


def is_paused() -> bool:
    return _paused


def resume_when_settled(window) -> None:
    """Resume when the page shown at start (Konten) has shown its first check."""
    when_settled(window, resume)


def when_settled(window, callback) -> None:
    """Call `callback()` once the page shown at start has settled: built, and for the
    Konten page with its first check shown (or nothing to check)."""

    def page_ready() -> None:
        page = window.pages.get("konten")  # the Konten page, when it is the one built
        checks = page.checks if page is not None else None
        if checks is None or checks.editor.post() is None \
                or checks.runner.last_result() is not None:
            callback()  # nothing to check, or checked already
        else:
            checks.checked.connect(once)
            checks.runner.failed.connect(once)  # a failed first check settles it too

    def once(_result=None) -> None:
        page = window.pages.get("konten")
        if page is not None:
            page.checks.checked.disconnect(once)
            page.checks.runner.failed.disconnect(once)
        callback()

    window.first_page_ready.connect(page_ready)
