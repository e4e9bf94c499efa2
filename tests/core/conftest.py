"""Fixtures shared by the core tests."""

from __future__ import annotations

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
