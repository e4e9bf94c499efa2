"""Pengaturan > Akun: the department's own accounts and its partners', a handle per platform.

The editor uses them for collaborators ("Bersama @...", Instagram Collab invites) and
for the name and handle shown in the previews (the own account). Deleting an account
can be undone from the same tab; posts that chose it keep its id, so undo restores the
link.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import accounts
from core.captions.hashtags import normalise_handle
from core.model import PLATFORM_IDS, Account
from core.platforms import PLATFORMS
from core.store import Store


class AccountDialog(QDialog):
    """Name, own/partner and a handle per platform; links pasted from a profile page work."""

    def __init__(self, account: Account, taken_names: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Account") if account.id is None else
                            self.tr("Edit account"))
        self.setMinimumWidth(440)
        self._account = account
        self._taken = {n.casefold() for n in taken_names}
        self.name = QLineEdit(account.name)
        self.name.setObjectName("account_name")
        self.name.setPlaceholderText(self.tr("e.g. Dinas Kesehatan Kota Cimahi"))
        self.own = QCheckBox(self.tr("This is our own department's account"))
        self.own.setObjectName("account_own")
        self.own.setChecked(account.is_own)
        self.handles: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.own)
        for pid in PLATFORM_IDS:
            edit = QLineEdit(account.handles.get(pid, ""))
            edit.setObjectName(f"account_handle_{pid}")
            edit.setPlaceholderText(self.tr("handle or profile link (empty: no account)"))
            form.addRow(PLATFORMS[pid].name, edit)
            self.handles[pid] = edit
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.error)
        col.addWidget(buttons)

    def account(self) -> Account:
        handles = {pid: normalise_handle(e.text()) for pid, e in self.handles.items()}
        return replace(self._account, name=self.name.text().strip(),
                       is_own=self.own.isChecked(),
                       handles={k: v for k, v in handles.items() if v})

    def problem(self) -> str | None:
        account = self.account()
        if not account.name:
            return self.tr("Fill in the account's name, e.g. Dinas Kesehatan Kota Cimahi.")
        if account.name.casefold() in self._taken:
            return self.tr("An account named \"%1\" already exists; edit that one instead.") \
                .replace("%1", account.name)
        if not account.handles:
            return self.tr("Fill in the handle on at least one platform.")
        return None

    def try_accept(self) -> bool:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return False
        self.accept()
        return True

    @classmethod
    def get_account(cls, account: Account, taken_names: set[str],
                    parent: QWidget | None = None) -> tuple[Account, bool]:
        dialog = cls(account, taken_names, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.account(), accepted


class AccountsTab(QWidget):
    """The accounts table with add / edit / delete (undoable)."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._deleted: Account | None = None
        intro = QLabel(self.tr(
            "Your department's accounts and your partners' accounts. Choosing a partner as "
            "collaborator in a post puts its handle on each platform (\"Bersama @...\") and "
            "in the Instagram Collab invites."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        headers = [self.tr("Name"), self.tr("Kind"), *[PLATFORMS[p].name for p in PLATFORM_IDS]]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("accounts_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add account"))
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("accounts_edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.setObjectName("accounts_undo")
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.add_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        col.addWidget(intro)
        col.addWidget(self.table, 1)
        col.addLayout(row)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._accounts = accounts.list_accounts(self.store)
        self.table.setRowCount(len(self._accounts))
        for r, acc in enumerate(self._accounts):
            kind = self.tr("Own") if acc.is_own else self.tr("Partner")
            cells = [acc.name, kind, *[acc.handles.get(p, "") for p in PLATFORM_IDS]]
            for c, text in enumerate(cells):
                shown = f"@{text}" if c >= 2 and text else text
                item = QTableWidgetItem(shown)
                item.setData(Qt.ItemDataRole.UserRole, acc.id)
                self.table.setItem(r, c, item)
            if acc.id == select_id:
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self._accounts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _names(self, except_id: int | None) -> set[str]:
        return {a.name for a in self._accounts if a.id != except_id}

    def add(self) -> Account | None:
        account, ok = AccountDialog.get_account(Account(), self._names(None), self)
        return self._save(account) if ok else None

    def edit_selected(self) -> Account | None:
        current = self.selected()
        if current is None:
            return None
        account, ok = AccountDialog.get_account(current, self._names(current.id), self)
        return self._save(account) if ok else None

    def _save(self, account: Account) -> Account:
        saved = accounts.save_account(self.store, account)
        self.reload(select_id=saved.id)
        self.changed.emit()
        self.message.emit(self.tr("Account \"%1\" saved.").replace("%1", saved.name))
        return saved

    def delete_selected(self) -> bool:
        current = self.selected()
        if current is None or current.id is None:
            return False
        used = accounts.posts_using(self.store, current.id)
        accounts.delete_account(self.store, current.id)
        self._deleted = current
        self.undo_button.setText(self.tr("Undo delete of \"%1\"").replace("%1", current.name))
        self.undo_button.show()
        self.reload()
        self.changed.emit()
        note = self.tr(" It was a collaborator in %1 posts; they no longer mention it.") \
            .replace("%1", str(used)) if used else ""
        self.message.emit(self.tr("Account \"%1\" deleted.").replace("%1", current.name) + note)
        return True

    def undo_delete(self) -> Account | None:
        if self._deleted is None:
            return None
        restored = accounts.restore_account(self.store, self._deleted)
        self._deleted = None
        self.undo_button.hide()
        self.reload(select_id=restored.id)
        self.changed.emit()
        self.message.emit(self.tr("Account \"%1\" is back.").replace("%1", restored.name))
        return restored
