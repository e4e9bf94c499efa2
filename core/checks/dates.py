"""Dates as Indonesian captions write them, with the day name in front when there is one.

Recognised: "Rabu (12/11/2025)", "Rabu, 12/11/25", "Senin, 3 Maret 2025", "Rabu, 12 Nov 2025",
"hari Rabu tanggal 12-11-2025", "12.11.2025", "Rabu (12/11)" (year from the context).
A numeric date needs a year unless it uses "/" (so "08.00" is a time, not a date); a
range such as "10-12 November" is left alone.
"""

from __future__ import annotations

import datetime as dt
import re

from core.checks import _preload  # noqa: F401 - first: compiled patterns from the cache
from core.checks.uniclass import LETTER, NUMBER
from core.indonesian import MONTHS
from core.record import Record, set_field

_DAY_WORDS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}
_MONTH_WORDS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "agus": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nopember": 11, "nov": 11,
    "nop": 11, "desember": 12, "des": 12,
}
_DAY_ALT = "|".join(sorted((re.escape(w) for w in _DAY_WORDS), key=len, reverse=True))
_MONTH_ALT = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))

DATE_RE = re.compile(  # [^\W_]: a letter or number (core/checks/uniclass.py)
    rf"(?i)(?:(?<![^\W_])(?P<day>{_DAY_ALT})(?![^\W_])"
    rf"(?P<between>\s*,?\s*\(?\s*(?:(?:tanggal|tgl\.?)\s+)?))?"
    rf"(?<![{NUMBER}/.\-])(?:"
    rf"(?P<d>\d{{1,2}})\s?(?P<sep>[/.\-])\s?(?P<m>\d{{1,2}})(?:\s?(?P=sep)\s?(?P<y>\d{{4}}|\d{{2}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<mon>{_MONTH_ALT})\.?(?:\s+(?P<y2>\d{{4}}))?"
    rf")(?![{NUMBER}]|[/.\-][{NUMBER}]|{LETTER})"
)


class DateMention(Record):
    """A date in the text; `date` is None when the day does not exist (31/02/2025)."""

    start: int  # of the day name when there is one, else of the date
    end: int
    date_start: int
    day_name: str  # as written, "" when none
    day_start: int
    day_end: int
    between: str  # text between the day name and the date, e.g. " (" or ", "
    date_text: str
    day: int
    month: int
    year: int | None
    year_given: bool
    style: str  # "numeric" or "text"
    sep: str
    year_digits: int
    month_word: str
    _fields = ("start", "end", "date_start", "day_name", "day_start", "day_end", "between",
               "date_text", "day", "month", "year", "year_given", "style", "sep", "year_digits",
               "month_word")

    def __init__(self, start: int, end: int, date_start: int, day_name: str, day_start: int,
                 day_end: int, between: str, date_text: str, day: int, month: int,
                 year: int | None, year_given: bool, style: str, sep: str, year_digits: int,
                 month_word: str) -> None:
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "date_start", date_start)
        set_field(self, "day_name", day_name)
        set_field(self, "day_start", day_start)
        set_field(self, "day_end", day_end)
        set_field(self, "between", between)
        set_field(self, "date_text", date_text)
        set_field(self, "day", day)
        set_field(self, "month", month)
        set_field(self, "year", year)
        set_field(self, "year_given", year_given)
        set_field(self, "style", style)
        set_field(self, "sep", sep)
        set_field(self, "year_digits", year_digits)
        set_field(self, "month_word", month_word)

    @property
    def date(self) -> dt.date | None:
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    @property
    def exists(self) -> bool:
        return self.year is None or self.date is not None

    @property
    def written_weekday(self) -> int | None:
        if not self.day_name:
            return None
        return _DAY_WORDS.get(self.day_name.lower())

    def format_like(self, date: dt.date) -> str:
        """`date` written in this mention's style ("13/11/2025", "13 Nov 2025", ...)."""
        if self.style == "numeric":
            parts = [f"{date.day:0{len(self.date_text.split(self.sep)[0].strip())}d}",
                     f"{date.month:02d}" if self._month_padded else str(date.month)]
            if self.year_given:
                parts.append(str(date.year)[-self.year_digits:])
            return self.sep.join(parts)
        word = MONTHS[date.month - 1]
        if len(self.month_word.rstrip(".")) <= 4 and self.month_word.lower() != "mei":
            word = word[:3] if date.month != 8 else "Agu"
        out = f"{date.day} {word}"
        return f"{out} {date.year}" if self.year_given else out

    @property
    def _month_padded(self) -> bool:
        parts = self.date_text.split(self.sep)
        return len(parts) > 1 and parts[1].strip().startswith("0")


