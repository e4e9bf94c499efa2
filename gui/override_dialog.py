"""Asking why a post moves on to review (or later) while the checks still show errors.

The reason is stored (core.check_records.record_override) and appears in the monthly
report's checklist section. `OverrideDialog.ask(errors, status, parent)` returns
(reason, accepted); cancelling keeps the post's old status.
"""

from __future__ import annotations

from collections.abc import Sequence

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
from core.checks import Finding

MIN_REASON = 5


class OverrideDialog(QDialog):
    def __init__(self, errors: Sequence[Finding], status: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("override_dialog")
        self.setWindowTitle(self.tr("Errors still open"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "This post still has %1 error(s). To move it to \"%2\" anyway, write why. The "
            "reason is recorded with your name and the time, and appears in the monthly "
            "report.").replace("%1", str(len(errors))).replace("%2", status))
        intro.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setObjectName("override_errors")
        for f in errors:
            self.errors.addItem(f"• {f.message}")
        self.errors.setWordWrap(True)
        self.errors.setMaximumHeight(140)
        reason_label = QLabel(self.tr("Reason"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("override_reason")
        self.reason.setPlaceholderText(self.tr(
            "e.g. The date was confirmed by the organiser; the day name comes from their "
            "invitation."))
        self.reason.setMaximumHeight(110)
        reason_label.setBuddy(self.reason)
        self.hint = QLabel()
        self.hint.setObjectName("Muted")
        self.buttons = QDialogButtonBox()
        self.move_button = self.buttons.addButton(self.tr("Move on with this reason"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.setObjectName("Primary")
        self.cancel_button = self.buttons.addButton(self.tr("Cancel, fix it first"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addWidget(self.errors)
        col.addWidget(reason_label)
        col.addWidget(self.reason)
        col.addWidget(self.hint)
        col.addWidget(self.buttons)
        self._update()
        self.reason.setFocus()

    def reason_text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def _update(self) -> None:
        n = len(self.reason_text())
        ok = MIN_REASON <= n <= MAX_REASON
        self.move_button.setEnabled(ok)
        if n > MAX_REASON:
            self.hint.setText(self.tr("Too long: at most %1 characters.").replace(
                "%1", str(MAX_REASON)))
        elif not ok:
            self.hint.setText(self.tr("Write a short reason (at least %1 characters).")
                              .replace("%1", str(MIN_REASON)))
        else:
            self.hint.setText("")

    def accept(self) -> None:
        if self.move_button.isEnabled():
            super().accept()

    @classmethod
    def ask(cls, errors: Sequence[Finding], status: str,
            parent: QWidget | None = None) -> tuple[str, bool]:
        dialog = cls(errors, status, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason_text()
        dialog.deleteLater()
        return reason, accepted and bool(reason)
