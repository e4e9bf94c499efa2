"""Rencana Konten: the month's planned posts as one table for the superior to approve.

The exporters (exporters/rencana_docx.py, rencana_xlsx.py) only lay this out; the rows
are the same days and posts the Kalender page shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from core.indonesian import DAYS, MONTHS_SHORT, format_date, format_month
from core.kalender.bulan import month_days
from core.kalender.libur import PERINGATAN
from core.model import Profile
from core.platforms import PLATFORMS
from core.profile import load_profile
from core.report_sources import city_logo
from core.store import Store


@dataclass(frozen=True)
class RencanaRow:
    date: dt.date
    title: str
    category: str
    platforms: str  # "Instagram, Facebook, X"
    schedule: str  # "Instagram 08.00; X 19.30", or "" when no time is planned
    status: str

    @property
    def day(self) -> str:
        return f"{DAYS[self.date.weekday()]}, {format_date(self.date)}"

    @property
    def short_day(self) -> str:
        """'Senin, 9 Nov': the month is in the title, and a date must not wrap."""
        return f"{DAYS[self.date.weekday()]}, {self.date.day} {MONTHS_SHORT[self.date.month - 1]}"


@dataclass(frozen=True)
class Peringatan:
    date: dt.date
    name: str
    basis: str
    planned: bool  # a post is planned for it this month


@dataclass(frozen=True)
class RencanaData:
    profile: Profile
    department: str
    year: int
    month: int
    rows: list[RencanaRow]
    commemorations: list[Peringatan]
    signed_on: dt.date
    logo: Path | None

    @property
    def period(self) -> str:
        return format_month(self.year, self.month)

    @property
    def place_date(self) -> str:
        return f"{self.profile.city or ''}, {format_date(self.signed_on)}".lstrip(", ")


def _platform_name(platform_id: str) -> str:
    return PLATFORMS[platform_id].name if platform_id in PLATFORMS else platform_id


def build_rencana(store: Store, year: int, month: int,
                  signed_on: dt.date | None = None) -> RencanaData:
    """Every post planned in the month, by day, and the month's commemorations."""
    profile = load_profile(store)
    days = month_days(store, profile, year, month)
    rows = []
    for day in days:
        for post in day.posts:
            rows.append(RencanaRow(
                day.date, post.title or "(tanpa judul)", str(post.category),
                ", ".join(_platform_name(p) for p in post.platforms),
                "; ".join(f"{_platform_name(p)} {t.strftime('%H.%M')}" for p, t in post.times),
                str(post.status)))
    commemorations = []
    for day in days:
        for mark in day.marks:
            if mark.kind == PERINGATAN:
                commemorations.append(Peringatan(day.date, mark.name, mark.basis,
                                                 bool(day.posts)))
    return RencanaData(profile, profile.dept_name or profile.dept_short, year, month, rows,
                       commemorations, signed_on or dt.date.today(), city_logo(store))
