"""What a Paket Aturan changes, shown before the PIC accepts it: one branch per list
(glossary, hashtag sets, accounts, brand kit, rule lists) with its counts, and under it
the entries added, changed and removed, one readable line each."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.actions.aturan import ImportResult

MAX_SHOWN = 500  # per group: a tree of thousands of lines helps nobody


class AturanDiffDialog(QDialog):
    """Accept (Terima) or cancel; the caller applies the packet when accepted."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aturan_diff_dialog")
        self.setWindowTitle(self.tr("City rules packet"))
        self.resize(720, 520)
        header = QLabel(self.tr("Rules packet v%1 of %2 from %3. Your own entries stay; "
                                "check what changes, then accept.")
                        .replace("%1", str(result.version))
                        .replace("%2", result.date.isoformat())
                        .replace("%3", result.sender))
        header.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("aturan_diff_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self._fill(result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = buttons.addButton(self.tr("Accept changes"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("Primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _fill(self, result: ImportResult) -> None:
        groups = ((self.tr("Added (%1)"), "added"), (self.tr("Changed (%1)"), "changed"),
                  (self.tr("Removed (%1)"), "removed"))
        for part in result.diff.lists:
            top = QTreeWidgetItem(self.tree, [self.tr("%1: %2 added, %3 changed, %4 removed")
                                              .replace("%1", part.title)
                                              .replace("%2", str(len(part.added)))
                                              .replace("%3", str(len(part.changed)))
                                              .replace("%4", str(len(part.removed)))])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for label, attr in groups:
                changes = getattr(part, attr)
                if not changes:
                    continue
                group = QTreeWidgetItem(top, [label.replace("%1", str(len(changes)))])
                for change in changes[:MAX_SHOWN]:
                    QTreeWidgetItem(group, [change.text]).setToolTip(0, change.text)
                if len(changes) > MAX_SHOWN:
                    QTreeWidgetItem(group, [self.tr("… and %1 more")
                                            .replace("%1", str(len(changes) - MAX_SHOWN))])
                group.setExpanded(len(changes) <= 50)
            top.setExpanded(part.count > 0)
            if part.count == 0:  # nothing changes in this list: shown quietly
                top.setForeground(0, self.palette().placeholderText())
