"""What the report reads besides posts: follower counts, the city logo, photo files.

Small store helpers kept apart from core/report.py so the Laporan page can use them
(the Pengikut tab saves follower counts) without building a whole report.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from core import paths, settings
from core.accounts import list_accounts
from core.model import PLATFORM_IDS
from core.store import Store, now_iso


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
    if followers < 0:
        raise ValueError("Jumlah pengikut tidak boleh negatif.")
    store.execute(
        "INSERT INTO follower_counts(account_id, platform, on_date, followers) "
        "VALUES(?, ?, ?, ?) ON CONFLICT(account_id, platform, on_date) "
        "DO UPDATE SET followers = excluded.followers",
        (account_id, platform, on_date.isoformat(), followers),
    )


_LOGO_KEYS = ("kota", "city", "pemkot", "logo_kota", "utama", "main")


def city_logo(store: Store | None = None) -> Path | None:
    """The brand kit's city logo (PNG) for the letterhead, or None when the kit has none."""
    from core.branding.catalog import kit_folder

    kit_id = settings.get(store, "brand_kit") if store is not None else "cimahi"
    # the user's copy first: that is where Pengaturan > Merek puts the official logo
    root = kit_folder(kit_id) or paths.resources_dir() / "brandkits" / kit_id
    candidates: list[Path] = []
    kit_file = root / "kit.json"
    if kit_file.is_file():
        try:
            logos = json.loads(kit_file.read_text(encoding="utf-8")).get("logos", {})
        except (OSError, ValueError, AttributeError):
            logos = {}
        if isinstance(logos, dict):
            keys = sorted(logos, key=lambda k: (not any(w in k.casefold() for w in _LOGO_KEYS),
                                                 k))
            candidates += [root / str(logos[k]) for k in keys if isinstance(logos[k], str)]
    candidates += sorted((root / "logos").glob("*.png")) if (root / "logos").is_dir() else []
    for path in candidates:
        if path.is_file() and path.suffix.casefold() in (".png", ".jpg", ".jpeg"):
            return path
    return None


def photo_file(sha256: str, ext: str) -> Path:
    """media/<sha[:2]>/<sha>.<ext>, the content-addressed store (core.media_files.photo_path)."""
    from core.media_files import photo_path

    return photo_path(sha256, ext)


def load_issues(store: Store, department: str, start: dt.date, end: dt.date) -> str:
    """The "Kendala dan Tindak Lanjut" text the PIC typed for this period ('' if none)."""
    row = store.execute(
        "SELECT text FROM report_notes WHERE department = ? AND period_start = ? "
        "AND period_end = ?", (department, start.isoformat(), end.isoformat())).fetchone()
    return row[0] if row else ""


def save_issues(store: Store, department: str, start: dt.date, end: dt.date, text: str) -> None:
    """Keep the PIC's text per department and period, so it survives a restart."""
    store.execute(
        "INSERT INTO report_notes(department, period_start, period_end, text, updated_at) "
        "VALUES(?, ?, ?, ?, ?) ON CONFLICT(department, period_start, period_end) "
        "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
        (department, start.isoformat(), end.isoformat(), text, now_iso()),
    )


EDITABLE_VARIANT_FIELDS = ("reach", "impressions", "likes", "comments", "shares", "saves",
                           "link_clicks", "published_url")


def set_variant_values(store: Store, changes: list[tuple[int, str, object]]) -> None:
    """Write (variant id, field, value) triples from the metrics table in one transaction."""
    with store.transaction():
        for variant_id, name, value in changes:
            if name not in EDITABLE_VARIANT_FIELDS:
                raise ValueError(f"kolom {name!r} tidak bisa diubah di sini")
            if name == "published_url":
                value = str(value or "").strip()
            elif value is not None and (not isinstance(value, int) or value < 0):
                raise ValueError("Metrik harus bilangan bulat tidak negatif.")
            store.execute(f"UPDATE variants SET {name} = ? WHERE id = ?", (value, variant_id))
