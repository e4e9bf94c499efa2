"""Pengaturan > Aturan: rule switches and severities, and the editable checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core import rule_overrides
from core.checks import check_text, checklist_items, rule_catalog
from gui.pengaturan.rules_tab import RulesTab


def _rule(rule_id: str, profile: str = "formal") -> dict:
    return next(r for r in rule_catalog(profile) if r["id"] == rule_id)


def test_untick_and_severity_write_the_override(qapp_id, qtbot, store) -> None:
    tab = RulesTab(store)
    qtbot.addWidget(tab)
    row = tab.rule_row("nada.di_ke")
    tab.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert _rule("nada.di_ke")["enabled"] is False
    assert not any(f.rule_id == "nada.di_ke" for f in check_text("Warga datang disini."))
    combo = tab.table.cellWidget(tab.rule_row("akurasi.ejaan_baku"), 2)
    combo.setCurrentIndex(combo.findData("error"))
    assert _rule("akurasi.ejaan_baku")["severity"] == "error"
    assert tab.reset_rules_button.isEnabled()
    tab.reset_rules()
    assert _rule("nada.di_ke")["enabled"] is True
    assert tab.table.item(tab.rule_row("nada.di_ke"), 0).checkState() == Qt.CheckState.Checked


def test_a_change_updates_the_rows_in_place(qapp_id, qtbot, store) -> None:
    """Toggling a rule refreshes every row's state without rebuilding the table's widgets
    (which took ~60 ms a click and replaced the combo box whose signal was running)."""
    tab = RulesTab(store)
    qtbot.addWidget(tab)
    row = tab.rule_row("nada.di_ke")
    combo = tab.table.cellWidget(row, 2)
    tab.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert tab.table.cellWidget(row, 2) is combo and not combo.isEnabled()
    severity = tab.table.cellWidget(tab.rule_row("akurasi.ejaan_baku"), 2)
    severity.setCurrentIndex(severity.findData("info"))
    assert tab.table.cellWidget(tab.rule_row("akurasi.ejaan_baku"), 2) is severity
    assert severity.currentData() == "info" == _rule("akurasi.ejaan_baku")["severity"]
    tab.reset_rules()
    assert combo.isEnabled() and severity.currentData() == _rule("akurasi.ejaan_baku")["severity"]
    assert tab.table.item(row, 0).checkState() == Qt.CheckState.Checked


def test_tone_profile_rules_are_marked_in_the_tooltip(qapp_id, qtbot, store) -> None:
    tab = RulesTab(store)
    qtbot.addWidget(tab)
    tab.profile.setCurrentIndex(tab.profile.findData("santai"))
    marked = rule_overrides.per_profile_rules("santai")
    assert "nada.tidak_baku" in marked
    for rid in ("nada.tidak_baku", "akurasi.ejaan"):
        tooltip = tab.table.item(tab.rule_row(rid), 0).toolTip()
        assert (rid in marked) == ("\n" in tooltip), rid


def test_tone_rule_changes_only_the_profile_shown(qapp_id, qtbot, store) -> None:
    tab = RulesTab(store)
    qtbot.addWidget(tab)
    tab.profile.setCurrentIndex(tab.profile.findData("semi-formal"))
    combo = tab.table.cellWidget(tab.rule_row("nada.seru"), 2)
    combo.setCurrentIndex(combo.findData("error"))
    assert _rule("nada.seru", "semi-formal")["severity"] == "error"
    assert _rule("nada.seru", "formal")["severity"] == "warning"


def test_checklist_items_are_edited_added_and_switched_off(qapp_id, qtbot, store) -> None:
    tab = RulesTab(store)
    qtbot.addWidget(tab)
    new_id = tab.add_item()
    assert new_id in {i.id for i in checklist_items()}
    tab.label_edit.setText("Nama narasumber ditulis lengkap dengan jabatannya")
    tab.label_edit.editingFinished.emit()
    assert next(i for i in checklist_items() if i.id == new_id).label.startswith("Nama nara")
    tab.remove_item()
    assert new_id not in {i.id for i in rule_overrides.editable_items()}

    tab.items.setCurrentRow(0)
    first = tab.current_item_id()
    tab.items.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert first not in {i.id for i in checklist_items()}
    tab.reset_checklist()
    assert first in {i.id for i in checklist_items()}
