"""An honest page for a capability that is not built yet: says so, offers nothing fake."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("PageTitle")
        card = QFrame()
        card.setObjectName("Card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 28, 28, 28)
        badge = QLabel(self.tr("Not available yet"))
        badge.setObjectName("NotAvailable")
        badge.setStyleSheet("font-size: 13pt; font-weight: 600; color: #7A5600;")
        body = QLabel(what)
        body.setWordWrap(True)
        body.setObjectName("Muted")
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(badge)
        inner.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(card)
        layout.addStretch(1)
