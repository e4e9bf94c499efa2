"""Owner of `rekap_packets` (every packet Diskominfo imported) and `rekap_aliases`."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.store import Store, now_iso

if TYPE_CHECKING:  # validasi (zip and XML reading) loads when a packet is read
    from core.rekap.validasi import Packet


@dataclass(frozen=True)
class StoredPacket:
    id: int
    unit_id: str | None
    unit_name: str
    start: dt.date
    end: dt.date
    created_at: dt.datetime
    imported_at: dt.datetime
    sha256: str
    document: dict[str, Any]


def _row(r) -> StoredPacket:
    return StoredPacket(r["id"], r["unit_id"], r["unit_name"],
                        dt.date.fromisoformat(r["period_start"]),
                        dt.date.fromisoformat(r["period_end"]),
                        dt.datetime.fromisoformat(r["created_at"]),
                        dt.datetime.fromisoformat(r["imported_at"]), r["sha256"],
                        json.loads(r["document"]))


def find(store: Store, unit_key: str, start: dt.date, end: dt.date) -> StoredPacket | None:
    """The packet already imported for this unit and period, if any."""
    r = store.execute("SELECT * FROM rekap_packets WHERE unit_key = ? AND period_start = ? "
                      "AND period_end = ?", (unit_key, start.isoformat(), end.isoformat())
                      ).fetchone()
    return _row(r) if r else None


def save(store: Store, packet: Packet, unit_key: str, unit_id: str | None) -> int:
    """Insert or replace this unit's packet for the period (one transaction)."""
    cur = store.execute(
        "INSERT INTO rekap_packets(unit_key, unit_id, unit_name, period_start, period_end, "
        "created_at, imported_at, sha256, document) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(unit_key, period_start, period_end) DO UPDATE SET unit_id = "
        "excluded.unit_id, unit_name = excluded.unit_name, created_at = excluded.created_at, "
        "imported_at = excluded.imported_at, sha256 = excluded.sha256, "
        "document = excluded.document RETURNING id",
        (unit_key, unit_id, packet.unit_name, packet.start.isoformat(), packet.end.isoformat(),
         packet.created_at.isoformat(), now_iso(), packet.sha256,
         json.dumps(packet.document, ensure_ascii=False)))
    return cur.fetchone()[0]


def for_period(store: Store, start: dt.date, end: dt.date) -> list[StoredPacket]:
    rows = store.execute("SELECT * FROM rekap_packets WHERE period_start = ? AND period_end = ? "
                         "ORDER BY unit_name", (start.isoformat(), end.isoformat())).fetchall()
    return [_row(r) for r in rows]


def aliases(store: Store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.execute("SELECT name_key, unit_id FROM rekap_aliases")}


def set_alias(store: Store, name_key: str, unit_id: str) -> None:
    """Remember that a packet name stands for `unit_id`, and re-link its packets."""
    with store.transaction():
        store.execute("INSERT INTO rekap_aliases(name_key, unit_id) VALUES(?, ?) "
                      "ON CONFLICT(name_key) DO UPDATE SET unit_id = excluded.unit_id",
                      (name_key, unit_id))
        store.execute("UPDATE rekap_packets SET unit_id = ? WHERE unit_key = ?",
                      (unit_id, name_key))