MATCH_WINDOW_DAYS = 183  # a year-less date refers to something within about half a year
KNOWN_YEAR_DAYS = 60  # this close to today, a year-less date is this year's (or last's)


def _on(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_for(mention: DateMention, anchor: dt.date, *, search_weekday: bool) -> int | None:
    """The year of a date written without one ("Jumat (2/1)"), near `anchor`.

    The year whose date lies nearest the anchor (so in January a December date is last
    year's). With `search_weekday` (the anchor is only today's date, not a known year), a
    year within MATCH_WINDOW_DAYS of the anchor in which the written day name matches
    wins: the text is then consistent, whatever year the writer meant. If none matches,
    the year counts as known only when the date lies within KNOWN_YEAR_DAYS of today;
    otherwise it is None (an old release quoted today: never an error without a year).
    """
    candidates = sorted(
        (abs((d - anchor).days), d.year, d)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _on(y, mention.month, mention.day)) is not None
    )
    if not candidates:
        return anchor.year  # 29/2 with no leap year nearby: judged in the anchor's year
    weekday = mention.written_weekday
    if search_weekday and weekday is not None and candidates[0][2].weekday() != weekday:
        for distance, year, d in candidates:
            if distance <= MATCH_WINDOW_DAYS and d.weekday() == weekday:
                return year
        if candidates[0][0] > KNOWN_YEAR_DAYS:
            return None
    return candidates[0][1]


def with_years(mentions: list[DateMention], *, activity: dt.date | None,
               today: dt.date | None) -> list[DateMention]:
    """`mentions` with a year filled in where the text gave none.

    The year comes from the activity date, else from a full date written in the same text,
    else from today (the nearest year in which the day name matches). With none of these
    the year stays None and no rule judges that date.
    """
    full = next((m.date for m in mentions if m.year_given and m.date is not None), None)
    anchor = activity or full or today
    if anchor is None:
        return mentions
    search = activity is None and full is None
    return [m if m.year_given else m.replace(year=year_for(m, anchor, search_weekday=search))
            for m in mentions]


def last_day(year: int, month: int) -> int:
    """Days in the month (calendar.monthrange's, without importing calendar and locale)."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    first_after = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return (first_after - dt.timedelta(days=1)).day


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return 2000 + y if len(raw) == 2 else y


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date in `text`; dates without a year take `default_year` (None: left open)."""
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        if m.group("d") is not None:
            day, month, sep = int(m.group("d")), int(m.group("m")), m.group("sep")
            y_raw = m.group("y")
            if not y_raw and sep != "/":
                continue  # "08.00", "1-2": not dates
            style, month_word = "numeric", ""
            date_start = m.start("d")
        else:
            day, month, sep = int(m.group("d2")), _MONTH_WORDS[m.group("mon").lower()], " "
            y_raw = m.group("y2")
            style, month_word = "text", m.group("mon")
            date_start = m.start("d2")
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        year = _year(y_raw) if y_raw else default_year
        if year is not None and not (1900 <= year <= 2200):
            continue
        has_day = m.group("day") is not None
        out.append(DateMention(
            start=m.start(), end=m.end(), date_start=date_start,
            day_name=m.group("day") or "",
            day_start=m.start("day") if has_day else -1,
            day_end=m.end("day") if has_day else -1,
            between=m.group("between") or "",
            date_text=text[date_start:m.end()],
            day=day, month=month, year=year, year_given=bool(y_raw), style=style, sep=sep,
            year_digits=len(y_raw) if y_raw else 4, month_word=month_word,
        ))
    return out
