"""Importing photos from the GUI (Media page, a post's photo strip): a file dialog, the
import on a worker with a progress bar and "Batal", then a clear report: how many came
in, which were already in the library, and every skipped file with its reason.
After an import the report's downscaled copies are made in the background."""

from __future__ import annotations

import atexit
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.actions import media as actions
from core.media_files import IMAGE_SUFFIXES, path_of, worker_store
from core.media_import import ImportReport
from core.media_thumbs import prewarm_report_copies
from core.store import Store
from gui import start_dirs, workers
from widgets.media_commands import media_events

FILE_FILTER_EXTS = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
_WARMERS: list[workers.Task] = []
_EXIT_HOOK: list = []


def choose_files(parent: QWidget | None) -> list[str]:
    """The file dialog for "Impor foto…" (several files at once)."""
    title = QCoreApplication.translate("MediaImport", "Import photos")
    label = QCoreApplication.translate("MediaImport", "Photos")
    files, _ = QFileDialog.getOpenFileNames(parent, title, start_dirs.pictures_dir(),
                                            f"{label} ({FILE_FILTER_EXTS})")
    return files


def _job(store_path_owner: Store, items: Sequence[str], attach_to: int | None, *,
         progress, cancelled) -> ImportReport:
    with worker_store(store_path_owner) as ws:
        return actions.import_photos(ws, items, attach_to=attach_to, progress=progress,
                                     cancelled=cancelled)


def import_with_progress(parent: QWidget, store: Store, items: Sequence[str | Path], *,
                         attach_to: int | None = None, quiet: bool = False
                         ) -> ImportReport | None:
    """Import files/folders behind a progress dialog; shows the report; returns it (None
    when the import itself failed)."""
    if not items:
        return None
    report, error = workers.run_with_progress(
        parent, QCoreApplication.translate("MediaImport", "Importing photos…"), _job, store,
        [str(i) for i in items], attach_to,
        cancel_text=QCoreApplication.translate("MediaImport", "Cancel"))
    if error is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("MediaImport", "Import failed"),
                            error)
        return None
    if report is None:  # cancelled before anything came back
        return None
    media_events().library_changed.emit()
    if attach_to is not None:
        media_events().post_photos_changed.emit(attach_to)
    if not quiet:
        show_report(parent, report)
    warm_report_copies([path_of(p) for p in report.imported])
    return report


def show_report(parent: QWidget, report: ImportReport) -> None:
    """A message only when something needs the user's eyes: skipped files (with their
    reasons). Duplicates alone go to the status bar via `report.summary()`."""
    if not report.failed:
        return
    lines = [f"• {f.reason}" for f in report.failed[:25]]
    if len(report.failed) > 25:
        more = QCoreApplication.translate("MediaImport", "… and %1 more.")
        lines.append(more.replace("%1", str(len(report.failed) - 25)))
    title = QCoreApplication.translate("MediaImport", "Some files were skipped")
    box = QMessageBox(QMessageBox.Icon.Warning, title, report.summary(),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("import_report")
    head = QCoreApplication.translate("MediaImport",
                                      "These files were not imported; the others were:")
    box.setInformativeText(head + "\n" + "\n".join(lines))
    box.exec()


def _stop_warmers() -> None:
    """At exit: stop warming (it is only a head start) and let running steps finish."""
    for task in list(_WARMERS):
        task.cancel()
    QThreadPool.globalInstance().waitForDone(3000)


def warm_report_copies(paths: Sequence[Path]) -> None:
    """Make the monthly report's photo copies in the background (no dialog)."""
    if not paths:
        return
    task = workers.Task(prewarm_report_copies, list(paths))
    if not _WARMERS and not _EXIT_HOOK:
        _EXIT_HOOK.append(atexit.register(_stop_warmers))
    _WARMERS.append(task)
    task.signals.finished.connect(lambda _=None, t=task: _WARMERS.remove(t))
    task.signals.failed.connect(lambda _=None, t=task: _WARMERS.remove(t))
    task.signals.cancelled.connect(lambda t=task: t in _WARMERS and _WARMERS.remove(t))
    workers.start(task)
