"""Laporan use cases: import metrics from CSV, type metrics and follower counts, keep the
period's notes, build and export the report. The Laporan page and the CLI (`report`,
`import-metrics`) call these and nothing below them.

Writes go through the table owners: metrics and links through core/posts.py, follower
counts through core/followers.py, notes through core/report_notes.py, remembered CSV
columns through core/import_mappings.py.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from core import import_mappings, paths, posts, settings
from core.followers import FollowerEntry, follower_entries, save_follower_count
from core.metrics_import import (
    MIXED_SOURCE,
    SOURCES,
    CsvTable,
    Published,
    RowMatch,
    match_rows,
    parse_rows,
    published_from,
    read_csv_file,
)
from core.nota_dinas import NotaDinas, cover_target, nota_dinas_for
from core.period import Period
from core.report import ReportData, build_report
from core.report import departments as departments  # the page lists them through here
from core.report_analysis import draft_conclusion
from core.report_files import ExportCancelled, ReportFormat, report_targets
from core.report_notes import save_conclusion, save_issues
from core.report_page import (
    FONT_SIZES,
    FONTS,
    MARGIN_LIMITS,
    PageSetup,
    load_page_setup,
    page_error,
)
from core.store import Store

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

IMPORT_SOURCES = SOURCES

# ---- metrics CSV import -----------------------------------------------------------------


def read_metrics_csv(path: str | os.PathLike[str], *, progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> CsvTable:
    """Read an insights CSV (streamed, size-capped); CsvError says what is wrong with it."""
    return read_csv_file(path, progress=progress, cancelled=cancelled)


def import_mapping(store: Store, table: CsvTable, source: str = MIXED_SOURCE) -> dict[str, int]:
    """The columns to use: remembered for this source, completed with guesses."""
    return import_mappings.mapping_for(store, _source(source), table.headers)


@dataclass
class ImportPreview:
    """Every row of the file with the upload it fills or why it fills none."""

    table: CsvTable
    source: str
    mapping: dict[str, int]
    matches: list[RowMatch]

    @property
    def matched(self) -> list[RowMatch]:
        return [m for m in self.matches if m.target is not None]

    @property
    def unmatched(self) -> list[RowMatch]:
        return [m for m in self.matches if m.target is None]


def _source(source: str | None) -> str:
    source = source or MIXED_SOURCE
    if source not in IMPORT_SOURCES:
        raise ValueError(f"sumber tidak dikenal: {source!r} (pilih: {', '.join(IMPORT_SOURCES)})")
    return source


def import_candidates(store: Store) -> list[Published]:
    """The uploads a CSV row may fill (read once; matching itself needs no store)."""
    return published_from(posts.posts_with_variants(store))


def match_import(table: CsvTable, mapping: dict[str, int], source: str,
                 candidates: list[Published], *, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ImportPreview:
    """Parse and match without the store, so a long file can be matched on a worker."""
    source = _source(source)
    default = None if source == MIXED_SOURCE else source
    rows = parse_rows(table, mapping, default, progress=progress, cancelled=cancelled)
    return ImportPreview(table, source, dict(mapping), match_rows(rows, candidates))


def preview_metrics_import(store: Store, table: CsvTable, mapping: dict[str, int] | None = None,
                           source: str = MIXED_SOURCE) -> ImportPreview:
    """Parse and match without writing; `mapping` None uses `import_mapping`."""
    source = _source(source)
    if mapping is None:
        mapping = import_mapping(store, table, source)
    return match_import(table, mapping, source, import_candidates(store))


@dataclass
class ImportOutcome:
    """What an import wrote, and what to put back to undo it."""

    updated: int = 0
    previous: dict[int, dict[str, object]] = field(default_factory=dict)
    changes: dict[int, dict[str, object]] = field(default_factory=dict)


def _import_changes(matches: Iterable[RowMatch],
                    current: Mapping[int, Mapping[str, object]]) -> dict[int, dict[str, object]]:
    """Variant id -> values to write. A matched variant with no link yet gets the row's."""
    changes: dict[int, dict[str, object]] = {}
    for m in matches:
        if m.target is None or not m.row.metrics or m.target.variant_id not in current:
            continue
        values: dict[str, object] = dict(m.row.metrics)
        if m.row.url.strip() and not current[m.target.variant_id]["published_url"]:
            values["published_url"] = m.row.url.strip()
        changes[m.target.variant_id] = values
    return changes


def apply_metrics_import(store: Store, preview: ImportPreview, *,
                         remember_mapping: bool = True) -> ImportOutcome:
    """Write the matched rows' numbers in one transaction; empty cells leave values as they
    were. Remembers the column mapping for the source (as the dialog's choice)."""
    ids = [m.target.variant_id for m in preview.matches if m.target is not None]
    current = posts.variant_metrics(store, ids)
    changes = _import_changes(preview.matches, current)
    with store.transaction():
        if remember_mapping:
            import_mappings.save_mapping(store, preview.source, preview.mapping,
                                         preview.table.headers)
        posts.set_variant_metrics(store, changes)
    previous = {vid: {k: current[vid][k] for k in values} for vid, values in changes.items()}
    return ImportOutcome(len(changes), previous, changes)


