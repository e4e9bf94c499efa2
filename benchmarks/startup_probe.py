"""Child process of bench_startup.py: open a window and print wall-clock stamps.

    python benchmarks/startup_probe.py bare|warta [--page konten]

Prints `paint <epoch s>` at the first paint of the window and, for warta, `settled
<epoch s>` once the Konten page shows what `--screenshot --page konten` waits for (list,
editor, preview photo, first check), then `rss <MB>`, `cpu <s>` (user+system time of
all its threads until then, steadier than wall time on a busy machine), `main <s>` (that of
the GUI thread alone: what the page waits for) and `worker <s>`
(that of the first-check worker process it started, core/first_check.py) and `answered
1|0` (whether the page showed that worker's answer, not its own check), lets the
warm-up that starts once the page settled finish (untimed: it writes the caches a user's
next start finds, as the app running on would) and exits. The
parent measures from just before it started this process, so interpreter start and
imports count.
"""

from __future__ import annotations

import gc
import importlib
import os
import resource
import sys
import time
from pathlib import Path

# the checkout to time: bench_startup.py --compare sets it; else the one holding this file
ROOT = Path(os.environ.get("WARTA_BENCH_ROOT") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def stamp(label: str) -> None:
    print(f"{label} {time.time():.6f}", flush=True)


def first_paint_filter(window):
    """An event filter that stamps the window's first paint once."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                stamp("paint")
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    return watcher


def run_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 720)
    watcher = first_paint_filter(window)
    window.show()
    while not watcher.seen:
        app.processEvents()
        time.sleep(0.001)


def run_warta(page: str) -> None:
    # as main.py: no cyclic collections from its first import on, where the checkout's
    # main.py does that and hands the pause to gui/start_gc.take_over (before, the
    # collector was paused after make_app)
    early_pause = "def take_over" in (ROOT / "gui" / "start_gc.py").read_text("utf-8")
    if early_pause:
        gc.disable()
    try:  # as main.py: the Konten page's first check starts in a process of its own
        from core import first_check
    except ImportError:  # the code before the first-check worker
        first_check = None
    from core import store as core_store

    if hasattr(core_store, "start_quick_check"):  # as main.py: the database check early
        core_store.start_quick_check()
    started = None
    if first_check is not None and page == "konten":
        started = first_check.start()
    try:  # as main.py: the dataclasses' compiled code from the cache folder
        from core import dataclass_cache
    except ImportError:  # the code before the dataclass code cache
        dataclass_cache = None
    if dataclass_cache is not None:
        dataclass_cache.install("gui")
    # as main.py: the GUI package is imported before PySide6 (it may prepare for that)
    importlib.import_module("gui")
    from PySide6.QtWidgets import QApplication

    import gui.app
    from core.store import open_store
    from gui.app import _wait_for_checks, make_app

    try:  # as run_interactive: no cyclic collections until the page settles
        from gui import start_gc
    except ImportError:  # the code before the collector pause
        start_gc = None
    if early_pause:
        start_gc.take_over()  # as main.py, before gui.app.run
    make_app("id")  # as run_interactive: translations and theme
    if start_gc is not None:
        start_gc.pause()
    from gui.main_window import MainWindow  # as run_interactive: imported after the pause

    store = open_store()
    window = MainWindow(store)
    if hasattr(gui.app, "settle_then_warm_up"):  # as run_interactive: both once settled
        gui.app.settle_then_warm_up(window)
    else:  # the code before the first-check worker
        if start_gc is not None:
            start_gc.resume_when_settled(window)
        if hasattr(gui.app, "warm_up_checks"):
            window.first_painted.connect(gui.app.warm_up_checks)
        else:  # the code before the start-up work
            from gui.konten.check_runner import warm_up_in_background

            warm_up_in_background()
    watcher = first_paint_filter(window)
    if page != "konten":  # Konten is the page the app opens on
        window.show_page(page)
    window.show()
    while not watcher.seen:
        QApplication.processEvents()
        time.sleep(0.001)
    _wait_for_checks(window, seconds=20)
    stamp("settled")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    done = resource.getrusage(resource.RUSAGE_CHILDREN)  # the first-check worker, if any
    print(f"rss {usage.ru_maxrss / 1024:.1f}", flush=True)
    print(f"cpu {usage.ru_utime + usage.ru_stime:.3f}", flush=True)  # all threads
    print(f"main {time.thread_time():.3f}", flush=True)  # the GUI thread alone
    print(f"worker {done.ru_utime + done.ru_stime:.3f}", flush=True)  # the worker, ended
    # after the stamps (untimed): the page used the worker's answer when its first result
    # took exactly the seconds the worker measured (its own check measures its own)
    answer = started.answer() if started is not None else None
    result = window.konten.checks.runner.last_result()
    used = answer is not None and result is not None and result.seconds == answer[3]
    print(f"answered {int(used)}", flush=True)
    # untimed, as the app goes on running: the warm-up that starts once the page settled
    # (WARM_UP_AFTER_MS later where the code has that pause) writes its caches (compiled
    # patterns) for the next start, as on a user's PC
    from PySide6.QtCore import QThreadPool

    pause = getattr(gui.app, "WARM_UP_AFTER_MS", 0) / 1000 + 0.05
    end = time.monotonic() + pause
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)
    QThreadPool.globalInstance().waitForDone(20000)
    window.close()
    store.close()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        run_bare()
    else:
        run_warta(sys.argv[3] if len(sys.argv) > 3 else "konten")
    os._exit(0)  # the timing is done; skip interpreter teardown
