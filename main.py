"""Warta entry point: no arguments opens the app; `python main.py <command>` runs the CLI."""

from __future__ import annotations

import gc
import os
import sys

GUI_FLAGS = {"--screenshot", "--page", "--selftest", "--lang"}


def wants_gui(argv: list[str]) -> bool:
    """The GUI runs with no arguments or with GUI-only flags; anything else is the CLI."""
    return not argv or argv[0] in GUI_FLAGS or argv[0].startswith(tuple(f + "=" for f in GUI_FLAGS))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--check-worker"]:  # started by the GUI below: core/first_check.py
        from core import dataclass_cache
        from core.first_check import worker_main

        dataclass_cache.install("worker")  # the checker's dataclasses, compiled before

        return worker_main(argv[1:])
    from core.app_mutex import hold_app_mutex

    hold_app_mutex()  # an upgrade waits for this running Warta (installer/warta.iss)
    if wants_gui(argv):
        # no cyclic collections while the GUI starts: it makes next to no garbage, and
        # the imports ran ~50 collections (~10 ms); gui/start_gc.py collects again once
        # the Konten page has settled
        gc.disable()
        from core import first_check, store

        store.start_quick_check()  # the database's check, overlapping Qt's imports
        if first_check.wanted(argv):  # the Konten page's first check, on another core
            first_check.start()
        from core import dataclass_cache

        dataclass_cache.install("gui")  # before the first dataclass: their code is cached
        from gui import start_gc
        from gui.app import run  # lazy: the CLI must work without Qt

        start_gc.take_over()  # the pause above: resumed once the page settled
        return run(argv)
    code_cache = None
    # before the first dataclass (their code cached); the commands share one file.
    # Not `count`: it makes ~10 dataclasses, and finding the cache folder would load
    # platformdirs, which a count without a link never needs (more than compiling them).
    # Not `check` nor `brand`: their classes are plain (core/record.py), they import no
    # dataclasses (a `brand` that reads the profile makes core.model's few, uncached)
    if argv[0] not in ("count", "check", "brand"):
        from core import dataclass_cache as code_cache

        code_cache.install("cli")
    import cli
    from core import crash_log

    crash_log.install(faults=False)  # Warta.exe with arguments has no stderr to show it
    code = cli.main(argv)
    if code_cache is not None:
        code_cache.save()  # only when this command compiled something new
    if cli.ran_short_lived():
        # check, count, brand: done, their files and stores closed. Frozen, the objects
        # left are skipped by the collections the interpreter runs as it exits (~20 ms
        # of a `brand` run). Not for other commands: an object in a reference cycle is
        # then never finalized, and a file left open in one would lose its buffer.
        gc.freeze()
    return code


# Commands whose run leaves nothing to finalize: every file they write is closed, fsynced
# and renamed (core/safe_write), their stores closed, no thread left running. The process
# ends without the interpreter's teardown after them (end()).
QUICK_EXIT = {"brand"}


def _flushed() -> bool:
    """stdout and stderr flushed; False when a flush fails (the usual exit reports it)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            return False
    return True


def end(code: int, quick: bool = False) -> None:
    """sys.exit(code). After a QUICK_EXIT command, the interpreter's teardown (freeing
    every object of the run one by one, ~3 ms of a `brand` batch) is skipped: the exit
    handlers run (logging closes its files), stdout and stderr are flushed, then
    os._exit. Anything unusual (a thread still running, a flush that fails, no exit
    handler runner) exits the usual way, which waits for the thread and reports the
    failed flush as before."""
    if not quick:
        sys.exit(code)
    import atexit
    import threading

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is not None and threading.active_count() == 1 and _flushed():
        run_handlers()  # they run once: the usual exit below would find none left
        if threading.active_count() == 1 and _flushed():
            os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # importing multiprocessing costs every start ~30 ms
        import multiprocessing

        multiprocessing.freeze_support()  # frozen Warta.exe started as a pool worker: be it
    end(main(), quick=sys.argv[1:2] != [] and sys.argv[1] in QUICK_EXIT)
