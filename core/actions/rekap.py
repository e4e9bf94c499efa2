"""Rekap Kota use cases: a unit sends its packet; Diskominfo imports packets and reads the
board. Called by the Laporan/Rekap Kota pages and by `paket` and `rekap` on the CLI.

Importing never asks: a packet that would replace an older one of the same unit and
period comes back as NEEDS_REPLACE, and the caller asks, then calls again with
`replace=True`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core import accounts, settings
from core.profile import load_profile
from core.rekap import simpan
from core.rekap.unit import (
    COORDINATOR_UNIT,
    Unit,
    city_title,
    match_unit,
    name_key,
    same_city,
)

if TYPE_CHECKING:
    from core.model import Profile
    from core.rekap.laporan_kota import CityReportData
    from core.rekap.papan import Board

# The main window asks is_coordinator() before its first paint: the packet, board and
# report modules (zip, XML, report building) are imported by the functions using them.
from core.store import Store

IMPORTED, REPLACED, SAME, NEEDS_REPLACE, REFUSED = (
    "diimpor", "diganti", "sudah ada", "perlu konfirmasi", "ditolak")
MAX_FILES = 2000


@dataclass(frozen=True)
class ImportResult:
    path: Path
    outcome: str
    message: str = ""
    unit_name: str = ""
    mapped: bool = True


def is_coordinator(store: Store) -> bool:
    """Whether this data folder is Diskominfo's, which shows the Rekap Kota page:
    the setting says so, or (by default) the profile's unit is the Diskominfo."""
    choice = settings.get(store, "rekap_coordinator")
    if choice in ("ya", "tidak"):
        return choice == "ya"
    unit = _own_unit(store, load_profile(store))
    return unit is not None and unit.id == COORDINATOR_UNIT


def _own_unit(store: Store, profile: Profile) -> Unit | None:
    return match_unit(profile.dept_name, profile.dept_short, profile.city or "Cimahi",
                      simpan.aliases(store))


def _own_record(store: Store, start: dt.date, end: dt.date,
                unit: Unit) -> simpan.StoredPacket:
    """The coordinator's own record for a period, as if it had sent itself a packet:
    built and checked like one, so the board reads it the same way."""
    from core.rekap import paket
    from core.rekap.validasi import check_document

    document = check_document(paket.build_document(store, start, end))
    made = dt.datetime.fromisoformat(document["created_at"])
    return simpan.StoredPacket(0, unit.id, unit.name, start, end, made, made, "",
                               document)


def own_records(store: Store, start: dt.date, end: dt.date, profile: Profile,
                sent: set[str] = frozenset(),
                ) -> tuple[simpan.StoredPacket, simpan.StoredPacket] | None:
    """Diskominfo's own unit on its board: its data for this and the previous period,
    so it is not listed as "belum mengirim" to itself. None for a data folder whose
    profile names no unit of the city, whose unit is among those that `sent` a packet,
    or with nothing published in the period."""
    from core.rekap.papan import previous_period

    unit = _own_unit(store, profile)
    if unit is None or unit.id in sent:
        return None
    now = _own_record(store, start, end, unit)
    if not now.document["posts"]:
        return None  # nothing published yet: the board shows it like any unit
    before = _own_record(store, *previous_period(start, end), unit)
    return now, before


def export_packet(store: Store, start: dt.date, end: dt.date, target: Path) -> Path:
    """Write this unit's Paket Laporan for the period ("Kirim ke Diskominfo")."""
    from core.rekap import paket

    return paket.export_packet(store, start, end, target)


def packet_files(paths: list[Path]) -> list[Path]:
    """The packets named, with folders expanded to the .warta files directly in them."""
    from core.rekap import paket

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == paket.SUFFIX)
        else:
            found.append(path)
    return found[:MAX_FILES]


