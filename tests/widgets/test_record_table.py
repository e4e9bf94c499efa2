"""The table editor Pengaturan's Akun and Tagar tabs share: buttons reach the tab's
handlers, Edit/Delete only with a row selected, one-step undo of a delete."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLineEdit

from widgets.record_table import RecordDialog, RecordTable


@dataclass
class Unit:
    id: int
    name: str


def test_buttons_call_the_handlers_and_follow_the_selection(qtbot):
    table = RecordTable("units_table", "units", ["Nama", "Singkatan"], "Tambah")
    qtbot.addWidget(table)
    calls: list[str] = []
    table.connect_actions(lambda: calls.append("add"), lambda: calls.append("edit"),
                          lambda: calls.append("delete"), lambda: calls.append("undo"))
    units = [Unit(1, "Dinas Kesehatan"), Unit(2, "Dinas Pendidikan")]
    table.set_records(units, [(u.name, u.name.split()[-1]) for u in units], select_id=2)
    assert table.selected() == units[1]
    assert table.table.item(1, 0).text() == "Dinas Pendidikan"
    assert table.edit_button.isEnabled() and table.delete_button.isEnabled()
    for button in (table.add_button, table.edit_button, table.delete_button):
        button.click()
    assert calls == ["add", "edit", "delete"]
    table.set_records([], [])
    assert table.selected() is None and not table.edit_button.isEnabled()


def test_undo_offer_is_kept_until_cleared(qtbot):
    table = RecordTable("units_table", "units", ["Nama"], "Tambah")
    qtbot.addWidget(table)
    gone = Unit(3, "Bappeda")
    table.offer_undo(gone, gone.name)
    assert table.deleted() is gone and "Bappeda" in table.undo_button.text()
    assert table.undo_button.isVisibleTo(table)
    table.clear_undo()
    assert table.deleted() is None and not table.undo_button.isVisibleTo(table)


class NameDialog(RecordDialog):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        form = QFormLayout()
        form.addRow("Nama", self.name)
        self.finish(form)

    def problem(self) -> str | None:
        return None if self.name.text().strip() else "Isi nama perangkat daerah."


def test_dialog_says_what_to_fix_instead_of_closing(qtbot):
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    assert not dialog.try_accept()
    assert dialog.error.text() == "Isi nama perangkat daerah."
    dialog.name.setText("Dinas Kesehatan")
    assert dialog.try_accept() and dialog.result() == NameDialog.DialogCode.Accepted
