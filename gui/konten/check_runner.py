"""Live checks off the UI thread: debounce, single flight, newest request wins.

Typing calls `CheckRunner.schedule()` on every change; nothing else happens until the
PIC pauses for DEBOUNCE_MS. Then the runner asks its `snapshot` callable for a
`CheckRequest` (plain data: the post, its variants and photos as shown now) and runs
core.checks.check_post in a worker thread of its own. Only one check runs at a time;
a request that comes while one runs waits in a one-place queue (a newer one replaces it).
Every schedule() bumps a generation number, and a result is only delivered when no newer
request was made meanwhile, so findings for a stale text never reach the editors.

Also here: `warm_up_in_background()` (load the dictionary at start-up) and
`SuggestionFetcher` (dictionary suggestions on demand, which can take a second).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal

from core import checks, first_check
from core.check_request import CheckRequest, run_check
from core.checks import ChecklistItem, Finding
from gui.workers import Task

DEBOUNCE_MS = 400


@dataclass(frozen=True)
class CheckResult:
    generation: int
    request: CheckRequest
    findings: list[Finding]
    checklist: list[ChecklistItem]
    seconds: float  # how long the check itself took
    latency: float  # from the last edit to the result (debounce included)


class CheckRunner(QObject):
    """Debounced, single-flight checking of whatever `snapshot()` returns.

    Signals: finished(CheckResult) for fresh results only; failed(str); busy(bool).
    """

    finished = Signal(object)
    failed = Signal(str)
    busy = Signal(bool)

    def __init__(self, snapshot: Callable[[], CheckRequest | None],
                 debounce_ms: int = DEBOUNCE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._generation = 0
        self._edited_at = time.perf_counter()
        self._running: Task | ChildAnswer | None = None
        self._running_gen = 0
        self._running_request: CheckRequest | None = None
        self._pending: tuple[int, CheckRequest] | None = None
        self._last: CheckResult | None = None
        # alive until their thread surely let go
        self._retired: deque[Task | ChildAnswer] = deque(maxlen=4)
        self._racing: ChildAnswer | None = None  # a slow worker racing the check here
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._fire)

    # ---- asking for checks ----------------------------------------------------------------
    def schedule(self) -> None:
        """The text changed: check it once typing pauses (results for older text are dropped)."""
        self._generation += 1
        self._edited_at = time.perf_counter()
        self._timer.start()

    def run_now(self) -> None:
        """Check the current state without waiting (a post was opened, a rule changed)."""
        self._generation += 1
        self._edited_at = time.perf_counter()
        self._timer.stop()
        self._fire()

    def cancel(self) -> None:
        """Forget everything asked so far (the post was closed)."""
        self._generation += 1
        self._timer.stop()
        self._pending = None
        self._last = None

    # ---- state ------------------------------------------------------------------------------
    def is_idle(self) -> bool:
        """No check waiting, running or queued."""
        return not self._timer.isActive() and self._running is None and self._pending is None

    def is_current(self) -> bool:
        """The last delivered result is for the text as it is now."""
        return self.is_idle() and self._last is not None \
            and self._last.generation == self._generation

    def last_result(self) -> CheckResult | None:
        return self._last

    def generation(self) -> int:
        return self._generation

    # ---- worker -----------------------------------------------------------------------------
    def _fire(self) -> None:
        request = self._snapshot()
        if request is None:
            return
        if self._running is not None:
            self._pending = (self._generation, request)  # newest wins
            return
        self._start(self._generation, request)

    def _start(self, generation: int, request: CheckRequest) -> None:
        self._running_gen, self._running_request = generation, request
        self.busy.emit(True)
        started = first_check.claim()  # the first check of the process, started at launch
        if started is not None:
            self._running = ChildAnswer(started, request, self._child_answered)
            return
        self._run_here(request)

    def _run_here(self, request: CheckRequest) -> None:
        task = Task(run_check, request)
        task.signals.finished.connect(self._done)
        task.signals.failed.connect(self._failed)
        self._running = task
        self._pool.start(task)

    def _child_answered(self, child: ChildAnswer, payload: tuple | None) -> None:
        """The worker's findings if it checked exactly this request; else (it failed,
        the post or settings differ, or it is still busy) the same check here. A worker
        still busy races that check: whichever ends first is shown; the check here goes
        on as the warm-up when the worker wins, the worker is stopped when it loses."""
        if self._running is child and self._running_request is not None:
            if payload is not None:
                self._done(payload)
                return
            self._run_here(self._running_request)
            if not child.ended():
                self._racing = child
        elif self._racing is child and payload is not None:
            self._racing = None
            self._done(payload)

    def _superseded(self) -> bool:
        """A finished or failed signal from a check no longer waited for (the worker won)."""
        sender = self.sender()
        running = self._running.signals if isinstance(self._running, Task) else None
        return sender is not None and sender is not running

    def _stop_racing(self) -> None:
        if self._racing is not None:
            self._racing.stop()
            self._racing = None

    def _next(self) -> None:
        if self._running is not None:
            self._retired.append(self._running)
        self._running = None
        self._running_request = None
        if self._pending is not None:
            generation, request = self._pending
            self._pending = None
            if generation == self._generation:
                self._start(generation, request)
                return
        self.busy.emit(False)

    def _done(self, payload: object) -> None:
        if self._superseded():
            return
        self._stop_racing()
        generation, request = self._running_gen, self._running_request
        self._next()
        if generation != self._generation or request is None:
            return  # the text changed meanwhile: a newer check is on its way
        findings, items, seconds = payload  # type: ignore[misc]
        result = CheckResult(generation, request, list(findings), list(items), seconds,
                             time.perf_counter() - self._edited_at)
        self._last = result
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        if self._superseded():
            return
        self._stop_racing()
        generation = self._running_gen
        self._next()
        if generation == self._generation:
            self.failed.emit(message)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the worker thread is free (tests, shutdown)."""
        return self._pool.waitForDone(msecs)


