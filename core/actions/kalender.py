"""Kalender use cases: the month, reminders, posts made or moved from the calendar.

Called by the Kalender page and by `main.py kalender`; they never ask anything (the page
asks, e.g. before moving a published post, and calls again).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from core import posts
from core.actions import konten
from core.captions.templates import PLACEHOLDER_RE, fill_template, load_templates
from core.kalender import peringatan
from core.kalender.bulan import CalendarDay, month_days, reminders
from core.kalender.libur import DayMark
from core.model import Category, Post, Status, Variant
from core.profile import load_profile
from core.store import Store

TYPE_CHECKING = False
if TYPE_CHECKING:
    from core.kalender.rencana import RencanaData

COMMEMORATION_TEMPLATE = "hari-besar-ucapan"


class KalenderError(ValueError):
    """A calendar action that cannot be done; the message says why and what to do."""


def month(store: Store, year: int, month_no: int) -> list[CalendarDay]:
    """The month's days with holidays, commemorations and posts, for this unit."""
    return month_days(store, load_profile(store), year, month_no)


def upcoming_reminders(store: Store, today: dt.date | None = None) -> list[DayMark]:
    """Commemorations in the next 14 days that have no post planned."""
    return reminders(store, load_profile(store), today or dt.date.today())


def create_post_on_day(store: Store, date: dt.date, title: str = "") -> Post:
    """A new draft whose activity date is the clicked day, with its platform versions
    made as "Konten baru" makes them."""
    return konten.create_post(store, Post(title=title.strip(), activity_date=date)).post


@dataclass(frozen=True)
class Moved:
    post_id: int
    old_date: dt.date | None
    new_date: dt.date


def move_post(store: Store, post_id: int, new_date: dt.date) -> Moved:
    """Move a post (its activity date and every planned time) to another day.

    A published post keeps its date: what went out on a day is a record, not a plan."""
    post = posts.get_post(store, post_id)
    if post is None:
        raise KalenderError("Konten itu sudah tidak ada (mungkin baru dihapus).")
    if post.status is Status.TERBIT:
        raise KalenderError("Konten yang sudah terbit tidak dipindah: tanggalnya adalah "
                            "catatan. Ubah tanggal di penyunting bila memang salah catat.")
    old = post.activity_date
    shift = (new_date - old) if old else dt.timedelta(0)
    with store.transaction():
        posts.update_post(store, replace(post, activity_date=new_date))
        for variant in posts.list_variants(store, post_id):
            if variant.planned_at is not None:
                moved = variant.planned_at + shift if old else dt.datetime.combine(
                    new_date, variant.planned_at.time())
                posts.save_variant(store, replace(variant, planned_at=moved))
    return Moved(post_id, old, new_date)


def set_planned_time(store: Store, post_id: int, platform: str,
                     when: dt.datetime | None) -> Variant:
    """Plan (or clear) the date and time a platform's version goes out."""
    post = posts.get_post(store, post_id)
    if post is None:
        raise KalenderError("Konten itu sudah tidak ada (mungkin baru dihapus).")
    if platform not in post.platforms:
        raise KalenderError(f"Konten ini tidak menargetkan platform {platform}.")
    current = next((v for v in posts.list_variants(store, post_id) if v.platform == platform),
                   Variant(platform=platform, post_id=post_id))
    return posts.save_variant(store, replace(current, planned_at=when))


def create_commemoration_post(store: Store, day_id: str, year: int) -> Post:
    """A Peringatan Hari Besar draft for a commemoration: the template filled with the
    day's name, date and year; its legal basis in the notes for the PIC to cite."""
    profile = load_profile(store)
    day = peringatan.find(store, profile, day_id)
    date = day.on(year) if day else None
    if day is None or date is None:
        raise KalenderError("Hari peringatan itu tidak ada di kalender tahun ini.")
    post = Post(title=f"{day.name} {year}", activity=f"Peringatan {day.name}",
                activity_date=date, category=Category.PERINGATAN_HARI_BESAR,
                hashtags=profile.default_hashtags,
                notes=f"Dasar: {day.basis}" if day.basis else "")
    template = load_templates().get(COMMEMORATION_TEMPLATE)
    if template is not None:
        known = {"nama_hari_besar": day.name, "tahun": str(year)}
        body = PLACEHOLDER_RE.sub(lambda m: known.get(m.group(1), m.group(0)), template.body)
        post = replace(post, caption=fill_template(body, post, profile))
    return konten.create_post(store, post).post


def add_own_day(store: Store, name: str, date_in_year: tuple[int, int],
                basis: str = "") -> peringatan.Commemoration:
    month_no, day = date_in_year
    return peringatan.add_own_day(store, name, month_no, day, basis)


def hide_day(store: Store, day_id: str, hidden: bool = True) -> None:
    peringatan.set_hidden(store, day_id, hidden)


def remove_own_day(store: Store, day_id: str) -> bool:
    return peringatan.remove_own_day(store, day_id)



def rencana(store: Store, year: int, month_no: int) -> RencanaData:
    """The month's Rencana Konten (exporters/rencana.py writes it to Word and Excel)."""
    from core.kalender.rencana import build_rencana  # not with the reminders at start-up

    return build_rencana(store, year, month_no)
