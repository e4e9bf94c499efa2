"""Timing helpers shared by the benchmarks: milliseconds per call, and percentiles."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any


def percentile(values: list[float], q: float) -> float:
    """The value at fraction `q` (0..1) of the sorted values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(func: Callable[[Any], object], items: Iterable[Any],
            before: Callable[[], object] | None = None) -> list[float]:
    """Milliseconds per call, one call per item; `before` runs untimed ahead of each call."""
    out = []
    for item in items:
        if before is not None:
            before()
        start = time.perf_counter_ns()
        func(item)
        out.append((time.perf_counter_ns() - start) / 1e6)
    return out
