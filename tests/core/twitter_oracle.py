"""The official twitter-text port (`twitter-text-parser`, MIT) as the oracle for X tests.

Test-only: Warta counts with its own code (core/captions/counting.py, urls.py), which is
fast enough for every keystroke; these tests prove it agrees with the port. The port
imports `pkg_resources` (part of setuptools, deprecated, and not in this environment)
only to read its bundled emoji list, so a small stand-in is installed when it is missing.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

if importlib.util.find_spec("pkg_resources") is None:
    _shim = types.ModuleType("pkg_resources")

    def _resource_string(module: str, name: str) -> bytes:
        return (Path(sys.modules[module].__file__).parent / name).read_bytes()

    _shim.resource_string = _resource_string
    sys.modules["pkg_resources"] = _shim

from twitter_text import parse_tweet  # noqa: E402
from twitter_text.extract_urls import extract_urls_with_indices  # noqa: E402

__all__ = ["extract_urls_with_indices", "parse_tweet"]