def redo_metrics_import(store: Store, outcome: ImportOutcome) -> None:
    """Write an undone import again (the Laporan page's Redo)."""
    posts.set_variant_metrics(store, outcome.changes)


def undo_metrics_import(store: Store, outcome: ImportOutcome) -> None:
    """Put back the values an import replaced."""
    posts.set_variant_metrics(store, outcome.previous)


# ---- typed metrics, follower counts, notes ----------------------------------------------


def set_metrics(store: Store, changes: Sequence[tuple[int, str, object]]) -> None:
    """(variant id, column, value) from the Metrik grid, written together or not at all."""
    grouped: dict[int, dict[str, object]] = {}
    for variant_id, column, value in changes:
        grouped.setdefault(variant_id, {})[column] = value
    posts.set_variant_metrics(store, grouped)


@dataclass(frozen=True)
class FollowerChange:
    """A follower count typed for the start or the end of a period (None clears it)."""

    account_id: int
    platform: str
    at_end: bool
    followers: int | None


def set_follower_counts(store: Store, period: Period,
                        changes: Sequence[FollowerChange]) -> list[FollowerEntry]:
    """Record the counts (start: on the first day, end: on the last) and return the
    period's entries with their growth, so the caller shows what the report will say."""
    with store.transaction():
        for c in changes:
            day = period.end if c.at_end else period.start
            save_follower_count(store, c.account_id, c.platform, day, c.followers)
    return follower_entries(store, period.start, period.end)


def save_report_notes(store: Store, department: str, period: Period, text: str) -> str:
    """Keep the PIC's "Kendala dan Tindak Lanjut" for the period; returns the text kept."""
    save_issues(store, department, period.start, period.end, text)
    return text.strip()


def save_report_conclusion(store: Store, department: str, period: Period, text: str,
                           draft: str = "") -> str:
    """Keep the PIC's "Simpulan dan Saran". Text equal to the draft is kept as '' so the
    draft goes on following the data (a metric typed later changes it); returns the text
    the report will print."""
    kept = "" if text.strip() == draft.strip() else text.strip()
    save_conclusion(store, department, period.start, period.end, kept)
    return kept


def conclusion_draft(data: ReportData) -> str:
    """The Simpulan dan Saran written from the data by rules (core/report_analysis.py)."""
    return draft_conclusion(data)


# ---- page setup (Pengaturan > Laporan) ---------------------------------------------------


def page_setup(store: Store) -> PageSetup:
    """The Word report's saved page setup (Tata Naskah Dinas defaults until changed)."""
    return load_page_setup(store)


def save_page_setup(store: Store, page: PageSetup) -> PageSetup:
    """Validate and keep the page setup; ValueError says what is wrong (Indonesian)."""
    if (msg := page_error(page.paper)) is not None:
        raise ValueError(msg)
    if page.font not in FONTS:
        raise ValueError(f"huruf harus salah satu dari {', '.join(FONTS)}")
    margins = {"top": page.top_mm, "bottom": page.bottom_mm, "left": page.left_mm,
               "right": page.right_mm}
    for side, value in margins.items():
        low, high = MARGIN_LIMITS[side]
        if not low <= value <= high:
            raise ValueError(f"margin {MARGIN_NAMES[side]} harus {low}\u2013{high} mm")
    if page.font_size not in FONT_SIZES:
        raise ValueError("ukuran huruf isi harus 11 atau 12 pt")
    with store.transaction():
        settings.set(store, "report_paper", page.paper)
        for side, value in margins.items():
            settings.set(store, f"report_margin_{side}_mm", value)
        settings.set(store, "report_font", page.font)
        settings.set(store, "report_font_size", page.font_size)
    return load_page_setup(store)


MARGIN_NAMES = {"top": "atas", "bottom": "bawah", "left": "kiri", "right": "kanan"}


# ---- before an export: what the caller must confirm ----------------------------------------


class ExportConcern(StrEnum):
    EMPTY_PERIOD = "empty_period"
    NO_ISSUES = "no_issues"
    PLACEHOLDER_LOGO = "placeholder_logo"


@dataclass(frozen=True)
class ExportCheck:
    """Something the PIC confirms before a report is exported; `message` is Indonesian."""

    concern: ExportConcern
    message: str


