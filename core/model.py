"""Warta's domain objects: plain dataclasses shared by the store, GUI, CLI and exporters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core.kinds import Category, Status  # re-exported: the model's own names

# Platform ids used everywhere (variants, previews, metrics). Facts live in core/platforms.py.
PLATFORM_IDS: tuple[str, ...] = ("instagram", "facebook", "x", "tiktok", "youtube", "threads")


@dataclass(frozen=True)
class Metric:
    """One number recorded per upload; `id` is the Variant field and the variants column."""

    id: str
    label: str  # the report's column heading, also used by the import and the grid


# The one list of metrics, in report order. Variant below has one field per id
# (tests/core/test_model_metrics.py keeps the two in step).
METRICS: tuple[Metric, ...] = (
    Metric("reach", "Jangkauan"),
    Metric("impressions", "Tayangan"),
    Metric("likes", "Suka"),
    Metric("comments", "Komentar"),
    Metric("shares", "Dibagikan"),
    Metric("saves", "Disimpan"),
    Metric("link_clicks", "Klik Tautan"),
)
METRIC_FIELDS: tuple[str, ...] = tuple(m.id for m in METRICS)
METRIC_LABELS: dict[str, str] = {m.id: m.label for m in METRICS}
# Dates Warta accepts from people and files (the editor, the CLI, CSV imports): a year
# like 9999 or a 20-digit one is a typo, and would break month arithmetic later.
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the one range of years Warta accepts (core/date_range)
# The largest count Warta stores: far above any real post, far below SQLite's 2**63.
MAX_METRIC = 10**12


@dataclass
class Profile:
    """The PIC, their department and their superior; one per data folder."""

    pic_name: str = ""
    pic_nip: str = ""
    pic_position: str = ""
    dept_name: str = ""
    dept_short: str = ""
    superior_name: str = ""
    superior_nip: str = ""
    superior_position: str = ""
    city: str = "Cimahi"
    address: str = ""
    default_hashtags: str = ""
    phone: str = ""  # kop: "Telp." line (with the fax number, if any)
    fax: str = ""
    website: str = ""  # kop: "Laman" (e.g. diskominfo.cimahikota.go.id)
    email: str = ""  # kop: "Pos-el", the unit's official address
    pic_rank: str = ""  # pangkat/golongan, one of core.pangkat.RANKS
    superior_rank: str = ""

    def is_complete(self) -> bool:
        """The first-start dialog is shown until the required fields are filled."""
        return all(
            v.strip()
            for v in (self.pic_name, self.pic_nip, self.dept_name, self.dept_short, self.city)
        )


@dataclass
class Account:
    """An official account (own or partner) with a handle per platform."""

    id: int | None = None
    name: str = ""
    is_own: bool = False
    handles: dict[str, str] = field(default_factory=dict)


@dataclass
class Variant:
    """A post's caption for one platform, and what happened once it was published."""

    platform: str
    text: str = ""
    edited: bool = False
    title: str = ""  # YouTube video title
    published_url: str = ""
    published_at: dt.datetime | None = None
    planned_at: dt.datetime | None = None  # when the PIC plans to post it (Kalender)
    reach: int | None = None
    impressions: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    saves: int | None = None
    link_clicks: int | None = None
    id: int | None = None
    post_id: int | None = None


@dataclass
class Photo:
    """An imported original, stored once under media/ by its SHA-256."""

    sha256: str
    original_name: str
    ext: str
    size_bytes: int
    width: int = 0
    height: int = 0
    taken_at: dt.datetime | None = None
    credit: str = ""
    alt_text: str = ""
    contains_minors: bool = False
    consent_obtained: bool = False
    imported_at: dt.datetime | None = None
    id: int | None = None


@dataclass
class Post:
    """A "Konten": one activity's post, with a variant per target platform."""

    title: str = ""
    activity: str = ""
    activity_date: dt.date | None = None
    location: str = ""
    category: Category = Category.KEGIATAN
    status: Status = Status.DRAF
    caption: str = ""
    hashtags: str = ""
    collaborators: list[int] = field(default_factory=list)  # Account ids
    notes: str = ""
    platforms: list[str] = field(default_factory=lambda: list(PLATFORM_IDS))
    review_reason: str = ""  # why it went to review with open errors
    campaign_id: str = ""  # the Diskominfo campaign (Paket narasi) this post amplifies
    campaign_title: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    id: int | None = None
