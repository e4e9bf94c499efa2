"""Collaborators of a post, chosen from the accounts directory (Pengaturan > Akun).

Chosen accounts show as chips with a remove button; "+ Kolaborator" opens a menu of the
partner accounts. Instagram Collab takes at most `cap` partners (5): choosing one more is
refused with a message that says what to do, and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.captions.hashtags import mention
from core.model import Account
from core.platforms import PLATFORMS
from widgets.flow_layout import FlowLayout
from widgets.settings_link import open_settings, settings_path

CHIP_STYLE = (
    "QToolButton { background: #E3F1EB; color: #085A40; border: 1px solid #B9DCCB;"
    " border-radius: 12px; padding: 3px 8px 3px 10px; }"
    " QToolButton:hover { border-color: #B3261E; color: #B3261E; }"
)
ADD_STYLE = (
    "QToolButton { background: #FFFFFF; border: 1px dashed #9AA5A1; border-radius: 12px;"
    " padding: 3px 10px; color: #1F2A27; }"
    " QToolButton:hover { border-color: #0B6E4F; }"
    " QToolButton::menu-indicator { image: none; width: 0; }"
)


class CollaboratorPicker(QWidget):
    """Pick collaborator accounts; `changed(list[int])` with the chosen ids in order."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collaborator_picker")
        self._accounts: list[Account] = []
        self._selected: list[int] = []
        self._cap: int | None = None
        self._cap_platform = "instagram"
        self.chips_box = QWidget()
        self._flow = FlowLayout(self.chips_box, spacing=6)
        self.add_button = QToolButton()
        self.add_button.setObjectName("collaborator_add")
        self.add_button.setText(self.tr("+ Collaborator"))
        self.add_button.setStyleSheet(ADD_STYLE)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.add_button)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.add_button.setMenu(self.menu)
        self.message = QLabel()
        self.message.setObjectName("collaborator_message")
        self.message.setWordWrap(True)
        self.message.hide()
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        col.addWidget(self.chips_box)
        col.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._rebuild()

    # ---- data -------------------------------------------------------------------------
    def set_accounts(self, accounts: Iterable[Account]) -> None:
        self._accounts = list(accounts)
        self._rebuild()

    def set_selected(self, account_ids: Iterable[int]) -> None:
        """Show these collaborators (no signal)."""
        self._selected = list(account_ids)
        self.message.hide()
        self._rebuild()

    def selected(self) -> list[int]:
        return list(self._selected)

    def set_cap(self, cap: int | None, platform_id: str = "instagram") -> None:
        """At most `cap` collaborators with a handle on `platform_id` (None: no cap)."""
        self._cap, self._cap_platform = cap, platform_id
        self._show_cap_state()

    def candidates(self) -> list[Account]:
        """Accounts that can be chosen: partners first, then own accounts."""
        return sorted(self._accounts, key=lambda a: (a.is_own, a.name.casefold()))

    def add(self, account_id: int) -> bool:
        """Choose an account; False (with a message) when the Collab cap is reached."""
        if account_id in self._selected:
            return True
        account = self._account(account_id)
        if account is None:
            return False
        if self._cap is not None and self._counts_for_cap(account) and \
                self._capped_count(self._selected) >= self._cap:
            name = PLATFORMS[self._cap_platform].name
            self._say(self.tr(
                "%1 Collab allows at most %2 collaborators per post. Remove one before "
                "adding %3.").replace("%1", name).replace("%2", str(self._cap))
                .replace("%3", account.name), error=True)
            return False
        self._selected.append(account_id)
        self.message.hide()
        self._rebuild()
        self.changed.emit(self.selected())
        return True

    def remove(self, account_id: int) -> None:
        if account_id in self._selected:
            self._selected.remove(account_id)
            self.message.hide()
            self._rebuild()
            self.changed.emit(self.selected())

    # ---- internals --------------------------------------------------------------------
    def _account(self, account_id: int) -> Account | None:
        return next((a for a in self._accounts if a.id == account_id), None)

    def _counts_for_cap(self, account: Account) -> bool:
        return bool(mention(account.handles.get(self._cap_platform, "")))

    def _capped_count(self, ids: list[int]) -> int:
        return sum(1 for i in ids if (a := self._account(i)) and self._counts_for_cap(a))

    def _say(self, text: str, error: bool) -> None:
        color = "#B3261E" if error else "#5F6B67"
        self.message.setStyleSheet(f"QLabel {{ color: {color}; }}")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_cap_state(self) -> None:
        if self._cap is None:
            return
        used = self._capped_count(self._selected)
        if used > self._cap:
            name = PLATFORMS[self._cap_platform].name
            self._say(self.tr("%1 Collab allows at most %2 collaborators; remove %3.")
                      .replace("%1", name).replace("%2", str(self._cap))
                      .replace("%3", str(used - self._cap)), error=True)

    def _rebuild(self) -> None:
        self._flow.removeWidget(self.add_button)
        self._flow.clear()
        for account_id in self._selected:
            account = self._account(account_id)
            chip = QToolButton()
            chip.setObjectName(f"collaborator_{account_id}")
            label = account.name if account else self.tr("(deleted account)")
            chip.setText(f"{label}  ✕")
            chip.setStyleSheet(CHIP_STYLE)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip(self._handles_tooltip(account) if account else self.tr(
                "This account was deleted from Pengaturan > Akun. Click to remove it."))
            chip.clicked.connect(lambda _=False, i=account_id: self.remove(i))
            self._flow.addWidget(chip)
        self._flow.addWidget(self.add_button)
        self.add_button.show()
        self._show_cap_state()
        self.chips_box.updateGeometry()

    def _handles_tooltip(self, account: Account) -> str:
        lines = [account.name]
        for pid, p in PLATFORMS.items():
            handle = mention(account.handles.get(pid, ""))
            none = self.tr("(no account)")
            lines.append(f"{p.name}: {handle or none}")
        lines.append(self.tr("Click to remove."))
        return "\n".join(lines)

    def _fill_menu(self) -> None:
        self.menu.clear()
        accounts = self.candidates()
        if not accounts:
            action = self.menu.addAction(self.tr(
                "No accounts yet: add partners in %1…").replace("%1", settings_path("akun")))
            action.triggered.connect(lambda: open_settings("akun"))
            return
        own_started = False
        for account in accounts:
            if account.is_own and not own_started:
                self.menu.addSeparator()
                own_started = True
            action = self.menu.addAction(account.name)
            action.setCheckable(True)
            action.setChecked(account.id in self._selected)
            action.triggered.connect(lambda checked, i=account.id: self.add(i) if checked
                                     else self.remove(i))
