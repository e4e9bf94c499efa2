"""The city's units (perangkat daerah, kecamatan, kelurahan) and matching packets to them.

The list is data (resources/rekap/unit_<kota>.json) the city edits. A packet names its
unit as the PIC typed it in the profile ("Dinas Kesehatan Kota Cimahi", "Dinkes"), so
names are compared loosely (case, punctuation, "Kota Cimahi", common abbreviations); a
name that still matches nothing waits for Diskominfo to map it once (rekap_aliases).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from core.paths import resources_dir

COORDINATOR_UNIT = "diskominfo"  # the unit that runs the city's own accounts and the recap
_ABBREV = {"kec": "kecamatan", "kel": "kelurahan", "disk": "dinas", "dis": "dinas"}


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    short_name: str
    kind: str  # perangkat_daerah, kecamatan, kelurahan
    parent: str = ""


@lru_cache(maxsize=4)
def units(city: str = "Cimahi") -> tuple[Unit, ...]:
    path = resources_dir() / "rekap" / f"unit_{city.strip().lower() or 'cimahi'}.json"
    if not path.is_file():
        return ()
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    return tuple(Unit(u["id"], u["nama"], u.get("singkatan", ""), u.get("jenis", ""),
                      u.get("induk", "")) for u in data["unit"])


def name_key(name: str, city: str = "Cimahi") -> str:
    """'Dinas Kesehatan Kota Cimahi' and 'dinas  kesehatan' give the same key."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(rf"\b(pemerintah\s+)?kota\s+{re.escape(city.casefold())}\b", " ", text)
    words = re.findall(r"[a-z0-9]+", text)
    return " ".join(_ABBREV.get(w, w) for w in words)


def city_key(city: str) -> str:
    """'Pemerintah Kota Cimahi', 'KOTA  CIMAHI' and 'cimahi' give the same key; a
    kabupaten keeps the word ('Kab. Bandung' is not Kota Bandung, whose profile says
    'Bandung')."""
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", city).casefold())
    while words and words[0] in ("pemerintah", "pemkot", "kota"):
        words = words[1:]
    if words and words[0] in ("kab", "pemkab"):
        words[0] = "kabupaten"
    return " ".join(words)


def same_city(packet_city: str, own_city: str) -> bool:
    """Does a packet's city name the coordinator's? An empty one (a PIC who left the
    profile's city blank, or an older packet) is given the benefit of the doubt."""
    theirs, ours = city_key(packet_city), city_key(own_city)
    return not theirs or not ours or theirs == ours


def city_title(city: str) -> str:
    """'Cimahi' -> 'Kota Cimahi'; a name that already says kota or kabupaten as written."""
    city = " ".join(city.split())
    if re.match(r"(pemerintah\s+)?(kota|kabupaten|kab\b|pemkot|pemkab)", city, re.IGNORECASE):
        return city
    return f"Kota {city}"


def match_unit(name: str, short_name: str = "", city: str = "Cimahi",
               aliases: dict[str, str] | None = None) -> Unit | None:
    """The unit a packet's name (or short name) stands for, or None when unsure."""
    by_id = {u.id: u for u in units(city)}
    for candidate in (name, short_name):
        key = name_key(candidate, city)
        if not key:
            continue
        if aliases and key in aliases and aliases[key] in by_id:
            return by_id[aliases[key]]
        for unit in by_id.values():
            if key in (name_key(unit.name, city), name_key(unit.short_name, city)):
                return unit
    return None
