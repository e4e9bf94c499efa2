"""A report period as a typed value: start and end dates, and whether it is a whole month.

Callers ask `period.whole_month` instead of guessing it from a label's wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.report_format import month_bounds, period_label


@dataclass(frozen=True)
class Period:
    """Inclusive dates; `Period.month(2025, 11)` is November 2025."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("Tanggal akhir periode tidak boleh sebelum tanggal awal.")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(*month_bounds(year, month))

    @classmethod
    def from_key(cls, key: str) -> Period:
        """'2025-11' -> November 2025; ValueError for anything else."""
        year, _, month = key.partition("-")
        if not (len(year) == 4 and year.isdigit() and month.isdigit()
                and 1 <= int(month) <= 12):
            raise ValueError(f"bulan harus TTTT-BB, mis. 2025-11 (yang diisi: {key!r})")
        return cls.month(int(year), int(month))

    @property
    def whole_month(self) -> bool:
        return (self.start.day == 1
                and self.end == month_bounds(self.start.year, self.start.month)[1])

    @property
    def label(self) -> str:
        """'November 2025' or '3 November 2025 s.d. 9 November 2025'."""
        return period_label(self.start, self.end)

    @property
    def file_part(self) -> str:
        """'2025-11' for a whole month, else '2025-11-03_2025-11-09' (sorts by date)."""
        if self.whole_month:
            return f"{self.start:%Y-%m}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"
