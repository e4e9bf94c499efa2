"""Edit a caption template and keep it as the user's own copy (core.captions.templates).

The shipped templates stay untouched; saving writes a user copy with the same id that
wins from then on, and "Pakai bawaan" removes that copy again. The placeholders the
post fills are listed beside the text, with what each becomes.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.captions.templates import (
    PLACEHOLDERS,
    CaptionTemplate,
    load_templates,
    remove_user_template,
    save_user_template,
)
from core.model import Category
from gui.screen_fit import set_minimum_within_screen


def new_template_id(category: str, name: str, taken: set[str]) -> str:
    """'kegiatan-rapat-koordinasi' from the category and name, unique among `taken`."""
    slug = re.sub(r"[^a-z0-9]+", "-", f"{category} {name}".lower()).strip("-") or "templat"
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


class TemplateDialog(QDialog):
    """Choose a template of a category, change its name or text, save a user copy."""

    def __init__(self, category: str, template_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Caption templates"))
        set_minimum_within_screen(self, 640, 460)
        self.library = load_templates()
        self.saved: CaptionTemplate | None = None
        self.category = QComboBox()
        self.category.setObjectName("template_category")
        for cat in Category:
            self.category.addItem(cat.value, cat.value)
        self.choice = QComboBox()
        self.choice.setObjectName("template_choice")
        self.name = QLineEdit()
        self.name.setObjectName("template_name")
        self.body = QPlainTextEdit()
        self.body.setObjectName("template_body")
        self.state = QLabel()
        self.state.setObjectName("Muted")
        self.state.setWordWrap(True)
        self.fields = QListWidget()
        self.fields.setObjectName("template_fields")
        self.fields.setMaximumWidth(240)
        for key, meaning in PLACEHOLDERS.items():
            self.fields.addItem(f"{{{key}}}  {meaning}")
        self.fields.itemDoubleClicked.connect(self._insert_field)
        self.fields.setToolTip(self.tr("Double-click to insert at the cursor"))

        self.save_button = QPushButton(self.tr("Save my copy"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        self.save_new_button = QPushButton(self.tr("Save as new template"))
        self.save_new_button.setObjectName("template_save_new")
        self.save_new_button.clicked.connect(self.save_as_new)
        self.revert_button = QPushButton(self.tr("Use the shipped one"))
        self.revert_button.setObjectName("template_revert")
        self.revert_button.clicked.connect(self.revert)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Template"), self.choice)
        form.addRow(self.tr("Name"), self.name)
        hint = QLabel(self.tr("Fields filled from the post:"))
        hint.setObjectName("Muted")
        side = QVBoxLayout()
        side.addWidget(hint)
        side.addWidget(self.fields, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.body, 1)
        middle.addLayout(side)
        actions = QHBoxLayout()
        actions.addWidget(self.revert_button)
        actions.addStretch(1)
        actions.addWidget(self.save_new_button)
        actions.addWidget(self.save_button)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addLayout(middle, 1)
        col.addWidget(self.state)
        col.addLayout(actions)
        col.addWidget(buttons)

        self.category.currentIndexChanged.connect(self._fill_choices)
        self.choice.currentIndexChanged.connect(self._show_choice)
        self.category.setCurrentIndex(max(0, self.category.findData(str(category))))
        self._fill_choices()
        if template_id:
            self.choice.setCurrentIndex(max(0, self.choice.findData(template_id)))

    # ---- display ----------------------------------------------------------------------
    def _fill_choices(self) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        for t in self.library.for_category(self.category.currentData()):
            label = t.name + (self.tr(" (my copy)") if t.user else "")
            self.choice.addItem(label, t.id)
        self.choice.blockSignals(False)
        self._show_choice()

    def current(self) -> CaptionTemplate | None:
        return self.library.get(self.choice.currentData() or "")

    def _show_choice(self) -> None:
        t = self.current()
        self.name.setText(t.name if t else "")
        self.body.setPlainText(t.body if t else "")
        self.revert_button.setEnabled(bool(t and t.user))
        self.save_button.setEnabled(t is not None)
        if t is None:
            self.state.setText(self.tr("No template in this category yet: write one and "
                                       "press \"Save as new template\"."))
        elif t.user:
            self.state.setText(self.tr("This is your copy. \"Use the shipped one\" removes it."))
        else:
            self.state.setText(self.tr("Shipped template. Saving keeps your copy; the "
                                       "shipped one stays available."))
        if self.library.problems:
            self.state.setText(self.state.text() + "\n" + "\n".join(self.library.problems))

    def _insert_field(self, item) -> None:
        self.body.insertPlainText(item.text().split()[0])
        self.body.setFocus()

    # ---- saving -----------------------------------------------------------------------
    def _edited(self, template_id: str) -> CaptionTemplate:
        return CaptionTemplate(template_id, self.category.currentData(),
                               self.name.text().strip() or self.tr("Untitled template"),
                               self.body.toPlainText(), user=True)

    def _write(self, template: CaptionTemplate) -> bool:
        if not template.body.strip():
            self.state.setText(self.tr("The template text is empty; write the caption "
                                       "skeleton first."))
            return False
        try:
            save_user_template(template)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Template not saved"), str(exc))
            return False
        self.saved = template
        self.library = load_templates()
        self._fill_choices()
        self.choice.setCurrentIndex(max(0, self.choice.findData(template.id)))
        self.state.setText(self.tr("Saved. \"Use template\" in the editor now uses this text."))
        return True

    def save(self) -> bool:
        """Save the shown template as the user's copy (same id)."""
        t = self.current()
        if t is None:
            return self.save_as_new()
        return self._write(self._edited(t.id))

    def save_as_new(self) -> bool:
        taken = {t.id for t in self.library.templates}
        return self._write(self._edited(new_template_id(
            self.category.currentData(), self.name.text() or "templat", taken)))

    def revert(self) -> bool:
        t = self.current()
        if t is None or not t.user:
            return False
        try:
            remove_user_template(t.id)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Template not changed"), str(exc))
            return False
        self.library = load_templates()
        self._fill_choices()
        self.choice.setCurrentIndex(max(0, self.choice.findData(t.id)))
        return True

    @classmethod
    def edit(cls, category: str, template_id: str | None = None,
             parent: QWidget | None = None) -> tuple[CaptionTemplate | None, bool]:
        """Open the dialog; returns (the last saved template, whether anything was saved)."""
        dialog = cls(category, template_id, parent)
        dialog.exec()
        return dialog.saved, dialog.saved is not None
