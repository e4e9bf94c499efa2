"""Minimal Indonesian date words for lists and titles (the full set is in core/indonesian.py)."""

from __future__ import annotations

import datetime as dt

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def short_date(date: dt.date | None) -> str:
    """'12 Nov 2025', or '' when there is no date."""
    if date is None:
        return ""
    return f"{date.day} {MONTHS_SHORT[date.month - 1]} {date.year}"


def month_label(month: str) -> str:
    """'2025-11' -> 'November 2025'."""
    year, mon = month.split("-")
    return f"{MONTHS[int(mon) - 1]} {year}"
