"""What a fresh GUI start has imported once the Konten page settled (issue 15): with the
first-check worker's answer shown, not the checker's engine, rules or dictionary (they
load when the GUI checks by itself, or with the warm-up after the page settled); and
the compiled patterns of the cache folder are in place before PySide6 loads. No timing
is asserted (benchmarks/bench_startup.py measures it)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from core import posts
from core.model import Post

ROOT = Path(__file__).resolve().parents[2]

# As main.py, but the worker (core/first_check.py) runs at normal priority and is
# waited for before the window is built: its answer is there when the page asks (on a
# busy PC the page checks by itself instead).
_SETTLED = f"""
import json, subprocess, sys, threading
sys.path.insert(0, {str(ROOT)!r})
from core import first_check

proc = subprocess.Popen(first_check.worker_command(), stdin=subprocess.DEVNULL,
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
started = first_check._started = first_check.FirstCheck(proc)
done = threading.Event()
started.when_done(done.set)
done.wait(120)
from gui.app import _wait_for_checks, make_app
from core.store import open_store
from gui.main_window import MainWindow

make_app("id")
store = open_store()
window = MainWindow(store)
window.show()
_wait_for_checks(window, seconds=60)
result = window.konten.checks.runner.last_result()
answer = started.answer()
print(json.dumps({{"modules": sorted(sys.modules),
                   "from_worker": answer is not None and result is not None
                   and result.seconds == answer[3] and result.findings == answer[1],
                   "findings": len(result.findings) if result else -1}}))
"""


def _under(modules: set[str], *packages: str) -> set[str]:
    return {m for m in modules if m in packages or m.startswith(tuple(p + "." for p in packages))}


def test_a_page_settled_on_the_workers_answer_has_not_loaded_the_checker(store, warta_home):
    posts.create_post(store, Post(
        title="Rapat Koordinasi", activity_date=dt.date(2025, 11, 12),
        caption="Pemkot Cimahi mengadakan kegitan himbauan pada hari Selasa, 12 November "
                "2025. #CimahiKota", platforms=["instagram"]))
    env = {**os.environ, "WARTA_HOME": str(warta_home), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", _SETTLED], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=240, check=True).stdout
    settled = json.loads(out.splitlines()[-1])
    assert settled["from_worker"] and settled["findings"] > 0  # the worker's findings shown
    modules = set(settled["modules"])
    # showing them needs the types (Finding, ChecklistItem...), not the engine, the rules,
    # the checker's text analysis nor the dictionary: those load when the GUI checks
    assert {"core.checks.finding", "core.checks.checklist"} <= modules
    assert not _under(modules, "core.checks.engine", "core.checks.rules_akurasi",
                      "core.checks.text", "core.checks.glossary", "core.checks.spelling",
                      "spylls")


_PRELOAD_FIRST = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from core import pattern_cache

seen = []
real = pattern_cache.preload
pattern_cache.preload = lambda: seen.append("PySide6" in sys.modules) or real()
import gui
print(json.dumps(seen))
"""


def test_the_gui_package_puts_the_cached_patterns_in_place_before_pyside6(warta_home):
    """shiboken compiles its signature patterns as PySide6 loads: they, the GUI's own
    and the checker's come compiled from the cache folder (core/pattern_cache.py)."""
    env = {**os.environ, "WARTA_HOME": str(warta_home), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", _PRELOAD_FIRST], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120, check=True).stdout
    assert json.loads(out.splitlines()[-1]) == [False]  # once, and before PySide6
