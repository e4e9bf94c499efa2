"""Start-up as a user feels it: the GUI's first paint and settled Konten page, and CLI starts.

Run: uv run python benchmarks/bench_startup.py [--rounds 7] [--compare OTHER_CHECKOUT]

Everything runs in fresh processes with bytecode already cached (one untimed round
first), on a one-month demo in a temporary data folder, and is compared with a baseline
measured in the same run, round by round (the ratio printed is the median of the
per-round ratios):
- GUI: first paint of the main window, and the Konten page settled (list, editor,
  preview photo, first check; what `--screenshot --page konten` waits for), against the
  first paint of a bare PySide6 QMainWindow (targets: <= 2x and <= 3x). The page's
  first check comes from the worker process main.py starts (core/first_check.py): its
  CPU time is printed beside the GUI process's;
- CLI: `brand --list`, `count`, `check` (the short CAPTION, and "check 600": a full
  caption with a link, hashtags and an unknown word) against `python -c "import
  PIL.Image"` (target <= 2x).

The untimed round also writes what Warta caches in <data>/cache (the parsed spelling
dictionary, the compiled link regexes, font paths), as a user's PC has it from the second start on.

--compare DIR times another checkout of Warta (e.g. main, for a before/after) in the
same rounds, interleaved with this one, each on its own demo data: both see the same
machine load. The probe (benchmarks/startup_probe.py of this checkout) imports the code
of the checkout it times.
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
PYCACHE = Path(tempfile.gettempdir()) / "warta-bench-pycache"
CAPTION = ("Diskominfo Kota Cimahi menggelar Rapat Koordinasi Satu Data bersama perangkat "
           "daerah pada Senin, 10 November 2025. #CimahiKota\n")
# A typical full caption (~600 characters): a link with a scheme, hashtags and one word
# the dictionary does not know ("walidata"), so `check` also ranks suggestions.
LONG_CAPTION = (
    "Diskominfo Kota Cimahi menggelar Rapat Koordinasi Satu Data bersama perangkat daerah "
    "pada Senin, 10 November 2025 di Gedung Pemkot Cimahi. Kegiatan ini membahas "
    "penyelarasan data sektoral, penguatan walidata, dan jadwal pemutakhiran portal data "
    "kota. Wali Kota Cimahi mengajak seluruh perangkat daerah untuk menyerahkan data tepat "
    "waktu agar kebijakan disusun berdasarkan bukti. Masyarakat dapat mengakses data "
    "terbuka melalui https://satudata.cimahikota.go.id dan memberikan masukan lewat kanal "
    "pengaduan resmi. Informasi lengkap tersedia di laman resmi Pemkot. #CimahiKota "
    "#SatuData #CimahiMaju\n")


def probe(mode: str, env: dict[str, str], page: str = "konten") -> dict[str, float]:
    """Seconds from launch to each stamp the probe prints (and its RSS in MB, CPU in s)."""
    start = time.time()
    out = subprocess.run([sys.executable, str(PROBE), mode, "--page", page], env=env,
                         capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        label, _, value = line.partition(" ")
        if label in ("paint", "settled"):
            found[label] = float(value) - start
        elif label in ("rss", "cpu", "worker", "answered"):
            found[label] = float(value)
    return found


def cli(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def cli_jobs(main: Path, caption: Path) -> dict[str, list[str]]:
    py = sys.executable
    long_caption = caption.with_name("caption-600.txt")
    return {
        "brand --list": [py, str(main), "brand", "--list"],
        "count": [py, str(main), "count", str(caption)],
        "check": [py, str(main), "check", str(caption)],
        "check 600": [py, str(main), "check", str(long_caption)],
    }


def summary(rounds: list[dict[str, float]], key: str, base: str) -> str:
    values = [r[key] for r in rounds]
    ratios = sorted(r[key] / r[base] for r in rounds)
    return (f"{statistics.median(values) * 1000:6.0f} ms median  "
            f"= {statistics.median(ratios):.2f}x ({ratios[0]:.2f}-{ratios[-1]:.2f})")


def verdict(ok: bool) -> str:
    return "OK" if ok else "MELESET"


def make_env(root: Path, home: Path, demo_args: list[str]) -> dict[str, str]:
    """The environment that runs checkout `root` on its own demo data in `home`."""
    env = {**os.environ, "WARTA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPYCACHEPREFIX": str(PYCACHE), "WARTA_BENCH_ROOT": str(root)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's PC has its bytecode cached
    subprocess.run([sys.executable, str(root / "main.py"), "demo", *demo_args], env=env,
                   check=True, stdout=subprocess.DEVNULL)
    return env


def gui_rounds(envs: dict[str, dict[str, str]], rounds: int) -> dict[str, list[dict]]:
    """Per checkout, per round: its first paint, settled, RSS and CPU, with the bare
    window's paint of the same round."""
    first = next(iter(envs.values()))
    probe("bare", first)
    for env in envs.values():
        probe("warta", env)  # untimed: bytecode, font and dictionary caches
    out: dict[str, list[dict]] = {name: [] for name in envs}
    for _ in range(rounds):
        bare = probe("bare", first)
        for name, env in envs.items():
            warta = probe("warta", env)
            out[name].append({"bare": bare["paint"], "paint": warta["paint"],
                              "settled": warta["settled"], "rss": warta["rss"],
                              "cpu": warta.get("cpu", 0.0),
                              "worker": warta.get("worker", 0.0),
                              "answered": warta.get("answered", 0.0)})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--no-cli", action="store_true", help="skip the CLI part")
    ap.add_argument("--no-gui", action="store_true", help="skip the GUI part")
    ap.add_argument("--compare", metavar="DIR",
                    help="also time this other checkout (e.g. main) in the same rounds")
    args = ap.parse_args()
    roots = {"this": ROOT}
    if args.compare:
        roots = {"before": Path(args.compare).resolve(), "after": ROOT}
    with tempfile.TemporaryDirectory(prefix="warta-bench-start-") as tmp:
        envs = {name: make_env(root, Path(tmp) / name, []) for name, root in roots.items()}
        if not args.no_gui:
            report_gui(gui_rounds(envs, args.rounds), args.rounds, roots)
        if not args.no_cli:
            report_cli(envs, roots, Path(tmp), args.rounds)
    return 0


