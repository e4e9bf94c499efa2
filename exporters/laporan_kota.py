"""Writing the city report (Laporan Rekapitulasi Kota): one function the Rekap Kota page
and `rekap laporan` both call."""

from __future__ import annotations

from pathlib import Path

from core.rekap.laporan_kota import CityReportData
from exporters.base import Cancelled, Progress
from exporters.laporan_kota_docx import CityReportDocx
from exporters.laporan_kota_xlsx import CityReportXlsx


def export_city_report(data: CityReportData, *, docx: Path | None = None,
                       xlsx: Path | None = None, progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> list[Path]:
    """Write Word and/or Excel; returns the files written (suffix added when missing)."""
    written = []
    for target, exporter in ((docx, CityReportDocx), (xlsx, CityReportXlsx)):
        if target is not None:
            written.append(exporter(data).export(target, progress=progress,
                                                 cancelled=cancelled))
    return written
