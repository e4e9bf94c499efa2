"""Pengaturan > Aturan: switch check rules on/off, change their severity, edit the checklist.

Every change is written at once to the user's override files in data_dir()/rules/
(core/rule_overrides.py: atomic writes, then the rules reload), so the next check in the
Konten page uses it. Tone rules (Nada) are set per tone profile; the others apply to all.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import rule_overrides, settings
from core.checks import PROFILES, problems, rule_catalog
from core.checks.finding import CATEGORIES
from core.safe_write import WriteError
from core.store import Store
from widgets.reflow import ReflowSplitter

SEVERITIES = ("error", "warning", "info")
PROFILE_LABELS = {"formal": "Formal", "semi-formal": "Semi-formal", "santai": "Santai"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RulesTab(QWidget):
    """Rules table (left) and the manual checklist editor (right)."""

    message = Signal(str)
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("rules_tab")
        splitter = ReflowSplitter()  # stacked on a narrow window (1366x768 at 150 %)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._rules_card())
        splitter.addWidget(self._checklist_card())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.problems = QLabel()
        self.problems.setObjectName("FieldError")
        self.problems.setWordWrap(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 12, 12, 8)
        col.addWidget(splitter, 1)
        col.addWidget(self.problems)
        self.reload()

    # ---- layout -----------------------------------------------------------------------
    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("Card")
        col = QVBoxLayout(card)
        col.setContentsMargins(12, 10, 12, 10)
        label = QLabel(title)
        label.setStyleSheet("QLabel { font-weight: 600; }")
        col.addWidget(label)
        return card, col

    def _rules_card(self) -> QFrame:
        card, col = self._card(self.tr("Check rules"))
        self.profile = QComboBox()
        self.profile.setObjectName("rules_profile")
        for pid in PROFILES:
            self.profile.addItem(PROFILE_LABELS.get(pid, pid), pid)
        self.profile.currentIndexChanged.connect(self._fill_rules)
        profile_label = QLabel(self.tr("Tone profile"))
        profile_label.setBuddy(self.profile)
        self.reset_rules_button = QPushButton(self.tr("Back to Warta's rules"))
        self.reset_rules_button.setObjectName("rules_reset")
        self.reset_rules_button.clicked.connect(self.reset_rules)
        row = QHBoxLayout()
        row.addWidget(profile_label)
        row.addWidget(self.profile)
        row.addStretch(1)
        row.addWidget(self.reset_rules_button)
        hint = QLabel(self.tr(
            "Untick a rule to stop it; choose how serious its findings are. Tone rules "
            "(Nada) are set for the tone profile chosen here; the others for every profile. "
            "Errors ask for a reason before a post goes to review."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rules_table")
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Category"),
                                              self.tr("Severity")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.itemChanged.connect(self._rule_toggled)
        col.addLayout(row)
        col.addWidget(hint)
        col.addWidget(self.table, 1)
        return card

    def _checklist_card(self) -> QFrame:
        card, col = self._card(self.tr("Checklist before posting"))
        hint = QLabel(self.tr("What a person must confirm; ticked per post with name and "
                              "time. Untick an item to stop asking it."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("checklist_items")
        self.items.setWordWrap(True)
        self.items.itemChanged.connect(self._item_toggled)
        self.items.currentItemChanged.connect(self._item_selected)
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("checklist_label")
        self.label_edit.setPlaceholderText(self.tr("What must be confirmed"))
        self.label_edit.editingFinished.connect(self._save_item_text)
        self.help_edit = QLineEdit()
        self.help_edit.setObjectName("checklist_help")
        self.help_edit.setPlaceholderText(self.tr("Explanation shown as a tip (optional)"))
        self.help_edit.editingFinished.connect(self._save_item_text)
        self.when_label = QLabel()
        self.when_label.setObjectName("Muted")
        self.when_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setObjectName("checklist_add")
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("checklist_remove")
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.reset_items_button = QPushButton(self.tr("Back to Warta's list"))
        self.reset_items_button.setObjectName("checklist_reset")
        self.reset_items_button.clicked.connect(self.reset_checklist)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        text_label = QLabel(self.tr("Text"))
        text_label.setBuddy(self.label_edit)
        help_label = QLabel(self.tr("Tip"))
        help_label.setBuddy(self.help_edit)
        col.addWidget(hint)
        col.addWidget(self.items, 1)
        col.addWidget(text_label)
        col.addWidget(self.label_edit)
        col.addWidget(help_label)
        col.addWidget(self.help_edit)
        col.addWidget(self.when_label)
        col.addLayout(buttons)
        col.addWidget(self.reset_items_button, 0, Qt.AlignmentFlag.AlignRight)
        return card

    # ---- data -------------------------------------------------------------------------
    def reload(self) -> None:
        profile = settings.get(self.store, "tone_profile")
        with QSignalBlocker(self.profile):
            self.profile.setCurrentIndex(max(0, self.profile.findData(profile)))
        self._fill_rules()
        self._fill_items()
        found = problems()
        self.problems.setText("\n".join(found))
        self.problems.setVisible(bool(found))

    def current_profile(self) -> str:
        return str(self.profile.currentData())

    def _severity_label(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"),
                "info": self.tr("Info")}[severity]

    def _fill_rules(self) -> None:
        """Show every rule's state. After a toggle the rows are the same rules in the same
        order, so they are updated in place; widgets are only made when the list changes."""
        profile = self.current_profile()
        catalog = rule_catalog(profile)
        catalog.sort(key=lambda r: (CATEGORIES.index(r["category"])
                                    if r["category"] in CATEGORIES else 9, r["title"]))
        per_profile = rule_overrides.per_profile_rules(profile)
        same_rows = [self.table.item(row, 0).data(ID_ROLE) if self.table.item(row, 0) else None
                     for row in range(self.table.rowCount())] == [r["id"] for r in catalog]
        with QSignalBlocker(self.table):
            if not same_rows:
                self.table.setRowCount(len(catalog))
            for row, rule in enumerate(catalog):
                if not same_rows:
                    self._make_row(row, rule)
                self._show_rule(row, rule, rule["id"] in per_profile)
        self.reset_rules_button.setEnabled(rule_overrides.has_rule_changes())

    def _make_row(self, row: int, rule: dict) -> None:
        name = QTableWidgetItem(rule["title"])
        name.setData(ID_ROLE, rule["id"])
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, 0, name)
        category = QTableWidgetItem(rule["category"])
        category.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, 1, category)
        combo = QComboBox()
        combo.setObjectName(f"severity_{rule['id']}")
        for sev in SEVERITIES:
            combo.addItem(self._severity_label(sev), sev)
        combo.currentIndexChanged.connect(
            lambda _i, rid=rule["id"], c=combo: self._set(rid, severity=c.currentData()))
        self.table.setCellWidget(row, 2, combo)

    def _show_rule(self, row: int, rule: dict, per_profile: bool) -> None:
        name = self.table.item(row, 0)
        name.setCheckState(Qt.CheckState.Checked if rule["enabled"] else Qt.CheckState.Unchecked)
        name.setToolTip(rule["id"] + ("\n" + self.tr("Set for this tone profile")
                                      if per_profile else ""))
        combo = self.table.cellWidget(row, 2)
        with QSignalBlocker(combo):
            combo.setCurrentIndex(SEVERITIES.index(rule["severity"]))
        combo.setEnabled(rule["enabled"])

    def rule_row(self, rule_id: str) -> int:
        return next(r for r in range(self.table.rowCount())
                    if self.table.item(r, 0).data(ID_ROLE) == rule_id)

    def _rule_toggled(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._set(item.data(ID_ROLE), enabled=item.checkState() == Qt.CheckState.Checked)

    def _set(self, rule_id: str, *, enabled: bool | None = None,
             severity: str | None = None) -> None:
        try:
            rule_overrides.set_rule(rule_id, self.current_profile(), enabled=enabled,
                                    severity=severity)
        except (ValueError, WriteError) as exc:
            self.message.emit(str(exc))
        else:
            self.message.emit(self.tr("Rule saved; the next check uses it."))
            self.changed.emit()
        self._fill_rules()

    def reset_rules(self) -> None:
        try:
            rule_overrides.reset_rules()
        except (ValueError, WriteError) as exc:
            self.message.emit(str(exc))
            return
        self._fill_rules()
        self.changed.emit()
        self.message.emit(self.tr("Rules are back to Warta's own settings."))

    # ---- checklist --------------------------------------------------------------------
    def _fill_items(self, select: str | None = None) -> None:
        current = select or self.current_item_id()
        with QSignalBlocker(self.items):
            self.items.clear()
            for item in rule_overrides.editable_items():
                row = QListWidgetItem(item.label)
                row.setData(ID_ROLE, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if item.enabled
                                  else Qt.CheckState.Unchecked)
                row.setToolTip(item.help)
                self.items.addItem(row)
                if item.id == current:
                    self.items.setCurrentItem(row)
        if self.items.currentItem() is None and self.items.count():
            self.items.setCurrentRow(0)
        self._item_selected(self.items.currentItem(), None)

    def current_item_id(self) -> str | None:
        row = self.items.currentItem() if hasattr(self, "items") else None
        return row.data(ID_ROLE) if row is not None else None

    def _current(self) -> rule_overrides.EditableItem | None:
        item_id = self.current_item_id()
        return next((i for i in rule_overrides.editable_items() if i.id == item_id), None)

    def _when_text(self, when: dict) -> str:
        if not when:
            return self.tr("Asked for every post.")
        parts = []
        if "category" in when:
            values = when["category"] if isinstance(when["category"], list) else [when["category"]]
            parts.append(self.tr("category %1").replace("%1", ", ".join(map(str, values))))
        if when.get("photo_contains_minors"):
            parts.append(self.tr("photos with children"))
        if when.get("has_photos"):
            parts.append(self.tr("posts with photos"))
        if when.get("has_link"):
            parts.append(self.tr("posts with a link"))
        if "platforms" in when:
            values = when["platforms"] if isinstance(when["platforms"], list) \
                else [when["platforms"]]
            parts.append(self.tr("platforms %1").replace("%1", ", ".join(map(str, values))))
        return self.tr("Asked only for: %1.").replace("%1", "; ".join(parts))

    def _item_selected(self, current, _previous) -> None:
        item = self._current() if current is not None else None
        for w in (self.label_edit, self.help_edit, self.remove_button, self.up_button,
                  self.down_button):
            w.setEnabled(item is not None)
        with QSignalBlocker(self.label_edit), QSignalBlocker(self.help_edit):
            self.label_edit.setText(item.label if item else "")
            self.help_edit.setText(item.help if item else "")
        self.label_edit.setCursorPosition(0)
        self.help_edit.setCursorPosition(0)
        self.when_label.setText(self._when_text(item.when) if item else "")
        if item is not None:
            self.remove_button.setText(self.tr("Switch off") if item.shipped
                                       else self.tr("Remove"))

    def _guard(self, fn, *args, **kwargs) -> bool:
        try:
            fn(*args, **kwargs)
        except (ValueError, WriteError) as exc:
            self.message.emit(str(exc))
            return False
        self.changed.emit()
        return True

    def _item_toggled(self, row: QListWidgetItem) -> None:
        on = row.checkState() == Qt.CheckState.Checked
        if self._guard(rule_overrides.update_item, row.data(ID_ROLE), enabled=on):
            self.message.emit(self.tr("Checklist saved."))

    def _save_item_text(self) -> None:
        item = self._current()
        if item is None:
            return
        label, help_text = self.label_edit.text(), self.help_edit.text()
        if " ".join(label.split()) == item.label and " ".join(help_text.split()) == item.help:
            return
        if self._guard(rule_overrides.update_item, item.id, label=label, help=help_text):
            self.message.emit(self.tr("Checklist saved."))
        self._fill_items(item.id)

    def add_item(self) -> str | None:
        try:
            item_id = rule_overrides.add_item(self.tr("New item: write what must be checked"))
        except (ValueError, WriteError) as exc:
            self.message.emit(str(exc))
            return None
        self.changed.emit()
        self._fill_items(item_id)
        self.label_edit.setFocus()
        self.label_edit.selectAll()
        return item_id

    def remove_item(self) -> None:
        item = self._current()
        if item is not None and self._guard(rule_overrides.remove_item, item.id):
            self.message.emit(self.tr("Item switched off.") if item.shipped
                              else self.tr("Item removed."))
            self._fill_items()

    def move_item(self, step: int) -> None:
        item = self._current()
        if item is not None and self._guard(rule_overrides.move_item, item.id, step):
            self._fill_items(item.id)

    def reset_checklist(self) -> None:
        if self._guard(rule_overrides.reset_checklist):
            self._fill_items()
            self.message.emit(self.tr("The checklist is back to Warta's list."))
