"""Commemorative days: the shipped list plus the unit's own days; owner of `commemorations`.

The shipped list (resources/kalender/hari_peringatan.json) is data the city can edit.
Each day names the units it concerns (words in the department's name; none = every
unit), so the Dinas Kesehatan sees Hari Kesehatan Nasional and Pendidikan sees Hari
Guru. The PIC adds the department's own days and hides shipped days; both are rows here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from functools import lru_cache

from core.kalender.libur import PERINGATAN, DayMark
from core.model import Profile
from core.paths import resources_dir
from core.store import Store

OWN_PREFIX = "pd-"
MAX_NAME = 120


class CommemorationError(ValueError):
    """An own day that cannot be saved; the message says what to fix."""


@dataclass(frozen=True)
class Commemoration:
    id: str  # the shipped id, or "pd-<row id>" for the unit's own day
    name: str
    month: int
    day: int
    basis: str = ""
    concerns: tuple[str, ...] = ()
    city: str = ""
    own: bool = False
    hidden: bool = False
    also_holiday: bool = False

    def on(self, year: int) -> dt.date | None:
        """The day in `year` (None for 29 February in a common year)."""
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None

    def concerns_unit(self, profile: Profile) -> bool:
        """Shipped days name the units they concern; own days always concern the unit."""
        if self.own:
            return True
        if self.city and self.city.casefold() != profile.city.strip().casefold():
            return False
        dept = profile.dept_name.casefold()
        return not self.concerns or any(word.casefold() in dept for word in self.concerns)

    def mark(self, year: int) -> DayMark | None:
        date = self.on(year)
        if date is None:
            return None
        return DayMark(date, self.name, PERINGATAN, self.basis, self.id, self.also_holiday)


@lru_cache(maxsize=1)
def shipped() -> tuple[Commemoration, ...]:
    """The commemorative days shipped in resources/kalender/."""
    path = resources_dir() / "kalender" / "hari_peringatan.json"
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    days = []
    for item in data["hari"]:
        month, day = (int(part) for part in item["tanggal"].split("-"))
        days.append(Commemoration(item["id"], item["nama"], month, day, item.get("dasar", ""),
                                  tuple(item.get("untuk", ())), item.get("kota", ""),
                                  also_holiday=bool(item.get("libur", False))))
    return tuple(days)


def _hidden_ids(store: Store) -> set[str]:
    rows = store.execute(
        "SELECT builtin_id FROM commemorations WHERE builtin_id IS NOT NULL AND hidden = 1")
    return {r[0] for r in rows}


def _own_days(store: Store) -> list[Commemoration]:
    rows = store.execute("SELECT id, name, month, day, basis, hidden FROM commemorations "
                         "WHERE builtin_id IS NULL ORDER BY month, day, name").fetchall()
    return [Commemoration(f"{OWN_PREFIX}{r['id']}", r["name"], r["month"], r["day"], r["basis"],
                          own=True, hidden=bool(r["hidden"])) for r in rows]


def commemorations(store: Store, profile: Profile, *,
                   include_hidden: bool = False) -> list[Commemoration]:
    """The days that concern this unit, shipped and own, by date in the year."""
    hidden = _hidden_ids(store)
    days = [replace(c, hidden=c.id in hidden) for c in shipped() if c.concerns_unit(profile)]
    days += _own_days(store)
    if not include_hidden:
        days = [d for d in days if not d.hidden]
    return sorted(days, key=lambda d: (d.month, d.day, d.name))


def marks_between(store: Store, profile: Profile, start: dt.date,
                  end: dt.date) -> list[DayMark]:
    """Commemorations from `start` to `end`, both included, as calendar labels."""
    found = []
    for year in range(start.year, end.year + 1):
        for day in commemorations(store, profile):
            mark = day.mark(year)
            if mark and start <= mark.date <= end:
                found.append(mark)
    return sorted(found, key=lambda m: (m.date, m.name))


def _validate(name: str, month: int, day: int) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise CommemorationError("Nama hari peringatan belum diisi.")
    if len(clean) > MAX_NAME:
        raise CommemorationError(f"Nama hari peringatan terlalu panjang (maks. {MAX_NAME} huruf).")
    try:
        dt.date(2024, month, day)  # a leap year, so 29 Februari is allowed
    except (ValueError, TypeError):
        raise CommemorationError("Tanggal hari peringatan tidak ada di kalender.") from None
    return clean


def add_own_day(store: Store, name: str, month: int, day: int, basis: str = "") -> Commemoration:
    """Add the department's own commemorative day (e.g. the unit's anniversary)."""
    clean = _validate(name, month, day)
    cur = store.execute("INSERT INTO commemorations(name, month, day, basis) VALUES(?, ?, ?, ?)",
                        (clean, month, day, " ".join(basis.split())))
    return Commemoration(f"{OWN_PREFIX}{cur.lastrowid}", clean, month, day, basis.strip(),
                         own=True)


def remove_own_day(store: Store, day_id: str) -> bool:
    """Delete one of the unit's own days; shipped days are hidden, not deleted."""
    if not day_id.startswith(OWN_PREFIX):
        return False
    cur = store.execute("DELETE FROM commemorations WHERE id = ? AND builtin_id IS NULL",
                        (int(day_id.removeprefix(OWN_PREFIX)),))
    return cur.rowcount > 0


def set_hidden(store: Store, day_id: str, hidden: bool) -> None:
    """Hide (or show again) a day that does not concern the unit."""
    if day_id.startswith(OWN_PREFIX):
        store.execute("UPDATE commemorations SET hidden = ? WHERE id = ? AND builtin_id IS NULL",
                      (int(hidden), int(day_id.removeprefix(OWN_PREFIX))))
        return
    if day_id not in {c.id for c in shipped()}:
        raise CommemorationError(f"Hari peringatan '{day_id}' tidak dikenal.")
    store.execute(
        "INSERT INTO commemorations(builtin_id, hidden) VALUES(?, ?) "
        "ON CONFLICT(builtin_id) DO UPDATE SET hidden = excluded.hidden",
        (day_id, int(hidden)),
    )


def find(store: Store, profile: Profile, day_id: str) -> Commemoration | None:
    return next((c for c in commemorations(store, profile, include_hidden=True)
                 if c.id == day_id), None)
