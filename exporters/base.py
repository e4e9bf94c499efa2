"""The one base class every exporter derives from: build in memory, then save atomically.

A subclass implements `build()` (lay the ReportData out, reporting progress and
checking `cancelled`) and `save(path)`; `export()` does the rest the same way for all
formats: the file appears complete or not at all (core/safe_write.py), and a target open
in Word/Excel raises WriteError with a message that says to close it.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from core.report import ReportData
from core.report_files import ExportCancelled, ReportFormat
from core.safe_write import write_with

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

LANGUAGE = "id-ID"  # every file Warta writes says it is Indonesian
APPLICATION = "Warta"  # and that Warta made it (docProps/app.xml)

# Characters XML 1.0 forbids (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/F).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: object) -> str:
    """Text safe for DOCX/XLSX XML: illegal control characters removed, emoji kept."""
    return _XML_ILLEGAL.sub("", "" if value is None else str(value))


def app_xml(company: str) -> bytes:
    """docProps/app.xml naming Warta (shared with the xlsx writer)."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/docPropsVTypes"><Application>{APPLICATION}</Application>'
        f"<Company>{escape(company)}</Company><DocSecurity>0</DocSecurity>"
        "</Properties>").encode()


def shorten(text: str, limit: int) -> str:
    """Cut long text at a word boundary with an ellipsis (table cells, not the data)."""
    text = " ".join(clean_text(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,.;:") + "\u2026"


def is_web_link(url: str) -> bool:
    """Whether `url` can be a clickable link in a report (http/https, no spaces)."""
    return url.lower().startswith(("http://", "https://")) and " " not in url.strip()


class Exporter(ABC):
    """Turns one ReportData into one file."""

    format: ReportFormat | None = None  # exporters/registry.py serves each format once
    suffix = ""
    label = ""

    def __init_subclass__(cls, **kwargs: object) -> None:
        """suffix and label come from the format, so they cannot disagree with it."""
        super().__init_subclass__(**kwargs)
        if cls.format is not None:
            cls.suffix, cls.label = cls.format.suffix, cls.format.label

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self._progress: Progress = lambda *_: None
        self._cancelled: Cancelled = lambda: False

    def step(self, done: int, total: int, text: str) -> None:
        """Report progress and stop early when the user cancelled."""
        if self._cancelled():
            raise ExportCancelled()
        self._progress(done, total, text)

    def export(self, target: str | Path, *, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> Path:
        """Build the document and write it to `target` atomically; returns the path."""
        target = Path(target)
        if self.suffix and target.suffix.lower() != self.suffix:
            target = target.with_name(target.name + self.suffix)
        self._progress = progress or (lambda *_: None)
        self._cancelled = cancelled or (lambda: False)
        self.build()
        self.step(1, 1, f"Menyimpan {target.name}")
        write_with(target, self.save)
        return target

    @abstractmethod
    def build(self) -> None:
        """Lay the report out in memory."""

    @abstractmethod
    def save(self, path: Path) -> None:
        """Write the built document to `path` (a temp file next to the target)."""
