"""A render pool kept warm for a session: the GUI's exports reuse one set of threads
instead of starting workers per export.

Threads, not processes (see core.media_export): the decoder, fonts and logos the first
export loads stay loaded for the next, and nothing is spawned. The pool is made on first
use, so a session that never exports pays nothing, and shut down once when the app
exits; a cancelled export drops its queued renders (render_batch), so the pool is free
again at once.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor


class RenderPool:
    """`helpers` threads that render beside the thread running an export."""

    def __init__(self, helpers: int) -> None:
        self.helpers = helpers
        self._executor: ThreadPoolExecutor | None = None
        self._closed = False
        self._lock = threading.Lock()

    def executor(self) -> ThreadPoolExecutor | None:
        """The warm executor, made on first call; None when there is nothing to share
        (no helper threads, or the pool was shut down)."""
        with self._lock:
            if self._closed or self.helpers < 1:
                return None
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.helpers,
                                                    thread_name_prefix="warta-render")
            return self._executor

    @property
    def started(self) -> bool:
        return self._executor is not None and not self._closed

    def shutdown(self) -> None:
        """Drop queued renders, wait for running ones (each under a second) and refuse
        new work; safe to call twice."""
        with self._lock:
            executor, self._executor, self._closed = self._executor, None, True
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
