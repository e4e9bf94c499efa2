"""The one range of dates Warta accepts (2000-2100), used by the editor's date fields,
the CLI and imports alike; plus helpers that keep pages working for any date already
stored (a post dated 9999-12-01 once stopped the GUI from starting)."""

from __future__ import annotations

import calendar
import datetime as dt

from core.model import FIRST_YEAR, LAST_YEAR

MIN_DATE = dt.date(FIRST_YEAR, 1, 1)
MAX_DATE = dt.date(LAST_YEAR, 12, 31)


def date_problem(day: dt.date, what: str = "Tanggal") -> str | None:
    """An Indonesian sentence when `day` is outside the accepted range, else None."""
    if MIN_DATE <= day <= MAX_DATE:
        return None
    return (f"{what} {day.isoformat()} di luar rentang yang diterima "
            f"({MIN_DATE.year}-{MAX_DATE.year}); periksa tahunnya.")


def check_date(day: dt.date | None, what: str = "Tanggal") -> dt.date | None:
    """`day` unchanged when it is in range (or None); ValueError with a message otherwise."""
    if day is not None:
        problem = date_problem(day, what)
        if problem:
            raise ValueError(problem)
    return day


def parse_date(text: str, what: str = "Tanggal") -> dt.date:
    """A YYYY-MM-DD date in range; ValueError with an Indonesian message otherwise."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what} '{text}' tidak sah; gunakan format TTTT-BB-HH, "
                         "mis. 2025-11-12") from None
    check_date(day, what)
    return day


def clamp_date(day: dt.date) -> dt.date:
    """The nearest accepted date (a stored out-of-range date shown in a bounded field)."""
    return min(max(day, MIN_DATE), MAX_DATE)


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month, for any year Python's dates allow (9999 included)."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_key(key: str | None) -> tuple[int, int] | None:
    """(year, month) from a stored "YYYY-MM" prefix, or None when it is not a real month."""
    try:
        year, month = (int(x) for x in (key or "").split("-"))
        dt.date(year, month, 1)
    except ValueError:
        return None
    return year, month


def stored_date(value: str | None) -> dt.date | None:
    """A date read from the database ("YYYY-MM-DD..."); one that no date can hold (a
    hand edit, an old bug) reads as no date instead of stopping a page or a report."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
