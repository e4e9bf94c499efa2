"""Test-wide setup: no screen, and a fresh data folder (WARTA_HOME) for every test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def warta_home(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own empty data folder, never the user's."""
    home = tmp_path_factory.mktemp("warta_home")
    monkeypatch.setenv("WARTA_HOME", str(home))
    return home
