"""First start, after the profile: the report's letterhead still shows the kit's sample
logo ("GANTI LOGO"), so ask for the city's official logo file once. "Later" is fine:
the report export and `doctor` keep reminding."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.branding.catalog import replace_logo
from core.branding.errors import KitError, LogoError
from core.report_sources import placeholder_logo_slot
from core.store import Store

LOGO_FILTER = "*.png *.jpg *.jpeg *.webp"


class LogoStep(QObject):
    """The question and the file choice (a QObject so its strings are translated)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.window = parent

    def ask(self, choose: Callable[[], str] | None = None) -> bool:
        """True when the official logo is now in place. `choose` returns a path or ''
        (tests pass one; the default opens a file dialog)."""
        slot = placeholder_logo_slot(self.store)
        if slot is None:
            return False
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Letterhead logo"))
        box.setText(self.tr("The report's letterhead and the branded photos still use a "
                            "sample logo (\"GANTI LOGO\"). Choose the official logo file "
                            "now?"))
        pick = box.addButton(self.tr("Choose logo…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not pick:
            return False
        path = (choose or self._choose)()
        if not path:
            return False
        try:
            replace_logo(*slot, path)
        except (LogoError, KitError) as exc:
            QMessageBox.warning(self.window, self.tr("Logo not replaced"), str(exc))
            return False
        return True

    def _choose(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Choose the official logo"), "",
            self.tr("Logo (PNG, transparent background)") + f" ({LOGO_FILTER})")
        return path


def ask_for_logo(store: Store, parent: QWidget | None = None) -> bool:
    return LogoStep(store, parent).ask()
