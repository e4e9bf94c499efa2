"""NIP (Nomor Induk Pegawai) validation: 18 digits, with a message that says what is wrong."""

from __future__ import annotations

import datetime as dt
import re

_SEPARATORS = re.compile(r"[\s.\-]")


def normalize_nip(value: str) -> str:
    """Drop the spaces, dots and dashes people type or paste into a NIP."""
    return _SEPARATORS.sub("", value or "")


def nip_error(value: str, *, required: bool = True) -> str | None:
    """None when valid; otherwise an Indonesian message saying how to fix it."""
    nip = normalize_nip(value)
    if not nip:
        return "NIP wajib diisi (18 digit angka)." if required else None
    if not nip.isascii() or not nip.isdigit():
        return "NIP hanya boleh berisi angka (18 digit), tanpa huruf atau tanda lain."
    if len(nip) != 18:
        return f"NIP harus 18 digit; yang diisi {len(nip)} digit."
    try:  # first 8 digits are the date of birth YYYYMMDD
        dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "8 digit pertama NIP harus tanggal lahir (TTTTBBHH); periksa kembali."
    return None
