"""ReportData: everything the monthly report says, computed once for a period.

The exporters (exporters/docx_report.py, exporters/xlsx_report.py) only lay this out;
the Laporan page shows its summary before exporting; the CLI builds it too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.model import PLATFORM_IDS, Category, Profile, Status
from core.posts import METRIC_FIELDS
from core.profile import load_profile
from core.report_format import format_date_long, month_bounds, period_label
from core.report_sources import (
    FollowerEntry,
    city_logo,
    follower_entries,
    load_issues,
    photo_file,
)
from core.store import Store

PLATFORM_NAMES = {"instagram": "Instagram", "facebook": "Facebook", "x": "X",
                  "tiktok": "TikTok", "youtube": "YouTube", "threads": "Threads", "": "—"}
METRIC_LABELS = {"reach": "Jangkauan", "impressions": "Tayangan", "likes": "Suka",
                 "comments": "Komentar", "shares": "Dibagikan", "saves": "Disimpan",
                 "link_clicks": "Klik Tautan"}
INTERACTION_FIELDS = ("likes", "comments", "shares", "saves")
ENGAGEMENT_FORMULA = ("Tingkat keterlibatan (engagement rate) = (suka + komentar + dibagikan "
                      "+ disimpan) \u00f7 jangkauan \u00d7 100%, dihitung dari unggahan yang "
                      "jangkauannya sudah dicatat.")
TOP_COUNT = 5


@dataclass
class ReportRow:
    """One published variant (an upload on one platform) in the period."""

    post_id: int
    variant_id: int | None
    date: dt.date
    platform: str
    title: str
    category: str
    url: str
    metrics: dict[str, int | None]
    activity: str = ""
    location: str = ""
    text: str = ""  # the caption as posted on this platform
    no: int = 0

    @property
    def platform_name(self) -> str:
        return PLATFORM_NAMES.get(self.platform, self.platform)

    @property
    def has_metrics(self) -> bool:
        return any(v is not None for v in self.metrics.values())

    @property
    def reach(self) -> int | None:
        return self.metrics.get("reach")

    @property
    def interactions(self) -> int | None:
        values = [self.metrics.get(f) for f in INTERACTION_FIELDS]
        return None if all(v is None for v in values) else sum(v or 0 for v in values)

    @property
    def engagement(self) -> float | None:
        reach, inter = self.reach, self.interactions
        return inter / reach if reach and inter is not None else None


@dataclass
class Totals:
    """Sums over a group of rows; engagement only over rows whose reach is known."""

    uploads: int = 0
    posts: int = 0
    with_metrics: int = 0
    sums: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRIC_FIELDS, 0))
    interactions: int = 0
    engaged_reach: int = 0
    engaged_interactions: int = 0

    def add(self, row: ReportRow) -> None:
        self.uploads += 1
        if row.has_metrics:
            self.with_metrics += 1
        for f in METRIC_FIELDS:
            self.sums[f] += row.metrics.get(f) or 0
        inter = row.interactions or 0
        self.interactions += inter
        if row.reach:
            self.engaged_reach += row.reach
            self.engaged_interactions += inter

    @property
    def engagement(self) -> float | None:
        return self.engaged_interactions / self.engaged_reach if self.engaged_reach else None


def totals_of(rows: list[ReportRow]) -> Totals:
    totals = Totals()
    for row in rows:
        totals.add(row)
    totals.posts = len({r.post_id for r in rows})
    return totals


@dataclass
class ComplianceRow:
    """A published post and how it passed the checks: overrides and their reasons."""

    post_id: int
    title: str
    date: dt.date | None
    ticks: int
    errors: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    decided_by: str = ""
    decided_at: str = ""
    unticked: list[str] = field(default_factory=list)  # checklist items gone on without

    @property
    def overridden(self) -> bool:
        return bool(self.errors or self.reasons or self.unticked)

    @property
    def skipped(self) -> list[str]:
        """Errors and unticked checklist items passed over, for the report's tables."""
        ticks = [f"Belum dicentang: {'; '.join(self.unticked)}"] if self.unticked else []
        return self.errors + ticks


@dataclass
class DocPhoto:
    """A documentation photo: the file (may be missing) and its caption."""

    path: Path
    caption: str
    post_id: int
    exists: bool


@dataclass
class ReportData:
    profile: Profile
    department: str
    start: dt.date
    end: dt.date
    signed_on: dt.date
    rows: list[ReportRow]
    by_platform: dict[str, Totals]
    by_category: dict[str, Totals]
    totals: Totals
    top: list[ReportRow]
    followers: list[FollowerEntry]
    compliance: list[ComplianceRow]
    photos: list[DocPhoto]
    photos_withheld: int
    issues: str
    post_notes: list[tuple[str, str]]
    logo: Path | None

    @property
    def period(self) -> str:
        return period_label(self.start, self.end)

    @property
    def place_date(self) -> str:
        return f"{self.profile.city or ''}, {format_date_long(self.signed_on)}".lstrip(", ")

    @property
    def overridden(self) -> list[ComplianceRow]:
        return [c for c in self.compliance if c.overridden]

    @property
    def compliance_ratio(self) -> float | None:
        if not self.compliance:
            return None
        return (len(self.compliance) - len(self.overridden)) / len(self.compliance)

    @property
    def follower_growth(self) -> int | None:
        known = [f.growth for f in self.followers if f.growth is not None]
        return sum(known) if known else None


