"""ReportData: everything the monthly report says, computed once for a period.

The exporters (exporters/docx_report.py, exporters/xlsx_report.py) only lay this out;
the Laporan page shows its summary before exporting; the CLI builds it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from core import check_records, posts
from core.followers import FollowerEntry, follower_entries, total_growth
from core.model import METRIC_FIELDS, PLATFORM_IDS, Category, Post, Profile, Status, Variant
from core.period import Period
from core.photos import needs_consent
from core.platforms import platform_name
from core.post_photos import photos_of
from core.profile import load_profile
from core.report_format import format_optional_date, month_bounds, period_label
from core.report_notes import load_conclusion, load_issues
from core.report_page import PageSetup, load_page_setup
from core.report_sources import city_logo, logo_is_placeholder, photo_file
from core.store import Store

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
        return platform_name(self.platform)

    # computed once per row: a year's report asks ~125,000 times (totals, groups, tables)
    @cached_property
    def has_metrics(self) -> bool:
        return any(v is not None for v in self.metrics.values())

    @property
    def reach(self) -> int | None:
        return self.metrics.get("reach")

    @cached_property
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
class ContentTop:
    """One post (content) with its uploads on every platform added up: the top list ranks
    content, so a post shared on five platforms fills one row, not five."""

    post_id: int
    title: str
    category: str
    date: dt.date
    platforms: list[str]
    reach: int
    interactions: int

    @property
    def engagement(self) -> float | None:
        return self.interactions / self.reach if self.reach else None

    @property
    def platform_names(self) -> str:
        return ", ".join(platform_name(p) for p in self.platforms if p)


@dataclass
class PeriodSummary:
    """The figures of another period (the one before) to compare the report with."""

    start: dt.date
    end: dt.date
    totals: Totals
    by_platform: dict[str, Totals]
    by_category: dict[str, Totals]

    @property
    def period(self) -> str:
        return period_label(self.start, self.end)


@dataclass(frozen=True)
class Change:
    """A figure now and in the previous period; ratio None when there is no base."""

    current: float | None
    previous: float | None

    @property
    def diff(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous

    @property
    def ratio(self) -> float | None:
        diff = self.diff
        return diff / self.previous if diff is not None and self.previous else None


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
    top_content: list[ContentTop] = field(default_factory=list)
    previous: PeriodSummary | None = None
    conclusion: str = ""  # the PIC's edited Simpulan dan Saran ('' = the draft)
    logo_placeholder: bool = False  # the kit's sample logo, not the city's own
    page: PageSetup = field(default_factory=PageSetup)

    @property
    def is_empty(self) -> bool:
        """Nothing was published in the period: the report would be a page of zeros."""
        return not self.rows

    @property
    def period(self) -> str:
        return period_label(self.start, self.end)

    @property
    def span(self) -> Period:
        """The period as a typed value (whole month or not, file name part)."""
        return Period(self.start, self.end)

    @property
    def place_date(self) -> str:
        city = self.profile.city or ""
        return f"{city}, {format_optional_date(self.signed_on)}".lstrip(", ")

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
        return total_growth(self.followers)


Progress = Callable[[int, int, str], None]


def _in_period(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def _variant_day(variant: Variant, post: Post) -> dt.date | None:
    """A variant's date is its publication time, else the post's activity date."""
    return variant.published_at.date() if variant.published_at else post.activity_date


def _published_rows(published: list[tuple[Post, list[Variant]]], start: dt.date,
                    end: dt.date) -> list[ReportRow]:
    """Every upload of a Terbit post dated in the period; a post without variants gets one row.

    `published` is core.posts.posts_with_variants(store, Status.TERBIT).
    """
    order = {p: i for i, p in enumerate(PLATFORM_IDS)}
    rows: list[ReportRow] = []
    for post, variants in published:
        chosen = set(post.platforms)
        mine = [v for v in variants
                if v.platform in chosen or v.published_url or v.published_at]
        common = dict(post_id=post.id, title=post.title, category=str(post.category),
                      activity=post.activity, location=post.location)
        if not mine:
            if _in_period(post.activity_date, start, end):
                rows.append(ReportRow(variant_id=None, date=post.activity_date, platform="",
                                      url="", metrics=dict.fromkeys(METRIC_FIELDS),
                                      text=post.caption, **common))
            continue
        for v in mine:
            day = _variant_day(v, post)
            if _in_period(day, start, end):
                rows.append(ReportRow(variant_id=v.id, date=day, platform=v.platform,
                                      url=v.published_url,
                                      metrics={f: getattr(v, f) for f in METRIC_FIELDS},
                                      text=v.text or post.caption, **common))
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


def _top_content(rows: list[ReportRow]) -> list[ContentTop]:
    """Posts ranked by interactions summed over their platforms (then reach)."""
    groups: dict[int, ContentTop] = {}
    for r in rows:
        if not r.has_metrics:
            continue
        item = groups.get(r.post_id)
        if item is None:
            item = groups[r.post_id] = ContentTop(r.post_id, r.title, r.category, r.date, [],
                                                  0, 0)
        item.platforms.append(r.platform)
        item.date = min(item.date, r.date)
        item.reach += r.reach or 0
        item.interactions += r.interactions or 0
    ranked = sorted(groups.values(), key=lambda c: (-c.interactions, -c.reach, c.date))
    return ranked[:TOP_COUNT]


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The month before a whole month; otherwise the same number of days just before."""
    if Period(start, end).whole_month:
        last = start - dt.timedelta(days=1)
        return month_bounds(last.year, last.month)
    days = (end - start).days + 1
    return start - dt.timedelta(days=days), start - dt.timedelta(days=1)


