"""Pengaturan > Report: the Word report's page setup (paper, margins, body font).

Defaults follow the Tata Naskah Dinas (Permendagri 1/2023): A4, margins 20/20/30/20 mm,
Arial 12. F4 (215 x 330 mm) is offered because many offices print on it. Every change
is saved at once through core.actions.laporan.save_page_setup.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.actions import laporan as actions
from core.report_page import FONT_SIZES, FONTS, MARGIN_LIMITS, PAPERS, PageSetup
from core.store import Store


class ReportPageTab(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.paper = QComboBox()
        self.paper.setObjectName("report_paper")
        for key, (w, h) in PAPERS.items():
            self.paper.addItem(f"{key} ({w} \u00d7 {h} mm)", key)
        self.margins: dict[str, QSpinBox] = {}
        names = {"top": self.tr("Top"), "bottom": self.tr("Bottom"), "left": self.tr("Left"),
                 "right": self.tr("Right")}
        self.font = QComboBox()
        self.font.setObjectName("report_font")
        self.font.addItems(list(FONTS))
        self.size = QComboBox()
        self.size.setObjectName("report_font_size")
        for pt in FONT_SIZES:
            self.size.addItem(f"{pt} pt", pt)
        box = QGroupBox(self.tr("Word report page"))
        box.setMaximumWidth(560)
        form = QFormLayout(box)
        form.addRow(self.tr("Paper"), self.paper)
        for side, label in names.items():
            spin = QSpinBox()
            spin.setObjectName(f"report_margin_{side}")
            spin.setRange(*MARGIN_LIMITS[side])
            spin.setSuffix(" mm")
            self.margins[side] = spin
            form.addRow(self.tr("Margin %1").replace("%1", label.lower()), spin)
        form.addRow(self.tr("Body font"), self.font)
        form.addRow(self.tr("Body size"), self.size)
        defaults = QPushButton(self.tr("Tata Naskah Dinas defaults"))
        defaults.setObjectName("report_page_defaults")
        defaults.clicked.connect(lambda: self.show_setup(PageSetup(), save=True))
        hint = QLabel(self.tr("Page numbers start on page 2; the first page carries the "
                              "letterhead. Tables use 9 pt whatever the body size."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(defaults)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.show_setup(actions.page_setup(store))
        for combo in (self.paper, self.font, self.size):
            combo.currentIndexChanged.connect(self.save)
        for spin in self.margins.values():
            spin.valueChanged.connect(self.save)

    def show_setup(self, page: PageSetup, *, save: bool = False) -> None:
        widgets = [self.paper, self.font, self.size, *self.margins.values()]
        for w in widgets:
            w.blockSignals(True)
        self.paper.setCurrentIndex(max(0, self.paper.findData(page.paper)))
        self.font.setCurrentText(page.font)
        self.size.setCurrentIndex(max(0, self.size.findData(page.font_size)))
        for side, spin in self.margins.items():
            spin.setValue(getattr(page, f"{side}_mm"))
        for w in widgets:
            w.blockSignals(False)
        if save:
            self.save()

    def current(self) -> PageSetup:
        return PageSetup(paper=str(self.paper.currentData()),
                         top_mm=self.margins["top"].value(),
                         bottom_mm=self.margins["bottom"].value(),
                         left_mm=self.margins["left"].value(),
                         right_mm=self.margins["right"].value(),
                         font=self.font.currentText(), font_size=int(self.size.currentData()))

    def save(self) -> None:
        try:
            actions.save_page_setup(self.store, self.current())
        except ValueError as exc:
            self.message.emit(str(exc))
            return
        self.message.emit(self.tr("Report page setup saved."))
