"""Which days and hours gave this unit the best engagement, from its own published posts.

No invented advice: every figure comes with the number of published versions behind
it, and nothing is said until there are enough of them to compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from core import posts
from core.indonesian import DAYS
from core.store import Store

MIN_VERSIONS = 5  # below this the tables are empty: too few to compare
TIME_BANDS: tuple[tuple[int, int], ...] = ((0, 6), (6, 9), (9, 12), (12, 15), (15, 18),
                                          (18, 21), (21, 24))


@dataclass(frozen=True)
class Slot:
    label: str  # "Senin" or "18.00–21.00"
    versions: int  # how many published versions fall in this slot
    median_interactions: float
    median_rate: float | None  # interactions / reach, when reach was recorded


@dataclass(frozen=True)
class BestTimes:
    total: int
    by_day: list[Slot]
    by_hour: list[Slot]


def band_label(start: int, end: int) -> str:
    return f"{start:02d}.00–{end:02d}.00"


def _slot(label: str, rows: list[tuple[int | None, int]]) -> Slot:
    rates = [inter / reach for reach, inter in rows if reach]
    return Slot(label, len(rows), float(median(i for _r, i in rows)),
                float(median(rates)) if rates else None)


def best_times(store: Store) -> BestTimes:
    """Median interactions (and rate) per weekday and per time band, busiest data first."""
    data = posts.published_engagement(store)
    if len(data) < MIN_VERSIONS:
        return BestTimes(len(data), [], [])
    days: dict[int, list[tuple[int | None, int]]] = {}
    bands: dict[tuple[int, int], list[tuple[int | None, int]]] = {}
    for when, reach, interactions in data:
        days.setdefault(when.weekday(), []).append((reach, interactions))
        band = next(b for b in TIME_BANDS if b[0] <= when.hour < b[1])
        bands.setdefault(band, []).append((reach, interactions))
    by_day = [_slot(DAYS[d], rows) for d, rows in sorted(days.items())]
    by_hour = [_slot(band_label(*b), rows) for b, rows in sorted(bands.items())]
    return BestTimes(len(data), by_day, by_hour)
