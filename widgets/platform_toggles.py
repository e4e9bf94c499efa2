"""Target platforms of a post as toggle chips (Instagram, Facebook, X, TikTok, YouTube, Threads)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from core.model import PLATFORM_IDS
from core.platforms import PLATFORMS
from widgets.flow_layout import FlowLayout

CHIP_STYLE = (
    "QToolButton { background: #FFFFFF; color: #5F6B67; border: 1px solid #D8DEDB;"
    " border-radius: 13px; padding: 4px 12px; }"
    " QToolButton:hover { border-color: #0B6E4F; }"
    " QToolButton:checked { background: #E3F1EB; color: #085A40; border-color: #0B6E4F;"
    " font-weight: 600; }"
)


class PlatformToggles(QWidget):
    """One checkable chip per platform; `changed(list[str])` in table order."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("platform_toggles")
        layout = FlowLayout(self, spacing=6)
        self.buttons: dict[str, QToolButton] = {}
        for pid in PLATFORM_IDS:
            button = QToolButton()
            button.setObjectName(f"target_{pid}")
            button.setText(PLATFORMS[pid].name)
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(CHIP_STYLE)
            button.setToolTip(self.tr("Post this on %1 (a version and a preview are made for it)")
                              .replace("%1", PLATFORMS[pid].name))
            button.toggled.connect(self._toggled)
            layout.addWidget(button)
            self.buttons[pid] = button
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_platforms(self, platform_ids: Iterable[str]) -> None:
        """Check exactly these (no signal)."""
        wanted = set(platform_ids)
        for pid, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(pid in wanted)
            button.blockSignals(False)

    def platforms(self) -> list[str]:
        return [pid for pid, b in self.buttons.items() if b.isChecked()]

    def _toggled(self, _checked: bool) -> None:
        self.changed.emit(self.platforms())
