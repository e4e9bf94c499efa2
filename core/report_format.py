"""The report's wording of dates, numbers and periods, on top of core/indonesian.py.

"12 November 2025" (format_optional_date), "1.234,5", "3,2%", "+1.234", "November 2025" or
"3 November 2025 s.d. 9 November 2025", NIP "19920315 201903 2 007".
"""

from __future__ import annotations

import datetime as dt

from core import indonesian
from core.date_range import month_end
from core.nip import normalize_nip


def format_optional_date(date: dt.date | None) -> str:
    """'12 November 2025', or '' for no date: the date form of official letters.

    Not core.indonesian.format_date_long, which adds the day name ("Rabu, ...").
    """
    return "" if date is None else indonesian.format_date(date)


def format_number(value: float | int | None, decimals: int = 0) -> str:
    """'1.234' or '1.234,5'; '' for None (a metric not entered yet is not a zero)."""
    return "" if value is None else indonesian.format_number(value, decimals)


def format_percent(ratio: float | None, decimals: int = 1) -> str:
    """0.0321 -> '3,2%'; '' when there is nothing to divide by."""
    return "" if ratio is None else f"{format_number(ratio * 100, decimals)}%"


def format_signed(value: int | None) -> str:
    """Growth with its sign: '+1.234', '-56', '0'."""
    if value is None:
        return ""
    return ("+" if value > 0 else "") + format_number(value)


def format_nip(nip: str) -> str:
    """'199203152019032007' -> '19920315 201903 2 007' as NIPs are printed; else as given."""
    digits = normalize_nip(nip)
    if len(digits) != 18 or not digits.isdigit():
        return nip.strip()
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    return dt.date(year, month, 1), month_end(year, month)


def period_label(start: dt.date, end: dt.date) -> str:
    """'November 2025' for a whole month, else '3 November 2025 s.d. 9 November 2025'."""
    if start.day == 1 and end == month_bounds(start.year, start.month)[1]:
        return indonesian.format_month(start.year, start.month)
    if start == end:
        return format_optional_date(start)
    return f"{format_optional_date(start)} s.d. {format_optional_date(end)}"
