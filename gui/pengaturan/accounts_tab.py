"""Pengaturan > Akun: the department's own accounts and its partners', a handle per platform.

The editor uses them for collaborators ("Bersama @...", Instagram Collab invites) and
for the name and handle shown in the previews (the own account). Deleting an account
can be undone from the same tab; posts that chose it keep its id, so undo restores the
link.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core import accounts
from core.captions.hashtags import normalise_handle
from core.model import PLATFORM_IDS, Account
from core.platforms import PLATFORMS
from core.store import Store
from widgets.record_table import RecordDialog, RecordTable


class AccountDialog(RecordDialog):
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
        self.finish(form)

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
        intro = QLabel(self.tr(
            "Your department's accounts and your partners' accounts. Choosing a partner as "
            "collaborator in a post puts its handle on each platform (\"Bersama @...\") and "
            "in the Instagram Collab invites."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        headers = [self.tr("Name"), self.tr("Kind"), *[PLATFORMS[p].name for p in PLATFORM_IDS]]
        self.records = RecordTable("accounts_table", "accounts", headers,
                                   self.tr("Add account"))
        self.records.connect_actions(self.add, self.edit_selected, self.delete_selected,
                                     self.undo_delete)
        self.table, self.undo_button = self.records.table, self.records.undo_button
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        col.addWidget(intro)
        col.addWidget(self.records, 1)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._accounts = accounts.list_accounts(self.store)
        rows = []
        for acc in self._accounts:
            kind = self.tr("Own") if acc.is_own else self.tr("Partner")
            handles = [acc.handles.get(p, "") for p in PLATFORM_IDS]
            rows.append([acc.name, kind, *[f"@{h}" if h else "" for h in handles]])
        self.records.set_records(self._accounts, rows, select_id)

    def selected(self) -> Account | None:
        return self.records.selected()

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
        self.records.offer_undo(current, current.name)
        self.reload()
        self.changed.emit()
        note = self.tr(" It was a collaborator in %1 posts; they no longer mention it.") \
            .replace("%1", str(used)) if used else ""
        self.message.emit(self.tr("Account \"%1\" deleted.").replace("%1", current.name) + note)
        return True

    def undo_delete(self) -> Account | None:
        deleted = self.records.deleted()
        if deleted is None:
            return None
        restored = accounts.restore_account(self.store, deleted)
        self.records.clear_undo()
        self.reload(select_id=restored.id)
        self.changed.emit()
        self.message.emit(self.tr("Account \"%1\" is back.").replace("%1", restored.name))
        return restored
