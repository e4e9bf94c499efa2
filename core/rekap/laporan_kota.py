"""The city report (Laporan Rekapitulasi Kota): the board, every unit's uploads as one flat
list, and a Simpulan dan Saran drafted from the figures by rules.

The exporters (exporters/laporan_kota_docx.py, laporan_kota_xlsx.py) only lay this out.
The conclusions state what the data shows (coverage, change, compliance, collaboration)
and the suggestions follow from a shortfall; nothing is said that the figures don't carry.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from core.indonesian import format_date, format_month
from core.model import Profile
from core.profile import load_profile
from core.rekap import simpan
from core.rekap.papan import (
    INTERACTIONS,
    LATE,
    MISSING,
    ON_TIME,
    UNMAPPED,
    Board,
    BoardRow,
)
from core.rekap.unit import COORDINATOR_UNIT
from core.report_format import format_number, format_percent
from core.report_page import PageSetup, load_page_setup
from core.report_sources import city_logo
from core.store import Store

TITLE = ("LAPORAN REKAPITULASI PENGELOLAAN MEDIA SOSIAL PERANGKAT DAERAH KOTA")
PASSED_TARGET = 0.9  # below this share of content passing the checks, a suggestion follows
CHANGE_NOTABLE = 0.05  # a change in reach under 5% is "relatively stable"


@dataclass(slots=True)  # a city month has ~60,000: no frozen __setattr__ per field
class CityUpload:
    """One upload of one unit's post: a row of the Excel flat table."""

    unit: str
    post_id: int
    date: dt.date
    title: str
    category: str
    platform: str
    url: str
    metrics: dict[str, int]
    passed: bool
    collaboration: bool
    campaign: str


@dataclass(frozen=True)
class CityReportData:
    profile: Profile
    department: str
    city: str
    start: dt.date
    end: dt.date
    board: Board
    uploads: list[CityUpload]
    conclusions: list[str]
    suggestions: list[str]
    signed_on: dt.date
    logo: Path | None
    page: PageSetup

    @property
    def period(self) -> str:
        return period_label(self.start, self.end)

    @property
    def previous_period(self) -> str:
        from core.rekap.papan import previous_period

        return period_label(*previous_period(self.start, self.end))

    @property
    def has_previous(self) -> bool:
        """Whether any unit sent a packet for the period before (else no comparison)."""
        return any(r.previous is not None for r in self.board.rows)

    @property
    def place_date(self) -> str:
        return f"{self.profile.city or ''}, {format_date(self.signed_on)}".lstrip(", ")

    @property
    def title(self) -> str:
        return f"{TITLE} {self.city}".upper()

    @property
    def sent(self) -> list[BoardRow]:
        return [r for r in self.board.rows if r.status in (ON_TIME, LATE)]

    @property
    def reporting(self) -> tuple[int, int]:
        """How many units reported this period and the period before (totals differ)."""
        return (len(self.sent), sum(1 for r in self.board.rows if r.previous is not None))

    def rows_with(self, *statuses: str) -> list[BoardRow]:
        return [r for r in self.board.rows if r.status in statuses]


def period_label(start: dt.date, end: dt.date) -> str:
    """'November 2026' for a whole month, else '1 November 2026 s.d. 15 November 2026'."""
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1] and \
            (start.year, start.month) == (end.year, end.month):
        return format_month(start.year, start.month)
    return f"{format_date(start)} s.d. {format_date(end)}"


def _uploads(packets: list[simpan.StoredPacket], names: dict[str, str],
             city_accounts: set[str]) -> list[CityUpload]:
    """Every upload of every packet of the period (the board's, decoded once), unit by
    unit (board order)."""
    out: list[CityUpload] = []
    for packet in packets:
        unit = names.get(packet.unit_id or "", packet.unit_name)
        for post in packet.document["posts"]:
            collab = any(c.casefold() in city_accounts for c in post["collaborators"])
            for up in post["uploads"]:
                out.append(CityUpload(
                    unit, post["id"], dt.date.fromisoformat(up["date"]), post["title"],
                    post["category"], up["platform"], up["url"],
                    up["metrics"],  # integers: validasi checked every packet at import
                    bool(post["checks"]["passed"]), collab,
                    post.get("campaign_title") or post.get("campaign") or ""))
    out.sort(key=lambda u: (u.unit.casefold(), u.date, u.post_id))
    return out


def _change(now: float, before: float) -> float | None:
    return (now - before) / before if before else None


def _names(rows: list[BoardRow], limit: int = 5) -> str:
    names = [r.name for r in rows]
    shown = ", ".join(names[:limit])
    return shown + (f", dan {len(names) - limit} unit lainnya" if len(names) > limit else "")


