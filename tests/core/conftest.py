"""Fixtures shared by the core tests."""

from __future__ import annotations

import importlib.util
import marshal
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


@pytest.fixture
def damage_cache():
    """damage(path, kind, wrong=None) spoils a start-up cache file as a crash, a full
    disk, another Python or a bug would: "garbage", "truncated", "stale" (another key),
    "readonly" (the file gone, its folder unwritable until the test ends), or wrong
    contents under the right key (`wrong(value)` makes them)."""
    folders = []

    def damage(path: Path, kind: str, wrong=None) -> None:
        data = path.read_bytes()
        if kind == "garbage":
            path.write_bytes(b"not marshal at all")
        elif kind == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif kind == "stale":
            key, value = marshal.loads(data)
            path.write_bytes(marshal.dumps(("another python" + key, value)))
        elif kind == "readonly":
            path.unlink()
            path.parent.chmod(0o500)
            folders.append(path.parent)
        else:
            key, value = marshal.loads(data)
            path.write_bytes(marshal.dumps((key, wrong(value))))

    yield damage
    for folder in folders:
        folder.chmod(0o700)
