"""Writing a Rencana Konten: one function the Kalender page and `kalender` both call."""

from __future__ import annotations

from pathlib import Path

from core.kalender.rencana import RencanaData
from exporters.base import Cancelled, Progress
from exporters.rencana_docx import RencanaDocx
from exporters.rencana_xlsx import RencanaXlsx


def export_rencana(data: RencanaData, *, docx: Path | None = None, xlsx: Path | None = None,
                   progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> list[Path]:
    """Write Word and/or Excel; returns the files written (suffix added when missing)."""
    written = []
    for target, exporter in ((docx, RencanaDocx), (xlsx, RencanaXlsx)):
        if target is not None:
            written.append(exporter(data).export(target, progress=progress,
                                                 cancelled=cancelled))
    return written
