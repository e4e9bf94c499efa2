"""Indonesian day and month names, dates, times, numbers and lists, written the way
government letters and captions write them.

    format_date_long(date(2025, 11, 12))   -> "Rabu, 12 November 2025"
    format_date_short(date(2025, 11, 12))  -> "Rabu (12/11/2025)"
    format_date(date(2025, 11, 12))        -> "12 November 2025"
    format_time(time(9, 0))                -> "09.00 WIB"
    format_number(1234.5, decimals=1)      -> "1.234,5"
    join_names(["A", "B", "C"])            -> "A, B, dan C"
    parse_date("12/11/2025"), parse_date("Rabu, 12 November 2025") -> date(2025, 11, 12)
    parse_number("1.234,5")                -> 1234.5

Names never depend on the machine's locale, so a Windows PC set to English still
writes "Rabu".
"""

from __future__ import annotations

import datetime as dt
import math
import re

DAYS: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
MONTHS_SHORT: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
)

# Month words people type, lower case, including English and old spellings.
_MONTH_WORDS: dict[str, int] = {}
for _i, (_long, _short) in enumerate(zip(MONTHS, MONTHS_SHORT, strict=True), 1):
    _MONTH_WORDS[_long.lower()] = _i
    _MONTH_WORDS[_short.lower()] = _i
_MONTH_WORDS.update({
    "pebruari": 2, "nopember": 11, "agt": 8, "ags": 8, "okt": 10, "des": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
})
_DAY_WORDS = {d.lower() for d in DAYS} | {"jum'at", "ahad"}

_NUMERIC_DATE = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_PREFIX = re.compile(r"^([A-Za-z']+)\s*(?:\((.+)\)|,?\s+(\d.*))$")
_WORD_DATE = re.compile(r"^(\d{1,2})\s+([A-Za-z']+)\.?\s+(\d{4})$")


def day_name(date: dt.date) -> str:
    """'Rabu' for a Wednesday."""
    return DAYS[date.weekday()]


def month_name(month: int) -> str:
    """'November' for 11."""
    return MONTHS[month - 1]


def format_date(date: dt.date) -> str:
    """'12 November 2025'."""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def format_date_long(date: dt.date) -> str:
    """'Rabu, 12 November 2025'."""
    return f"{day_name(date)}, {format_date(date)}"


def format_date_short(date: dt.date) -> str:
    """'Rabu (12/11/2025)'."""
    return f"{day_name(date)} ({date.day:02d}/{date.month:02d}/{date.year})"


def format_date_abbrev(date: dt.date) -> str:
    """'12 Nov 2025', for tables and lists."""
    return f"{date.day} {MONTHS_SHORT[date.month - 1]} {date.year}"


def format_month(year: int, month: int) -> str:
    """'November 2025', for report periods."""
    return f"{MONTHS[month - 1]} {year}"


def format_time(time: dt.time, zone: str = "WIB") -> str:
    """'09.00 WIB': Indonesian writes hours and minutes with a full stop."""
    text = f"{time.hour:02d}.{time.minute:02d}"
    return f"{text} {zone}" if zone else text


def format_number(value: float | int, decimals: int = 0) -> str:
    """'1.234,5': full stops between thousands, a comma before decimals; halves round up."""
    if isinstance(value, float) and not math.isfinite(value):
        return "-"
    if type(value) is int and decimals == 0:  # a count: nothing to round (no decimal import)
        text = f"{value:,}"
    else:
        from decimal import ROUND_HALF_UP, Decimal

        exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals),
                                             rounding=ROUND_HALF_UP)
        if exact == 0:
            exact = abs(exact)  # never print "-0"
        text = f"{exact:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def join_names(names: list[str] | tuple[str, ...]) -> str:
    """'A', 'A dan B', 'A, B, dan C' (the serial comma of Indonesian style guides)."""
    items = [n for n in names if n]
    if len(items) <= 1:
        return items[0] if items else ""
    if len(items) == 2:
        return f"{items[0]} dan {items[1]}"
    return f"{', '.join(items[:-1])}, dan {items[-1]}"


def parse_date(text: str) -> dt.date | None:
    """Read '12/11/2025', '12-11-2025', '2025-11-12', '12 Nov 2025' or
    'Rabu, 12 November 2025' (day/month order, as Indonesians write); None if unreadable."""
    s = " ".join(text.strip().split())
    if (m := _DAY_PREFIX.match(s)) and _is_day(m.group(1)):
        s = m.group(2) or m.group(3)
    try:
        if m := _NUMERIC_DATE.match(s):
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _ISO_DATE.match(s):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _WORD_DATE.match(s):
            month = _MONTH_WORDS.get(m.group(2).lower().rstrip("."))
            if month:
                return dt.date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None
    return None


def _is_day(word: str) -> bool:
    return word.lower() in _DAY_WORDS


def parse_number(text: str) -> float | None:
    """Read '1.234,5', '1.234', '12,5' or '1234.5' into a float; None if unreadable.

    A lone full stop followed by exactly three digits is a thousands separator
    ('1.234' -> 1234), as Indonesian writes it."""
    s = text.strip().replace(" ", "").replace("\u00a0", "")
    if not s:
        return None
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("+-")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) or re.fullmatch(r"\d+(,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif not re.fullmatch(r"\d+(\.\d+)?", s):
        return None
    return sign * float(s)