def import_packet(store: Store, path: Path, *, period: tuple[dt.date, dt.date] | None = None,
                  replace: bool = False) -> ImportResult:
    """Check one packet and store it, or say why not; all or nothing."""
    from core.rekap.validasi import PacketError, read_packet

    try:
        packet = read_packet(path)
    except PacketError as exc:
        return ImportResult(path, REFUSED, str(exc))
    if period is not None and (packet.start, packet.end) != period:
        return ImportResult(path, REFUSED, f"paket untuk periode {packet.start:%d-%m-%Y} s.d. "
                            f"{packet.end:%d-%m-%Y}, bukan periode yang sedang direkap",
                            packet.unit_name)
    city = load_profile(store).city or "Cimahi"
    if not same_city(packet.city, city):
        return ImportResult(
            path, REFUSED, f"paket dari {packet.unit_name}, {city_title(packet.city)}, bukan "
            f"dari {city_title(city)}. Jika kotanya salah tulis, minta PIC-nya membetulkan "
            "Kota di Pengaturan > Profil lalu mengirim paket lagi", packet.unit_name)
    key = name_key(packet.unit_name, city)
    unit = match_unit(packet.unit_name, packet.unit_short, city, simpan.aliases(store))
    existing = simpan.find(store, key, packet.start, packet.end)
    if existing is not None and existing.sha256 == packet.sha256:
        return ImportResult(path, SAME, "paket yang sama sudah diimpor", packet.unit_name,
                            unit is not None)
    if existing is not None and not replace:
        return ImportResult(path, NEEDS_REPLACE,
                            f"sudah ada paket {packet.unit_name} untuk periode ini "
                            f"(dibuat {existing.created_at:%d-%m-%Y %H.%M}); ganti?",
                            packet.unit_name, unit is not None)
    with store.transaction():
        simpan.save(store, packet, key, unit.id if unit else None)
    return ImportResult(path, REPLACED if existing else IMPORTED, "", packet.unit_name,
                        unit is not None)


def import_packets(store: Store, paths: list[Path], *,
                   period: tuple[dt.date, dt.date] | None = None, replace: bool = False,
                   progress: Callable[[int, int, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> list[ImportResult]:
    """Import many packets (files or folders); one result per file. Each packet is its
    own transaction, so cancelling keeps the ones already imported and nothing half."""
    files = packet_files(paths)
    results = []
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(i, len(files), path.name)
        results.append(import_packet(store, path, period=period, replace=replace))
    return results


def map_unit(store: Store, packet_unit_name: str, unit_id: str) -> None:
    """Tell Warta once which unit a packet's name stands for."""
    simpan.set_alias(store, name_key(packet_unit_name, load_profile(store).city or "Cimahi"),
                     unit_id)


def deadline_days(store: Store) -> int:
    """How many days after the period a packet still counts as on time (Diskominfo's
    choice; 5 unless set)."""
    return settings.get(store, "rekap_batas_hari")


def set_deadline_days(store: Store, days: int) -> int:
    """Set that deadline; ValueError with the allowed range for anything else."""
    from core.rekap.papan import MAX_DEADLINE_DAYS

    if isinstance(days, bool) or not isinstance(days, int) or \
            not 0 <= days <= MAX_DEADLINE_DAYS:
        raise ValueError(f"batas kirim harus 0 sampai {MAX_DEADLINE_DAYS} hari setelah "
                         "periode berakhir")
    with store.transaction():
        settings.set(store, "rekap_batas_hari", days)
    return days


def _city_accounts(store: Store) -> set[str]:
    return {a.name for a in accounts.list_accounts(store) if a.is_own}


def period_board(store: Store, start: dt.date, end: dt.date, *,
                 city_accounts: set[str] | None = None) -> Board:
    """Who sent, who is late, who is missing, with each unit's figures."""
    from core.rekap.amplifikasi import campaign_board
    from core.rekap.papan import board

    profile = load_profile(store)
    found = board(store, start, end, city=profile.city or "Cimahi",
                  city_accounts=_city_accounts(store) if city_accounts is None
                  else city_accounts,
                  own=lambda sent: own_records(store, start, end, profile, sent),
                  deadline_days=deadline_days(store))
    found.campaigns = campaign_board(store, found)
    return found


def city_report(store: Store, start: dt.date, end: dt.date, *,
                signed_on: dt.date | None = None) -> CityReportData:
    """The Laporan Rekapitulasi Kota's content: board, every upload, Simpulan dan Saran."""
    from core.rekap.laporan_kota import build_city_report

    own = _city_accounts(store)
    return build_city_report(store, period_board(store, start, end, city_accounts=own),
                             city_accounts=own, signed_on=signed_on)
