"""The Konten page's first check, worked out by a second process while the GUI starts.

Starting the GUI keeps one core busy (Qt, the imports, the page); the first check needs
none of that, only the rules, the dictionary and the post the page opens on. `start()`
(main.py, before the GUI's imports) launches `main.py --check-worker` (`Warta.exe
--check-worker` when frozen; no console window on Windows). The worker opens the
database read-only, builds the `CheckRequest` the page will make for its first post
(`opening_request`), checks it with the same `run_check` and writes (request, findings,
checklist, seconds) pickled to its stdout.

The worker runs below the GUI's priority (Linux: the idle class; Windows: below normal),
on CPU time the GUI leaves: a second core. The GUI's CheckRunner `claim()`s the started
check for its first request and uses the answer only when the request in it equals its
own (same post, versions, photos, settings, day); when the worker failed, checked
something else or is still at work (a busy PC), the GUI checks in its own process as
always, racing a worker still at work (gui/konten/check_runner.py). A worker still
running after TIMEOUT_S is stopped. Nothing here imports Qt.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

TYPE_CHECKING = False  # not typing's: importing typing costs the start ~10 ms
if TYPE_CHECKING:
    from core.check_request import CheckRequest
    from core.store import Store

WORKER_FLAG = "--check-worker"
TIMEOUT_S = 30.0  # a worker still running then is stopped; the GUI checks by itself
NICE = 5  # the worker's lower priority on Linux/macOS: spare CPU time first

# (request, findings, checklist items, seconds the check took)
Answer = tuple


def worker_command() -> list[str]:
    """How to start the worker: the frozen Warta.exe takes the flag itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    main = Path(__file__).resolve().parent.parent / "main.py"
    return [sys.executable, str(main), WORKER_FLAG]


class FirstCheck:
    """A started worker and, once it has ended, its answer (None when it has none)."""

    def __init__(self, proc: subprocess.Popen, timeout: float = TIMEOUT_S) -> None:
        self._proc = proc
        self._lock = threading.Lock()
        self._done = False
        self._answer: Answer | None = None
        self._callbacks: list[Callable[[], None]] = []
        threading.Thread(target=self._wait, args=(timeout,), name="warta-first-check",
                         daemon=True).start()

    def _wait(self, timeout: float) -> None:
        answer = None
        try:
            out, _ = self._proc.communicate(timeout=timeout)
            if self._proc.returncode == 0 and out:
                answer = _answer_from(pickle.loads(out))
        except subprocess.TimeoutExpired:
            self.stop()
            self._proc.communicate()
        except Exception:  # noqa: BLE001 - any failure only means: check in the GUI
            answer = None
        with self._lock:
            self._answer, self._done = answer, True
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            with contextlib.suppress(Exception):  # a receiver gone (window closed)
                callback()

    def when_done(self, callback: Callable[[], None]) -> None:
        """Call `callback()` once the worker has ended: at once if it has, else from the
        waiting thread (a GUI passes something that posts to its own thread)."""
        with self._lock:
            if not self._done:
                self._callbacks.append(callback)
                return
        callback()

    def stop(self) -> None:
        """Give up on the worker (it is too slow): end it; its answer stays None."""
        with contextlib.suppress(OSError):
            self._proc.kill()

    def stop_if_running(self) -> None:
        """At Warta's exit: a worker still at work is ended, not left to run on (on
        Windows a running Warta.exe would hold up an upgrade)."""
        if not self.is_done():
            self.stop()

    def is_done(self) -> bool:
        with self._lock:
            return self._done

    def answer(self) -> Answer | None:
        """(request, findings, checklist items, seconds), or None (failed, not done)."""
        with self._lock:
            return self._answer

    def answer_for(self, request: CheckRequest) -> tuple | None:
        """(findings, checklist items, seconds) when the worker checked exactly `request`."""
        answer = self.answer()
        if answer is None or answer[0] != request:
            return None
        return answer[1], answer[2], answer[3]


def _answer_from(value: object) -> Answer | None:
    if isinstance(value, tuple) and len(value) == 4:
        return value
    return None


_started: FirstCheck | None = None


