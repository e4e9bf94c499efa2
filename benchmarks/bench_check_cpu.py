"""`warta check` start-up in CPU time, against `python -c "import PIL.Image"` (issue 15).

Run: uv run python benchmarks/bench_check_cpu.py [--rounds 15] [--compare OTHER_CHECKOUT]

benchmarks/bench_startup.py times wall clock, which on a shared, loaded machine mostly
measures the queue for a core. This one runs the same commands (bench_startup's CAPTION
and LONG_CAPTION, bytecode cached, data caches written by one untimed round, each
checkout on its own data folder) and reads each child's user + system CPU time from
os.wait4. Rounds alternate the commands and checkouts, so both see the same load; the
ratio printed is the median of the per-round ratios to PIL's import in that round.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_startup import CAPTION, LONG_CAPTION  # noqa: E402


def cpu(args: list[str], env: dict[str, str]) -> float:
    """The child's user + system CPU seconds."""
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return usage.ru_utime + usage.ru_stime


def python_of(checkout: Path) -> str:
    venv = checkout / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--compare", type=Path, action="append", default=[],
                    help="another checkout, timed in the same rounds (may be repeated)")
    args = ap.parse_args()
    checkouts = {"after": ROOT} | {
        ("before" if i == 0 else f"before{i + 1}"): path.resolve()
        for i, path in enumerate(args.compare)}
    with tempfile.TemporaryDirectory() as tmp:
        short, long = Path(tmp) / "caption.txt", Path(tmp) / "caption-600.txt"
        short.write_text(CAPTION, encoding="utf-8")
        long.write_text(LONG_CAPTION, encoding="utf-8")
        base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base_env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        jobs: dict[str, tuple[list[str], dict[str, str]]] = {
            "import PIL.Image": ([python_of(ROOT), "-c", "import PIL.Image"], base_env)}
        for name, checkout in checkouts.items():
            env = {**base_env, "WARTA_HOME": str(Path(tmp) / name)}
            main_py = str(checkout / "main.py")
            jobs[f"check {name}"] = ([python_of(checkout), main_py, "check", str(short)], env)
            jobs[f"check 600 {name}"] = ([python_of(checkout), main_py, "check", str(long)], env)
        for job_args, env in jobs.values():  # bytecode and data caches, untimed
            cpu(job_args, env)
            cpu(job_args, env)
        rounds = []
        for i in range(args.rounds):
            order = list(jobs) if i % 2 == 0 else list(reversed(jobs))
            rounds.append({name: cpu(*jobs[name]) for name in order})
    base = "import PIL.Image"
    print(f"CPU time (user + system), {args.rounds} rounds, load average "
          f"{os.getloadavg()[0]:.1f}; ratio = median of per-round ratios to {base}")
    for name in jobs:
        values = [r[name] * 1000 for r in rounds]
        ratios = sorted(r[name] / r[base] for r in rounds)
        print(f"  {name:18}: {statistics.median(values):6.1f} ms median "
              f"= {statistics.median(ratios):.2f}x ({ratios[0]:.2f}-{ratios[-1]:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
