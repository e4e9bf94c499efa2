""""Ekspor Paket Aturan…" on the Rekap Kota page: Diskominfo saves the city's glossary,
hashtag sets, accounts, brand kit and word lists as one .warta file for every PIC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core import paths
from core.actions import aturan
from core.store import Store
from gui.workers import run_with_progress


def export_rules_packet(parent: QWidget, store: Store, path: str | None = None) -> Path | None:
    """Ask where to save (unless `path` is given), write the packet, say where it went."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("AturanExport", "Export rules packet"),
            str(paths.documents_dir() / aturan.suggested_name(store)),
            QCoreApplication.translate("AturanExport", "Warta packets (*.warta)"))
    if not path:
        return None
    result, error = run_with_progress(
        parent, QCoreApplication.translate("AturanExport", "Writing the rules packet…"),
        _export, store, Path(path))
    if error:
        QMessageBox.warning(parent, QCoreApplication.translate("AturanExport",
                                                               "Rules packet not saved"), error)
    return result.path if result is not None else None


def _export(store: Store, path: Path, progress=None, cancelled=None) -> aturan.ExportResult:
    """In the worker: the packet zips the brand kit and its fonts, which takes a while."""
    return aturan.export_rules(store, path)
