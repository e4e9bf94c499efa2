"""Paket narasi on the Konten page: import a campaign from Diskominfo as a pre-filled post
("Impor Paket Narasi…" or dropping the .warta file on the page), and the editor's small
"Narasi: <judul>" label whose tooltip holds the key messages and the do's and don'ts."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from core import paths
from core.model import Post
from core.store import Store
from gui.workers import run_with_progress

if TYPE_CHECKING:
    from core.actions.narasi import NarasiImport
    from core.rekap.narasi_paket import NarasiPacket


def narasi_actions():
    """core.actions.narasi, imported when a campaign is shown or imported: its packet
    reader is not needed to open the Konten page (~8 ms of its start)."""
    from core.actions import narasi

    return narasi


def _list(title: str, items: list[str]) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return f"<b>{html.escape(title)}</b><ul style='margin:0'>{rows}</ul>"


class CampaignLabel(QLabel):
    """Hidden unless the shown post was made from a campaign."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("campaign_label")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("QLabel#campaign_label { color: #1D4E89; font-weight: 600; }")
        self.hide()

    def set_post(self, post: Post | None) -> None:
        if post is None or not post.campaign_id:
            self.hide()
            return
        self.setText(self.tr("Narasi: %1").replace("%1", post.campaign_title))
        narasi = narasi_actions().campaign_of(self.store, post)
        parts = [f"<b>{html.escape(post.campaign_title)}</b>"]
        if narasi is not None:
            if narasi.start and narasi.end:
                parts.append(f"{narasi.start:%d-%m-%Y} – {narasi.end:%d-%m-%Y}")
            parts += [_list(self.tr("Key messages"), narasi.key_messages),
                      _list(self.tr("Do's"), narasi.dos), _list(self.tr("Don'ts"), narasi.donts)]
        self.setToolTip("<br>".join(p for p in parts if p))
        self.show()


class NarasiImporter(QObject):
    """The Konten page's "Impor Paket Narasi…": choose or drop, ask, report."""

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.widget = parent

    def choose(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, self.tr("Import Paket Narasi"), str(paths.documents_dir()),
            self.tr("Warta packets (*.warta)"))
        return Path(path) if path else None

    def import_packet(self, path: Path) -> NarasiImport | None:
        """Import one packet, asking before a second post from the same campaign; what
        made the new post, or None (refused or not wanted; a refusal is shown with its
        reason)."""
        result = self._run(path, again=False)
        if result is not None and result.outcome == narasi_actions().NEEDS_CONFIRM:
            answer = QMessageBox.question(
                self.widget, self.tr("Campaign already imported"),
                self.tr("“%1” is already a post here. Make another post from it?")
                .replace("%1", result.narasi.title))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            result = self._run(path, again=True, packet=result.packet)
        if result is None:
            return None
        if result.outcome == narasi_actions().REFUSED:
            QMessageBox.warning(self.widget, self.tr("Paket narasi refused"),
                                f"{path.name}: {result.message}")
            return None
        return result

    def _run(self, path: Path, *, again: bool,
             packet: NarasiPacket | None = None) -> NarasiImport | None:
        """The import in the worker pool (photos are copied and thumbnailed)."""
        result, error = run_with_progress(self.widget, self.tr("Importing Paket Narasi…"),
                                          _import, self.store, path, again, packet)
        if error:
            QMessageBox.warning(self.widget, self.tr("Paket narasi refused"),
                                f"{path.name}: {error}")
        return result


def _import(store: Store, path: Path, again: bool, packet: NarasiPacket | None,
            progress=None, cancelled=None):
    """In the worker: one import, all or nothing (not cancellable halfway)."""
    return narasi_actions().import_narasi(store, path, again=again, packet=packet)
