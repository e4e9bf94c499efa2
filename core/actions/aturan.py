"""Paket Aturan use cases: Diskominfo exports the city's shared knowledge; a PIC sees what
it changes and accepts it. Called by the Rekap Kota page (export), Pengaturan (import,
status) and `aturan ekspor|impor|status` on the CLI.

Importing never asks: `preview_rules` reads the packet once and returns what it changes
(and, for a packet older than the one in force, why it needs forcing); the caller asks,
then `accept_rules` applies that same preview without reading the file again.
`import_rules` does both for the CLI: without `accept` it returns the diff; an older
packet raises OlderPacket (a PacketError) unless `force`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from core import safe_write, settings
from core.actions.rekap import is_coordinator
from core.aturan import susun, terap
from core.aturan.dokumen import DOCUMENT, FORMAT, SUFFIX, AturanPacket, parse, read_packet
from core.aturan.selisih import RulesDiff
from core.profile import load_profile
from core.rekap.unit import city_title, same_city
from core.rekap.wadah import PacketError, packet_bytes
from core.store import Store

__all__ = ["ExportResult", "ImportResult", "OlderPacket", "PacketError", "export_rules",
           "accept_rules", "import_rules", "preview_rules", "status", "status_text",
           "suggested_name"]


class OlderPacket(PacketError):
    """The packet is older than the one in force; accepted only when forced."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    version: int


@dataclass(frozen=True)
class ImportResult:
    """The packet's header, what accepting changes, and whether it was applied."""

    version: int
    date: dt.date
    sender: str
    diff: RulesDiff
    applied: bool
    sha256: str = ""
    older: str | None = None  # why an older packet needs forcing; None when it does not
    plan: terap.Plan | None = field(default=None, repr=False, compare=False)


def file_name(city: str, version: int, date: dt.date) -> str:
    """Aturan-Cimahi-v5-2026-12-01.warta (letters and digits of the city only)."""
    slug = "".join(c for c in city.title() if c.isalnum()) or "Kota"
    return f"Aturan-{slug}-v{version}-{date.isoformat()}{SUFFIX}"


def suggested_name(store: Store, today: dt.date | None = None) -> str:
    """The name the next export would get, for a save dialog."""
    city, _ = susun.sender(store)
    return file_name(city, settings.get(store, "aturan_versi_ekspor") + 1,
                     today or dt.date.today())


def export_rules(store: Store, target: Path, *, today: dt.date | None = None) -> ExportResult:
    """Write the city's Paket Aturan to `target` (a file, or a folder for the usual name);
    each export gets the next version number. Only the coordinator exports."""
    if not is_coordinator(store):
        raise PacketError("Paket Aturan hanya diekspor oleh koordinator (Diskominfo); "
                          "atur perangkat daerah di Profil")
    today = today or dt.date.today()
    version = settings.get(store, "aturan_versi_ekspor") + 1
    doc, files = susun.document(store, version, today)
    parse(doc, files)  # what a PIC would refuse (a formula-like name) is said here, first
    target = Path(target)
    if target.is_dir():
        target = target / file_name(doc["kota"], version, today)
    safe_write.write_bytes(target, packet_bytes(FORMAT, DOCUMENT, doc, files))
    with store.transaction():
        settings.set(store, "aturan_versi_ekspor", version)
    return ExportResult(target, version)


def _older(store: Store, packet: AturanPacket) -> str | None:
    state = terap.load_state(store)
    if state is not None and packet.version < state.version:
        return f"Paket aturan v{packet.version} lebih lama dari yang berlaku (v{state.version})"
    return None


def _check_city(store: Store, packet: AturanPacket) -> None:
    """Another city's packet would replace this city's glossary, hashtags and brand kit."""
    own = load_profile(store).city or "Cimahi"
    if not same_city(packet.city, own):
        raise PacketError(
            f"paket aturan ini dari {city_title(packet.city)} ({packet.sender}), bukan dari "
            f"{city_title(own)}; mengimpornya akan mengganti glosarium, tagar, dan kit merek "
            "kota Anda. Periksa berkasnya, atau betulkan Kota di Pengaturan > Profil bila "
            "kota Anda salah tulis")


def preview_rules(store: Store, path: Path) -> ImportResult:
    """Read and check a Paket Aturan once: what accepting changes, and `older` when it is
    older than the packet in force. PacketError for a hostile or broken packet."""
    packet = read_packet(Path(path))
    _check_city(store, packet)
    found = terap.plan(store, packet)
    return ImportResult(packet.version, packet.date, packet.sender, found.diff, False,
                        packet.sha256, _older(store, packet), found)


def accept_rules(store: Store, preview: ImportResult, *, force: bool = False) -> ImportResult:
    """Apply what `preview` showed (all lists or none), from the packet read then, so what
    is applied is what was shown. OlderPacket for an older packet unless `force`."""
    if preview.older and not force:
        raise OlderPacket(preview.older)
    if preview.plan is None:
        raise ValueError("accept_rules needs a preview from preview_rules")
    terap.apply(store, preview.plan)
    return replace(preview, applied=True)


def import_rules(store: Store, path: Path, *, accept: bool = False, force: bool = False,
                 expected_sha256: str | None = None) -> ImportResult:
    """Preview a Paket Aturan and, with `accept`, apply it. OlderPacket for an older
    packet unless `force`; nothing changes in either case. `expected_sha256` (an earlier
    preview's) makes sure the file accepted is the one whose changes were shown."""
    preview = preview_rules(store, path)
    if expected_sha256 is not None and preview.sha256 != expected_sha256:
        raise PacketError("berkas paket berubah sejak perubahannya ditampilkan; "
                          "impor ulang untuk melihat perubahan terbarunya")
    if preview.older and not force:
        raise OlderPacket(preview.older)
    return accept_rules(store, preview, force=True) if accept else preview


def status(store: Store) -> terap.State | None:
    """The city packet in force, or None."""
    return terap.load_state(store)


def status_text(store: Store) -> str:
    """"Paket aturan kota: v5, 2026-12-01, dari Diskominfo Kota Cimahi" or "… belum ada"."""
    state = status(store)
    if state is None:
        return "Paket aturan kota: belum ada"
    return f"Paket aturan kota: v{state.version}, {state.date}, dari {state.sender}"
