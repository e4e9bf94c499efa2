"""Pangkat/golongan choices for the signature blocks of a naskah dinas.

PNS ranks follow PP 99/2000 (Juru Muda, I/a ... Pembina Utama, IV/e); PPPK staff have a
golongan (I-XVII) and no pangkat; non-ASN staff have neither, so their signature block
shows no rank line. The stored value is the label itself, printed as it is.
"""

from __future__ import annotations

PNS_RANKS: tuple[str, ...] = (
    "Juru Muda (I/a)", "Juru Muda Tingkat I (I/b)", "Juru (I/c)", "Juru Tingkat I (I/d)",
    "Pengatur Muda (II/a)", "Pengatur Muda Tingkat I (II/b)", "Pengatur (II/c)",
    "Pengatur Tingkat I (II/d)",
    "Penata Muda (III/a)", "Penata Muda Tingkat I (III/b)", "Penata (III/c)",
    "Penata Tingkat I (III/d)",
    "Pembina (IV/a)", "Pembina Tingkat I (IV/b)", "Pembina Utama Muda (IV/c)",
    "Pembina Utama Madya (IV/d)", "Pembina Utama (IV/e)",
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
          "XIV", "XV", "XVI", "XVII")
PPPK_GRADES: tuple[str, ...] = tuple(f"PPPK Golongan {r}" for r in _ROMAN)
NON_ASN = "Non-ASN (tanpa pangkat)"
RANKS: tuple[str, ...] = (*PNS_RANKS, *PPPK_GRADES, NON_ASN)


def rank_line(rank: str) -> str:
    """What the signature block prints under the name ('' for non-ASN or unset)."""
    rank = rank.strip()
    return "" if not rank or rank == NON_ASN else rank


def rank_error(rank: str) -> str | None:
    """An Indonesian message when `rank` is not one of the choices ('' is allowed)."""
    if rank.strip() and rank.strip() not in RANKS:
        return f"Pangkat/golongan {rank!r} tidak dikenal; pilih dari daftar."
    return None
