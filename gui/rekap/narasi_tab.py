"""The Rekap Kota page's "Narasi" tab: the month's campaigns with their amplification
across units (which units posted each, posts, reach, interactions, which did not), and
Diskominfo's actions on them: new, edit, export the Paket narasi, delete."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import paths
from core.actions import narasi as actions
from core.rekap.amplifikasi import Amplification
from core.rekap.narasi import OWN
from core.rekap.narasi_paket import packet_name
from core.store import Store
from gui.workers import run_with_progress


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _cell(text: str, sort_value: float | str = "", tip: str = "",
          right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(sort_value if sort_value != "" else text, Qt.ItemDataRole.UserRole)
    item.setEditable(False)
    if tip:
        item.setToolTip(tip)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _names(names: list[str], limit: int = 30) -> str:
    shown = "\n".join(f"• {n}" for n in names[:limit])
    return shown + (f"\n… (+{len(names) - limit})" if len(names) > limit else "")


class NarasiTab(QWidget):
    """Campaigns of the month shown; `changed` after a save or delete (the page reloads)."""

    changed = Signal(object)  # the saved campaign, or None
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.campaigns: list[Amplification] = []
        self.new_button = QPushButton(self.tr("New campaign…"))
        self.new_button.setObjectName("narasi_new")
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_campaign)
        self.export_button = QPushButton(self.tr("Export Paket Narasi…"))
        self.export_button.setObjectName("Primary")
        self.export_button.setToolTip(self.tr("Write the campaign as one .warta file for the "
                                              "PICs (with its approved photos)"))
        self.export_button.clicked.connect(self.export_campaign)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_campaign)
        self.hint = QLabel(self.tr("Campaigns running this month and those the units' packets "
                                   "name. Hover a cell for the units."))
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        for b in (self.delete_button, self.edit_button, self.new_button, self.export_button):
            buttons.addWidget(b)
        headers = (self.tr("Campaign"), self.tr("Period"), self.tr("Units"), self.tr("Posts"),
                   self.tr("Reach"), self.tr("Interactions"), self.tr("Not yet"))
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(list(headers))
        self.table = QTableView()
        self.table.setObjectName("narasi_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.model.setSortRole(Qt.ItemDataRole.UserRole)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_campaign())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.detail = QLabel()
        self.detail.setObjectName("narasi_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 8, 0, 0)
        col.addLayout(buttons)
        col.addWidget(self.table, 2)
        col.addWidget(self.detail, 1)
        self._update_buttons()

    def show_campaigns(self, campaigns: list[Amplification]) -> None:
        self.campaigns = list(campaigns)
        self.model.setRowCount(0)
        for amp in self.campaigns:
            self.model.appendRow(self._row(amp))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 320))
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 280))
        if self.campaigns:
            self.table.selectRow(0)
        self._update_buttons()

    def _row(self, a: Amplification) -> list[QStandardItem]:
        period = f"{a.start:%d-%m} – {a.end:%d-%m-%Y}" if a.start and a.end else "–"
        units_tip = "\n".join(f"• {u.name}: {u.posts} · {_number(u.reach)}" for u in a.units)
        silent = self.tr("Sent a packet without it:") + "\n" + _names(a.silent) \
            if a.silent else ""
        missing = self.tr("Not yet sent a packet: %1").replace("%1", str(len(a.missing))) \
            if a.missing else ""
        title = _cell(a.title, tip=a.campaign_id)
        title.setData(a, Qt.ItemDataRole.UserRole + 1)
        return [title, _cell(period, a.start.isoformat() if a.start else ""),
                _cell(", ".join(u.name for u in a.units) or "–", len(a.units), units_tip),
                _cell(_number(a.posts), a.posts, right=True),
                _cell(_number(a.reach), a.reach, right=True),
                _cell(_number(a.interactions), a.interactions, right=True),
                _cell(str(len(a.not_amplified)), len(a.not_amplified),
                      "\n\n".join(t for t in (silent, missing) if t), True)]

    def selected(self) -> Amplification | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole + 1)

    def _own(self):
        amp = self.selected()
        found = actions.narasi_by_uid(self.store, amp.campaign_id) if amp else None
        return found if found is not None and found.origin == OWN else None

    def _update_buttons(self) -> None:
        own = self._own() is not None
        for b in (self.edit_button, self.export_button, self.delete_button):
            b.setEnabled(own)
        self._show_detail(self.selected())

    def _show_detail(self, a: Amplification | None) -> None:
        """The selected campaign across units: who posted it (posts, reach,
        interactions), who sent a packet without it, how many have not sent one."""
        if a is None:
            self.detail.setText("")
            return
        esc = html.escape
        lines = [f"<b>{esc(a.title)}</b>"]
        if a.units:
            lines.append(self.tr("Amplified by:") + "<br>" + "<br>".join(
                "• " + esc(self.tr("%1 — %2 posts, reach %3, interactions %4")
                           .replace("%1", u.name).replace("%2", str(u.posts))
                           .replace("%3", _number(u.reach))
                           .replace("%4", _number(u.interactions))) for u in a.units))
        else:
            lines.append(esc(self.tr("No unit has amplified it yet.")))
        if a.silent:
            lines.append(esc(self.tr("Sent a packet without it:")) + " "
                         + esc(", ".join(a.silent)))
        if a.missing:
            lines.append(esc(self.tr("Not yet sent a packet: %1")
                             .replace("%1", str(len(a.missing)))))
        self.detail.setText("<br>".join(lines))

    # ---- actions ----------------------------------------------------------------------
    def new_campaign(self) -> None:
        self._edit(None)

    def edit_campaign(self) -> None:
        if (own := self._own()) is not None:
            self._edit(own)

    def _edit(self, narasi) -> None:
        from gui.rekap.narasi_dialog import NarasiDialog

        dialog = NarasiDialog(self.store, narasi, self)
        if dialog.exec() and dialog.saved is not None:
            self.message.emit(self.tr("Campaign saved: %1").replace("%1", dialog.saved.title))
            self.changed.emit(dialog.saved)
        dialog.deleteLater()

    def export_campaign(self) -> None:
        own = self._own()
        if own is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Paket Narasi"), str(paths.documents_dir() / packet_name(own)),
            self.tr("Warta packets (*.warta)"))
        if path:
            self.export_to(own.id, Path(path))

    def export_to(self, narasi_id: int, target: Path) -> Path | None:
        written, error = run_with_progress(self, self.tr("Writing Paket narasi…"),
                                           _export, self.store, narasi_id, target)
        if error:
            QMessageBox.warning(self, self.tr("Packet not written"), error)
        if written is None:
            return None
        self.message.emit(self.tr("Paket narasi saved: %1").replace("%1", written.name))
        return written

    def delete_campaign(self) -> None:
        own = self._own()
        if own is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete campaign?"),
            self.tr("Delete “%1”? Packets already sent stay valid; the units' posts keep "
                    "their link.").replace("%1", own.title))
        if answer == QMessageBox.StandardButton.Yes:
            actions.delete_narasi(self.store, own.id)
            self.changed.emit(None)


def _export(store: Store, narasi_id: int, target: Path, progress=None,
            cancelled=None) -> Path:
    """In the worker: the packet carries up to ten full-size photos."""
    return actions.export_narasi(store, narasi_id, target)
