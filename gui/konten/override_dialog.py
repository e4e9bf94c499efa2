"""Asking why a post moves on while the checks are not satisfied.

- `OverrideDialog.ask(errors, status, parent)`: open errors (from "Siap Ditinjau" on).
- `ChecklistGateDialog.ask(items, status, parent)`: unticked checklist items (from
  "Disetujui" on), the "Tetap lanjutkan" question.

Both return (reason, accepted); cancelling keeps the post's old status. The caller hands
the reason to core.actions.konten.change_status, which records it (who, when) for the
monthly report's compliance part.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.check_records import MAX_REASON
from core.checks import ChecklistItem, Finding

MIN_REASON = 5


class ReasonDialog(QDialog):
    """A list of what is not right yet, a reason box, and go on / cancel buttons.

    Its own strings use the "OverrideDialog" translation context they always had."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setObjectName("override_errors")
        self.errors.setWordWrap(True)
        self.errors.setMaximumHeight(140)
        reason_label = QLabel(QCoreApplication.translate("OverrideDialog", "Reason"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("override_reason")
        self.reason.setMaximumHeight(110)
        reason_label.setBuddy(self.reason)
        self.hint = QLabel()
        self.hint.setObjectName("Muted")
        self.buttons = QDialogButtonBox()
        self.move_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.setObjectName("Primary")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        col = QVBoxLayout(self)
        col.addWidget(self.intro)
        col.addWidget(self.errors)
        col.addWidget(reason_label)
        col.addWidget(self.reason)
        col.addWidget(self.hint)
        col.addWidget(self.buttons)
        self._update()
        self.reason.setFocus()

    def set_texts(self, title: str, intro: str, lines: Sequence[str], go_text: str,
                  cancel_text: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        for line in lines:
            self.errors.addItem(f"• {line}")
        self.move_button.setText(go_text)
        self.cancel_button.setText(cancel_text)

    def reason_text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def _update(self) -> None:
        n = len(self.reason_text())
        ok = MIN_REASON <= n <= MAX_REASON
        self.move_button.setEnabled(ok)
        if n > MAX_REASON:
            self.hint.setText(QCoreApplication.translate(
                "OverrideDialog", "Too long: at most %1 characters.").replace(
                "%1", str(MAX_REASON)))
        elif not ok:
            self.hint.setText(QCoreApplication.translate(
                "OverrideDialog", "Write a short reason (at least %1 characters).")
                .replace("%1", str(MIN_REASON)))
        else:
            self.hint.setText("")

    def accept(self) -> None:
        if self.move_button.isEnabled():
            super().accept()

    @classmethod
    def ask(cls, items: Sequence, status: str,
            parent: QWidget | None = None) -> tuple[str, bool]:
        """(reason, accepted); cancelling keeps the post's old status."""
        dialog = cls(items, status, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason_text()
        dialog.deleteLater()
        return reason, accepted and bool(reason)


class OverrideDialog(ReasonDialog):
    """Open errors: why move on anyway (recorded, shown in the report)."""

    def __init__(self, errors: Sequence[Finding], status: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_texts(
            self.tr("Errors still open"),
            self.tr("This post still has %1 error(s). To move it to \"%2\" anyway, write why. "
                    "The reason is recorded with your name and the time, and appears in the "
                    "monthly report.").replace("%1", str(len(errors))).replace("%2", status),
            [f.message for f in errors], self.tr("Move on with this reason"),
            self.tr("Cancel, fix it first"))
        self.setObjectName("override_dialog")
        self.reason.setPlaceholderText(self.tr(
            "e.g. The date was confirmed by the organiser; the day name comes from their "
            "invitation."))


class ChecklistGateDialog(ReasonDialog):
    """Unticked checklist items on the way to Disetujui or Terbit: "Tetap lanjutkan"?"""

    def __init__(self, items: Sequence[ChecklistItem], status: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_texts(
            self.tr("Checklist not complete"),
            self.tr("%1 checklist item(s) are not ticked yet. Tick them in the Check tab, or "
                    "to move the post to \"%2\" anyway, write why. The reason is recorded "
                    "with your name and the time, and appears in the monthly report.")
            .replace("%1", str(len(items))).replace("%2", status),
            [i.label for i in items], self.tr("Continue anyway"),
            self.tr("Cancel, tick them first"))
        self.setObjectName("checklist_gate_dialog")
        self.reason.setPlaceholderText(self.tr(
            "e.g. The head of department approved by phone; the written approval follows."))