def export_checks(data: ReportData) -> list[ExportCheck]:
    """What the report would say that the PIC should know first (the caller asks)."""
    checks = []
    if data.is_empty:
        checks.append(ExportCheck(ExportConcern.EMPTY_PERIOD,
                                  f"Tidak ada konten yang terbit pada periode {data.period}; "
                                  "laporan akan berisi angka nol."))
    if not data.issues.strip():
        checks.append(ExportCheck(ExportConcern.NO_ISSUES,
                                  "Kendala dan Tindak Lanjut untuk periode ini belum diisi; "
                                  "bab IV akan berbunyi \u201cTidak ada kendala yang "
                                  "dilaporkan untuk periode ini.\u201d"))
    if data.logo_placeholder:
        checks.append(ExportCheck(ExportConcern.PLACEHOLDER_LOGO,
                                  "Logo pada kop laporan masih logo contoh (\u201cGANTI "
                                  "LOGO\u201d). Ganti dengan logo resmi di Pengaturan > "
                                  "Merek."))
    return checks


# ---- the report ---------------------------------------------------------------------------


def report_data(store: Store, period: Period, *, department: str | None = None,
                issues: str | None = None, signed_on: dt.date | None = None,
                conclusion: str | None = None, paper: str | None = None) -> ReportData:
    """Everything the report says for the period (`issues`/`conclusion` None: the saved
    texts; `paper` None: the saved page setup's paper)."""
    return build_report(store, period.start, period.end, department=department,
                        issues=issues, signed_on=signed_on, conclusion=conclusion,
                        paper=paper)


def default_report_folder(store: Store) -> Path:
    """Pengaturan's export folder + "Laporan", else Documents/Warta/Laporan."""
    return paths.report_export_dir(settings.get(store, "export_folder"))


class ReportWriter(Protocol):
    """An exporter class (exporters/registry.py): built from the data, writes one file."""

    def __call__(self, data: ReportData) -> _Exports: ...


class _Exports(Protocol):
    def export(self, target: str | Path, *, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> Path: ...


def report_files(data: ReportData, folder: Path,
                 formats: Iterable[ReportFormat]) -> list[tuple[ReportFormat, Path]]:
    """The files an export of `data` writes: one per format, named by period and unit."""
    return report_targets(folder, data.profile.dept_short, data.span, formats)


def cover_file(data: ReportData, folder: Path) -> Path:
    """Where the Nota Dinas of `data` goes: beside the report, named after it."""
    return cover_target(folder, data.profile.dept_short, data.span)


def cover_letter(data: ReportData, *, number: str = "", nature: str = "Biasa",
                 copies: Sequence[str] = ()) -> NotaDinas:
    """The Nota Dinas fields for `data` (ValueError for an unknown Sifat)."""
    return nota_dinas_for(data, number=number, nature=nature, copies=tuple(copies))


class CoverWriter(Protocol):
    """exporters.docx_nota.NotaDinasDocx: built from the data and the fields."""

    def __call__(self, data: ReportData, nota: NotaDinas) -> _Exports: ...


def export_cover(data: ReportData, nota: NotaDinas, target: Path, writer: CoverWriter, *,
                 cancelled: Cancelled | None = None) -> Path:
    """Write the one-page Nota Dinas (creating the folder); returns the path written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return writer(data, nota).export(target, cancelled=cancelled)


@dataclass
class ExportResult:
    written: list[Path]
    cancelled: bool = False


def export_report(data: ReportData, targets: Sequence[tuple[ReportFormat, Path]],
                  writers: Mapping[ReportFormat, ReportWriter], *,
                  progress: Progress | None = None,
                  cancelled: Cancelled | None = None,
                  cover: tuple[NotaDinas, Path, CoverWriter] | None = None) -> ExportResult:
    """Write each target with the writer registered for its format, in turn, then the
    Nota Dinas `cover` (fields, target, writer) when asked for.

    Creates the folder; a failure raises the writer's error (WriteError: the message
    says what to do) and leaves the old file untouched. On cancel, files already
    finished stay and the result says so.
    """
    report = progress or (lambda *_: None)
    written: list[Path] = []
    for i, (fmt, target) in enumerate(targets):
        writer = writers.get(fmt)
        if writer is None:
            raise ValueError(f"tidak ada penulis untuk format {fmt.value}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(f"Folder {target.parent} tidak dapat dibuat "
                          f"({exc.strerror or exc}). Pilih folder lain.") from exc

        def step(done: int, total: int, text: str, _i: int = i) -> None:
            report(_i * 100 + int(100 * done / max(total, 1)), 100 * len(targets), text)

        try:
            written.append(writer(data).export(target, progress=step, cancelled=cancelled))
        except ExportCancelled:
            return ExportResult(written, cancelled=True)
    if cover is not None:
        nota, target, cover_writer = cover
        try:
            written.append(export_cover(data, nota, target, cover_writer, cancelled=cancelled))
        except ExportCancelled:
            return ExportResult(written, cancelled=True)
    return ExportResult(written)
