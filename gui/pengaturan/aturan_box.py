"""Pengaturan's Paket Aturan strip: which city packet is in force, and "Impor Paket
Aturan…" (a .warta file can also be dropped on the page). The flow asks, core decides:
read and diff first, ask about an older packet, show the diff, apply only on accept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from core import paths
from core.actions import aturan
from core.store import Store
from gui.pengaturan.aturan_dialog import AturanDiffDialog
from gui.workers import run_with_progress


class AturanBox(QWidget):
    message = Signal(str)
    applied = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.status = QLabel()
        self.status.setObjectName("aturan_status")
        self.import_button = QPushButton(self.tr("Import rules packet…"))
        self.import_button.setObjectName("aturan_import")
        self.import_button.setToolTip(self.tr("Import the city's rules packet from Diskominfo "
                                              "(glossary, hashtag sets, accounts, brand kit, "
                                              "word lists); you can also drop the .warta file "
                                              "on this page"))
        self.import_button.clicked.connect(self.choose_file)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.import_button)
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(aturan.status_text(self.store))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import rules packet"), str(paths.documents_dir()),
            self.tr("Warta packets (*.warta)"))
        if path:
            self.import_file(Path(path))

    def _refused(self, exc: Exception | str) -> None:
        QMessageBox.warning(self, self.tr("Rules packet refused"), str(exc))

    def import_file(self, path: Path) -> bool:
        """Show what the packet changes and apply it if the PIC accepts; True if applied.
        The packet is read and checked once; accepting applies that same reading."""
        preview, error = run_with_progress(self, self.tr("Reading the rules packet…"),
                                           _preview, self.store, path)
        if error:
            self._refused(error)
        if preview is None:
            return False
        if preview.older:
            answer = QMessageBox.question(
                self, self.tr("Older rules packet"),
                self.tr("%1. Use it anyway?").replace("%1", preview.older))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not preview.diff.empty and self.ask(preview) != QDialog.DialogCode.Accepted:
            return False
        try:
            result = aturan.accept_rules(self.store, preview, force=True)
        except (aturan.PacketError, OSError) as exc:
            self._refused(exc)
            return False
        self.refresh()
        self.applied.emit()
        self.message.emit(self.tr("Rules packet v%1 accepted.").replace("%1",
                                                                         str(result.version)))
        return True

    def ask(self, preview: aturan.ImportResult) -> int:
        """The diff dialog's answer (a seam for tests)."""
        return AturanDiffDialog(preview, self).exec()


def _preview(store: Store, path: Path, progress=None, cancelled=None) -> aturan.ImportResult:
    """In the worker: read and check the packet (its brand kit's fonts included), which
    is the slow part; applying it stays on the UI thread, after the PIC has seen it."""
    return aturan.preview_rules(store, path)