def start(command: list[str] | None = None) -> FirstCheck | None:
    """Launch the worker (once per process); None when it could not be started."""
    global _started
    if _started is not None:
        return _started
    # Below the GUI's priority, so it takes the CPU time the GUI leaves (a second core),
    # never the GUI's: on Windows by the creation flags (and no console flashes up),
    # elsewhere set here at once (not in the child before its exec: Popen waits for that
    # exec, and a child already at idle priority may wait long for a CPU on a busy PC).
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) \
        | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
    try:
        proc = subprocess.Popen(command or worker_command(), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                creationflags=flags)
    except OSError:
        return None
    _lower_priority(proc.pid)
    _started = FirstCheck(proc)
    atexit.register(_started.stop_if_running)  # Warta closed first: no worker left behind
    return _started


def _lower_priority(pid: int) -> None:
    """Linux: the idle scheduling class (only CPU time nothing else wants); macOS and
    other Unix: nice. Windows is seen to by the creation flags."""
    if hasattr(os, "SCHED_IDLE"):
        with contextlib.suppress(OSError):
            os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
            return
    if hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, pid, NICE)


def claim() -> FirstCheck | None:
    """The started first check, handed out once (to the first check the GUI makes)."""
    global _started
    started, _started = _started, None
    return started


def wanted(argv: list[str]) -> bool:
    """Whether a GUI started with `argv` opens on the Konten page with the user's data
    (not --selftest, not another --page): then its first check is worth starting early."""
    if "--selftest" in argv:
        return False
    for i, arg in enumerate(argv):
        page = arg.partition("=")[2] if arg.startswith("--page=") else (
            argv[i + 1] if arg == "--page" and i + 1 < len(argv) else None)
        if page is not None and page != "konten":
            return False
    return True


# ---- the worker process -------------------------------------------------------------------

def opening_request(store: Store, today: dt.date | None = None) -> CheckRequest | None:
    """The request the Konten page makes when it opens: its first post with the list's
    usual filters (every status and month, newest first), as stored."""
    from core import check_records, post_listing, posts, settings
    from core.actions.konten import target_variants
    from core.check_request import CheckRequest
    from core.checks import CheckSettings

    first = post_listing.first_id(store)
    post = posts.get_post(store, first) if first is not None else None
    if post is None or post.id is None:
        return None
    ctx = settings.load_context(store)
    return CheckRequest(
        post=post, variants=tuple(target_variants(store, post, ctx)),
        photos=tuple(check_records.post_photos(store, post.id)), profile=ctx.tone_profile,
        ignored=check_records.ignored_keys(store, post.id),
        settings=CheckSettings(hashtag_caps=dict(ctx.hashtag_caps)),
        today=today or dt.date.today())


def compute(store: Store) -> Answer | None:
    """The first check's answer for the data in `store` (None: no post to check)."""
    from core.check_request import run_check

    request = opening_request(store)
    if request is None:
        return None
    findings, items, seconds = run_check(request)
    return request, findings, items, seconds


def worker_main(_argv: list[str]) -> int:
    """`main.py --check-worker`: the answer pickled on stdout; exit 0 only with one.
    Never raises: a hidden, windowed Warta.exe would show the PIC a traceback box for a
    worker whose only job is to save the GUI some time (the GUI checks by itself)."""
    import gc

    gc.disable()  # a short life that makes next to no garbage (as the CLI, cli/__init__)
    try:
        from core.store import open_reader

        store = open_reader()
    except BaseException:  # noqa: BLE001 - no database yet, another schema: the GUI checks
        return 2
    try:
        answer = compute(store)
    except BaseException:  # noqa: BLE001 - a damaged post or a rule bug: the GUI checks
        return 4
    finally:
        store.close()
    if answer is None:
        return 3
    try:
        _write_out(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException:  # noqa: BLE001 - the GUI closed its end (quit, a second Warta)
        return 5
    from core import dataclass_cache

    dataclass_cache.save()  # once answered: a no-op unless this start compiled new code
    return 0


def _write_out(data: bytes) -> None:
    """The answer on standard output: sys.stdout's bytes when there is one, else file
    descriptor 1 itself (the frozen, windowed Warta.exe may have no sys.stdout, yet has
    the pipe the GUI gave it; without one this raises and the GUI checks by itself)."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is not None:
        stream.write(data)
        stream.flush()
        return
    view = memoryview(data)
    while view:
        view = view[os.write(1, view):]
