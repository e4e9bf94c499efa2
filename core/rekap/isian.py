"""Reading a packet document's fields: the checks every packet kind shares.

A Paket Laporan, a Paket narasi and a Paket Aturan are all JSON from outside. Each field
is read through these, so a wrong type, a missing field, a bad date or a packet of
another kind or a newer schema gets the same Indonesian message whichever packet it is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.date_range import MAX_DATE, MIN_DATE, date_problem
from core.rekap.wadah import PacketError, clean

MAX_TEXT = 2000


def need(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    """`value` if it is a `kind` (a bool is not a number), else PacketError."""
    if kind is int and isinstance(value, bool):
        raise PacketError(f"isian {where} bukan bilangan")
    if not isinstance(value, kind):
        raise PacketError(f"isian {where} tidak sesuai skema")
    return value


def text(obj: dict, key: str, where: str, *, required: bool = True,
         limit: int = MAX_TEXT) -> str:
    """`obj[key]` as cleaned text ("" when optional and absent)."""
    if key not in obj:
        if required:
            raise PacketError(f"isian {where}.{key} tidak ada")
        return ""
    return clean(need(obj[key], str, f"{where}.{key}"), limit)


def date(value: Any, where: str) -> str:
    """An ISO date within the years Warta accepts, as 'YYYY-MM-DD'."""
    try:
        day = dt.date.fromisoformat(need(value, str, where)[:10])
    except ValueError:
        raise PacketError(f"tanggal {where} tidak sah") from None
    if date_problem(day) is not None:
        raise PacketError(f"tanggal {where} di luar rentang {MIN_DATE.year}–{MAX_DATE.year}")
    return day.isoformat()


def check_header(doc: Any, fmt: str, kind: str, newest: int, where: str = "") -> int:
    """A packet document's format and schema version (every packet kind has them): the
    version, or PacketError for another kind, a newer schema or a version unknown."""
    doc = need(doc, dict, "dokumen")
    if doc.get("format") != fmt:
        raise PacketError(f"bukan {kind} Warta (format tidak dikenal)")
    version = need(doc.get("schema_version"), int, "schema_version")
    if version > newest:
        raise PacketError(f"paket dibuat Warta yang lebih baru (skema {version}); perbarui "
                          f"Warta{where} untuk membacanya")
    if version < 1:
        raise PacketError(f"versi skema {version} tidak dikenal")
    return version
