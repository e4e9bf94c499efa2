"""Exporting branded photos from the GUI: the batch runs on a worker behind a progress
bar with "Batal", rendering beside the session's warm pool of threads (made at the first
export, reused by every later one, shut down when the app quits; see core.render_pool);
the result says where the files are, lists photos that failed with the reason, and
opens the folder. What was written before a cancel is kept and recorded with the post."""

from __future__ import annotations

from concurrent.futures import Executor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from core.actions import media as actions
from core.media_export import ExportRequest, ExportResult, default_jobs
from core.media_files import worker_store
from core.post_branding import BrandChoice
from core.render_pool import RenderPool
from core.store import Store
from gui import workers

JOBS: int | None = None  # None: core.media_export.default_jobs(); tests use 1
open_url = QDesktopServices.openUrl  # tests replace this
_pool: list[RenderPool] = []  # the session's warm pool, once an export has made it


def render_pool() -> RenderPool:
    """The session's pool: `jobs` - 1 threads beside the export's own, made at the first
    export and shut down when the app quits."""
    if not _pool:
        _pool.append(RenderPool((JOBS or default_jobs()) - 1))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(shutdown_render_pool)
    return _pool[0]


def shutdown_render_pool() -> None:
    """At quit: stop the pool's threads (queued renders dropped, running ones finish)."""
    if _pool:
        _pool.pop().shutdown()


def _job(store: Store, request: ExportRequest, choice: BrandChoice | None, holder: dict,
         jobs: int, pool: Executor | None, *, progress, cancelled) -> ExportResult:
    with worker_store(store) as ws:
        result = actions.brand_photos(ws, request, choice=choice, allow_without_consent=True,
                                      jobs=jobs, progress=progress, cancelled=cancelled,
                                      pool=pool)
    holder["result"] = result  # kept even when the user cancels (run_with_progress drops it)
    return result


def export_with_progress(parent: QWidget, store: Store, request: ExportRequest,
                         choice: BrandChoice | None = None) -> ExportResult | None:
    """Run the export (the caller has already confirmed photos of minors); shows problems
    and the result. None when it could not start. `choice` is remembered for the post."""
    holder: dict = {}
    total = len(request.items) * len(request.formats)
    title = QCoreApplication.translate("BrandExport", "Exporting %1 images…").replace(
        "%1", str(total))
    jobs = JOBS or default_jobs()
    pool = render_pool().executor() if jobs > 1 else None  # made here, on the GUI thread
    _, error = workers.run_with_progress(
        parent, title, _job, store, request, choice, holder, jobs, pool,
        cancel_text=QCoreApplication.translate("BrandExport", "Cancel"))
    if error is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("BrandExport",
                                                               "Export not started"), error)
        return None
    result: ExportResult | None = holder.get("result")
    if result is not None:
        show_result(parent, result)
    return result


def show_result(parent: QWidget, result: ExportResult) -> None:
    """Where the files went, what failed and why; "Buka folder" opens it."""
    icon = QMessageBox.Icon.Warning if result.failed else QMessageBox.Icon.Information
    box = QMessageBox(icon, QCoreApplication.translate("BrandExport", "Export finished"),
                      result.summary(), parent=parent)
    box.setObjectName("export_result")
    details = [f"• {f.name}: {f.reason}" for f in result.failed[:20]]
    details += [f"• {w}" for w in result.warnings[:10]]
    if details:
        box.setInformativeText("\n".join(details))
    open_button = box.addButton(QCoreApplication.translate("BrandExport", "Open folder"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("BrandExport", "Close"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is open_button and result.written:
        open_folder(result.out_dir)


def open_folder(folder: Path) -> None:
    open_url(QUrl.fromLocalFile(str(folder)))