class ChildAnswer(QObject):
    """Waits, in the GUI thread, for the first check the worker process does
    (core/first_check.py) and calls `answered(self, payload)` there: payload is
    (findings, checklist, seconds) when the worker checked exactly the request, else None.

    The worker runs at a lower priority, on CPU time nothing else wants (a second
    core): on a busy PC it may still be at work when the page asks. Then
    `answered(self, None)` comes WAIT_MS later (the page starts its own check, which the
    worker may still beat) and again when the worker ends."""

    WAIT_MS = 0  # waiting longer only delays the check here on a busy PC
    arrived = Signal()

    def __init__(self, started: first_check.FirstCheck, request: CheckRequest,
                 answered: Callable[[ChildAnswer, tuple | None], None]) -> None:
        super().__init__()
        self._started, self._request, self._answered = started, request, answered
        self._ended = False
        # queued, also when the worker had ended already: the answer comes as a Task's does
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if not started.is_done():
            QTimer.singleShot(self.WAIT_MS, self, self._waited)
        started.when_done(self.arrived.emit)

    def ended(self) -> bool:
        """The worker's end was handed over."""
        return self._ended

    def stop(self) -> None:
        """The answer is no longer wanted: end the worker."""
        self._started.stop()

    def _waited(self) -> None:
        if not self._ended:
            self._answered(self, None)

    def _deliver(self) -> None:
        if not self._ended:
            self._ended = True
            self._answered(self, self._started.answer_for(self._request))


def _warm(*, progress=None, cancelled=None) -> bool:
    from core import dataclass_cache
    from core.captions import urls
    from core.checks import spelling

    urls.warm_up()  # the counters of the first post with a link, not only the checks
    ok = checks.warm_up()  # the engine, the rules and the dictionary load here
    dataclass_cache.save()  # the next start runs this one's dataclass code uncompiled
    spelling.save_forms()  # first start on this PC: seconds, once, after the page settled
    return ok


_warm_task: Task | None = None


def warm_up_in_background() -> Task:
    """Load the rules and the dictionary in a worker at start-up (once per process)."""
    global _warm_task
    if _warm_task is None:
        _warm_task = Task(_warm)
        QThreadPool.globalInstance().start(_warm_task)
    return _warm_task


class SuggestionFetcher(QObject):
    """Dictionary suggestions for spelling findings, computed off the UI thread.

    `fetch(finding)` answers at once from the finding itself or the cache; otherwise it
    starts a worker and emits ready(finding, suggestions) when done.
    """

    ready = Signal(object, object)  # Finding, tuple[str, ...]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[str, tuple[str, ...]] = {}
        self._tasks: dict[str, Task] = {}
        self._retired: deque[Task] = deque(maxlen=8)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def known(self, finding: Finding) -> tuple[str, ...] | None:
        """Suggestions available without waiting, or None when they must be computed."""
        if finding.suggestions:
            return finding.suggestions
        if finding.rule_id != "akurasi.ejaan":
            return ()
        return self._cache.get(finding.matched)

    def fetch(self, finding: Finding) -> tuple[str, ...] | None:
        known = self.known(finding)
        if known is not None:
            return known
        word = finding.matched
        if word not in self._tasks:
            task = Task(lambda f, **_kw: checks.suggestions_for(f), finding)
            task.signals.finished.connect(self._finished)
            task.signals.failed.connect(self._failed)
            task.word = word  # type: ignore[attr-defined]
            task.finding = finding  # type: ignore[attr-defined]
            self._tasks[word] = task
            self._pool.start(task)
        return None

    def _take(self) -> Task | None:
        sender = self.sender()
        for word, task in list(self._tasks.items()):
            if task.signals is sender:
                self._retired.append(task)
                return self._tasks.pop(word)
        return None

    def _finished(self, suggestions: object) -> None:
        task = self._take()
        if task is None:
            return
        found = tuple(suggestions or ())  # type: ignore[arg-type]
        self._cache[task.word] = found  # type: ignore[attr-defined]
        self.ready.emit(task.finding, found)  # type: ignore[attr-defined]

    def _failed(self, _message: str) -> None:
        task = self._take()
        if task is not None:
            self._cache[task.word] = ()  # type: ignore[attr-defined]
            self.ready.emit(task.finding, ())  # type: ignore[attr-defined]

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