def _label(name: str, roots: dict[str, Path]) -> str:
    return "" if len(roots) == 1 else name


def report_gui(gui: dict[str, list[dict]], rounds: int, roots: dict[str, Path]) -> None:
    if len(roots) > 1:
        print("Checkouts: " + ", ".join(f"{name} = {path}" for name, path in roots.items()))
    print(f"GUI ({rounds} rounds, fresh processes, offscreen; ratio = median of "
          f"per-round ratios against the bare window)")
    any_rounds = next(iter(gui.values()))
    print(f"  bare PySide6 window first paint: "
          f"{statistics.median(r['bare'] for r in any_rounds) * 1000:6.0f} ms median")
    for name, rows in gui.items():
        label = _label(name, roots)
        paint = statistics.median(r["paint"] / r["bare"] for r in rows)
        settled = statistics.median(r["settled"] / r["bare"] for r in rows)
        print(f"  Warta first paint    {label:6} : {summary(rows, 'paint', 'bare')}  "
              f"[target <= 2x: {verdict(paint <= 2)}]")
        print(f"  Warta Konten settled {label:6} : {summary(rows, 'settled', 'bare')}  "
              f"[target <= 3x: {verdict(settled <= 3)}]")
        print(f"    RSS when settled: {statistics.median(r['rss'] for r in rows):.0f} MB; "
              f"CPU time until settled: {statistics.median(r['cpu'] for r in rows) * 1000:.0f}"
              f" ms median (all threads; steadier than wall time on a busy machine)"
              f" + {statistics.median(r['worker'] for r in rows) * 1000:.0f} ms in the"
              f" first-check worker process")
        answered = sum(r["answered"] > 0 for r in rows)
        print(f"    first check shown from the worker's answer in {answered} of {len(rows)}"
              f" rounds (else the GUI checked by itself: the worker had no free core)")


def report_cli(envs: dict[str, dict[str, str]], roots: dict[str, Path], tmp: Path,
               rounds_wanted: int) -> None:
    caption = tmp / "caption.txt"
    caption.write_text(CAPTION, encoding="utf-8")
    caption.with_name("caption-600.txt").write_text(LONG_CAPTION, encoding="utf-8")
    base = [sys.executable, "-c", "import PIL.Image"]
    jobs = {(name, job): (cmd, envs[name]) for name in roots
            for job, cmd in cli_jobs(roots[name] / "main.py", caption).items()}
    first = next(iter(envs.values()))
    cli(base, first)
    for cmd, env in jobs.values():
        cli(cmd, env)  # untimed
    rounds = []
    for _ in range(rounds_wanted):
        row = {"import PIL.Image": cli(base, first)}
        row.update({f"{name}/{job}": cli(cmd, env) for (name, job), (cmd, env) in jobs.items()})
        rounds.append(row)
    print("CLI (against python -c 'import PIL.Image')")
    print(f"  import PIL.Image     : {summary(rounds, 'import PIL.Image', 'import PIL.Image')}")
    for job in cli_jobs(ROOT / "main.py", caption):
        for name in roots:
            key = f"{name}/{job}"
            ratio = statistics.median(r[key] / r["import PIL.Image"] for r in rounds)
            print(f"  {job:12} {_label(name, roots):7}: {summary(rounds, key, 'import PIL.Image')}"
                  f"  [target <= 2x: {verdict(ratio <= 2)}]")


if __name__ == "__main__":
    sys.exit(main())
