"""A unit's Paket Laporan: the period's published record as one file for Diskominfo.

The file is a zip: `laporan.json` (the document, schema in docs/paket-laporan.schema.json)
and `manifest.json` (the SHA-256 of every other entry). It travels by flash drive,
e-mail or WhatsApp, so it is small, self-describing and verifiable.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core import accounts, posts
from core.model import Profile
from core.profile import load_profile
from core.safe_write import write_bytes
from core.store import Store, now_iso
from core.version import __version__

FORMAT = "warta-paket-laporan"
SCHEMA_VERSION = 1
DOCUMENT = "laporan.json"
SUFFIX = ".warta"


def packet_name(profile: Profile, start: dt.date, end: dt.date) -> str:
    """'Laporan-Dinkes-2026-11.warta' for a month, else with both dates."""
    from core.media_names import safe_name

    unit = safe_name(profile.dept_short or profile.dept_name or "Unit", fallback="Unit")
    whole_month = start.day == 1 and (end + dt.timedelta(days=1)).day == 1 and \
        (start.year, start.month) == (end.year, end.month)
    period = f"{start:%Y-%m}" if whole_month else f"{start.isoformat()}_{end.isoformat()}"
    return f"Laporan-{unit}-{period}{SUFFIX}"


def _post_entries(store: Store, data) -> list[dict]:
    """One entry per published post, its uploads grouped under it."""
    by_post: dict[int, list] = {}
    for row in data.rows:
        by_post.setdefault(row.post_id, []).append(row)
    stored = {p.id: p for p in posts.posts_by_ids(store, list(by_post))}
    names = {a.id: a.name for a in accounts.list_accounts(store)}
    compliance = {c.post_id: c for c in data.compliance}
    entries = []
    for post_id, rows in by_post.items():
        post = stored.get(post_id)
        check = compliance.get(post_id)
        entries.append({
            "id": post_id,
            "title": rows[0].title,
            "category": rows[0].category,
            "date": rows[0].date.isoformat(),
            "collaborators": [names[i] for i in (post.collaborators if post else [])
                              if i in names],
            "campaign": (post.campaign_id or None) if post else None,
            "campaign_title": (post.campaign_title or None) if post and post.campaign_id
            else None,
            "checks": {
                "passed": not (check and check.overridden),
                "checklist_ticks": check.ticks if check else 0,
                "skipped_errors": list(check.errors) if check else [],
                "reason": "; ".join(check.reasons) if check else "",
            },
            "uploads": [{"platform": r.platform, "url": r.url, "date": r.date.isoformat(),
                         "metrics": {k: v for k, v in r.metrics.items() if v is not None}}
                        for r in rows],
        })
    return entries


def build_document(store: Store, start: dt.date, end: dt.date) -> dict:
    """The packet's JSON document for the period, from the unit's own record."""
    from core.report import build_report  # the checks come with it: not at start-up

    data = build_report(store, start, end, photos_per_post=0)
    profile = load_profile(store)
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "created_at": now_iso(),
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "unit": {"name": profile.dept_name, "short_name": profile.dept_short,
                 "city": profile.city},
        "pic": {"name": profile.pic_name, "nip": profile.pic_nip,
                "position": profile.pic_position},
        "accounts": [{"name": a.name, "own": a.is_own, "handles": dict(a.handles)}
                     for a in accounts.list_accounts(store)],
        "posts": _post_entries(store, data),
        "followers": [{"account": f.account, "platform": f.platform, "handle": f.handle,
                       "start": f.start, "end": f.end} for f in data.followers],
    }


def packet_bytes(document: dict) -> bytes:
    """The zip: the document and a manifest of its SHA-256, deterministic entry order."""
    from core.rekap import wadah

    return wadah.packet_bytes(FORMAT, DOCUMENT, document)


def export_packet(store: Store, start: dt.date, end: dt.date, target: Path) -> Path:
    """Write the period's packet to `target` (a folder gets the standard name)."""
    if target.is_dir():
        target = target / packet_name(load_profile(store), start, end)
    elif target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    write_bytes(target, packet_bytes(build_document(store, start, end)))
    return target