def conclusions_and_suggestions(board: Board, previous_label: str) -> tuple[list[str], list[str]]:
    """Simpulan and Saran from the board's figures, each rule firing only on its data."""
    simpulan: list[str] = []
    saran: list[str] = []
    units_total = sum(1 for r in board.rows if r.unit is not None)
    sent = [r for r in board.rows if r.status in (ON_TIME, LATE)]
    late = [r for r in board.rows if r.status == LATE]
    missing = [r for r in board.rows if r.status == MISSING]
    unmapped = [r for r in board.rows if r.status == UNMAPPED]
    t = board.totals
    coverage = format_percent(len(sent) / units_total if units_total else None, 0) or "0%"
    simpulan.append(
        f"Sebanyak {len(sent)} dari {units_total} unit ({coverage}) "
        f"telah menyampaikan paket laporan; {len(late)} di antaranya terlambat dan "
        f"{len(missing)} unit belum menyampaikan.")
    if missing:
        saran.append(f"Mengingatkan {len(missing)} unit yang belum menyampaikan paket laporan "
                     f"({_names(missing)}) agar segera mengirimkannya.")
    if late:
        saran.append(f"Meminta {len(late)} unit yang terlambat ({_names(late)}) menyampaikan "
                     f"paket laporan paling lambat {board.deadline_days} hari setelah periode "
                     "berakhir.")
    if unmapped:
        saran.append(f"Memetakan {len(unmapped)} paket yang nama unitnya belum dikenali "
                     f"({_names(unmapped)}) agar angkanya masuk ke rekap unit.")
    if not sent:
        return simpulan, saran
    simpulan.append(f"Unit yang melapor menerbitkan {format_number(t.posts)} konten dalam "
                    f"{format_number(t.uploads)} unggahan dengan jumlah jangkauan "
                    f"{format_number(t.reach)} dan {format_number(t.interactions)} interaksi"
                    + (f" (tingkat keterlibatan {format_percent(t.engagement)})."
                       if t.engagement is not None else "."))
    both = [r for r in sent if r.figures is not None and r.previous is not None]
    now_reach = sum(r.figures.reach for r in both)  # type: ignore[union-attr]
    before_reach = sum(r.previous.reach for r in both)  # type: ignore[union-attr]
    change = _change(now_reach, before_reach)
    if change is not None:  # like with like: only the units that reported both times
        if abs(change) < CHANGE_NOTABLE:
            trend = "relatif tetap"
        else:
            trend = ("naik" if change > 0 else "turun") + f" {format_percent(abs(change))}"
        simpulan.append(f"Pada {len(both)} unit yang melapor pada kedua periode, jangkauan "
                        f"{trend} dibandingkan periode {previous_label} "
                        f"({format_number(before_reach)} menjadi {format_number(now_reach)}).")
        if change <= -CHANGE_NOTABLE:
            down = [r for r in both if r.figures.reach < r.previous.reach]  # type: ignore
            if down:
                saran.append(f"Menelaah penurunan jangkauan pada {_names(down)} bersama PIC "
                             "unit tersebut.")
    share = t.passed_share
    if share is not None:
        simpulan.append("Seluruh konten lolos pemeriksaan Warta tanpa pengecualian."
                        if share == 1 else
                        f"Sebanyak {format_percent(share)} konten lolos pemeriksaan Warta "
                        "tanpa pengecualian.")
        weak = sorted((r for r in sent if r.figures and r.figures.passed_share is not None
                       and r.figures.passed_share < PASSED_TARGET),
                      key=lambda r: r.figures.passed_share)
        if weak:
            saran.append(f"Mendampingi unit dengan konten lolos pemeriksaan di bawah "
                         f"{format_percent(PASSED_TARGET, 0)} ({_names(weak)}) agar "
                         "mengikuti pemeriksaan sebelum mengunggah.")
    # Diskominfo runs the city's accounts: it has nobody to collaborate with for them
    no_collab = [r for r in sent if r.figures and r.figures.collaborations == 0
                 and not r.own and not (r.unit and r.unit.id == COORDINATOR_UNIT)]
    collab_share = format_percent(t.collaborations / t.posts if t.posts else None) or "0%"
    simpulan.append(f"Sebanyak {format_number(t.collaborations)} konten ({collab_share}) "
                    "diunggah berkolaborasi dengan akun resmi Pemerintah Kota."
                    if t.collaborations else "Belum ada konten yang diunggah berkolaborasi "
                    "dengan akun resmi Pemerintah Kota.")
    if no_collab:
        saran.append(f"Mendorong {len(no_collab)} unit yang belum memakai fitur kolaborasi "
                     f"dengan akun kota ({_names(no_collab)}) untuk memperluas jangkauan "
                     "pesan utama kota.")
    measured = [r for r in sent if r.figures and r.figures.engagement is not None]
    if len(measured) >= 2:
        best = max(measured, key=lambda r: r.figures.engagement)
        worst = min(measured, key=lambda r: r.figures.engagement)
        simpulan.append(f"Tingkat keterlibatan tertinggi pada {best.name} "
                        f"({format_percent(best.figures.engagement)}) dan terendah pada "
                        f"{worst.name} ({format_percent(worst.figures.engagement)}).")
    no_metrics = [r for r in sent if r.figures and r.figures.uploads and not r.figures.reach]
    if no_metrics:
        saran.append(f"Meminta {_names(no_metrics)} mencatat metrik unggahan agar "
                     "capaiannya dapat dinilai.")
    return simpulan, saran


def build_city_report(store: Store, board: Board, *, city_accounts: set[str],
                      signed_on: dt.date | None = None) -> CityReportData:
    """Everything the city report shows, from the board and the stored packets."""
    from core.rekap.papan import previous_period

    profile = load_profile(store)
    city = profile.city or "Cimahi"
    names = {r.unit.id: r.name for r in board.rows if r.unit is not None}
    accounts = {a.casefold() for a in city_accounts} | {f"pemerintah kota {city}".casefold()}
    uploads = _uploads(board.packets, names, accounts)
    simpulan, saran = conclusions_and_suggestions(
        board, period_label(*previous_period(board.start, board.end)))
    return CityReportData(profile, profile.dept_name or profile.dept_short, city, board.start,
                          board.end, board, uploads, simpulan, saran,
                          signed_on or dt.date.today(), city_logo(store),
                          load_page_setup(store))


def interactions(metrics: dict[str, int]) -> int:
    return sum(metrics.get(k, 0) for k in INTERACTIONS)
