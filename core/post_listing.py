"""The Konten list over years of data: which posts, in which order, read cheaply.

Three years are ~10,000 posts. Reading them all as Post objects took ~190 ms at
start-up and a search re-read them. Here the list is split by what each step needs:

- the order and the filter keys (id, status, month) of every live post: one narrow
  query per change of the database;
- the search text (title, activity, location, caption; NFC, casefolded): read the first
  time the PIC searches (or focuses the search field), then a keystroke is one pass of
  `in` over strings;
- the posts themselves: only the rows on screen ask for them (`rows_for`), in blocks.

Everything is valid while the database is unchanged (this connection's total_changes,
every connection's data_version) and read again after any change. Read-only: the
posts table's owner is core/posts.py.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from core import posts
from core.date_range import stored_date
from core.model import Post, Status
from core.posts import PostFilter
from core.store import Store

_STATUSES = {str(s): s for s in Status}


@dataclass(frozen=True)
class ListedPost:
    """What a row of the list shows: the post and its planned posting times (Kalender)."""

    post: Post
    planned: dict[str, dt.datetime]


@dataclass
class Listing:
    """Every live post in list order (undated last, newest first), with its filter keys."""

    state: tuple[int, int]
    ids: list[int]
    statuses: list[Status]
    months: list[str]  # "YYYY-MM"; "" for an undated post
    haystacks: list[str] | None = None  # search text per post, read when first needed
    planned: dict[int, dict[str, dt.datetime]] | None = None
    rows: dict[int, ListedPost] = field(default_factory=dict)  # rows read for the screen
    _month_list: list[str] | None = None

    def month_list(self) -> list[str]:
        """Distinct months, newest first (the month filter's choices)."""
        if self._month_list is None:
            self._month_list = sorted(set(self.months) - {""}, reverse=True)
        return self._month_list


_listings: weakref.WeakKeyDictionary[Store, Listing] = weakref.WeakKeyDictionary()


# Newest first, posts without a date last: SQLite sorts NULL below every value, so the
# descending order puts them last by itself (as list_posts' "activity_date IS NULL"
# first key does), and the order is the posts_listing index's (read without a sort)
_LIVE_IN_ORDER = "WHERE deleted_at IS NULL ORDER BY activity_date DESC, id DESC"


def first_id(store: Store) -> int | None:
    """The post at the top of the list with the usual filters (what the Konten page opens
    on), without reading the whole listing: the first-check worker needs only that one."""
    row = store.execute(f"SELECT id FROM posts {_LIVE_IN_ORDER} LIMIT 1").fetchone()
    return row[0] if row else None


def _db_state(store: Store) -> tuple[int, int]:
    return store.conn.total_changes, store.execute("PRAGMA data_version").fetchone()[0]


def listing(store: Store) -> Listing:
    """The current listing: cached, or read again (one narrow query) after any change."""
    state = _db_state(store)
    cached = _listings.get(store)
    if cached is not None and cached.state == state:
        return cached
    rows = store.execute(f"SELECT id, status, activity_date FROM posts {_LIVE_IN_ORDER}"
                         ).fetchall()
    months = []
    for _, _, day in rows:  # as list_posts parses it: an unreadable date is no date
        months.append(day[:7] if stored_date(day) else "")
    _listings[store] = found = Listing(
        state, [r[0] for r in rows],
        [_STATUSES.get(r[1], Status.DRAF) for r in rows], months)
    return found


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def warm_search(store: Store, found: Listing | None = None) -> Listing:
    """Read the search text of every listed post (once per change of the database);
    `found`: the listing just read (saves asking whether the database changed)."""
    found = found or listing(store)
    if found.haystacks is None:
        texts = {r[0]: "\0".join(_normalise(x or "") for x in r[1:]) for r in store.execute(
            "SELECT id, title, activity, location, caption FROM posts "
            "WHERE deleted_at IS NULL").fetchall()}
        found.haystacks = [texts.get(i, "") for i in found.ids]
    return found


def search_ready(store: Store) -> bool:
    """Whether a search now is a pass over strings (no read of the database first)."""
    cached = _listings.get(store)
    return cached is not None and cached.haystacks is not None \
        and cached.state == _db_state(store)


def search_ids(store: Store, flt: PostFilter | None = None,
               found: Listing | None = None) -> list[int]:
    """The ids list_posts would return for `flt`, in the same order, without a query
    calling a Python function on every row. `found`: as for warm_search."""
    flt = flt or PostFilter()
    found = found or listing(store)
    keep = range(len(found.ids))
    if needle := _normalise(flt.search.strip()):
        needle = needle.replace("\0", "")  # NUL separates the fields: a match stays in one
        haystacks = warm_search(store, found).haystacks or []
        keep = [i for i in keep if needle in haystacks[i]]
    if flt.status is not None:
        keep = [i for i in keep if found.statuses[i] == flt.status]
    if flt.month:
        keep = [i for i in keep if found.months[i] == flt.month]
    ids = found.ids
    if flt.newest_first:
        return [ids[i] for i in keep]
    dated = [ids[i] for i in keep if found.months[i]]
    undated = [ids[i] for i in keep if not found.months[i]]
    return dated[::-1] + undated[::-1]


def rows_for(store: Store, ids: Sequence[int]) -> dict[int, ListedPost]:
    """The posts `ids` (the rows on screen) with their planned times: two queries for
    those not read yet since the last change of the database; deleted ones left out."""
    found = listing(store)
    missing = [i for i in ids if i not in found.rows]
    if missing:
        planned = posts.planned_times(store, missing)
        found.rows.update((p.id, ListedPost(p, planned.get(p.id, {})))
                          for p in posts.posts_by_ids(store, missing))
    return {i: found.rows[i] for i in ids if i in found.rows}


def listed_planned_times(store: Store) -> dict[int, dict[str, dt.datetime]]:
    """planned_times of every listed post, in one query, read once per change of the
    database."""
    found = listing(store)
    if found.planned is None:
        listed = set(found.ids)
        found.planned = {}
        for post_id, platform, planned in store.execute(
                "SELECT post_id, platform, planned_at FROM variants "
                "WHERE planned_at IS NOT NULL").fetchall():
            if post_id in listed:
                found.planned.setdefault(post_id, {})[platform] = \
                    dt.datetime.fromisoformat(planned)
    return found.planned


def search_posts(store: Store, flt: PostFilter | None = None) -> list[Post]:
    """Every post search_ids finds, as Post objects (tests, scripts; the list reads
    only what it shows). The posts are shared: do not change them."""
    ids = search_ids(store, flt)
    rows = rows_for(store, ids)
    return [rows[i].post for i in ids]
