"""Warta with three years of data (`demo --tahun 3`, ~10,000 posts) against the one-month demo.

Run: uv run python benchmarks/bench_years.py [--rounds 5] [--konten 10000]

Printed, each with its target:
- start-up to the settled Konten page, fresh processes, 3 years vs one month (<= 1.2x),
  and the RSS then (<= 1.5x);
- typing in the Konten search: the list filtered and shown for each prefix typed (what
  the debounce timer calls; the checks of the post shown are let finish first), on the
  3-year data (<= 50 ms per keystroke); then the editor catching up with the selection
  once typing stops;
- opening a post from the list (<= 100 ms);
- the monthly report (<= 2 s) and a yearly report (<= 10 s), Word and Excel written,
  through the CLI as a PIC would script it;
- the database size (< 50 MB).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_startup import PYCACHE, probe, verdict  # noqa: E402

MAIN = ROOT / "main.py"
TYPED = "rapat koordinasi cimahi"


def make_home(home: Path, demo_args: list[str]) -> dict[str, str]:
    env = {**os.environ, "WARTA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run([sys.executable, str(MAIN), "demo", *demo_args], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"  demo {' '.join(demo_args) or '(sebulan)'}: {time.perf_counter() - start:.1f} s")
    return env


def startup(month_env: dict[str, str], years_env: dict[str, str], rounds: int) -> None:
    probe("warta", month_env), probe("warta", years_env)  # untimed: caches
    pairs = [(probe("warta", month_env), probe("warta", years_env)) for _ in range(rounds)]
    ratio = statistics.median(y["settled"] / m["settled"] for m, y in pairs)
    rss = statistics.median(y["rss"] / m["rss"] for m, y in pairs)
    month_ms = statistics.median(m["settled"] for m, _ in pairs) * 1000
    print(f"start-up Konten siap: sebulan {month_ms:.0f}"
          f" ms, 3 tahun {statistics.median(y['settled'] for _, y in pairs) * 1000:.0f} ms "
          f"= {ratio:.2f}x  [target <= 1.2x: {verdict(ratio <= 1.2)}]")
    print(f"RSS: sebulan {statistics.median(m['rss'] for m, _ in pairs):.0f} MB, 3 tahun "
          f"{statistics.median(y['rss'] for _, y in pairs):.0f} MB = {rss:.2f}x  "
          f"[target <= 1.5x: {verdict(rss <= 1.5)}]")


def in_process(env: dict[str, str]) -> None:
    """Search and open on the 3-year data, in this process (offscreen Qt)."""
    os.environ.update({k: env[k] for k in ("WARTA_HOME", "QT_QPA_PLATFORM")})
    from PySide6.QtWidgets import QApplication

    from core import posts
    try:
        from core import post_listing
    except ImportError:  # the code before the model/view list
        post_listing = None
    from core.store import open_store
    from gui.app import _wait_for_checks, make_app
    from gui.main_window import MainWindow

    make_app("id")
    store = open_store()
    window = MainWindow(store)
    import gui.app

    if hasattr(gui.app, "settle_then_warm_up"):  # as run_interactive: the warm-up once settled
        gui.app.settle_then_warm_up(window)
    window.resize(1366, 728)
    window.show()
    page = window.konten
    search = getattr(page, "search_changed", page.reload)  # what the debounce timer calls
    follow_ms = getattr(page, "FOLLOW_MS", 0)
    end = time.monotonic() + 1.0  # the work queued after the first paint (reminders) ends
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    page.search.setFocus()  # clicking into the field reads the search text
    QApplication.processEvents()
    if post_listing is not None and not post_listing.search_ready(store):
        post_listing.warm_search(store)  # offscreen windows may not take the focus
    per_key, follow = [], []
    for _ in range(3):
        _wait_for_checks(window)  # the checks of the post shown are not the search
        for n in range(1, len(TYPED) + 1):
            page.search.blockSignals(True)  # the debounce timer is not what is measured
            page.search.setText(TYPED[:n])
            page.search.blockSignals(False)
            start = time.perf_counter()
            search()
            QApplication.processEvents()
            per_key.append((time.perf_counter() - start) * 1000)
        if hasattr(page, "follow_selection"):  # typing stops: the editor catches up
            start = time.perf_counter()
            page.follow_selection()
            QApplication.processEvents()
            follow.append((time.perf_counter() - start) * 1000)
        page.search.clear()
        page.reload()
    median, worst = statistics.median(per_key), max(per_key)
    print(f"cari per ketikan: median {median:.1f} ms, terburuk {worst:.1f} ms "
          f"({len(per_key)} ketikan)  [target <= 50 ms: {verdict(worst <= 50)}]")
    if follow:
        print(f"  lalu editor menyusul pilihan ({follow_ms} ms setelah ketikan terakhir): "
              f"median {statistics.median(follow):.1f} ms, terburuk {max(follow):.1f} ms")
    ids = [p.id for p in posts.list_posts(store)]
    opened = []
    for post_id in random.Random(1).sample(ids, 30):
        row = page.model.row_of(post_id)
        start = time.perf_counter()
        page.list.setCurrentIndex(page.model.index(row))
        QApplication.processEvents()
        opened.append((time.perf_counter() - start) * 1000)
    print(f"membuka konten: median {statistics.median(opened):.1f} ms, terburuk "
          f"{max(opened):.1f} ms  [target <= 100 ms: {verdict(max(opened) <= 100)}]")
    window.close()
    store.close()


def report(env: dict[str, str], tmp: Path, args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(MAIN), "report", *args, "--docx",
                    str(tmp / "l.docx"), "--xlsx", str(tmp / "l.xlsx")], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def reports(env: dict[str, str], tmp: Path) -> None:
    from core.demo import previous_month

    year, month = previous_month()
    monthly = min(report(env, tmp, ["--bulan", f"{year}-{month:02d}"]) for _ in range(2))
    print(f"laporan bulanan (Word+Excel, CLI): {monthly:.2f} s  "
          f"[target <= 2 s: {verdict(monthly <= 2)}]")
    yearly = report(env, tmp, ["--from", f"{year - 1}-{month + 1:02d}-01" if month < 12
                               else f"{year}-01-01", "--to",
                               f"{year}-{month:02d}-28"])
    print(f"laporan setahun (Word+Excel, CLI): {yearly:.2f} s  "
          f"[target <= 10 s: {verdict(yearly <= 10)}]")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--konten", type=int, default=None, help="jumlah konten (bawaan: 3 tahun)")
    ap.add_argument("--only", choices=["startup", "reports", "list"],
                    help="measure only this part")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="warta-bench-years-") as tmp:
        tmp_path = Path(tmp)
        month_env = make_home(tmp_path / "month", [])
        extra = ["--konten", str(args.konten)] if args.konten else []
        years_env = make_home(tmp_path / "years", ["--tahun", "3", *extra])
        size = (tmp_path / "years" / "warta.db").stat().st_size / 1e6
        print(f"basis data 3 tahun: {size:.1f} MB  [target < 50 MB: {verdict(size < 50)}]")
        if args.only in (None, "startup"):
            startup(month_env, years_env, args.rounds)
        if args.only in (None, "reports"):
            reports(years_env, tmp_path)
        if args.only in (None, "list"):
            in_process(years_env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
