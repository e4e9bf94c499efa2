"""Follower counts of the department's own accounts (owner of the `follower_counts` table).

A count is recorded per account, platform and day; a period reads the latest count on
or before its first day (start) and the latest inside it (end).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from core.accounts import list_accounts
from core.model import MAX_METRIC, PLATFORM_IDS
from core.store import Store


@dataclass
class FollowerEntry:
    """Followers of one own account on one platform at the start and end of a period."""

    account_id: int
    account: str
    platform: str
    handle: str
    start: int | None = None
    end: int | None = None

    @property
    def growth(self) -> int | None:
        return None if self.start is None or self.end is None else self.end - self.start

    @property
    def growth_ratio(self) -> float | None:
        growth = self.growth
        return None if growth is None or not self.start else growth / self.start


def _count_on_or_before(store: Store, account_id: int, platform: str, day: dt.date,
                        not_before: dt.date | None = None) -> int | None:
    row = store.execute(
        "SELECT followers FROM follower_counts WHERE account_id = ? AND platform = ? "
        "AND on_date <= ? AND on_date >= ? ORDER BY on_date DESC LIMIT 1",
        (account_id, platform, day.isoformat(), (not_before or dt.date.min).isoformat()),
    ).fetchone()
    return row[0] if row else None


def follower_entries(store: Store, start: dt.date, end: dt.date) -> list[FollowerEntry]:
    """Each own account's platforms with a handle, with the counts that apply to the period.

    Start: the latest count on or before the first day. End: the latest count inside the
    period. A missing count stays None (shown empty, never as 0).
    """
    entries = []
    for account in list_accounts(store):
        if not account.is_own or account.id is None:
            continue
        for platform in PLATFORM_IDS:
            handle = account.handles.get(platform, "")
            if not handle:
                continue
            entries.append(FollowerEntry(
                account.id, account.name, platform, handle,
                start=_count_on_or_before(store, account.id, platform, start),
                end=_count_on_or_before(store, account.id, platform, end, not_before=start),
            ))
    return entries


def save_follower_count(store: Store, account_id: int, platform: str, on_date: dt.date,
                        followers: int | None) -> None:
    """Record (or with None remove) the follower count of an account on a day."""
    if followers is None:
        store.execute("DELETE FROM follower_counts WHERE account_id = ? AND platform = ? "
                      "AND on_date = ?", (account_id, platform, on_date.isoformat()))
        return
    if isinstance(followers, bool) or not isinstance(followers, int):
        raise ValueError("Jumlah pengikut harus bilangan bulat.")
    if followers < 0:
        raise ValueError("Jumlah pengikut tidak boleh negatif.")
    if followers > MAX_METRIC:
        raise ValueError("Jumlah pengikut terlalu besar.")
    store.execute(
        "INSERT INTO follower_counts(account_id, platform, on_date, followers) "
        "VALUES(?, ?, ?, ?) ON CONFLICT(account_id, platform, on_date) "
        "DO UPDATE SET followers = excluded.followers",
        (account_id, platform, on_date.isoformat(), followers),
    )


def total_growth(entries: Iterable[FollowerEntry]) -> int | None:
    """Sum of the growth of the accounts whose growth is known; None when none is."""
    known = [e.growth for e in entries if e.growth is not None]
    return sum(known) if known else None
