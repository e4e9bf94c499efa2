"""Bantuan > Panduan (F1): the offline, illustrated guide to the weekly job, in Indonesian.

The guide is an HTML file with its pictures in resources/panduan/, so it works without a
network and the city can update it without code.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from core.paths import resources_dir
from gui.screen_fit import fit_to_screen


def guide_file():
    return resources_dir() / "panduan" / "panduan.html"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("panduan")
        self.browser.setOpenExternalLinks(False)
        path = guide_file()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.browser, 1)
        col.addWidget(buttons)
        fit_to_screen(self, 820, 640)
