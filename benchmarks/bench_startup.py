"""Start-up as a user feels it: the GUI's first paint and settled Konten page, and CLI starts.

Run: uv run python benchmarks/bench_startup.py [--rounds 7]

Everything runs in fresh processes with bytecode already cached (one untimed round
first), on a one-month demo in a temporary data folder, and is compared with a baseline
measured in the same run, round by round (the ratio printed is the median of the
per-round ratios):
- GUI: first paint of the main window, and the Konten page settled (list, editor,
  preview photo, first check; what `--screenshot --page konten` waits for), against the
  first paint of a bare PySide6 QMainWindow (targets: <= 2x and <= 3x);
- CLI: `brand --list`, `count`, `check` against `python -c "import PIL.Image"` (target
  <= 2x).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "benchmarks" / "startup_probe.py"
MAIN = ROOT / "main.py"
PYCACHE = Path(tempfile.gettempdir()) / "warta-bench-pycache"
CAPTION = ("Diskominfo Kota Cimahi menggelar Rapat Koordinasi Satu Data bersama perangkat "
           "daerah pada Senin, 10 November 2025. #CimahiKota\n")


def probe(mode: str, env: dict[str, str], page: str = "konten") -> dict[str, float]:
    """Seconds from launch to each stamp the probe prints (and its RSS in MB)."""
    start = time.time()
    out = subprocess.run([sys.executable, str(PROBE), mode, "--page", page], env=env,
                         capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        label, _, value = line.partition(" ")
        if label in ("paint", "settled"):
            found[label] = float(value) - start
        elif label == "rss":
            found[label] = float(value)
    return found


def cli(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def cli_jobs(caption: Path) -> dict[str, list[str]]:
    py = sys.executable
    return {
        "import PIL.Image": [py, "-c", "import PIL.Image"],
        "brand --list": [py, str(MAIN), "brand", "--list"],
        "count": [py, str(MAIN), "count", str(caption)],
        "check": [py, str(MAIN), "check", str(caption)],
    }


def summary(rounds: list[dict[str, float]], key: str, base: str) -> str:
    values = [r[key] for r in rounds]
    ratios = sorted(r[key] / r[base] for r in rounds)
    return (f"{statistics.median(values) * 1000:6.0f} ms median  "
            f"= {statistics.median(ratios):.2f}x ({ratios[0]:.2f}-{ratios[-1]:.2f})")


def verdict(ok: bool) -> str:
    return "OK" if ok else "MELESET"


def make_env(home: Path, demo_args: list[str]) -> dict[str, str]:
    env = {**os.environ, "WARTA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's PC has its bytecode cached
    subprocess.run([sys.executable, str(MAIN), "demo", *demo_args], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return env


def gui_rounds(env: dict[str, str], rounds: int) -> list[dict[str, float]]:
    probe("bare", env), probe("warta", env)  # untimed: bytecode and font caches
    out = []
    for _ in range(rounds):
        bare = probe("bare", env)
        warta = probe("warta", env)
        out.append({"bare": bare["paint"], "paint": warta["paint"],
                    "settled": warta["settled"], "rss": warta["rss"]})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--no-cli", action="store_true", help="skip the CLI part")
    ap.add_argument("--no-gui", action="store_true", help="skip the GUI part")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="warta-bench-start-") as tmp:
        env = make_env(Path(tmp) / "home", [])
        if not args.no_gui:
            report_gui(gui_rounds(env, args.rounds), args.rounds)
        if args.no_cli:
            return 0
        report_cli(env, Path(tmp), args.rounds)
    return 0


def report_gui(gui: list[dict[str, float]], rounds: int) -> None:
    print(f"GUI ({rounds} rounds, fresh processes, offscreen; ratio = median of "
          f"per-round ratios against the bare window)")
    print(f"  bare PySide6 window first paint: "
          f"{statistics.median(r['bare'] for r in gui) * 1000:6.0f} ms median")
    paint = statistics.median(r["paint"] / r["bare"] for r in gui)
    settled = statistics.median(r["settled"] / r["bare"] for r in gui)
    print(f"  Warta first paint              : {summary(gui, 'paint', 'bare')}  "
          f"[target <= 2x: {verdict(paint <= 2)}]")
    print(f"  Warta Konten settled           : {summary(gui, 'settled', 'bare')}  "
          f"[target <= 3x: {verdict(settled <= 3)}]")
    print(f"  RSS when settled: {statistics.median(r['rss'] for r in gui):.0f} MB")


def report_cli(env: dict[str, str], tmp: Path, rounds_wanted: int) -> None:
    caption = tmp / "caption.txt"
    caption.write_text(CAPTION, encoding="utf-8")
    jobs = cli_jobs(caption)
    for cmd in jobs.values():
        cli(cmd, env)  # untimed
    rounds = [{name: cli(cmd, env) for name, cmd in jobs.items()}
              for _ in range(rounds_wanted)]
    print("CLI (against python -c 'import PIL.Image')")
    print(f"  import PIL.Image: {summary(rounds, 'import PIL.Image', 'import PIL.Image')}")
    for name in list(jobs)[1:]:
        ratio = statistics.median(r[name] / r["import PIL.Image"] for r in rounds)
        print(f"  {name:15}: {summary(rounds, name, 'import PIL.Image')}  "
              f"[target <= 2x: {verdict(ratio <= 2)}]")


if __name__ == "__main__":
    sys.exit(main())
