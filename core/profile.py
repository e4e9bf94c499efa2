"""Reading and saving the one Profile row."""

from __future__ import annotations

import re
from dataclasses import asdict, fields

from core.model import Profile
from core.nip import normalize_nip
from core.pangkat import rank_error
from core.store import Store

_FIELDS = [f.name for f in fields(Profile)]


def load_profile(store: Store) -> Profile:
    row = store.execute("SELECT * FROM profile WHERE id = 1").fetchone()
    if row is None:
        return Profile()
    return Profile(**{name: row[name] for name in _FIELDS})


def save_profile(store: Store, profile: Profile) -> None:
    data = asdict(profile)
    data["pic_nip"] = normalize_nip(data["pic_nip"])
    data["superior_nip"] = normalize_nip(data["superior_nip"])
    columns = ", ".join(_FIELDS)
    marks = ", ".join(f":{n}" for n in _FIELDS)
    updates = ", ".join(f"{n} = excluded.{n}" for n in _FIELDS)
    store.execute(
        f"INSERT INTO profile(id, {columns}) VALUES(1, {marks}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        data,
    )


def profile_errors(profile: Profile) -> dict[str, str]:
    """Field name -> Indonesian message, for the first-start dialog and Pengaturan."""
    from core.nip import nip_error

    errors: dict[str, str] = {}
    required = {
        "pic_name": "Nama PIC wajib diisi.",
        "dept_name": "Nama perangkat daerah wajib diisi.",
        "dept_short": "Singkatan perangkat daerah wajib diisi (mis. Diskominfo).",
        "city": "Nama kota wajib diisi.",
    }
    for name, message in required.items():
        if not getattr(profile, name).strip():
            errors[name] = message
    if (msg := nip_error(profile.pic_nip)) is not None:
        errors["pic_nip"] = msg
    if (msg := nip_error(profile.superior_nip, required=False)) is not None:
        errors["superior_nip"] = msg
    for name in ("pic_rank", "superior_rank"):
        if (msg := rank_error(getattr(profile, name))) is not None:
            errors[name] = msg
    email = profile.email.strip()
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        errors["email"] = "Alamat pos-el tidak lengkap (contoh: diskominfo@cimahikota.go.id)."
    return errors
