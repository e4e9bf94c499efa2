""""Ekspor Paket Aturan…" on the Rekap Kota page: Diskominfo saves the city's glossary,
hashtag sets, accounts, brand kit and word lists as one .warta file for every PIC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core import paths
from core.actions import aturan
from core.store import Store


def export_rules_packet(parent: QWidget, store: Store, path: str | None = None) -> Path | None:
    """Ask where to save (unless `path` is given), write the packet, say where it went."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("AturanExport", "Export rules packet"),
            str(paths.documents_dir() / aturan.suggested_name(store)),
            QCoreApplication.translate("AturanExport", "Warta packets (*.warta)"))
    if not path:
        return None
    try:
        result = aturan.export_rules(store, Path(path))
    except (aturan.PacketError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("AturanExport",
                                                               "Rules packet not saved"), str(exc))
        return None
    return result.path
