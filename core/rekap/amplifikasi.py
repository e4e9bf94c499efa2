"""Each campaign's amplification across the city's units for a period: which units posted
it, how many posts, their reach and interactions, and which units did not.

Read from the units' packets (each post names its campaign) and Diskominfo's own list of
campaigns running in the period (so a campaign nobody amplified still shows, with every
unit under "not yet").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from core.rekap import narasi as narasi_store
from core.rekap.narasi import Narasi
from core.rekap.papan import INTERACTIONS, MISSING, Board
from core.store import Store


@dataclass
class UnitShare:
    """One unit's posts for a campaign."""

    name: str
    posts: int = 0
    reach: int = 0
    interactions: int = 0


@dataclass
class Amplification:
    campaign_id: str
    title: str
    start: dt.date | None = None
    end: dt.date | None = None
    units: list[UnitShare] = field(default_factory=list)
    silent: list[str] = field(default_factory=list)  # sent a packet, no post for it
    missing: list[str] = field(default_factory=list)  # sent no packet

    @property
    def posts(self) -> int:
        return sum(u.posts for u in self.units)

    @property
    def reach(self) -> int:
        return sum(u.reach for u in self.units)

    @property
    def interactions(self) -> int:
        return sum(u.interactions for u in self.units)

    @property
    def not_amplified(self) -> list[str]:
        return self.silent + self.missing


def _shares(document: dict[str, Any]) -> dict[str, tuple[str, UnitShare]]:
    """campaign id -> (title in the packet, this unit's figures)."""
    found: dict[str, tuple[str, UnitShare]] = {}
    for post in document["posts"]:
        campaign = post.get("campaign")
        if not campaign:
            continue
        title, share = found.setdefault(
            campaign, (post.get("campaign_title") or campaign, UnitShare("")))
        share.posts += 1
        for up in post["uploads"]:
            m = up["metrics"]
            share.reach += m.get("reach", 0)
            share.interactions += sum(m.get(k, 0) for k in INTERACTIONS)
    return found


def amplification(sent: list[tuple[str, dict[str, Any]]], waiting: list[str],
                  known: list[Narasi]) -> list[Amplification]:
    """`sent`: (unit name, packet document) of every unit that sent; `waiting`: names of
    the units that did not; `known`: Diskominfo's campaigns running in the period."""
    by_id = {n.uid: Amplification(n.uid, n.title, n.start, n.end) for n in known}
    per_unit = [(name, _shares(doc)) for name, doc in sent]
    for _name, shares in per_unit:
        for campaign, (title, _share) in shares.items():
            by_id.setdefault(campaign, Amplification(campaign, title))
    for amp in by_id.values():
        for name, shares in per_unit:
            if amp.campaign_id in shares:
                share = shares[amp.campaign_id][1]
                amp.units.append(UnitShare(name, share.posts, share.reach, share.interactions))
            else:
                amp.silent.append(name)
        amp.missing = list(waiting)
        amp.units.sort(key=lambda u: (-u.reach, u.name))
    return sorted(by_id.values(), key=lambda a: (-a.reach, a.title))


def campaign_board(store: Store, board: Board) -> list[Amplification]:
    """The board's campaigns: from the period's packets (the board's, named as the board
    names their units) and the campaigns Diskominfo runs in the period."""
    names = {r.unit.id: r.name for r in board.rows if r.unit is not None}
    sent = [(names.get(p.unit_id or "", p.unit_name), p.document)
            for p in board.packets]
    waiting = [r.name for r in board.rows if r.status == MISSING]
    return amplification(sent, waiting, narasi_store.overlapping(store, board.start, board.end))
