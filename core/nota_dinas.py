"""The optional "Nota Dinas" that covers the monthly report on its way to the superior.

Its fields follow the Tata Naskah Dinas of a pemerintah daerah (Permendagri 1/2023):
Yth., Dari, Tembusan, Tanggal, Nomor, Sifat, Lampiran, Hal. The number is given by the
unit's agenda (Tata Usaha), so an empty number leaves room to write it by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from core.period import Period
from core.report import ReportData
from core.report_files import report_stem

SIFAT: tuple[str, ...] = ("Biasa", "Penting", "Segera", "Sangat Segera", "Rahasia")


@dataclass(frozen=True)
class NotaDinas:
    to: str  # Yth.
    sender: str  # Dari
    date: dt.date
    subject: str  # Hal
    number: str = ""
    nature: str = "Biasa"  # Sifat
    attachment: str = "1 (satu) berkas"
    copies: tuple[str, ...] = field(default_factory=tuple)  # Tembusan


def superior_title(department: str, position: str) -> str:
    """The superior's jabatan with the unit's full name ('Kepala Dinas Komunikasi dan
    Informatika Kota Cimahi'), as the Tata Naskah Dinas writes a signatory or addressee."""
    position = " ".join(position.split())
    full = f"Kepala {department}".strip()
    if not position or full.casefold().startswith(position.casefold()):
        return full
    if department.casefold() in position.casefold():
        return position
    return f"{position} {department}".strip()


def nota_dinas_for(data: ReportData, *, number: str = "", nature: str = "Biasa",
                   copies: tuple[str, ...] = ()) -> NotaDinas:
    """The cover of `data`'s report, addressed to the superior in the profile."""
    if nature not in SIFAT:
        raise ValueError(f"sifat harus salah satu dari {', '.join(SIFAT)}")
    profile = data.profile
    sender = profile.pic_position or "Pengelola Media Sosial"
    return NotaDinas(
        to=superior_title(data.department, profile.superior_position),
        sender=sender, date=data.signed_on, number=number.strip(), nature=nature,
        subject=f"Laporan Pengelolaan Media Sosial Periode {data.period}",
        copies=tuple(c.strip() for c in copies if c.strip()))


def cover_target(folder: Path, dept_short: str, period: Period) -> Path:
    """'Nota Dinas Laporan Medsos Diskominfo 2025-11.docx' beside the report."""
    return folder / f"Nota Dinas {report_stem(dept_short, period)}.docx"
