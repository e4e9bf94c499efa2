"""First start: ask who is using Warta before anything else."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.model import Profile
from gui.screen_fit import fit_to_screen
from widgets.profile_form import ProfileForm


class ProfileDialog(QDialog):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Warta"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome! Who is using Warta?"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr(
            "These details appear in captions, on branded photos and in the monthly report's "
            "signature block. You can change them later in Pengaturan."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        self.form = ProfileForm()
        self.form.set_profile(profile)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save and start"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("Primary")
        buttons.accepted.connect(self.accept)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 660)

    def accept(self) -> None:
        if not self.form.validate():
            super().accept()

    @classmethod
    def get_profile(cls, profile: Profile, parent: QWidget | None = None) -> tuple[Profile, bool]:
        """Show modally; returns (profile, accepted) so tests can drive it without a loop."""
        dialog = cls(profile, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.form.profile(), accepted
