"""Batch branding as a PIC runs it: `main.py brand` on 8 camera photos, start-up and its
workers included, against the decode+encode floor and ImageMagick measured in the same run.

Run: uv run --group bench python benchmarks/bench_brand_cli.py [--photos DIR] [-n 8]
     [--compare /work/main]  (also times another checkout's main.py, same venv and rounds:
     before/after figures from one run)

The CLI runs in a fresh process each round (bytecode cached) with --jobs 2; the floor
and ImageMagick are bench_branding.py's jobs on a warm pool of 2 workers, timed for the
whole batch (targets: CLI <= 1.5x the floor, >= 2.5x faster than ImageMagick). The floor
decodes with the app's decoder at the app's n/8 DCT scale (what ImageMagick's
-define jpeg:size= asks libjpeg for) and encodes with the app's JPEG settings, nothing
else. CPU time (all processes of a run) is printed too: it stays put on a busy machine
where wall time does not.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_branding import (  # noqa: E402
    FIELDS,
    FORMAT,
    QUALITY,
    TEMPLATE,
    ensure_photos,
    floor_job,
    imagemagick_job,
    imagemagick_version,
    verdict,
    warm_up,
)
from bench_startup import PYCACHE  # noqa: E402

from core.branding import jpeg_scaled, load_kit  # noqa: E402

MAIN = ROOT / "main.py"
# The floor's decoder: the fastest at the app's n/8 scale (simplejpeg; the app decodes
# 1/8-4/8 with Pillow's own n/8, ~2 ms a photo slower, to save numpy's import; Pillow's
# draft at 1/2-1/8 is slower still, it leaves more to resize; bench_branding.py prints
# both floors).
FLOOR_DECODER = "simplejpeg n/8" if jpeg_scaled.available() else "draft Pillow 1/2-1/8"


def cli_batch(photos: list[str], out_dir: str, env: dict[str, str], jobs: int,
              main: Path = MAIN) -> float:
    cmd = [sys.executable, str(main), "brand", "--kit", "cimahi", "--template", TEMPLATE,
           "--format", FORMAT, "--title", FIELDS["title"], "--date", "2025-11-12",
           "--location", FIELDS["location"], "--department", FIELDS["department"],
           "--city", FIELDS["city"], "--quality", str(QUALITY), "--jobs", str(jobs),
           "-o", out_dir, *photos]
    before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise RuntimeError(f"{main} brand gagal: {done.stderr.decode(errors='replace')}")
    return elapsed, _children_cpu() - before


def _children_cpu() -> float:
    """CPU seconds of every finished child, and of the workers they waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def pool_batch(pool: ProcessPoolExecutor, fn, photos: list[str], out_dir: str,
               *extra: str) -> tuple[float, float]:
    """(wall, CPU summed over the jobs) of the batch on the warm pool."""
    start = time.perf_counter()
    results = [f.result() for f in [pool.submit(fn, p, out_dir, *extra) for p in photos]]
    return time.perf_counter() - start, sum(r[1] for r in results)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--photos", type=Path,
                    default=Path(tempfile.gettempdir()) / "warta-bench-photos")
    ap.add_argument("-n", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--compare", type=Path, metavar="CHECKOUT",
                    help="another Warta checkout (e.g. main) whose CLI is timed alongside")
    args = ap.parse_args()
    other = args.compare / "main.py" if args.compare else None
    photos = ensure_photos(args.photos, args.n)
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    version = imagemagick_version()
    kit = load_kit("cimahi")
    extra = (str(kit.logos["city"]), str(kit.fonts["heading"]))
    rounds = []
    with tempfile.TemporaryDirectory(prefix="warta-bench-cli-") as home, \
            tempfile.TemporaryDirectory(prefix="warta-bench-out-") as out_dir, \
            ProcessPoolExecutor(args.jobs, mp_context=multiprocessing.get_context("spawn"),
                                initializer=warm_up) as pool:
        env["WARTA_HOME"] = home
        list(pool.map(time.sleep, [0.05] * args.jobs))
        cli_batch(photos[:2], out_dir, env, args.jobs)  # untimed: bytecode, caches
        if other is not None:
            cli_batch(photos[:2], out_dir, env, args.jobs, other)
        for _ in range(args.rounds):
            found = {"cli": cli_batch(photos, out_dir, env, args.jobs),
                     "floor": pool_batch(pool, floor_job, photos, out_dir)}
            if other is not None:
                found["other"] = cli_batch(photos, out_dir, env, args.jobs, other)
            if version is not None:
                found["magick"] = pool_batch(pool, imagemagick_job, photos, out_dir, *extra)
            rounds.append(found)
    def med(key: str, i: int = 0) -> float:
        return statistics.median(r[key][i] for r in rounds)

    def ratio(slow: str, fast: str, i: int = 0) -> float:
        return statistics.median(r[slow][i] / r[fast][i] for r in rounds)

    print(f"{len(photos)} foto, --jobs {args.jobs}, {args.rounds} putaran (median; rasio = "
          f"median rasio per putaran; CPU = waktu prosesor semua proses, tahan beban mesin)")
    print(f"CLI brand (proses baru, mulai + pekerja + render): {med('cli'):.2f} s, "
          f"CPU {med('cli', 1):.2f} s")
    print(f"floor (decode {FLOOR_DECODER} + encode, pool hangat): {med('floor'):.2f} s, "
          f"CPU {med('floor', 1):.2f} s")
    print(f"  CLI/floor = {ratio('cli', 'floor'):.2f}x  [target <= 1.5x: "
          f"{verdict(ratio('cli', 'floor') <= 1.5)}]; CPU {ratio('cli', 'floor', 1):.2f}x")
    if version is not None:
        faster = ratio("magick", "cli")
        print(f"ImageMagick (pool hangat, -define jpeg:size=): {med('magick'):.2f} s, "
              f"CPU {med('magick', 1):.2f} s")
        print(f"  CLI lebih cepat {faster:.2f}x  [target >= 2.5x: {verdict(faster >= 2.5)}]; "
              f"CPU {ratio('magick', 'cli', 1):.2f}x")
    if other is not None:
        print(f"pembanding {args.compare} (CLI, putaran yang sama): {med('other'):.2f} s, "
              f"CPU {med('other', 1):.2f} s; {ratio('other', 'floor'):.2f}x floor "
              f"(CPU {ratio('other', 'floor', 1):.2f}x)"
              + (f", {ratio('magick', 'other'):.2f}x lebih cepat dari ImageMagick"
                 if version is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
