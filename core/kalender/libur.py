"""National holidays and cuti bersama, from the `holidays` package (MIT).

Why a package: the dates of Idul Fitri, Nyepi or Waisak move every year and cuti bersama
are set by a joint decree each year; the package tracks both (category "government" is
cuti bersama), with Indonesian names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

LIBUR = "libur"
CUTI_BERSAMA = "cuti_bersama"
PERINGATAN = "peringatan"


@dataclass(frozen=True)
class DayMark:
    """A label on a calendar day: a holiday, a cuti bersama or a commemoration."""

    date: dt.date
    name: str
    kind: str  # LIBUR, CUTI_BERSAMA or PERINGATAN
    basis: str = ""
    ref: str = ""  # the commemoration's id, for "Buat konten" and hiding
    also_holiday: bool = False  # a commemoration that is a holiday too (17 Agustus)

    @property
    def is_day_off(self) -> bool:
        return self.kind in (LIBUR, CUTI_BERSAMA)


@lru_cache(maxsize=16)
def holidays_of_year(year: int) -> tuple[DayMark, ...]:
    """Every holiday and cuti bersama of `year`, sorted by date."""
    import holidays  # imported on first use: start-up does not pay for it

    public = holidays.country_holidays("ID", years=year, language="id")
    cuti = holidays.country_holidays("ID", years=year, language="id",
                                     categories=("government",))
    marks = [DayMark(d, name, LIBUR) for d, names in public.items()
             for name in names.split("; ")]
    marks += [DayMark(d, name, CUTI_BERSAMA) for d, names in cuti.items()
              for name in names.split("; ")]
    return tuple(sorted(marks, key=lambda m: (m.date, m.kind, m.name)))


def holidays_between(start: dt.date, end: dt.date) -> list[DayMark]:
    """Holidays and cuti bersama from `start` to `end`, both included."""
    found: list[DayMark] = []
    for year in range(start.year, end.year + 1):
        found += [m for m in holidays_of_year(year) if start <= m.date <= end]
    return found