def _summary(published: list[tuple[Post, list[Variant]]], start: dt.date,
             end: dt.date) -> PeriodSummary:
    rows = _published_rows(published, start, end)
    categories = [str(c) for c in Category]
    return PeriodSummary(start, end, totals_of(rows),
                         _grouped(rows, lambda r: r.platform, list(PLATFORM_IDS)),
                         _grouped(rows, lambda r: r.category, categories))


def _messages(errors: list[dict[str, object]], kind: str = "") -> list[str]:
    """Texts of an override's items of one kind: "" the overridden errors, "checklist" the
    unticked checklist items (check_records keeps both as dicts)."""
    return [str(e.get("message") or e.get("title") or e.get("rule") or e)
            for e in errors if e.get("kind", "") == kind]


def _compliance(store: Store, rows: list[ReportRow],
                review_reasons: dict[int, str]) -> list[ComplianceRow]:
    """Per published post: checklist ticks and overridden errors, read via check_records."""
    firsts: dict[int, ReportRow] = {}
    for r in rows:
        firsts.setdefault(r.post_id, r)
    ticks = check_records.tick_counts(store, list(firsts))
    overrides = check_records.overrides_of(store, list(firsts))
    out = []
    for post_id, first in firsts.items():
        item = ComplianceRow(post_id, first.title, first.date, ticks.get(post_id, 0))
        for o in overrides.get(post_id, []):
            item.errors += [e for e in _messages(o.errors) if e not in item.errors]
            item.unticked += [u for u in _messages(o.errors, "checklist")
                              if u not in item.unticked]
            if o.reason.strip():
                item.reasons.append(o.reason.strip())
            item.decided_by = o.decided_by
            item.decided_at = o.decided_at.isoformat() if o.decided_at else ""
        if not item.reasons and review_reasons.get(post_id, "").strip():
            item.reasons.append(review_reasons[post_id].strip())
        out.append(item)
    return out


def _photos(store: Store, rows: list[ReportRow], per_post: int,
            limit: int) -> tuple[list[DocPhoto], int]:
    """Photos of the period's posts in post order; photos.needs_consent ones are withheld."""
    info: dict[int, ReportRow] = {}
    for r in rows:
        info.setdefault(r.post_id, r)
    photos: list[DocPhoto] = []
    withheld = 0
    linked = photos_of(store, list(info))
    for post_id, row in info.items():
        taken = 0
        for link in linked.get(post_id, []):
            ph = link.photo
            if needs_consent(ph):
                withheld += 1
                continue
            if taken >= per_post or len(photos) >= limit:
                break
            where = ", ".join(x for x in (row.location, format_optional_date(row.date)) if x)
            caption = f"{row.title}" + (f" ({where})" if where else "")
            if ph.credit:
                caption += f". Foto: {ph.credit}"
            path = photo_file(ph.sha256, ph.ext)
            photos.append(DocPhoto(path, caption, post_id, path.is_file()))
            taken += 1
    return photos, withheld


def build_report(
    store: Store,
    start: dt.date,
    end: dt.date,
    *,
    department: str | None = None,
    issues: str | None = None,
    signed_on: dt.date | None = None,
    conclusion: str | None = None,
    paper: str | None = None,
    photos_per_post: int = 2,
    max_photos: int = 60,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReportData:
    """Collect the report for `start`..`end` (inclusive) of the profile's department.

    `issues` is the PIC's "Kendala dan Tindak Lanjut" text and `conclusion` the edited
    "Simpulan dan Saran"; None reads the saved ones. `paper` overrides the saved paper.
    """
    if end < start:
        raise ValueError("Tanggal akhir periode tidak boleh sebelum tanggal awal.")
    profile = load_profile(store)
    report_progress = progress or (lambda *_: None)
    report_progress(0, 3, "Mengumpulkan unggahan")
    before = previous_period(start, end) if start > dt.date(1, 12, 31) else None
    # one read covers this period and the previous one the comparison needs
    published = posts.posts_with_variants(store, Status.TERBIT,
                                          period=(before[0] if before else start, end))
    rows = _published_rows(published, start, end)
    report_progress(1, 3, "Menghitung rekapitulasi")
    categories = [str(c) for c in Category]
    photos, withheld = _photos(store, rows, photos_per_post, max_photos)
    in_report = {r.post_id for r in rows}
    by_id = {post.id: post for post, _variants in published if post.id in in_report}
    notes = [(by_id[pid].title, by_id[pid].notes.strip())
             for pid in dict.fromkeys(r.post_id for r in rows) if by_id[pid].notes.strip()]
    report_progress(2, 3, "Membaca kepatuhan dan pengikut")
    department = department or profile.dept_name
    if issues is None:
        issues = load_issues(store, department, start, end)
    if conclusion is None:
        conclusion = load_conclusion(store, department, start, end)
    logo = city_logo(store)
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
        compliance=_compliance(store, rows,
                               {pid: post.review_reason for pid, post in by_id.items()}),
        photos=photos,
        photos_withheld=withheld,
        issues=issues.strip(),
        post_notes=notes,
        logo=logo,
        top_content=_top_content(rows),
        previous=_summary(published, *before) if before else None,
        conclusion=conclusion.strip(),
        logo_placeholder=logo is not None and logo_is_placeholder(store, logo),
        page=load_page_setup(store, paper),
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
