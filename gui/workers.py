"""Running core work off the UI thread with progress and a cancel button.

Core functions that take long accept two keyword callbacks so they stay Qt-free:
`progress(done: int, total: int, text: str)` and `cancelled() -> bool` (checked between
steps; return early when True). `Task` runs such a function on QThreadPool and reports
back through signals; `run_with_progress` shows a modal progress dialog with "Batal".
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """One call of `fn(*args, progress=..., cancelled=..., **kwargs)` on the thread pool."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self._progress, cancelled=self.is_cancelled,
                             **self.kwargs)
        except Exception as exc:  # report, never crash the UI thread
            message = str(exc) or exc.__class__.__name__
            traceback.print_exc()
            self.signals.failed.emit(message)
            return
        if self.is_cancelled():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)

    def _progress(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def run_with_progress(parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                      cancel_text: str | None = None, **kwargs: Any) -> tuple[Any, str | None]:
    """Run `fn` in the pool behind a modal progress dialog with a cancel button.

    Returns (result, error): result is None when cancelled or failed; error is the
    failure's message (None on success or cancel).
    """
    task = Task(fn, *args, **kwargs)
    cancel = cancel_text or QCoreApplication.translate("Workers", "Cancel")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    outcome: dict[str, Any] = {"result": None, "error": None}
    loop = QEventLoop()

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def on_finished(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def on_failed(message: str) -> None:
        outcome["error"] = message
        loop.quit()

    task.signals.progress.connect(on_progress)
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    task.signals.cancelled.connect(loop.quit)
    dialog.canceled.connect(task.cancel)
    start(task)
    loop.exec()
    dialog.close()
    return outcome["result"], outcome["error"]
