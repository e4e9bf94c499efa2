"""The manual checklist ("Cek Sebelum Unggah"): what a person must confirm before posting.

Definitions are data (resources/rules/checklist.json, overridable per item like every rules
file). These are pure functions: which items apply to a post, and which are still open
given the ids already ticked. Storing a tick (who, when) is the store's job.

Item keys: label, help, order, enabled (default true), when (all must hold):
  category: [Category values]   photo_contains_minors: true   has_photos: true
  has_link: true                 platforms: [platform ids]
An unknown condition makes the item apply (better one question too many than one missed).
"""

from __future__ import annotations

from core.checks import config
from core.record import Record, set_field

TYPE_CHECKING = False  # not typing's: importing typing costs every check's start ~5 ms
if TYPE_CHECKING:  # annotations only: the check path does not import the store's model
    from collections.abc import Collection, Iterable, Mapping
    from typing import Any

    from core.model import Photo, Post, Variant


class ChecklistItem(Record):
    _fields = ("id", "label", "help", "order", "when")
    id: str
    label: str
    help: str
    order: int
    when: Mapping[str, Any]

    def __init__(self, id: str, label: str, help: str = "", order: int = 0,
                 when: Mapping[str, Any] | None = None) -> None:
        set_field(self, "id", id)
        set_field(self, "label", label)
        set_field(self, "help", help)
        set_field(self, "order", order)
        set_field(self, "when", {} if when is None else when)


def checklist_items(cfg: config.Config | None = None) -> list[ChecklistItem]:
    """Every enabled item, in order (for the settings page and as the base of a post's list)."""
    cfg = cfg or config.current()
    raw = cfg.file("checklist").get("items", {})
    out = []
    if not isinstance(raw, dict):
        return out
    for item_id, info in raw.items():
        if not isinstance(info, dict) or info.get("enabled", True) is False:
            continue
        label = str(info.get("label", "")).strip()
        if not label:
            continue
        order = info.get("order", 0)
        when = info.get("when", {})
        out.append(ChecklistItem(
            id=str(item_id), label=label, help=str(info.get("help", "") or ""),
            order=order if isinstance(order, int) and not isinstance(order, bool) else 0,
            when=when if isinstance(when, dict) else {},
        ))
    out.sort(key=lambda i: (i.order, i.id))
    return out


def _has_link(post: Post, variants: Iterable[Variant]) -> bool:
    from core.checks.text import Doc  # here: showing a checklist needs no patterns

    texts = [post.caption] + [v.text for v in variants]
    return any(Doc(t).urls for t in texts if t)


def applies(item: ChecklistItem, post: Post, photos: Collection[Photo] = (),
            variants: Collection[Variant] = ()) -> bool:
    """Does this item apply to this post (all of its `when` conditions hold)?"""
    for key, want in item.when.items():
        if key == "category":
            values = want if isinstance(want, list) else [want]
            if str(post.category) not in {str(v) for v in values}:
                return False
        elif key == "photo_contains_minors":
            if bool(want) != any(p.contains_minors for p in photos):
                return False
        elif key == "has_photos":
            if bool(want) != bool(photos):
                return False
        elif key == "has_link":
            if bool(want) != _has_link(post, variants):
                return False
        elif key == "platforms":
            values = set(want if isinstance(want, list) else [want])
            used = {v.platform for v in variants} or set(post.platforms)
            if not values & used:
                return False
    return True


def applicable_items(post: Post, photos: Collection[Photo] = (),
                     variants: Collection[Variant] = ()) -> list[ChecklistItem]:
    """The checklist for this post, in order."""
    return [i for i in checklist_items() if applies(i, post, photos, variants)]


def open_items(items: Iterable[ChecklistItem], ticked: Collection[str]) -> list[ChecklistItem]:
    """Items not yet ticked (`ticked`: item ids the store has a tick for)."""
    done = set(ticked)
    return [i for i in items if i.id not in done]


def is_complete(items: Iterable[ChecklistItem], ticked: Collection[str]) -> bool:
    return not open_items(items, ticked)
