"""What the GUI imports on its way to the first paint and to the Konten page (issue 15).

A fresh interpreter builds the window and lists its modules; no timing is asserted
(benchmarks/bench_startup.py measures it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_RUN = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtWidgets import QApplication
from core.store import open_store
from gui.app import make_app
from gui.main_window import MainWindow

make_app("id")
store = open_store()
window = MainWindow(store)
before_page = sorted(sys.modules)
window.show()  # offscreen: a 784-pixel window, the list hidden (one at a time)
window.konten  # the page shown at start, built after the first paint
for _ in range(5):
    QApplication.processEvents()
import PySide6.QtWidgets as widgets
print(json.dumps({{"window": before_page, "konten": sorted(sys.modules),
                  "qstyle": ["QStyle"] if "QStyle" in vars(widgets) else []}}))
"""


def _modules(warta_home: Path) -> dict[str, set[str]]:
    env = {**os.environ, "WARTA_HOME": str(warta_home), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", _RUN], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=180, check=True).stdout
    return {k: set(v) for k, v in json.loads(out.splitlines()[-1]).items()}


def _under(modules: set[str], *packages: str) -> set[str]:
    return {m for m in modules if m in packages or m.startswith(tuple(p + "." for p in packages))}


def test_first_paint_and_konten_page_leave_heavy_parts_for_later(warta_home):
    modules = _modules(warta_home)
    # before the first paint: no page, no checker, no dictionary
    assert not _under(modules["window"], "gui.konten", "core.checks", "spylls")
    # the window asks whether this is Diskominfo's Warta (Rekap Kota), not more of Rekap
    assert not _under(modules["window"], "core.rekap.paket", "core.rekap.papan",
                      "core.rekap.validasi", "core.rekap.laporan_kota",
                      "core.rekap.amplifikasi")
    # the Konten page: what shows findings, but not the checker's engine, which loads when
    # the page checks here (no post: nothing to check; else the first-check worker may
    # answer, test_gui_settled_imports.py), nor the import/export machinery (export pool,
    # processes), which loads when photos are imported or exported
    konten = modules["konten"]
    assert "gui.konten.page" in konten and "core.checks.finding" in konten
    assert not _under(konten, "core.checks.engine", "core.checks.spelling",
                      "core.checks.text", "spylls")
    assert not _under(konten, "core.actions.media", "core.media_export", "multiprocessing",
                      "concurrent.futures", "core.branding.renderer", "gui.media.media_import")
    # HEIC support (pillow-heif, libheif) loads at the first HEIC photo, not with the page
    assert not _under(konten, "pillow_heif")
    # the reminder banner (before the first paint) is not the Kalender page's month grid
    # nor the calendar code behind it; the reminders are read after the first paint
    assert "widgets.reminder_banner" in modules["window"]
    assert not _under(modules["window"], "widgets.month_grid", "core.kalender.bulan")
    assert "widgets.month_grid" not in konten
    # Pillow loads when a thumbnail must be made (the previews read cached JPEGs with
    # Qt), the Paket Narasi reader when a campaign is shown or imported
    assert not _under(konten, "PIL", "core.branding.imageio", "core.actions.narasi",
                      "core.rekap.narasi_paket")
    # the status-change dialogs load when one is asked; QStyle (and the ~11 enum types
    # PySide builds with it) is not reached from Python while the post list is hidden
    assert "gui.konten.override_dialog" not in konten
    assert modules["qstyle"] == set()
