"""Fixtures shared by the core tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from core.demo import fill_demo
from core.store import open_store


@pytest.fixture
def demo_store():
    """A store holding the demo month (November 2025, Diskominfo Kota Cimahi)."""
    s = open_store()
    fill_demo(s, 2025, 11)
    yield s
    s.close()


@pytest.fixture(scope="session")
def twitter_text():
    """The official twitter-text port (tests/core/twitter_oracle.py), loaded by path because
    an installed package (spylls) owns the top-level name `tests`."""
    path = Path(__file__).with_name("twitter_oracle.py")
    spec = importlib.util.spec_from_file_location("twitter_oracle", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("twitter_oracle", module)
    spec.loader.exec_module(module)
    return module
