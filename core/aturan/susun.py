"""The coordinator's side: this data folder's shared knowledge as a Paket Aturan document.

What travels: the glossary terms the city changed (the city layer, the coordinator's
overrides and own terms: every term in force that differs from what Warta ships, so a PIC
on a newer Warta keeps its newer shipped terms), every hashtag set, every account of the
directory (with its handles), the city's changes to the word lists (the city layer and
the coordinator's own overrides, not the shipped lists a PIC already has) and the active
brand kit as a kit zip.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from core import accounts, hashtag_sets, rule_overrides, settings
from core.aturan.dokumen import FORMAT, KIT_PREFIX, RULE_FILES, SCHEMA
from core.branding.catalog import DEFAULT_KIT_ID, load_kit
from core.branding.errors import KitError
from core.branding.kit_zip import export_kit_zip
from core.checks import config, glossary
from core.profile import load_profile
from core.rekap.wadah import MAX_ENTRY_BYTES, PacketError
from core.store import Store
from core.version import __version__


def overlay(base: Any, over: Any) -> Any:
    """`over` laid on `base` per key, keeping `null` (a deletion of a shipped key)."""
    if not isinstance(base, dict) or not isinstance(over, dict):
        return over
    out = dict(base)
    for key, value in over.items():
        out[key] = overlay(out[key], value) if key in out and isinstance(value, dict) else value
    return out


def _no_comments(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _no_comments(v) for k, v in value.items() if not str(k).startswith("_")}
    return value


def rule_lists() -> dict[str, dict[str, Any]]:
    """The city's changes to each word list (city layer + own overrides), non-empty only."""
    out = {}
    for name in RULE_FILES:
        data = _no_comments(overlay(rule_overrides.city_layer(name),
                                    rule_overrides.user_layer(name)))
        if data:
            out[name] = data
    return out


def glossary_changes() -> dict[str, dict[str, Any]]:
    """Terms in force that Warta does not ship as they are (added or changed here)."""
    shipped_raw = config.shipped_file("glossary").get("terms", {})
    shipped = {" ".join(str(t).split()): info for t, info in shipped_raw.items()} \
        if isinstance(shipped_raw, dict) else {}
    return {term: info for term, info in glossary.term_entries().items()
            if shipped.get(term) != info}


def kit_zip(store: Store) -> tuple[dict[str, Any], bytes] | None:
    """The active kit as (document entry, zip bytes); KitError when it cannot travel."""
    kit = load_kit(settings.get(store, "brand_kit") or DEFAULT_KIT_ID)
    with tempfile.TemporaryDirectory(prefix="warta-aturan-") as tmp:
        path = export_kit_zip(kit, Path(tmp) / f"{kit.id}.zip")
        data = path.read_bytes()
    if len(data) > MAX_ENTRY_BYTES:
        raise KitError(f"kit {kit.name} terlalu besar untuk Paket Aturan "
                       f"({len(data) // 1_048_576} MB; batas {MAX_ENTRY_BYTES // 1_048_576} MB)")
    entry = {"id": kit.id, "nama": kit.name, "versi": kit.version,
             "berkas": f"{KIT_PREFIX}{kit.id}.zip"}
    return entry, data


def sender(store: Store) -> tuple[str, str]:
    """(city, sender) as the packet names them: ("Cimahi", "Diskominfo Kota Cimahi")."""
    profile = load_profile(store)
    city = profile.city or "Cimahi"
    unit = profile.dept_short or profile.dept_name or "Diskominfo"
    return city, f"{unit} Kota {city}"


def document(store: Store, version: int, date: dt.date) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The aturan.json document and the attached files (the kit zip)."""
    city, who = sender(store)
    try:
        kit = kit_zip(store)
    except KitError as exc:
        raise PacketError(f"kit merek tidak dapat dikemas: {exc}") from None
    doc: dict[str, Any] = {
        "format": FORMAT, "schema_version": SCHEMA, "app_version": __version__,
        "versi": version, "tanggal": date.isoformat(), "kota": city, "pengirim": who,
        "glosarium": glossary_changes(),
        "kumpulan_tagar": [{"nama": s.name, "tagar": s.tags}
                           for s in hashtag_sets.list_sets(store)],
        "direktori_akun": [{"nama": a.name, "akun": dict(a.handles)}
                           for a in accounts.list_accounts(store)],
        "daftar_aturan": rule_lists(),
        "kit_merek": kit[0] if kit else None,
    }
    files = {kit[0]["berkas"]: kit[1]} if kit else {}
    return doc, files
