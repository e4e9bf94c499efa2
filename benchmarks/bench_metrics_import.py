"""Metrics CSV import: time and peak memory of reading and matching a large export.

Usage: uv run python benchmarks/bench_metrics_import.py [--rows 99000]

Issue 16 item 6 measured a 200 MB CSV at 2.4 GB and 73 s on the UI thread. The reader
now refuses files over MAX_CSV_BYTES before reading, streams rows under the cap, and the
GUI reads and matches on a worker. Prints seconds and the peak traced memory (MB) of
each phase; no thresholds: compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _write(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("Permalink;Publish time;Reach;Likes;Comments\n")
        for i in range(rows):
            f.write(f"https://www.instagram.com/p/ABC{i:07d}/;12/11/2025 09:00;1.234;56;7\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=99_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["WARTA_HOME"] = home
        from core.actions import laporan
        from core.demo import fill_demo
        from core.store import open_store

        store = open_store()
        fill_demo(store, 2025, 11)
        path = Path(home) / "insights.csv"
        _write(path, args.rows)
        print(f"{args.rows} baris, {path.stat().st_size / 1e6:.1f} MB")
        start = time.perf_counter()
        table = laporan.read_metrics_csv(path)
        read_s = time.perf_counter() - start
        start = time.perf_counter()
        preview = laporan.preview_metrics_import(store, table, source="instagram")
        match_s = time.perf_counter() - start
        del table, preview
        tracemalloc.start()  # a second, traced pass: tracing slows the code down
        table = laporan.read_metrics_csv(path)
        read_peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.reset_peak()
        preview = laporan.preview_metrics_import(store, table, source="instagram")
        match_peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        print(f"baca    : {read_s:6.2f} s, puncak {read_peak:6.1f} MB")
        print(f"cocokkan: {match_s:6.2f} s, puncak {match_peak:6.1f} MB "
              f"({len(preview.matched)} cocok, {len(preview.unmatched)} tidak)")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
