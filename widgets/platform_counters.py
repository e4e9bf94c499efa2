"""Live character counters per platform: "used / limit", amber near the limit, red past it.

`PlatformCounters` shows one chip per platform (clicking one makes it the focus platform:
its feed cut is then marked in the caption); `CountLabel` is the one-line counter of a
single platform's variant. Both take core.captions.counting.Count values, so what they
show is exactly what the platforms count (X weighted, YouTube bytes, ...).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QSizePolicy, QToolButton, QWidget

from core.captions.counting import Count
from core.indonesian import format_number
from core.platforms import PLATFORMS, Unit
from widgets.flow_layout import FlowLayout

WARN_RATIO = 0.9  # from 90 % of the limit the counter turns amber

LEVEL_COLORS = {  # (background, text, border)
    "ok": ("#FFFFFF", "#1F2A27", "#D8DEDB"),
    "warn": ("#FFF4D6", "#7A5600", "#E9C46A"),
    "over": ("#FDE7E5", "#B3261E", "#E8A29C"),
}


def level(count: Count) -> str:
    """'ok', 'warn' (90 % or more of the limit) or 'over'."""
    if count.over or count.problems:
        return "over"
    if count.used >= WARN_RATIO * count.limit:
        return "warn"
    return "ok"


def short_numbers(count: Count) -> str:
    """'312/2.200' with Indonesian thousands separators."""
    return f"{format_number(count.used)}/{format_number(count.limit)}"


class CounterChip(QToolButton):
    """One platform's counter; checkable so it can pick the focus platform."""

    def __init__(self, platform_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform_id = platform_id
        self.setObjectName(f"counter_{platform_id}")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.level = "ok"
        self._apply("ok")

    def set_count(self, count: Count) -> None:
        self.level = level(count)
        self.setText(f"{PLATFORMS[count.platform].name}  {short_numbers(count)}")
        self.setToolTip(counter_tooltip(count))
        self._apply(self.level)

    def _apply(self, lvl: str) -> None:
        bg, fg, border = LEVEL_COLORS[lvl]
        self.setStyleSheet(
            f"QToolButton {{ background: {bg}; color: {fg}; border: 1px solid {border};"
            " border-radius: 11px; padding: 3px 12px; font-size: 9pt; }"
            " QToolButton:checked { border: 2px solid #0B6E4F; padding: 2px 11px; }"
            " QToolButton:hover { border-color: #0B6E4F; }"
        )


def counter_tooltip(count: Count) -> str:
    """What the number means, where the feed cuts, and what the platform refuses."""
    p = PLATFORMS[count.platform]
    units = {
        Unit.UTF16: QCoreApplication.translate(
            "PlatformCounters", "characters (most emoji count 2)"),
        Unit.X_WEIGHTED: QCoreApplication.translate(
            "PlatformCounters", "weighted characters (emoji 2, every link 23)"),
        Unit.THREADS: QCoreApplication.translate(
            "PlatformCounters", "characters (emoji count their bytes)"),
        Unit.UTF8: QCoreApplication.translate(
            "PlatformCounters", "bytes (UTF-8)"),
        Unit.CODEPOINTS: QCoreApplication.translate(
            "PlatformCounters", "characters"),
    }
    lines = [
        QCoreApplication.translate(
            "PlatformCounters", "%1: %2 of %3 %4")
        .replace("%1", p.name)
        .replace("%2", format_number(count.used))
        .replace("%3", format_number(count.limit))
        .replace("%4", units[count.unit])
    ]
    if count.over:
        lines.append(QCoreApplication.translate(
            "PlatformCounters", "Over the limit by %1.").replace(
            "%1", format_number(count.used - count.limit)))
    if count.truncation is not None and count.field == "caption":
        lines.append(QCoreApplication.translate("PlatformCounters",
                        "The feed shows about %1 characters, then \"… lainnya\".")
                     .replace("%1", str(p.feed_cut)))
    lines.extend(count.problems)
    return "\n".join(lines)


class PlatformCounters(QWidget):
    """A wrapping row of counter chips; `platform_selected(id)` when one is clicked."""

    platform_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("platform_counters")
        self._layout = FlowLayout(self, spacing=6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.chips: dict[str, CounterChip] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_counts(self, counts: Mapping[str, Count]) -> None:
        """Show these counts (in their order); chips of other platforms go away."""
        if list(counts) != list(self.chips):
            self._rebuild(list(counts))
        for pid, c in counts.items():
            self.chips[pid].set_count(c)

    def set_count(self, count: Count) -> None:
        """Update one platform's chip (no-op for a platform without one)."""
        chip = self.chips.get(count.platform)
        if chip is not None:
            chip.set_count(count)

    def _rebuild(self, platform_ids: list[str]) -> None:
        current = self.selected()
        for chip in self.chips.values():
            self._group.removeButton(chip)
        self._layout.clear()
        self.chips = {}
        for pid in platform_ids:
            chip = CounterChip(pid, self)
            chip.clicked.connect(lambda _=False, p=pid: self.platform_selected.emit(p))
            self._group.addButton(chip)
            self._layout.addWidget(chip)
            self.chips[pid] = chip
        if current in self.chips:
            self.chips[current].setChecked(True)
        self.updateGeometry()

    def select(self, platform_id: str | None) -> None:
        """Show `platform_id` as the focus platform (no signal)."""
        chip = self.chips.get(platform_id or "")
        if chip is not None:
            chip.setChecked(True)
        elif self._group.checkedButton() is not None:
            self._group.setExclusive(False)
            self._group.checkedButton().setChecked(False)
            self._group.setExclusive(True)

    def selected(self) -> str | None:
        chip = self._group.checkedButton()
        return chip.platform_id if isinstance(chip, CounterChip) else None

    def levels(self) -> dict[str, str]:
        """platform id -> 'ok' | 'warn' | 'over', as shown (for tests and summaries)."""
        return {pid: chip.level for pid, chip in self.chips.items()}


class CountLabel(QLabel):
    """One field's counter as a sentence: "312 / 2.200 karakter · beranda: 125 pertama"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("count_label")
        self.setWordWrap(True)
        self.level = "ok"

    def set_count(self, count: Count) -> None:
        self.level = level(count)
        text = short_numbers(count).replace("/", " / ")
        parts = [text]
        if count.over:
            parts.append(self.tr("%1 over the limit").replace(
                "%1", format_number(count.used - count.limit)))
        elif count.truncation is not None and count.field == "caption":
            parts.append(self.tr("feed shows the first ~%1").replace(
                "%1", str(PLATFORMS[count.platform].feed_cut)))
        parts.extend(count.problems)
        self.setText(" · ".join(parts))
        self.setToolTip(counter_tooltip(count))
        _, fg, _ = LEVEL_COLORS[self.level]
        color = "#5F6B67" if self.level == "ok" else fg
        weight = "600" if self.level != "ok" else "400"
        self.setStyleSheet(f"QLabel {{ color: {color}; font-weight: {weight}; }}")