Progress = Callable[[int, int, str], None]


def _in_period(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def _published_rows(store: Store, start: dt.date, end: dt.date) -> list[ReportRow]:
    """Every upload of a Terbit post dated in the period; a post without variants gets one row.

    A variant's date is its publication time, else the post's activity date.
    """
    # candidates: dated in the period, or with an upload in it (both through an index);
    # the loop below decides per upload exactly as before
    after_end = (end + dt.timedelta(days=1)).isoformat()
    posts = store.execute(
        "SELECT * FROM posts WHERE deleted_at IS NULL AND status = ? AND id IN ("
        " SELECT id FROM posts WHERE activity_date BETWEEN ? AND ?"
        " UNION SELECT post_id FROM variants WHERE published_at >= ? AND published_at < ?)",
        (str(Status.TERBIT), start.isoformat(), end.isoformat(), start.isoformat(), after_end),
    ).fetchall()
    variants: dict[int, list] = {}
    for v in store.execute(
        "SELECT * FROM variants WHERE post_id IN (SELECT value FROM json_each(?))",
        (json.dumps([p["id"] for p in posts]),),
    ).fetchall():
        variants.setdefault(v["post_id"], []).append(v)
    order = {p: i for i, p in enumerate(PLATFORM_IDS)}
    rows: list[ReportRow] = []
    for p in posts:
        activity_date = dt.date.fromisoformat(p["activity_date"]) if p["activity_date"] else None
        chosen = set(json.loads(p["platforms"] or "[]"))
        mine = [v for v in variants.get(p["id"], [])
                if v["platform"] in chosen or v["published_url"] or v["published_at"]]
        common = dict(post_id=p["id"], title=p["title"], category=p["category"],
                      activity=p["activity"], location=p["location"])
        if not mine:
            if _in_period(activity_date, start, end):
                rows.append(ReportRow(variant_id=None, date=activity_date, platform="", url="",
                                      metrics=dict.fromkeys(METRIC_FIELDS), text=p["caption"],
                                      **common))
            continue
        for v in sorted(mine, key=lambda v: order.get(v["platform"], 99)):
            day = dt.date.fromisoformat(v["published_at"][:10]) if v["published_at"] \
                else activity_date
            if _in_period(day, start, end):
                rows.append(ReportRow(variant_id=v["id"], date=day, platform=v["platform"],
                                      url=v["published_url"],
                                      metrics={f: v[f] for f in METRIC_FIELDS},
                                      text=v["text"] or p["caption"], **common))
    rows.sort(key=lambda r: (r.date, r.post_id, order.get(r.platform, 99)))
    for i, row in enumerate(rows, 1):
        row.no = i
    return rows


def _grouped(rows: list[ReportRow], key: Callable[[ReportRow], str],
             order: list[str]) -> dict[str, Totals]:
    groups: dict[str, list[ReportRow]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    ranked = sorted(groups, key=lambda k: (order.index(k) if k in order else len(order), k))
    return {k: totals_of(groups[k]) for k in ranked}


def _top(rows: list[ReportRow]) -> list[ReportRow]:
    measured = [r for r in rows if r.has_metrics]
    return sorted(measured, key=lambda r: (-(r.interactions or 0), -(r.reach or 0), r.no))[
        :TOP_COUNT]


def _errors_list(text: str, kind: str = "") -> list[str]:
    """check_overrides.errors is a JSON list of strings or of {"message": ...} objects;
    `kind` "checklist" picks the unticked checklist items, "" the errors."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return [text] if text and not kind else []
    out = []
    for item in items if isinstance(items, list) else [items]:
        if (item.get("kind", "") if isinstance(item, dict) else "") != kind:
            continue
        if isinstance(item, dict):
            out.append(str(item.get("message") or item.get("title") or item.get("rule") or item))
        else:
            out.append(str(item))
    return out


def _compliance(store: Store, rows: list[ReportRow]) -> list[ComplianceRow]:
    firsts: dict[int, ReportRow] = {}
    for r in rows:
        firsts.setdefault(r.post_id, r)
    ids = json.dumps(list(firsts))
    ticks = dict(store.execute(
        "SELECT post_id, count(*) FROM checklist_ticks WHERE post_id IN "
        "(SELECT value FROM json_each(?)) GROUP BY post_id", (ids,)).fetchall())
    overrides: dict[int, list] = {}
    for o in store.execute("SELECT * FROM check_overrides WHERE post_id IN "
                           "(SELECT value FROM json_each(?)) ORDER BY decided_at, id",
                           (ids,)).fetchall():
        overrides.setdefault(o["post_id"], []).append(o)
    reviews = dict(store.execute("SELECT id, review_reason FROM posts WHERE id IN "
                                 "(SELECT value FROM json_each(?))", (ids,)).fetchall())
    out = []
    for post_id, first in firsts.items():
        item = ComplianceRow(post_id, first.title, first.date, ticks.get(post_id, 0))
        for o in overrides.get(post_id, []):
            item.errors += [e for e in _errors_list(o["errors"]) if e not in item.errors]
            item.unticked += [u for u in _errors_list(o["errors"], "checklist")
                              if u not in item.unticked]
            if o["reason"].strip():
                item.reasons.append(o["reason"].strip())
            item.decided_by, item.decided_at = o["decided_by"], o["decided_at"]
        if not item.reasons:
            review = reviews.get(post_id) or ""
            if review.strip():
                item.reasons.append(review.strip())
        out.append(item)
    return out


def _photos(store: Store, rows: list[ReportRow], per_post: int,
            limit: int) -> tuple[list[DocPhoto], int]:
    """Photos of the period's posts in post order; minors without consent are withheld."""
    seen: list[int] = []
    info: dict[int, ReportRow] = {}
    for r in rows:
        if r.post_id not in info:
            seen.append(r.post_id)
            info[r.post_id] = r
    photos: list[DocPhoto] = []
    withheld = 0
    by_post: dict[int, list] = {}
    for ph in store.execute(
        "SELECT pp.post_id AS link_post, f.* FROM post_photos pp "
        "JOIN photos f ON f.id = pp.photo_id "
        "WHERE pp.post_id IN (SELECT value FROM json_each(?)) ORDER BY pp.position",
        (json.dumps(seen),),
    ).fetchall():
        by_post.setdefault(ph["link_post"], []).append(ph)
    for post_id in seen:
        taken = 0
        for ph in by_post.get(post_id, []):
            if ph["contains_minors"] and not ph["consent_obtained"]:
                withheld += 1
                continue
            if taken >= per_post or len(photos) >= limit:
                break
            row = info[post_id]
            where = ", ".join(x for x in (row.location, format_date_long(row.date)) if x)
            caption = f"{row.title}" + (f" ({where})" if where else "")
            if ph["credit"]:
                caption += f". Foto: {ph['credit']}"
            path = photo_file(ph["sha256"], ph["ext"])
            photos.append(DocPhoto(path, caption, post_id, path.is_file()))
            taken += 1
    return photos, withheld


def _notes(store: Store, post_ids: list[int]) -> list[tuple[str, str]]:
    """(title, notes) of the posts that have notes, in the given order; one query."""
    found = {r["id"]: (r["title"], r["notes"].strip()) for r in store.execute(
        "SELECT id, title, notes FROM posts WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(post_ids),)).fetchall()}
    return [found[i] for i in post_ids if i in found and found[i][1]]


def build_report(
    store: Store,
    start: dt.date,
    end: dt.date,
    *,
    department: str | None = None,
    issues: str | None = None,
    signed_on: dt.date | None = None,
    photos_per_post: int = 2,
    max_photos: int = 60,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReportData:
    """Collect the report for `start`..`end` (inclusive) of the profile's department.

    `issues` is the PIC's "Kendala dan Tindak Lanjut" text; None reads the saved one.
    """
    if end < start:
        raise ValueError("Tanggal akhir periode tidak boleh sebelum tanggal awal.")
    profile = load_profile(store)
    report_progress = progress or (lambda *_: None)
    report_progress(0, 3, "Mengumpulkan unggahan")
    rows = _published_rows(store, start, end)
    report_progress(1, 3, "Menghitung rekapitulasi")
    categories = [str(c) for c in Category]
    photos, withheld = _photos(store, rows, photos_per_post, max_photos)
    notes = _notes(store, list(dict.fromkeys(r.post_id for r in rows)))
    report_progress(2, 3, "Membaca kepatuhan dan pengikut")
    department = department or profile.dept_name
    if issues is None:
        issues = load_issues(store, department, start, end)
    data = ReportData(
        profile=profile,
        department=department,
        start=start,
        end=end,
        signed_on=signed_on or dt.date.today(),
        rows=rows,
        by_platform=_grouped(rows, lambda r: r.platform, list(PLATFORM_IDS)),
        by_category=_grouped(rows, lambda r: r.category, categories),
        totals=totals_of(rows),
        top=_top(rows),
        followers=follower_entries(store, start, end),
        compliance=_compliance(store, rows),
        photos=photos,
        photos_withheld=withheld,
        issues=issues.strip(),
        post_notes=notes,
        logo=city_logo(store),
    )
    report_progress(3, 3, "Selesai")
    return data


def month_report(store: Store, year: int, month: int, **kwargs) -> ReportData:
    """The report of a whole month (the usual case)."""
    start, end = month_bounds(year, month)
    return build_report(store, start, end, **kwargs)


def departments(store: Store) -> list[str]:
    """Departments a report can be made for (one per data folder today)."""
    name = load_profile(store).dept_name
    return [name] if name else []
