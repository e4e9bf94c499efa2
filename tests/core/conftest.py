"""Fixtures for the core tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


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
