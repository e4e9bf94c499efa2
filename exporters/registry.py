"""The one registry of report writers by format: the Laporan page and `warta report`
both pick from it (core.actions.laporan.export_report takes it as `writers`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from core.report_files import ReportFormat
from exporters.base import Exporter
from exporters.docx_report import DocxReport
from exporters.xlsx_report import XlsxReport

WRITERS: Mapping[ReportFormat, type[Exporter]] = MappingProxyType({
    cls.format: cls for cls in (DocxReport, XlsxReport) if cls.format is not None
})


def writer_for(target: str | Path | ReportFormat) -> type[Exporter]:
    """The exporter for a format or a file name; ValueError names the known suffixes."""
    fmt = target if isinstance(target, ReportFormat) else ReportFormat.of_path(target)
    return WRITERS[fmt]
