"""One month of the Kalender: each day with its holidays, commemorations and posts.

Why here and not in the page: the CLI's `kalender` prints the same days the page shows,
and the reminder banner asks the same question ("which commemoration has no post?").
Everything is read with a handful of queries per month, never one per day or per post.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from core import posts
from core.date_range import date_problem
from core.kalender.libur import LIBUR, DayMark, holidays_between
from core.kalender.peringatan import marks_between
from core.model import Category, Post, Profile, Status
from core.period import Period
from core.posts import PostFilter
from core.report_format import month_bounds
from core.store import Store

REMINDER_DAYS = 14
LEAD_DAYS = 7  # a post this many days ahead of a commemoration can be its post


@dataclass(frozen=True)
class CalendarPost:
    """A post as the calendar shows it on one day: status colour, platforms, times."""

    post_id: int
    title: str
    status: Status
    category: Category
    platforms: tuple[str, ...]
    times: tuple[tuple[str, dt.time], ...] = ()  # (platform, planned time) on this day


@dataclass
class CalendarDay:
    date: dt.date
    marks: list[DayMark] = field(default_factory=list)
    posts: list[CalendarPost] = field(default_factory=list)

    @property
    def is_day_off(self) -> bool:
        return self.date.weekday() == 6 or any(m.is_day_off for m in self.marks)


def parse_month(text: str) -> tuple[int, int]:
    """'2026-08' -> (2026, 8) within the accepted years; a clear message for anything else
    (Period.from_key reads the month, core/date_range bounds the year)."""
    start = Period.from_key(text.strip()).start
    if problem := date_problem(start, "Bulan"):
        raise ValueError(problem)
    return start.year, start.month


def weeks_of_month(year: int, month: int) -> list[list[dt.date]]:
    """The month as weeks from Monday (Senin) to Sunday, with the neighbours' days."""
    return calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)


def _posts_in_range(store: Store, start: dt.date, end: dt.date) -> tuple[list[Post], list]:
    months = sorted({(d.year, d.month) for d in (start, end)})
    by_id: dict[int, Post] = {}
    for year, month in months:
        for post in posts.list_posts(store, PostFilter(month=f"{year:04d}-{month:02d}",
                                                       newest_first=False)):
            by_id[post.id] = post
    planned = posts.planned_between(store, start, end)
    missing = [pid for pid, _p, _t in planned if pid not in by_id]
    for post in posts.posts_by_ids(store, sorted(set(missing))):
        by_id[post.id] = post
    return list(by_id.values()), planned


def posts_by_day(store: Store, start: dt.date, end: dt.date) -> dict[dt.date, list[CalendarPost]]:
    """Posts on the days they are planned for: each platform's planned date when set,
    else the activity date."""
    found, planned = _posts_in_range(store, start, end)
    all_times = posts.planned_times(store, [p.id for p in found])
    days: dict[dt.date, list[CalendarPost]] = {}
    for post in sorted(found, key=lambda p: (p.activity_date or dt.date.min, p.id)):
        times = all_times.get(post.id, {})
        dates: dict[dt.date, list[tuple[str, dt.time]]] = {}
        for platform in post.platforms:
            when = times.get(platform)
            if when is not None:
                dates.setdefault(when.date(), []).append((platform, when.time()))
            elif post.activity_date is not None:
                dates.setdefault(post.activity_date, [])
        if not dates and post.activity_date is not None:
            dates[post.activity_date] = []
        for date, slots in dates.items():
            if start <= date <= end:
                days.setdefault(date, []).append(CalendarPost(
                    post.id, post.title, post.status, post.category, tuple(post.platforms),
                    tuple(sorted(slots, key=lambda s: s[1]))))
    return days


def month_days(store: Store, profile: Profile, year: int, month: int) -> list[CalendarDay]:
    """Every day of the month with its labels and posts."""
    start, end = month_bounds(year, month)
    marks = holidays_between(start, end) + marks_between(store, profile, start, end)
    on_day = posts_by_day(store, start, end)
    days = [CalendarDay(start + dt.timedelta(days=i)) for i in range((end - start).days + 1)]
    for day in days:
        labels = [m for m in marks if m.date == day.date]
        if any(m.kind == LIBUR for m in labels):  # 17 Agustus: the holiday label says it
            labels = [m for m in labels if not m.also_holiday]
        day.marks = sorted(labels, key=lambda m: (not m.is_day_off, m.name))
        day.posts = on_day.get(day.date, [])
    return days


def _covers(post: CalendarPost, mark: DayMark, on: dt.date) -> bool:
    """A post is the commemoration's post when its title names the day (e.g. "Upacara
    Hari Pahlawan", up to LEAD_DAYS before it), or when it is a Peringatan Hari Besar post
    on the day itself."""
    if mark.name.casefold() in post.title.casefold():
        return True
    return on == mark.date and post.category is Category.PERINGATAN_HARI_BESAR


def reminders(store: Store, profile: Profile, today: dt.date,
              days: int = REMINDER_DAYS) -> list[DayMark]:
    """Commemorations in the next `days` days (today included) with no post planned."""
    end = today + dt.timedelta(days=days - 1)
    marks = marks_between(store, profile, today, end)
    on_day = posts_by_day(store, today - dt.timedelta(days=LEAD_DAYS), end)

    def covered(mark: DayMark) -> bool:
        for back in range(LEAD_DAYS + 1):
            on = mark.date - dt.timedelta(days=back)
            if any(_covers(p, mark, on) for p in on_day.get(on, [])):
                return True
        return False

    return [m for m in marks if not covered(m)]
