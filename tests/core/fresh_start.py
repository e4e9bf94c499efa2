"""Run a script as a fresh Warta process would start: for the start-up caches' tests
(compiled patterns, dataclass code), which need an interpreter that has not run yet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_start(script: str, home: Path) -> dict:
    """`script` in a new interpreter with `home` as the data folder: the JSON it prints
    on its last line."""
    env = {**os.environ, "WARTA_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True, encoding="utf-8").stdout
    return json.loads(out.splitlines()[-1])
