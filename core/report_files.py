"""Report files: the formats a report is written in and how its files are named.

The writers themselves live in exporters/ (exporters/registry.py maps each
ReportFormat to its Exporter); core names the files and decides the folder so the
GUI and the CLI cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from core.period import Period


class ReportFormat(StrEnum):
    DOCX = "docx"
    XLSX = "xlsx"

    @property
    def suffix(self) -> str:
        return f".{self.value}"

    @property
    def label(self) -> str:
        return {"docx": "Word", "xlsx": "Excel"}[self.value]

    @classmethod
    def of_path(cls, path: str | Path) -> ReportFormat:
        """The format a file name asks for; ValueError naming the known suffixes."""
        suffix = Path(path).suffix.casefold().lstrip(".")
        try:
            return cls(suffix)
        except ValueError:
            known = ", ".join(f.suffix for f in cls)
            raise ValueError(f"jenis berkas laporan tidak dikenal: {Path(path).name} "
                             f"(pilih {known})") from None


class ExportCancelled(Exception):
    """The user pressed Batal; the file being written was not replaced."""


def report_stem(dept_short: str, period: Period) -> str:
    """'Laporan Medsos Diskominfo 2025-11' (a custom range: '..._2025-11-03_2025-11-09')."""
    short = "".join(ch for ch in (dept_short or "Warta") if ch.isalnum()) or "Warta"
    return f"Laporan Medsos {short} {period.file_part}"


def report_targets(folder: Path, dept_short: str, period: Period,
                   formats: Iterable[ReportFormat]) -> list[tuple[ReportFormat, Path]]:
    """One file per format in `folder`, named by `report_stem`, in the order asked."""
    stem = report_stem(dept_short, period)
    return [(fmt, folder / f"{stem}{fmt.suffix}") for fmt in dict.fromkeys(formats)]
