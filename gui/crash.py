"""Unexpected errors in the GUI: logged (core/crash_log.py) together with Qt's own
warnings, and shown to the user once as a calm message with "Salin detail" (copy the
details for IT), instead of vanishing in the windowed Warta.exe."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core import crash_log
from core.paths import display_path

_LOGGED = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
_showing = False


def qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    """Qt's warnings go to the log (and to stderr when there is one, as before)."""
    if mode in _LOGGED:
        crash_log.log_warning(f"Qt: {message}")
        if sys.stderr is not None:
            print(f"Qt: {message}", file=sys.stderr)


def error_box(details: str, parent: QWidget | None = None) -> QMessageBox:
    """The message the user sees: what happened, that saved work is safe, what to do."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
    box.setText(QCoreApplication.translate(
        "CrashDialog", "Sorry, Warta ran into an unexpected problem."))
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashDialog", "Work that was already saved is safe. You can keep working; if it "
            "happens again, copy the details and send them to IT.\n\nThe details are also "
            "kept in %1.").replace("%1", display_path(crash_log.log_path())))
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("CrashDialog", "Copy details"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def _show(details: str) -> None:
    """One box at a time: errors raised while it is open are only logged."""
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        error_box(details, QApplication.activeWindow()).exec()
    finally:
        _showing = False


class _Relay(QObject):
    """Carries an error from any thread to the GUI thread, after the failing slot."""

    error = Signal(str)


_relay: _Relay | None = None


def install(show: Callable[[str], None] | None = None) -> None:
    """Log uncaught errors and Qt warnings; show each error in the GUI thread once the
    failing slot (or worker thread) has returned, never from inside it."""
    global _relay
    crash_log.install()
    qInstallMessageHandler(qt_message)
    _relay = _Relay()  # created here, in the GUI thread: queued calls run there
    _relay.error.connect(show or _show, Qt.ConnectionType.QueuedConnection)
    crash_log.on_error(_relay.error.emit)
