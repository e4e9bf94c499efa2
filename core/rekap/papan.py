"""The Rekap Kota board for a period: who sent (on time, late), who did not, and the
figures per unit beside the previous period's."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.rekap import simpan
from core.rekap.unit import Unit, units
from core.store import Store

DEADLINE_DAYS = 5  # by default a packet made within 5 days after the period is on time
MAX_DEADLINE_DAYS = 60
ON_TIME, LATE, MISSING, UNMAPPED = "tepat waktu", "terlambat", "belum mengirim", "perlu dipetakan"
INTERACTIONS = ("likes", "comments", "shares", "saves")


@dataclass
class Figures:
    """A unit's (or the city's) numbers for one period, from its packet."""

    posts: int = 0
    uploads: int = 0
    by_platform: dict[str, int] = field(default_factory=dict)
    reach: int = 0
    interactions: int = 0
    engaged_reach: int = 0
    engaged_interactions: int = 0
    followers: int = 0
    growth: int = 0
    passed: int = 0
    collaborations: int = 0
    campaigns: dict[str, int] = field(default_factory=dict)  # campaign -> posts

    @property
    def engagement(self) -> float | None:
        return self.engaged_interactions / self.engaged_reach if self.engaged_reach else None

    @property
    def passed_share(self) -> float | None:
        return self.passed / self.posts if self.posts else None

    def add(self, other: Figures) -> None:
        for name in ("posts", "uploads", "reach", "interactions", "engaged_reach",
                     "engaged_interactions", "followers", "growth", "passed",
                     "collaborations"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, n in other.by_platform.items():
            self.by_platform[key] = self.by_platform.get(key, 0) + n
        for key, n in other.campaigns.items():
            self.campaigns[key] = self.campaigns.get(key, 0) + n


def figures(document: dict[str, Any], city_accounts: set[str]) -> Figures:
    """Sum a checked packet document."""
    f = Figures()
    for post in document["posts"]:
        f.posts += 1
        f.passed += bool(post["checks"]["passed"])
        if any(c.casefold() in city_accounts for c in post["collaborators"]):
            f.collaborations += 1
        if post.get("campaign"):
            f.campaigns[post["campaign"]] = f.campaigns.get(post["campaign"], 0) + 1
        for up in post["uploads"]:
            f.uploads += 1
            f.by_platform[up["platform"]] = f.by_platform.get(up["platform"], 0) + 1
            m = up["metrics"]
            inter = sum(m.get(k, 0) for k in INTERACTIONS)
            f.reach += m.get("reach", 0)
            f.interactions += inter
            if m.get("reach"):
                f.engaged_reach += m["reach"]
                f.engaged_interactions += inter
    for follower in document["followers"]:
        if follower.get("end") is not None:
            f.followers += follower["end"]
            if follower.get("start") is not None:
                f.growth += follower["end"] - follower["start"]
    return f


# the coordinator's own (this period, previous period) records, asked for only when needed
OwnRecords = Callable[[set[str]], "tuple[simpan.StoredPacket, simpan.StoredPacket] | None"]


@dataclass
class BoardRow:
    name: str
    unit: Unit | None
    status: str
    sent_at: dt.datetime | None = None
    figures: Figures | None = None
    previous: Figures | None = None
    own: bool = False  # Diskominfo's own record, read from its data, not from a packet


@dataclass
class Board:
    start: dt.date
    end: dt.date
    rows: list[BoardRow]
    totals: Figures
    previous_totals: Figures
    campaigns: list[Any] = field(default_factory=list)  # amplifikasi.Amplification
    packets: list[simpan.StoredPacket] = field(default_factory=list)  # read once, for both
    deadline_days: int = DEADLINE_DAYS  # on time: made at most this many days after `end`

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The month before a whole month; else the same length just before."""
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1] and \
            (start.year, start.month) == (end.year, end.month):
        last = start - dt.timedelta(days=1)
        return last.replace(day=1), last
    length = end - start
    return start - length - dt.timedelta(days=1), start - dt.timedelta(days=1)


def board(store: Store, start: dt.date, end: dt.date, *, city: str = "Cimahi",
          city_accounts: set[str] | None = None,
          own: OwnRecords | None = None, deadline_days: int = DEADLINE_DAYS) -> Board:
    """Every unit of the city for the period, sent or not, plus packets to be mapped.

    `own`: given the ids of the units that sent a packet, the coordinator's own record
    for this and the previous period made from its data, or None (no unit of the city,
    nothing published, or its unit sent a packet, which then stands)."""
    accounts = {a.casefold() for a in (city_accounts or set())} | {
        f"pemerintah kota {city}".casefold()}
    current = simpan.for_period(store, start, end)
    before = {p.unit_id or p.unit_name: p for p in simpan.for_period(
        store, *previous_period(start, end))}
    deadline = end + dt.timedelta(days=deadline_days)
    by_unit = {p.unit_id: p for p in current if p.unit_id}
    own_id = None
    mine = own(set(by_unit)) if own is not None else None
    if mine is not None:
        own_id = mine[0].unit_id
        by_unit[own_id] = mine[0]
        if mine[1].document["posts"]:
            before.setdefault(own_id, mine[1])
        current = [*current, mine[0]]
    rows: list[BoardRow] = []
    totals, previous_totals = Figures(), Figures()
    for unit in units(city):
        packet = by_unit.get(unit.id)
        old = before.get(unit.id)
        prev = figures(old.document, accounts) if old else None
        if prev:
            previous_totals.add(prev)
        if packet is None:
            rows.append(BoardRow(unit.name, unit, MISSING, previous=prev))
            continue
        figs = figures(packet.document, accounts)
        totals.add(figs)
        if unit.id == own_id:
            rows.append(BoardRow(unit.name, unit, ON_TIME, None, figs, prev, own=True))
            continue
        status = ON_TIME if packet.created_at.date() <= deadline else LATE
        rows.append(BoardRow(unit.name, unit, status, packet.created_at, figs, prev))
    for packet in current:
        if not packet.unit_id:
            figs = figures(packet.document, accounts)
            rows.append(BoardRow(packet.unit_name, None, UNMAPPED, packet.created_at, figs))
    return Board(start, end, rows, totals, previous_totals, packets=current,
                 deadline_days=deadline_days)
